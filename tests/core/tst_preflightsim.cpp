// Preflight end to end: the facts gathered from a private azure-sim and Azurite (service
// state, storage account, containers, existing backups) lead to the right findings.
#include "support_EngineHarness.h"

#include "operations/Preflight.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

class TestPreflightSim : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    std::unique_ptr<OperationsStack> m_ops;
    QTemporaryDir m_dir;

    PreflightReport check(const OperationRequest &request)
    {
        Preflight preflight(m_harness.arm(), &m_ops->storage, &m_ops->catalog, m_harness.clock());
        QSignalSpy done(&preflight, &Preflight::finished);
        preflight.run(request);
        if (!done.wait(15000))
            return {};
        return done.first().first().value<PreflightReport>();
    }

    static QStringList codes(const PreflightReport &report)
    {
        QStringList result;
        for (const PreflightFinding &finding : report.findings)
            result << finding.code + (finding.isBlocking() ? QStringLiteral("!") : QString());
        return result;
    }

    QString backupNamed(const QString &account, const QString &sub, const std::function<bool(const BackupBlob &)> &pick)
    {
        const auto blobs = m_ops->listBackups(sub, account, QStringLiteral("apim-backups"));
        for (const BackupBlob &blob : blobs) {
            if (pick(blob))
                return blob.name;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.path());
    }

    void cleanBackup_noBlockingFindings()
    {
        const PreflightReport report
            = check(backupRequest(Demo::kProdApim, QStringLiteral("preflight-new.apimbackup")));
        QVERIFY2(!report.isBlocked(), qPrintable(codes(report).join(QLatin1Char(','))));
        QVERIFY(report.facts.service);
        QVERIFY(report.facts.account);
        QCOMPARE(report.facts.containerExists.value_or(false), true);
        QVERIFY(report.facts.blobs);
    }

    void consumption_tierUnsupported()
    {
        const PreflightReport report = check(backupRequest(Demo::kFunctionsApim, QStringLiteral("x.apimbackup")));
        QVERIFY(codes(report).contains(QStringLiteral("TierUnsupported!")));
    }

    void existingBlob_blocksBackupUnlessOverwrite()
    {
        const QString existing = backupNamed(QStringLiteral("contosobackups"), Demo::kProdSub,
            [](const BackupBlob &b) { return b.sourceService() == QLatin1String("contoso-prod-apim"); });
        QVERIFY(!existing.isEmpty());
        OperationRequest request = backupRequest(Demo::kProdApim, existing);
        QVERIFY(codes(check(request)).contains(QStringLiteral("BlobExists!")));
        request.overwriteConfirmed = true;
        QVERIFY(codes(check(request)).contains(QStringLiteral("BlobExists")));
    }

    void missingContainer_warnsForBackup_blocksRestore()
    {
        OperationRequest request = backupRequest(Demo::kProdApim, QStringLiteral("x.apimbackup"));
        request.container = QStringLiteral("does-not-exist");
        const PreflightReport report = check(request);
        QVERIFY2(codes(report).contains(QStringLiteral("ContainerMissing")),
            qPrintable(codes(report).join(QLatin1Char(','))));
        QVERIFY(!report.isBlocked());
        request.kind = OperationKind::Restore;
        QVERIFY(codes(check(request)).contains(QStringLiteral("ContainerMissing!")));
    }

    void restore_expiredAndTierMismatch()
    {
        const QDateTime now = m_harness.clock()->now();
        OperationRequest request = backupRequest(Demo::kStagingApim, QString());
        request.kind = OperationKind::Restore;
        request.storageAccount = QStringLiteral("devbackupstore");
        request.blobName = backupNamed(QStringLiteral("devbackupstore"), Demo::kStagingSub,
            [now](const BackupBlob &b) { return b.isExpired(now); });
        QVERIFY(!request.blobName.isEmpty());
        QVERIFY(codes(check(request)).contains(QStringLiteral("BackupExpired!")));

        OperationRequest mismatch = backupRequest(Demo::kProdApim, QString());
        mismatch.kind = OperationKind::Restore;
        mismatch.blobName = backupNamed(QStringLiteral("contosobackups"), Demo::kProdSub,
            [now](const BackupBlob &b) { return b.sourceSku() == QLatin1String("Standard") && !b.isExpired(now); });
        QVERIFY(!mismatch.blobName.isEmpty());
        const PreflightReport report = check(mismatch);
        QVERIFY2(
            codes(report).contains(QStringLiteral("TierMismatch!")), qPrintable(codes(report).join(QLatin1Char(','))));
    }

    void identities_checkedAgainstTheService()
    {
        QVERIFY(codes(check(backupRequest(
                          Demo::kDevApim, QStringLiteral("x.apimbackup"), AccessType::SystemAssignedManagedIdentity)))
                    .contains(QStringLiteral("SystemIdentityMissing!")));
        OperationRequest request
            = backupRequest(Demo::kProdApim, QStringLiteral("x.apimbackup"), AccessType::UserAssignedManagedIdentity);
        QVERIFY(!check(request).isBlocked());
        request.identityClientId = QStringLiteral("00000000-0000-0000-0000-000000000000");
        QVERIFY(codes(check(request)).contains(QStringLiteral("UserIdentityMissing!")));
    }

    void serviceBusy_notReady()
    {
        QVERIFY(m_harness.control().setConfig({ { QStringLiteral("operationDurationMs"), 1500 } }));
        QString error;
        const QString id
            = m_ops->manager.startBackup(backupRequest(Demo::kPartnersApim, QStringLiteral("busy.apimbackup")), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_ops->manager.find(id)->state == OperationState::Running, 10000);
        QVERIFY(codes(check(backupRequest(Demo::kPartnersApim, QStringLiteral("other.apimbackup"))))
                    .contains(QStringLiteral("ServiceNotReady!")));
        QCOMPARE(m_ops->waitFinished(id).state, OperationState::Succeeded);
    }

    void unknownStorageAccount_blocks()
    {
        OperationRequest request = backupRequest(Demo::kProdApim, QStringLiteral("x.apimbackup"));
        request.storageAccount = QStringLiteral("nosuchaccount");
        QVERIFY(codes(check(request)).contains(QStringLiteral("StorageAccountNotFound!")));
    }
};

QTEST_GUILESS_MAIN(TestPreflightSim)
#include "tst_preflightsim.moc"
