// Unfinished records that nobody follows any more, against a private azure-sim: a record
// left by a killed run blocks a new start only while the service is busy; records of
// another cloud or tenant are neither resumed nor failed; a status URL on another host is
// answered from the service's state; a start whose answer was lost is settled by the
// backup file when the service never showed it running.
#include "support_EngineHarness.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kPostRoute = QStringLiteral("^POST .*/(backup|restore)$");
const QString kDevStore = QStringLiteral("contosodevstore");
const QString kContainer = QStringLiteral("apim-backups");

QString uniqueBlob(const char *tag)
{
    return QStringLiteral("resume-%1-%2.apimbackup")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

class TestResume : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    SimControl &control() { return m_harness.control(); }

    // What a run that died leaves behind: a journal record nobody follows.
    OperationRecord leftBehind(const QString &serviceId, OperationKind kind, const QString &storageAccount,
        const QString &blob, OperationState state = OperationState::Starting)
    {
        OperationRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kind = kind;
        record.serviceId = serviceId;
        record.serviceName = serviceId.section(QLatin1Char('/'), -1);
        record.subscriptionId = serviceId.section(QLatin1Char('/'), 2, 2);
        record.storageAccount = storageAccount;
        record.container = kContainer;
        record.blobName = blob;
        record.accessType = AccessType::SystemAssignedManagedIdentity;
        record.state = state;
        record.createdAt = m_harness.clock()->now();
        record.updatedAt = record.createdAt;
        return record;
    }

    // Starts a backup behind the app's back (the POST of a run that then died).
    bool postBackup(const QString &serviceId, const QString &account, const QString &blob)
    {
        const QJsonObject started
            = control().arm("POST", serviceId + QStringLiteral("/backup?api-version=2024-05-01"), m_harness.token(),
                { { QStringLiteral("storageAccount"), account }, { QStringLiteral("containerName"), kContainer },
                    { QStringLiteral("backupName"), blob },
                    { QStringLiteral("accessType"), QStringLiteral("SystemAssignedManagedIdentity") } });
        return started.value(QLatin1String("status")).toInt() == 202;
    }

    QString provisioningState(const QString &serviceId)
    {
        const QJsonObject answer
            = control().arm("GET", serviceId + QStringLiteral("?api-version=2024-05-01"), m_harness.token());
        return answer.value(QLatin1String("body"))
            .toObject()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("provisioningState"))
            .toString();
    }

    bool waitIdle(const QString &serviceId)
    {
        return QTest::qWaitFor([&] { return provisioningState(serviceId) == QLatin1String("Succeeded"); }, 15000);
    }

