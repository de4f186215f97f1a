// The backup catalog against azure-sim and Azurite: recovery points from the journal and
// from storage, each location read once, a backup's fingerprint kept when it ends, verify
// catching a deleted and an overwritten file, and "unknown" (never "breached") when a
// location cannot be read. Also the RPO targets' precedence.
#include "support_EngineHarness.h"

#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "recovery/BackupCatalog.h"
#include "recovery/BackupVerifier.h"
#include "recovery/RecoveryOverview.h"
#include "recovery/RecoverySettings.h"
#include "settings/Settings.h"

#include <algorithm>

#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kAccount = QStringLiteral("contosobackups");
const QString kContainer = QStringLiteral("apim-backups");
const QString kAccountsRoute = QStringLiteral("^GET .*/providers/Microsoft.Storage/storageAccounts");

ApimService service(const QString &id, const QString &sku)
{
    ApimService s;
    const ResourceId parsed = ResourceId::parse(id);
    s.id = id;
    s.name = parsed.name;
    s.subscriptionId = parsed.subscriptionId;
    s.resourceGroup = parsed.resourceGroup;
    s.skuName = sku;
    return s;
}

QString uniqueName(const QString &service)
{
    return QStringLiteral("%1-cat-%2.apimbackup").arg(service, QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OperationsStack> m_ops;
    std::unique_ptr<BackupCatalog> m_catalog;

    CatalogSnapshot build(const QList<ApimService> &services)
    {
        CatalogSnapshot result;
        bool done = false;
        QObject context;
        m_catalog->build(services, &context, [&](const CatalogSnapshot &snapshot) {
            result = snapshot;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("the catalog was not built in time");
        return result;
    }

    OperationRecord backUp(const QString &serviceId, const QString &blobName)
    {
        QString error;
        const QString id = m_ops->manager.startBackup(backupRequest(serviceId, blobName), &error);
        if (id.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return m_ops->waitFinished(id);
    }

    QList<BackupVerifier::Result> verify(const QList<OperationRecord> &records)
    {
        QList<BackupVerifier::Result> result;
        bool done = false;
        QObject context;
        BackupVerifier verifier(m_catalog.get(), &m_ops->journal, m_harness.clock());
        verifier.verify(records, &context, [&](const QList<BackupVerifier::Result> &results) {
            result = results;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning("verify did not end in time");
        return result;
    }

    bool deleteBlob(const QString &blobName)
    {
        bool done = false;
        bool ok = false;
        QObject context;
        m_ops->storage.findAccount(
            Demo::kProdSub, kAccount, &context, [&](const StorageAccount &account, const ArmError &error) {
                if (error.isError()) {
                    done = true;
                    return;
                }
                m_ops->resolver.blobCredentials(
                    account, &context, [&, account](const BlobCredentials &credentials, const QString &) {
                        m_ops->blobs.deleteBlob(account.blobEndpoint, kContainer, blobName, credentials, &context,
                            [&](const StorageError &deleteError) {
                                ok = !deleteError.isError();
                                done = true;
                            });
                    });
            });
        return QTest::qWaitFor([&] { return done; }, 15000) && ok;
    }

private slots:
    // Each blob of a location: the backup the journal says this tool made, else the service
    // its metadata names, else the one its name follows the convention for. Pure, as the
    // worker that runs it needs.
    void entriesOf_madeHereElseNamedByTheBlob()
    {
        const BackupLocation location { QStringLiteral("sub-1"), QStringLiteral("contosobackups"),
            QStringLiteral("apim-backups") };
        const QString taggedId = QStringLiteral(
            "/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/Tagged-Apim");
        BackupBlob mine;
        mine.name = QStringLiteral("anything.apimbackup");
        BackupBlob tagged;
        tagged.name = QStringLiteral("other.apimbackup");
        tagged.metadata.insert(QStringLiteral("service"), taggedId); // a full resource id
        BackupBlob named;
        named.name = QStringLiteral("nightly/contoso-apim-20261201-020000.apimbackup");
        BackupBlob stranger;
        stranger.name = QStringLiteral("notes.txt");
        OperationRecord record;
        record.id = QStringLiteral("op-1");
        record.serviceId
            = QStringLiteral("/SUBSCRIPTIONS/SUB-1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/Mine");
        record.serviceName = QStringLiteral("Mine");
        // Keyed as madeHere() keys the journal: the location's key, then the blob's name.
        const QHash<QString, OperationRecord> madeHere { { location.key() + QLatin1Char('|') + mine.name, record } };

        const QList<CatalogEntry> entries = BackupCatalog::entriesOf(
            madeHere, location, { mine, tagged, named, stranger }, QDateTime::currentDateTimeUtc());
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(0).operationId, QStringLiteral("op-1"));
        QCOMPARE(entries.at(0).serviceId, record.serviceId.toLower());
        QCOMPARE(entries.at(0).serviceName, QStringLiteral("Mine"));
        QVERIFY(!entries.at(1).madeHere());
        QCOMPARE(entries.at(1).serviceId, taggedId.toLower());
        QCOMPARE(entries.at(1).serviceName, QStringLiteral("Tagged-Apim"));
        QCOMPARE(entries.at(2).serviceName, QStringLiteral("contoso-apim"));
        QVERIFY(entries.at(2).serviceId.isEmpty());
        QVERIFY(entries.at(3).serviceName.isEmpty());
        for (const CatalogEntry &entry : entries)
            QCOMPARE(entry.location.key(), location.key());
    }

    void initTestCase()
    {
        QVERIFY2(m_harness.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("300") }),
            qPrintable(m_harness.errorString()));
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.filePath(QStringLiteral("data")));
        m_catalog = std::make_unique<BackupCatalog>(
            &m_ops->storage, &m_ops->resolver, &m_ops->blobs, &m_ops->journal, m_settings.get(), m_harness.clock());
    }

    void init() { QVERIFY(m_harness.control().clearFaults()); }

    void backup_endsVerified_andIsCatalogedWithItsOperation()
    {
        const QString name = uniqueName(QStringLiteral("contoso-prod-apim-kr"));
        const OperationRecord record = backUp(Demo::kProdKrApim, name);
        QCOMPARE(record.state, OperationState::Succeeded);
        QCOMPARE(record.verification.state, BackupVerification::State::Verified);
        QVERIFY(record.verification.size > 0);
        QVERIFY(!record.verification.etag.isEmpty());
        QCOMPARE(m_ops->journal.load(record.id)->verification.etag, record.verification.etag);

        const ApimService kr = service(Demo::kProdKrApim, QStringLiteral("Premium"));
        const CatalogSnapshot snapshot = build({ kr });
        const QList<CatalogEntry> entries = snapshot.entriesFor(kr);
        // Found through the journal's location. Tests running beside this one back up the same
        // service into the same Azurite container, so ours need not be the newest entry.
        const auto ours = std::find_if(
            entries.cbegin(), entries.cend(), [&](const CatalogEntry &entry) { return entry.blob.name == name; });
        QVERIFY2(ours != entries.cend(), qPrintable(name));
        QCOMPARE(ours->operationId, record.id);
        QCOMPARE(ours->verification.state, BackupVerification::State::Verified);
        for (const CatalogEntry &entry : entries)
            QVERIFY(entry.belongsTo(kr));
        const Readiness readiness = snapshot.assess(kr, RecoverySettings::kDefaultRpoSeconds, m_harness.clock()->now());
        QCOMPARE(readiness.state, RecoveryState::Ready);
        QVERIFY(readiness.lastGood.has_value());
        QVERIFY(readiness.lastGood->createdOn >= ours->blob.createdOn); // ours, or one made after it
    }

    void storageBackups_areFoundThroughTheDefaultLocation_andEachLocationIsReadOnce()
    {
        const ApimService prod = service(Demo::kProdApim, QStringLiteral("Premium"));
        const ApimService partners = service(Demo::kPartnersApim, QStringLiteral("Standard"));
        const ApimService functions = service(Demo::kFunctionsApim, QStringLiteral("Consumption"));
        QCOMPARE(build({ prod }).assess(prod, 86400, m_harness.clock()->now()).state, RecoveryState::NoBackup);

        RecoverySettings(m_settings.get()).setDefaultLocation(Demo::kProdSub, { Demo::kProdSub, kAccount, kContainer });
        QVERIFY(m_harness.control().clearRequests());
        const CatalogSnapshot snapshot = build({ prod, partners, functions });
        const int lookupsForThree = m_harness.control().count(kAccountsRoute);
        QCOMPARE(snapshot.locations.size(), 1);

        const QList<CatalogEntry> prodEntries = snapshot.entriesFor(prod);
        QVERIFY(prodEntries.size() >= 2); // the demo's 1- and 8-day-old backups, and any other run's
        QVERIFY(std::any_of(prodEntries.begin(), prodEntries.end(),
            [](const CatalogEntry &entry) { return entry.operationId.isEmpty(); })); // found in storage
        QVERIFY(prodEntries.first().blob.createdOn >= prodEntries.last().blob.createdOn);
        // Judged a while after the catalog was read: the boundaries do not depend on how recently
        // another test of this run backed the service up.
        const QDateTime now = snapshot.takenAt.addSecs(1000);
        const qint64 age = prodEntries.first().blob.ageSeconds(now);
        QCOMPARE(snapshot.assess(prod, age / 2, now).state, RecoveryState::Breached);
        QCOMPARE(snapshot.assess(prod, qint64(age / 0.9), now).state, RecoveryState::AtRisk);
        QCOMPARE(snapshot.assess(prod, age * 2, now).state, RecoveryState::Ready);
        QCOMPARE(snapshot.assess(functions, 86400, now).state, RecoveryState::NotSupported);

        RecoverySettings targets(m_settings.get());
        targets.setServiceRpoSeconds(prod.id, 1);
        targets.setServiceRpoSeconds(partners.id, 1);
        const QList<ReadinessRow> rows = RecoveryOverview::rows({ prod, partners, functions }, snapshot, targets, now);
        const ReadinessSummary summary = RecoveryOverview::summarize(rows);
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.count(RecoveryState::Breached), 2);
        // "3 services: ..." once the English plural forms are loaded; the count and the states either way.
        QVERIFY2(summary.text().startsWith(QLatin1String("3 service")), qPrintable(summary.text()));
        QVERIFY2(summary.text().endsWith(QLatin1String(": 2 breached, 1 not supported")), qPrintable(summary.text()));

        QVERIFY(m_harness.control().clearRequests());
        build({ prod });
        QCOMPARE(lookupsForThree, m_harness.control().count(kAccountsRoute));
    }

    void verify_catchesAnOverwrittenAndADeletedFile()
    {
        const QString name = uniqueName(QStringLiteral("contoso-prod-apim-kr"));
        const OperationRecord first = backUp(Demo::kProdKrApim, name);
        QCOMPARE(first.verification.state, BackupVerification::State::Verified);
        QList<BackupVerifier::Result> results = verify({ first });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().record.verification.state, BackupVerification::State::Verified);

        const OperationRecord second = backUp(Demo::kProdKrApim, name); // overwrites the file
        QCOMPARE(second.state, OperationState::Succeeded);
        results = verify({ first, second });
        QCOMPARE(results.size(), 2);
        for (const BackupVerifier::Result &result : results) {
            const auto expected = result.record.id == first.id ? BackupVerification::State::Changed
                                                               : BackupVerification::State::Verified;
            QCOMPARE(result.record.verification.state, expected);
        }
        QCOMPARE(m_ops->journal.load(first.id)->verification.state, BackupVerification::State::Changed);

        QVERIFY(deleteBlob(name));
        results = verify({ second });
        QCOMPARE(results.first().record.verification.state, BackupVerification::State::Missing);
        const ApimService kr = service(Demo::kProdKrApim, QStringLiteral("Premium"));
        for (const CatalogEntry &entry : build({ kr }).entriesFor(kr))
            QVERIFY(entry.blob.name != name);
    }

    void deletedContainer_backupsThereAreMissing_andTheServiceHasNoBackup()
    {
        // A backup the journal remembers in a container that no longer exists (none by this name
        // ever did: Azurite answers ContainerNotFound either way).
        const QString container = QStringLiteral("gone-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        OperationRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kind = OperationKind::Backup;
        record.state = OperationState::Succeeded;
        record.serviceId = Demo::kDevApim;
        record.serviceName = QStringLiteral("contoso-dev-apim");
        record.subscriptionId = Demo::kDevSub;
        record.storageAccount = kAccount;
        record.storageSubscriptionId = Demo::kProdSub;
        record.container = container;
        record.blobName = QStringLiteral("contoso-dev-apim-20260101-000000.apimbackup");
        record.createdAt = m_harness.clock()->now().addSecs(-3600);
        record.finishedAt = record.createdAt.addSecs(60);
        record.verification.state = BackupVerification::State::Verified;
        record.verification.size = 2048;
        record.verification.etag = QStringLiteral("\"0x8DC0000000000\"");
        QVERIFY(m_ops->journal.save(record));

        const ApimService dev = service(Demo::kDevApim, QStringLiteral("Developer"));
        const CatalogSnapshot snapshot = build({ dev });
        const Readiness readiness = snapshot.assess(dev, 86400, m_harness.clock()->now());
        QCOMPARE(readiness.state, RecoveryState::NoBackup); // known gone, not unknown
        QVERIFY2(
            readiness.reason.contains(QStringLiteral("The container %1/%2 does not exist").arg(kAccount, container)),
            qPrintable(readiness.reason));
        QCOMPARE(snapshot.goneLocations().size(), 1);

        const QList<BackupVerifier::Result> results = verify({ record });
        QCOMPARE(results.size(), 1);
        QVERIFY2(!results.first().error.isError(), qPrintable(results.first().error.userMessage()));
        QCOMPARE(results.first().record.verification.state, BackupVerification::State::Missing);
        QCOMPARE(m_ops->journal.load(record.id)->verification.state, BackupVerification::State::Missing);
    }

    void unreadableLocation_isUnknown_neverBreached()
    {
        const ApimService prod = service(Demo::kProdApim, QStringLiteral("Premium"));
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("route"), kAccountsRoute } }));
        m_ops->storage.forgetListings(); // else an earlier test's listing answers, unrefused
        const Readiness readiness = build({ prod }).assess(prod, 3600, m_harness.clock()->now());
        QCOMPARE(readiness.state, RecoveryState::Unknown);
        QVERIFY2(readiness.reason.contains(QLatin1String("authorization"), Qt::CaseInsensitive),
            qPrintable(readiness.reason));
        QVERIFY(!readiness.lastGood);
    }

    void rpoTargets_serviceOverSubscriptionOverGlobal()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        RecoverySettings rpo(&settings);
        // A service whose name looks like a secret must still get its own target.
        const QString id = Demo::serviceId(Demo::kDevSub, QStringLiteral("rg"), QStringLiteral("token-key-apim"));
        QCOMPARE(rpo.targetRpoSeconds(id), RecoverySettings::kDefaultRpoSeconds);
        rpo.setGlobalRpoSeconds(48 * 3600);
        RecoverySettings::RpoSource source = RecoverySettings::RpoSource::Service;
        QCOMPARE(rpo.targetRpoSeconds(id, &source), 48 * 3600);
        QCOMPARE(source, RecoverySettings::RpoSource::Global);
        rpo.setSubscriptionRpoSeconds(Demo::kDevSub.toUpper(), 12 * 3600);
        QCOMPARE(rpo.targetRpoSeconds(id, &source), 12 * 3600);
        QCOMPARE(source, RecoverySettings::RpoSource::Subscription);
        rpo.setServiceRpoSeconds(id, 3600);
        QCOMPARE(rpo.targetRpoSeconds(id.toUpper(), &source), 3600);
        QCOMPARE(source, RecoverySettings::RpoSource::Service);
        rpo.setServiceRpoSeconds(id, std::nullopt);
        QCOMPARE(rpo.targetRpoSeconds(id), 12 * 3600);

        rpo.addLocation({ Demo::kDevSub, QStringLiteral("acct"), QStringLiteral("c1") });
        rpo.addLocation({ Demo::kDevSub.toUpper(), QStringLiteral("ACCT"), QStringLiteral("c1") }); // the same place
        QCOMPARE(RecoverySettings(&settings).addedLocations().size(), 1);
        rpo.removeLocation({ Demo::kDevSub, QStringLiteral("acct"), QStringLiteral("c1") });
        QVERIFY(rpo.addedLocations().isEmpty());
    }

    // The copy the Recovery view judges with on a worker: the targets as they were when it
    // was made, and never the settings file again, on any thread.
    void rpoTargets_targetsOnlyCopy_answersFromWhatItReadAnywhere()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        RecoverySettings rpo(&settings);
        const QString own = Demo::serviceId(Demo::kDevSub, QStringLiteral("rg"), QStringLiteral("own-apim"));
        const QString bySubscription = Demo::serviceId(Demo::kDevSub, QStringLiteral("rg"), QStringLiteral("sub-apim"));
        const QString byDefault = Demo::serviceId(Demo::kProdSub, QStringLiteral("rg"), QStringLiteral("other-apim"));
        rpo.setGlobalRpoSeconds(48 * 3600);
        rpo.setSubscriptionRpoSeconds(Demo::kDevSub, 12 * 3600);
        rpo.setServiceRpoSeconds(own, 3600);

        const RecoverySettings copy = RecoverySettings(&settings).targetsOnly();
        // Changed after the copy: the copy keeps what it read.
        rpo.setServiceRpoSeconds(own, 7200);
        rpo.setGlobalRpoSeconds(6 * 3600);

        qint64 seen[3] = {};
        RecoverySettings::RpoSource sources[3] = {};
        QThread *worker = QThread::create([&] {
            seen[0] = copy.targetRpoSeconds(own, &sources[0]);
            seen[1] = copy.targetRpoSeconds(bySubscription, &sources[1]);
            seen[2] = copy.targetRpoSeconds(byDefault, &sources[2]);
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QCOMPARE(seen[0], 3600);
        QCOMPARE(sources[0], RecoverySettings::RpoSource::Service);
        QCOMPARE(seen[1], 12 * 3600);
        QCOMPARE(sources[1], RecoverySettings::RpoSource::Subscription);
        QCOMPARE(seen[2], 48 * 3600);
        QCOMPARE(sources[2], RecoverySettings::RpoSource::Global);

        // It writes nothing.
        RecoverySettings writable = copy;
        writable.setGlobalRpoSeconds(3600);
        QCOMPARE(RecoverySettings(&settings).globalRpoSeconds(), 6 * 3600);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
