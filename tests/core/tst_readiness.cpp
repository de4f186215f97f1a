#include "recovery/CatalogSnapshot.h"
#include "recovery/RecoveryReadiness.h"
#include "recovery/RecoverySettings.h"

#include <QtTest>

#include <algorithm>

using namespace Apim::Core;

namespace {
const QDateTime kNow(QDate(2026, 12, 5), QTime(12, 0, 0), Qt::UTC);

BackupBlob backupAged(qint64 seconds, const QString &name = QStringLiteral("contoso-Premium.apimbackup"))
{
    BackupBlob blob;
    blob.name = name;
    blob.size = 1024;
    blob.createdOn = kNow.addSecs(-seconds);
    return blob;
}

ApimService standardService(const QString &name)
{
    ApimService service;
    service.name = name;
    service.subscriptionId = QStringLiteral("00000000-0000-0000-0000-0000000000aa");
    service.id = QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/%2")
                     .arg(service.subscriptionId, name);
    service.skuName = QStringLiteral("Standard");
    return service;
}

// A snapshot of the given locations for one service; entries are found in storage (not made here).
struct SnapshotBuilder
{
    CatalogSnapshot snapshot;
    QString serviceKey;

    explicit SnapshotBuilder(const ApimService &service)
        : serviceKey(service.id.toLower())
    {
        snapshot.takenAt = kNow;
    }
    BackupLocation place(const QString &container, const StorageError &error = {})
    {
        const BackupLocation location { QStringLiteral("00000000-0000-0000-0000-0000000000aa"),
            QStringLiteral("backups"), container };
        snapshot.locations.insert(location.key(), { location, error, {}, 0 });
        snapshot.serviceLocations[serviceKey].append(location);
        return location;
    }
    void add(const BackupLocation &location, const BackupBlob &blob, const QString &serviceName)
    {
        CatalogEntry entry;
        entry.blob = blob;
        entry.location = location;
        entry.serviceName = serviceName;
        snapshot.entriesByLocation[location.key()].append(entry);
    }
};

StorageError storageError(int status, const QString &code)
{
    StorageError error;
    error.kind = StorageError::Kind::Http;
    error.httpStatus = status;
    error.code = code;
    return error;
}

ReadinessInput supported(const QList<BackupBlob> &backups)
{
    ReadinessInput input;
    input.support.supported = true;
    input.backups = backups;
    input.targetRpoSeconds = 24 * 3600;
    return input;
}
} // namespace

class ReadinessTest : public QObject
{
    Q_OBJECT

private slots:
    void assess_ageAgainstTarget_data()
    {
        QTest::addColumn<qint64>("ageSeconds");
        QTest::addColumn<QString>("state");
        const qint64 target = 24 * 3600;
        const qint64 atRisk = qint64(0.8 * target); // 19.2 h
        QTest::newRow("fresh") << qint64(60) << "ready";
        QTest::newRow("just under 80 %") << atRisk - 1 << "ready";
        QTest::newRow("at 80 %") << atRisk << "at-risk";
        QTest::newRow("just under the target") << target - 1 << "at-risk";
        QTest::newRow("at the target") << target << "breached";
        QTest::newRow("29 days") << qint64(29) * 86400 << "breached";
    }
    void assess_ageAgainstTarget()
    {
        QFETCH(qint64, ageSeconds);
        QFETCH(QString, state);
        const Readiness readiness = RecoveryReadiness::assess(supported({ backupAged(ageSeconds) }), kNow);
        QCOMPARE(recoveryStateCode(readiness.state), state);
        QCOMPARE(readiness.ageSeconds, ageSeconds);
        QVERIFY(readiness.lastGood);
        QCOMPARE(readiness.expiresOn, kNow.addSecs(-ageSeconds).addDays(30));
        QVERIFY(!readiness.reason.isEmpty());
    }

    void assess_newestRestorableCounts()
    {
        const Readiness readiness = RecoveryReadiness::assess(
            supported({ backupAged(40 * 86400, QStringLiteral("old")), backupAged(3600, QStringLiteral("new")),
                backupAged(7200, QStringLiteral("middle")) }),
            kNow);
        QCOMPARE(readiness.state, RecoveryState::Ready);
        QCOMPARE(readiness.lastGood->name, QStringLiteral("new"));
    }

    void assess_noBackups_noBackup()
    {
        QCOMPARE(RecoveryReadiness::assess(supported({}), kNow).state, RecoveryState::NoBackup);
    }