private slots:
    void initTestCase() { QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString())); }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 800 },
            { QStringLiteral("retryAfterSeconds"), 1 }, { QStringLiteral("asyncOperationHeader"), false } }));
    }

    void start_leftBehindRecordOfIdleService_settlesItAndStarts()
    {
        // A scheduled run was killed right after writing its record; the service is idle.
        QTemporaryDir dir;
        const OperationRecord old = leftBehind(
            Demo::kStagingApim, OperationKind::Backup, QStringLiteral("devbackupstore"), uniqueBlob("killed"));
        QVERIFY(OperationJournal(dir.path()).save(old));

        OperationsStack ops(m_harness, dir.path());
        QCOMPARE(ops.manager.activeOperationFor(Demo::kStagingApim), old.id); // not forgotten...
        OperationRequest request
            = backupRequest(Demo::kStagingApim, uniqueBlob("next"), AccessType::SystemAssignedManagedIdentity);
        request.storageAccount = QStringLiteral("devbackupstore");
        QString error;
        const QString id = ops.manager.startBackup(request, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error)); // ...but no longer blocking for ever
        const OperationRecord next = ops.waitFinished(id);
        QVERIFY2(next.state == OperationState::Succeeded, qPrintable(next.note + next.error.userMessage()));
        const OperationRecord settled = ops.waitFinished(old.id);
        QVERIFY2(settled.isFinished(), qPrintable(operationStateName(settled.state)));
        // Its file was never written, so it did not start; and it never got a POST.
        QCOMPARE(settled.state, OperationState::Failed);
        QVERIFY2(settled.note.contains(QLatin1String("did not start")), qPrintable(settled.note));
        QCOMPARE(control().count(kPostRoute), 1);
        QCOMPARE(ops.journal.load(old.id)->state, OperationState::Failed);
    }

    void start_leftBehindRecordWhileServiceBusy_refusesNamingItAndWait()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1800 } }));
        const QString blob = uniqueBlob("busy");
        QVERIFY(postBackup(Demo::kTestApim, kDevStore, blob));
        QTemporaryDir dir;
        const OperationRecord old = leftBehind(Demo::kTestApim, OperationKind::Backup, kDevStore, blob);
        QVERIFY(OperationJournal(dir.path()).save(old));

        OperationsStack ops(m_harness, dir.path());
        OperationRequest request
            = backupRequest(Demo::kTestApim, uniqueBlob("refused"), AccessType::SystemAssignedManagedIdentity);
        request.storageAccount = kDevStore;
        QString error;
        const QString id = ops.manager.startBackup(request, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const OperationRecord refused = ops.waitFinished(id);
        QCOMPARE(refused.state, OperationState::Failed);
        QCOMPARE(refused.error.code, QStringLiteral("OperationInProgress"));
        const QString message = refused.error.userMessage();
        QVERIFY2(message.contains(old.id) && message.contains(QStringLiteral("apim-backup-cli wait %1").arg(old.id)),
            qPrintable(message));
        QCOMPARE(control().count(kPostRoute), 1); // only the one this test sent
        // The running one is followed now, to its end.
        QVERIFY(ops.manager.isTracking(old.id));
        const OperationRecord earlier = ops.waitFinished(old.id);
        QCOMPARE(earlier.state, OperationState::Succeeded);
    }

    void start_staleRecord_doesNotBlock()
    {
        QTemporaryDir dir;
        OperationRecord old = leftBehind(Demo::kProdKrApim, OperationKind::Backup, QStringLiteral("contosobackups"),
            uniqueBlob("stale"), OperationState::Running);
        old.createdAt = m_harness.clock()->now().addSecs(-5 * 3600); // older than the longest tracking
        old.acceptedAt = old.createdAt;
        old.trackingByServiceState = true;
        QVERIFY(OperationJournal(dir.path()).save(old));

        OperationsStack ops(m_harness, dir.path());
        QVERIFY(ops.manager.activeOperationFor(Demo::kProdKrApim).isEmpty());
        QString error;
        const QString id = ops.manager.startBackup(
            backupRequest(Demo::kProdKrApim, uniqueBlob("afterstale"), AccessType::SystemAssignedManagedIdentity),
            &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(ops.waitFinished(id).state, OperationState::Succeeded);
        QCOMPARE(ops.waitFinished(old.id).state, OperationState::Unknown);
    }

    void resume_recordOfAnotherCloudOrTenant_neitherResumedNorFailed_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("armEndpoint");
        QTest::addColumn<QString>("tenant");
        QTest::newRow("other cloud") << QStringLiteral("AzureChinaCloud")
                                     << QStringLiteral("https://management.chinacloudapi.cn/") << Demo::kTenant;
        QTest::newRow("other tenant") << QString() << QString()
                                      << QStringLiteral("2f3c1e5a-0000-4000-8000-000000000001");
    }
    void resume_recordOfAnotherCloudOrTenant_neitherResumedNorFailed()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, armEndpoint);
        QFETCH(QString, tenant);
        QTemporaryDir dir;
        OperationRecord other = leftBehind(Demo::kProdApim, OperationKind::Backup, QStringLiteral("contosobackups"),
            uniqueBlob("elsewhere"), OperationState::Running);
        other.cloud = cloud;
        other.armEndpoint = armEndpoint;
        other.tenantId = tenant;
        other.acceptedAt = other.createdAt;
        other.locationUrl = QUrl(QStringLiteral("https://management.chinacloudapi.cn") + Demo::kProdApim
            + QStringLiteral("/operationresults/abc?api-version=2024-05-01"));
        QVERIFY(OperationJournal(dir.path()).save(other));

        OperationsStack ops(m_harness, dir.path());
        ops.manager.setCloudName(QStringLiteral("AzureSim"));
        QSignalSpy finished(&ops.manager, &OperationManager::operationFinished);
        QCOMPARE(ops.manager.resume(), 0);
        QString error;
        QVERIFY(!ops.manager.resumeOne(other.id, nullptr, &error));
        QVERIFY2(error.contains(other.id) && error.contains(QLatin1String("not in the one signed in now")),
            qPrintable(error));
        QVERIFY(!ops.manager.isTracking(other.id));
        // It blocks nothing here, and stays as it was for when its cloud is back.
        QVERIFY(ops.manager.activeOperationFor(Demo::kProdApim).isEmpty());
        QTest::qWait(400);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(ops.journal.load(other.id)->state, OperationState::Running);
        QCOMPARE(ops.journal.load(other.id)->cloud, cloud);
        QCOMPARE(control().count(QStringLiteral("operationresults|/service/contoso-prod-apim$")), 0);
    }

    void start_recordsWhereItRan()
    {
        QTemporaryDir dir;
        OperationsStack ops(m_harness, dir.path());
        ops.manager.setCloudName(QStringLiteral("AzureSim"));
        QString error;
        const QString id = ops.manager.startBackup(
            backupRequest(Demo::kProdApim, uniqueBlob("origin"), AccessType::SystemAssignedManagedIdentity), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const auto stored = ops.journal.load(id);
        QVERIFY(stored);
        QCOMPARE(stored->cloud, QStringLiteral("AzureSim"));
        QCOMPARE(QUrl(stored->armEndpoint), m_harness.arm()->resourceManager());
        QCOMPARE(stored->tenantId, Demo::kTenant);
        QCOMPARE(ops.waitFinished(id).state, OperationState::Succeeded);
    }

    void poll_locationOnUntrustedHost_fallsBackToServiceState()
    {
        // A backup that did run and write its file; its record's status URL points elsewhere.
        const QString blob = uniqueBlob("untrusted");
        const QDateTime before = m_harness.clock()->now();
        QVERIFY(postBackup(Demo::kStagingApim, QStringLiteral("devbackupstore"), blob));
        QVERIFY(waitIdle(Demo::kStagingApim));
        QTemporaryDir dir;
        OperationRecord record = leftBehind(
            Demo::kStagingApim, OperationKind::Backup, QStringLiteral("devbackupstore"), blob, OperationState::Running);
        record.createdAt = before;
        record.acceptedAt = before;
        record.locationUrl = QUrl(QStringLiteral("https://attacker.example.com/operationresults/x"));
        QVERIFY(OperationJournal(dir.path()).save(record));

        OperationsStack ops(m_harness, dir.path());
        QCOMPARE(ops.manager.resume(), 1);
        const OperationRecord finished = ops.waitFinished(record.id);
        QVERIFY2(finished.state == OperationState::Succeeded,
            qPrintable(operationStateName(finished.state) + QLatin1Char(' ') + finished.note));
        QVERIFY2(finished.note.contains(blob), qPrintable(finished.note));
        QCOMPARE(control().count(QStringLiteral("attacker")), 0);
    }

    void lostStart_fastBackupBetweenChecks_fileDecides()
    {
        // The start's answer was lost, and the backup ran and ended before the first check.
        const QString blob = uniqueBlob("fast");
        QTemporaryDir dir;
        const OperationRecord record
            = leftBehind(Demo::kProdKrApim, OperationKind::Backup, QStringLiteral("contosobackups"), blob);
        QVERIFY(postBackup(Demo::kProdKrApim, QStringLiteral("contosobackups"), blob));
        QVERIFY(waitIdle(Demo::kProdKrApim));
        QVERIFY(OperationJournal(dir.path()).save(record));

        OperationsStack ops(m_harness, dir.path());
        QVERIFY(ops.manager.resumeOne(record.id));
        const OperationRecord finished = ops.waitFinished(record.id);
        QVERIFY2(finished.state == OperationState::Succeeded,
            qPrintable(operationStateName(finished.state) + QLatin1Char(' ') + finished.note));
        QVERIFY2(finished.note.contains(QLatin1String("between two checks")), qPrintable(finished.note));
        QVERIFY(!finished.note.contains(QLatin1String("did not start")));
        QCOMPARE(control().count(kPostRoute), 1); // only the one this test sent
    }

    void lostStart_restore_unknownWithAdviceNotDidNotStart()
    {
        QTemporaryDir dir;
        const OperationRecord record = leftBehind(
            Demo::kProdKrApim, OperationKind::Restore, QStringLiteral("contosobackups"), uniqueBlob("restore"));
        QVERIFY(OperationJournal(dir.path()).save(record));
        OperationsStack ops(m_harness, dir.path());
        QVERIFY(ops.manager.resumeOne(record.id));
        const OperationRecord finished = ops.waitFinished(record.id);
        QCOMPARE(finished.state, OperationState::Unknown);
        QVERIFY2(!finished.note.contains(QLatin1String("did not start")), qPrintable(finished.note));
        QVERIFY2(finished.note.contains(QLatin1String("check the service's configuration")), qPrintable(finished.note));
        QCOMPARE(control().count(kPostRoute), 0);
    }
};

QTEST_GUILESS_MAIN(TestResume)
#include "tst_resume.moc"
