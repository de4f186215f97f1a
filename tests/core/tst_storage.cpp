// Storage through a private azure-sim (ARM: accounts, containers, listKeys) and its
// Azurite (Blob: the backups themselves, Shared Key signed with the listed key).
#include "support_EngineHarness.h"

#include "operations/Retention.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"

#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

class TestStorage : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    std::unique_ptr<StorageService> m_storage;
    std::unique_ptr<BlobClient> m_blobs;

    StorageAccount account(const QString &subscription, const QString &name)
    {
        StorageAccount found;
        bool done = false;
        m_storage->findAccount(subscription, name, this, [&](const StorageAccount &result, const ArmError &) {
            found = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("findAccount did not answer");
        return found;
    }

    QByteArray key(const StorageAccount &target, ArmError *errorOut = nullptr)
    {
        QByteArray result;
        bool done = false;
        m_storage->listKeys(target, this, [&](const QByteArray &value, const ArmError &error) {
            result = value;
            if (errorOut)
                *errorOut = error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("listKeys did not answer");
        return result;
    }

    QList<BackupBlob> blobs(const StorageAccount &target, const QString &container, const QByteArray &accountKey,
        StorageError *errorOut = nullptr)
    {
        QList<BackupBlob> result;
        bool done = false;
        m_blobs->listBlobs(target.blobEndpoint, container, { target.name, accountKey }, this,
            [&](const QList<BackupBlob> &list, const StorageError &error) {
                result = list;
                if (errorOut)
                    *errorOut = error;
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("listBlobs did not answer");
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        m_storage = std::make_unique<StorageService>(m_harness.arm());
        // As the app sets them for the simulator's cloud: its Azurite endpoints are loopback.
        m_storage->setStorageSuffix(QStringLiteral("core.windows.net"));
        m_blobs = std::make_unique<BlobClient>(m_harness.network(), m_harness.clock());
        m_blobs->setStorageSuffix(QStringLiteral("core.windows.net"));
        m_blobs->setRetryDelayMs(20);
    }

    void listAccounts_withBlobEndpointsAndFlags()
    {
        QList<StorageAccount> accounts;
        ArmError error;
        bool done = false;
        m_storage->listAccounts(Demo::kProdSub, this, [&](const QList<StorageAccount> &list, const ArmError &e) {
            accounts = list;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.technicalSummary()));
        QStringList names;
        for (const StorageAccount &a : accounts) {
            names << a.name;
            QVERIFY(a.blobEndpoint.toString().endsWith(a.name + QLatin1Char('/')));
            QCOMPARE(a.subscriptionId, Demo::kProdSub);
        }
        names.sort();
        QCOMPARE(names, (QStringList { QStringLiteral("contosobackups"), QStringLiteral("contosodrbackups") }));
    }

    void findAccount_missing_saysSo()
    {
        ArmError error;
        bool done = false;
        m_storage->findAccount(
            Demo::kProdSub, QStringLiteral("nosuchaccount"), this, [&](const StorageAccount &a, const ArmError &e) {
                QVERIFY(!a.isValid());
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.code, QStringLiteral("StorageAccountNotFound"));
        QVERIFY(error.userMessage().contains(QLatin1String("nosuchaccount")));
    }

    void findAccount_lookupsShareOneListing()
    {
        StorageService storage(m_harness.arm());
        const auto listings = [this] {
            return m_harness.control().count(QStringLiteral("^GET /subscriptions/[^/]+/providers/"
                                                            "Microsoft.Storage/storageAccounts$"));
        };
        QVERIFY(m_harness.control().clearRequests());
        // Overlapping lookups in one subscription wait for one listing.
        QStringList found;
        for (const QString &name : { QStringLiteral("contosobackups"), QStringLiteral("contosodrbackups"),
                 QStringLiteral("ContosoBackups") }) {
            storage.findAccount(Demo::kProdSub, name, this,
                [&found](const StorageAccount &account, const ArmError &) { found << account.name; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(found.size(), 3, 10000);
        QCOMPARE(found,
            (QStringList { QStringLiteral("contosobackups"), QStringLiteral("contosodrbackups"),
                QStringLiteral("contosobackups") }));
        QCOMPARE(listings(), 1);

        // A lookup while that listing is recent is answered from it.
        bool answered = false;
        storage.findAccount(Demo::kProdSub, QStringLiteral("contosodrbackups"), this,
            [&answered](const StorageAccount &account, const ArmError &error) {
                answered = account.isValid() && !error.isError();
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(listings(), 1);

        // An account not in it may have been created since: the accounts are listed again.
        ArmError missing;
        answered = false;
        storage.findAccount(
            Demo::kProdSub, QStringLiteral("nosuchaccount"), this, [&](const StorageAccount &, const ArmError &error) {
                missing = error;
                answered = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(missing.code, QStringLiteral("StorageAccountNotFound"));
        QCOMPARE(listings(), 2);

        // Another user signed in: nothing they did not list is reused.
        storage.forgetListings();
        answered = false;
        storage.findAccount(Demo::kProdSub, QStringLiteral("contosobackups"), this,
            [&answered](const StorageAccount &account, const ArmError &) { answered = account.isValid(); });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(listings(), 3);

        // A listing older than the reuse period (setListingReuse) is not reused.
        storage.setListingReuse(100);
        storage.forgetListings();
        for (int round = 0; round < 2; ++round) {
            answered = false;
            storage.findAccount(Demo::kProdSub, QStringLiteral("contosobackups"), this,
                [&answered](const StorageAccount &account, const ArmError &) { answered = account.isValid(); });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
            QTest::qWait(150);
        }
        QCOMPARE(listings(), 5);
    }

    void containers_listAndCreate()
    {
        const StorageAccount target = account(Demo::kProdSub, QStringLiteral("contosobackups"));
        QVERIFY(target.isValid());
        const QString name = QStringLiteral("created-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        ArmError createError;
        bool created = false;
        m_storage->createContainer(target, name, this, [&](const ArmError &e) {
            createError = e;
            created = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);
        QVERIFY2(!createError.isError(), qPrintable(createError.technicalSummary()));

        QStringList names;
        bool done = false;
        m_storage->listContainers(target, this, [&](const QList<BlobContainerInfo> &list, const ArmError &) {
            for (const BlobContainerInfo &c : list)
                names << c.name;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(names.contains(QStringLiteral("apim-backups")));
        QVERIFY(names.contains(QStringLiteral("apim-backups-archive")));
        QVERIFY(names.contains(name));
    }

    void createContainer_invalidName_refusedWithoutRequest()
    {
        const StorageAccount target = account(Demo::kProdSub, QStringLiteral("contosobackups"));
        QVERIFY(m_harness.control().clearRequests());
        ArmError error;
        bool done = false;
        m_storage->createContainer(target, QStringLiteral("Bad_Name"), this, [&](const ArmError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(error.kind, ArmError::Kind::Refused);
        QVERIFY(error.userMessage().contains(QLatin1String("lowercase")));
        QCOMPARE(m_harness.control().count(QStringLiteral("PUT .*containers")), 0);
    }

    void listKeys_refused_explains()
    {
        const StorageAccount target = account(Demo::kProdSub, QStringLiteral("contosodrbackups"));
        QVERIFY(target.isValid());
        ArmError error;
        QVERIFY(key(target, &error).isEmpty());
        QVERIFY(error.isError());
        QVERIFY(!error.userMessage().isEmpty());
    }

    void backups_listedWithAgeSkuAndExpiry()
    {
        const StorageAccount target = account(Demo::kStagingSub, QStringLiteral("devbackupstore"));
        QVERIFY(target.isValid());
        const QByteArray accountKey = key(target);
        QVERIFY(!accountKey.isEmpty());
        StorageError error;
        const QList<BackupBlob> list = blobs(target, QStringLiteral("apim-backups"), accountKey, &error);
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(list.size() >= 2);
        const QDateTime now = m_harness.clock()->now();
        // Every simulator start writes the demo's backups again (named by minute), so the
        // shared Azurite may hold several generations: check each, not a count. tst_drill
        // leaves a file that is not a backup in the same container.
        bool sawOld = false;
        bool sawFresh = false;
        for (const BackupBlob &blob : list) {
            if (!Retention::notBackupReason(blob).isEmpty())
                continue;
            QCOMPARE(blob.sourceSku(), QStringLiteral("Standard"));
            QCOMPARE(blob.sourceService(), QStringLiteral("contoso-staging-apim"));
            QCOMPARE(blob.isExpired(now), blob.createdOn.addDays(30) < now);
            sawOld = sawOld || (blob.isExpired(now) && blob.ageDays(now) >= 44);
            sawFresh = sawFresh || (!blob.isExpired(now) && blob.ageDays(now) <= 7);
        }
        QVERIFY(sawOld); // the demo's 45-day-old backup
        QVERIFY(sawFresh); // and its 6-day-old one
    }

    void backups_missingContainer_andWrongKey()
    {
        const StorageAccount target = account(Demo::kProdSub, QStringLiteral("contosobackups"));
        const QByteArray accountKey = key(target);
        StorageError error;
        blobs(target, QStringLiteral("no-such-container"), accountKey, &error);
        QVERIFY(error.isContainerMissing());
        blobs(target, QStringLiteral("apim-backups"), QByteArray("AAAA") + accountKey.mid(4), &error);
        QCOMPARE(error.httpStatus, 403);
    }

    void resolver_listKeysOrSignInFallback()
    {
        StorageCredentialResolver resolver(m_storage.get(), nullptr);
        const StorageAccount target = account(Demo::kProdSub, QStringLiteral("contosobackups"));
        BlobCredentials credentials;
        QString note;
        bool done = false;
        resolver.blobCredentials(target, this, [&](const BlobCredentials &c, const QString &n) {
            credentials = c;
            note = n;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!credentials.accountKey.isEmpty());
        QVERIFY(note.isEmpty());

        done = false;
        const StorageAccount refused = account(Demo::kProdSub, QStringLiteral("contosodrbackups"));
        resolver.blobCredentials(refused, this, [&](const BlobCredentials &c, const QString &n) {
            credentials = c;
            note = n;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(credentials.accountKey.isEmpty()); // bearer token instead
        QVERIFY(note.contains(QLatin1String("sign-in")));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