    void assess_expiryBoundary()
    {
        // 30 days exactly is still restorable; a second more is not.
        QCOMPARE(RecoveryReadiness::assess(supported({ backupAged(30 * 86400) }), kNow).state, RecoveryState::Breached);
        QCOMPARE(RecoveryReadiness::assess(supported({ backupAged(30 * 86400 + 1) }), kNow).state,
            RecoveryState::OnlyExpired);
    }

    void assess_failedVerification_notCounted()
    {
        ReadinessInput input = supported({ backupAged(3600, QStringLiteral("changed")) });
        input.failedVerification.insert(QStringLiteral("changed"));
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::NoBackup);
        input.backups->append(backupAged(20 * 3600, QStringLiteral("older")));
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::AtRisk);
        QCOMPARE(readiness.lastGood->name, QStringLiteral("older"));
    }

    void assess_unlisted_unknownNeverBreached()
    {
        ReadinessInput input;
        input.support.supported = true;
        input.listingProblem = QStringLiteral("This request is not authorized to perform this operation.");
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::Unknown);
        QVERIFY(readiness.reason.contains(input.listingProblem));
        QVERIFY(needsAttention(readiness.state));
    }

    void assess_unsupportedTier_saysWhy()
    {
        ReadinessInput input = supported({ backupAged(60) });
        input.support = { false, QStringLiteral("The Consumption tier has no backup and restore.") };
        const Readiness readiness = RecoveryReadiness::assess(input, kNow);
        QCOMPARE(readiness.state, RecoveryState::NotSupported);
        QCOMPARE(readiness.reason, input.support.reason);
        QVERIFY(!needsAttention(readiness.state));
    }

    void assess_customTarget()
    {
        ReadinessInput input = supported({ backupAged(2 * 3600) });
        input.targetRpoSeconds = 3600;
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::Breached);
        input.targetRpoSeconds = 7 * 86400;
        QCOMPARE(RecoveryReadiness::assess(input, kNow).state, RecoveryState::Ready);
    }

    void snapshot_filesThatAreNotBackups_belongToNoService()
    {
        const ApimService service = standardService(QStringLiteral("contoso"));
        SnapshotBuilder build(service);
        const BackupLocation place = build.place(QStringLiteral("apim-backups"));
        BackupBlob empty = backupAged(3600, QStringLiteral("contoso-20261205-110000.apimbackup"));
        empty.size = 0;
        BackupBlob text = backupAged(1800, QStringLiteral("contoso-20261205-113000.apimbackup"));
        text.contentType = QStringLiteral("text/plain");
        build.add(place, empty, QStringLiteral("contoso"));
        build.add(place, text, QStringLiteral("contoso"));
        QVERIFY(build.snapshot.entriesFor(service).isEmpty());
        Readiness readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::NoBackup);

        build.add(place, backupAged(3 * 86400, QStringLiteral("contoso-20261202-120000.apimbackup")),
            QStringLiteral("contoso"));
        readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::Breached); // the 3-day-old one, not the empty file
        QCOMPARE(build.snapshot.entriesFor(service).size(), 1);
        const QList<CatalogEntry> all = build.snapshot.allEntries();
        QCOMPARE(all.size(), 3);
        QCOMPARE(int(std::count_if(all.cbegin(), all.cend(),
                     [](const CatalogEntry &entry) { return !entry.notBackupReason().isEmpty(); })),
            2);
    }

    void snapshot_deletedContainer_isNoBackup_namingIt()
    {
        const ApimService service = standardService(QStringLiteral("contoso"));
        SnapshotBuilder build(service);
        build.place(QStringLiteral("old-backups"), storageError(404, QStringLiteral("ContainerNotFound")));
        Readiness readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::NoBackup);
        QVERIFY2(readiness.reason.contains(QLatin1String("The container backups/old-backups does not exist")),
            qPrintable(readiness.reason));
        QVERIFY2(readiness.reason.contains(QLatin1String("Back the service up again")), qPrintable(readiness.reason));
        QCOMPARE(build.snapshot.goneLocations().size(), 1);
        QCOMPARE(build.snapshot.goneLocations().first().container, QStringLiteral("old-backups"));

        // A backup elsewhere counts; breached, the missing container is named, without the advice
        // meant for a service left with nothing; ready, it is not worth a word.
        const BackupLocation older = build.place(QStringLiteral("archive"));
        build.add(older, backupAged(3 * 86400, QStringLiteral("contoso-20261202-120000.apimbackup")),
            QStringLiteral("contoso"));
        readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::Breached);
        QVERIFY2(readiness.reason.contains(QLatin1String("backups/old-backups does not exist")),
            qPrintable(readiness.reason));
        QVERIFY2(!readiness.reason.contains(QLatin1String("Back the service up again")), qPrintable(readiness.reason));
        const BackupLocation other = build.place(QStringLiteral("apim-backups"));
        build.add(
            other, backupAged(3600, QStringLiteral("contoso-20261205-110000.apimbackup")), QStringLiteral("contoso"));
        readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::Ready);
        QVERIFY(!readiness.reason.contains(QLatin1String("does not exist")));
    }

    void snapshot_deletedContainerBesideAForbiddenOne_isUnknown()
    {
        const ApimService service = standardService(QStringLiteral("contoso"));
        SnapshotBuilder build(service);
        build.place(QStringLiteral("old-backups"), storageError(404, QStringLiteral("ContainerNotFound")));
        build.place(QStringLiteral("locked"), storageError(403, QStringLiteral("AuthorizationFailure")));
        const Readiness readiness = build.snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::Unknown); // a backup may be in the one that could not be read
        QVERIFY2(readiness.reason.contains(QLatin1String("backups/locked")), qPrintable(readiness.reason));
        QVERIFY2(readiness.reason.contains(QLatin1String("backups/old-backups does not exist")),
            qPrintable(readiness.reason));
    }

    void snapshot_noLocation_namesTheCliWayToAddOne()
    {
        const ApimService service = standardService(QStringLiteral("contoso"));
        CatalogSnapshot snapshot;
        const Readiness readiness = snapshot.assess(service, 86400, kNow);
        QCOMPARE(readiness.state, RecoveryState::NoBackup);
        QVERIFY2(
            readiness.reason.contains(QLatin1String("apim-backup-cli location add")), qPrintable(readiness.reason));
        QVERIFY(!readiness.reason.contains(QLatin1String("in Recovery")));
    }

    void parseTarget_aboveZeroOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // 0: refused
        QTest::newRow("hours") << "12h" << qint64(12 * 3600);
        QTest::newRow("days, spaced") << " 2 d " << qint64(2 * 86400);
        QTest::newRow("weeks") << "1W" << qint64(7 * 86400);
        QTest::newRow("zero") << "0h" << qint64(0);
        QTest::newRow("negative") << "-3h" << qint64(0);
        QTest::newRow("a word") << "abc" << qint64(0);
        QTest::newRow("minutes") << "30m" << qint64(0);
        QTest::newRow("nothing") << "" << qint64(0);
    }
    void parseTarget_aboveZeroOnly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto parsed = RecoverySettings::parseTarget(text, &error);
        if (seconds > 0) {
            QCOMPARE(parsed.value_or(-1), seconds);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(!parsed);
            QVERIFY2(
                error.contains(QStringLiteral("\"%1\" is not a target RPO").arg(text.trimmed())), qPrintable(error));
        }
    }

    void locationParse_checksEachPart_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error"); // a part of it; empty: accepted
        const QString sub = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
        QTest::newRow("good") << sub + QStringLiteral("/contosobackups/apim-backups") << QString();
        QTest::newRow("two parts") << QStringLiteral("contosobackups/apim-backups") << "SUBSCRIPTION/ACCOUNT/CONTAINER";
        QTest::newRow("empty part") << sub + QStringLiteral("//apim-backups") << "SUBSCRIPTION/ACCOUNT/CONTAINER";
        QTest::newRow("not a GUID") << QStringLiteral("prod/contosobackups/apim-backups") << "not a subscription id";
        QTest::newRow("account") << sub + QStringLiteral("/Contoso_Backups/apim-backups") << "storage account";
        QTest::newRow("container") << sub + QStringLiteral("/contosobackups/APIM") << "container name";
    }
    void locationParse_checksEachPart()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString said;
        const auto location = BackupLocation::parse(text, &said);
        QCOMPARE(location.has_value(), error.isEmpty());
        if (location)
            QCOMPARE(location->toText(), text);
        else
            QVERIFY2(said.contains(error, Qt::CaseInsensitive), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(ReadinessTest)
#include "tst_readiness.moc"
