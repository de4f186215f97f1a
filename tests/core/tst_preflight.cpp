// Preflight rules one by one, on hand-made facts: each finding appears when its cause
// is present and not otherwise, with the right severity.
#include "operations/Preflight.h"
#include "operations/PreflightRules.h"
#include "util/Clock.h"

#include <QtTest>

using namespace Apim::Core;

namespace {
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);

ApimService premium()
{
    ApimService service;
    service.id = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/svc");
    service.name = QStringLiteral("svc");
    service.skuName = QStringLiteral("Premium");
    service.provisioningState = QStringLiteral("Succeeded");
    service.systemAssignedPrincipalId = QStringLiteral("p");
    service.userAssignedIdentities.append(
        { QStringLiteral("/x/userAssignedIdentities/id1"), QStringLiteral("client-1"), QStringLiteral("p1") });
    return service;
}

StorageAccount account()
{
    StorageAccount a;
    a.id = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.Storage/storageAccounts/acct");
    a.name = QStringLiteral("acct");
    return a;
}

BackupBlob blob(const QString &name, int ageDays, const QString &sku = {})
{
    BackupBlob b;
    b.name = name;
    b.createdOn = kNow.addDays(-ageDays);
    if (!sku.isEmpty())
        b.metadata.insert(QStringLiteral("sku"), sku);
    return b;
}

// A backup that passes every rule.
PreflightFacts cleanBackup()
{
    PreflightFacts facts;
    facts.request.kind = OperationKind::Backup;
    facts.request.serviceId = premium().id;
    facts.request.storageAccount = QStringLiteral("acct");
    facts.request.container = QStringLiteral("backups");
    facts.request.blobName = QStringLiteral("svc-20250601.apimbackup");
    facts.request.accessType = AccessType::AccessKey;
    facts.service = premium();
    facts.account = account();
    facts.containerExists = true;
    facts.blobs = QList<BackupBlob> {};
    return facts;
}

PreflightFacts cleanRestore()
{
    PreflightFacts facts = cleanBackup();
    facts.request.kind = OperationKind::Restore;
    facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 3, QStringLiteral("Premium")) };
    return facts;
}

QStringList codes(const QList<PreflightFinding> &findings)
{
    QStringList result;
    for (const PreflightFinding &f : findings)
        result << f.code + (f.isBlocking() ? QStringLiteral("!") : QString());
    return result;
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private slots:
    void run_collaboratorsGone_reportsNotConnectedInsteadOfCrashing()
    {
        // What a Preflight kept across a cloud switch holds: null pointers.
        SystemClock clock;
        Preflight preflight(nullptr, nullptr, nullptr, &clock);
        std::optional<PreflightReport> report;
        connect(&preflight, &Preflight::finished, this, [&report](const PreflightReport &answer) { report = answer; });
        preflight.run(cleanBackup().request);
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 2000);
        QVERIFY(report->isBlocked());
        QCOMPARE(report->facts.serviceError.kind, ArmError::Kind::Refused);
        QVERIFY2(report->facts.serviceError.message.contains(QLatin1String("sign in")),
            qPrintable(report->facts.serviceError.message));
    }

    void cleanBackup_noFindings() { QCOMPARE(codes(PreflightRules::evaluate(cleanBackup(), kNow)), QStringList()); }

    void cleanRestore_onlyTheOverwriteWarning()
    {
        QCOMPARE(
            codes(PreflightRules::evaluate(cleanRestore(), kNow)), QStringList { QStringLiteral("RestoreOverwrites") });
    }

    void findings_eachCause_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected"); // code, '!' when blocking
        QTest::newRow("tier unsupported") << 0 << "TierUnsupported!";
        QTest::newRow("service updating") << 1 << "ServiceNotReady!";
        QTest::newRow("system identity missing") << 2 << "SystemIdentityMissing!";
        QTest::newRow("user identity not on service") << 3 << "UserIdentityMissing!";
        QTest::newRow("user identity without client id") << 4 << "UserIdentityMissing!";
        QTest::newRow("invalid container") << 5 << "InvalidContainerName!";
        QTest::newRow("invalid blob") << 6 << "InvalidBlobName!";
        QTest::newRow("invalid account") << 7 << "InvalidStorageAccountName!";
        QTest::newRow("container missing (backup)") << 8 << "ContainerMissing";
        QTest::newRow("blob exists") << 9 << "BlobExists!";
        QTest::newRow("blob exists, overwrite confirmed") << 10 << "BlobExists";
        QTest::newRow("shared key disabled") << 11 << "SharedKeyDisabled!";
        QTest::newRow("firewall with key") << 12 << "StorageFirewall";
        QTest::newRow("firewall without trusted services") << 13 << "StorageFirewall";
        QTest::newRow("account not found") << 14 << "StorageAccountNotFound!";
        QTest::newRow("service unreadable") << 15 << "ServiceUnavailable!";
        QTest::newRow("blobs not listable") << 16 << "BlobsNotChecked";
        QTest::newRow("account check failed") << 17 << "StorageNotChecked";
        QTest::newRow("listKeys refused") << 18 << "StorageKeyRefused!";
        QTest::newRow("key not had for another reason") << 19 << "StorageKeyNotChecked";
    }
    void findings_eachCause()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        PreflightFacts facts = cleanBackup();
        switch (which) {
        case 0:
            facts.service->skuName = QStringLiteral("StandardV2");
            break;
        case 1:
            facts.service->provisioningState = QStringLiteral("Updating");
            break;
        case 2:
            facts.request.accessType = AccessType::SystemAssignedManagedIdentity;
            facts.service->systemAssignedPrincipalId.clear();
            break;
        case 3:
            facts.request.accessType = AccessType::UserAssignedManagedIdentity;
            facts.request.identityClientId = QStringLiteral("other");
            break;
        case 4:
            facts.request.accessType = AccessType::UserAssignedManagedIdentity;
            break;
        case 5:
            facts.request.container = QStringLiteral("Bad--Name");
            facts.containerExists.reset();
            break;
        case 6:
            facts.request.blobName = QStringLiteral("ends.");
            facts.blobs.reset();
            break;
        case 7:
            facts.request.storageAccount = QStringLiteral("Bad-Account");
            facts.account.reset();
            break;
        case 8:
            facts.containerExists = false;
            break;
        case 9:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 0) };
            break;
        case 10:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 0) };
            facts.request.overwriteConfirmed = true;
            break;
        case 11:
            facts.account->allowSharedKeyAccess = false;
            break;
        case 12:
            facts.account->networkDefaultAction = QStringLiteral("Deny");
            break;
        case 13:
            facts.account->networkDefaultAction = QStringLiteral("Deny");
            facts.request.accessType = AccessType::SystemAssignedManagedIdentity;
            break;
        case 14:
            facts.account.reset();
            facts.accountError = ArmError::local(ArmError::Kind::Refused, QStringLiteral("no such account"));
            facts.accountError.code = QStringLiteral("StorageAccountNotFound");
            break;
        case 15:
            facts.service.reset();
            facts.serviceError = ArmError::local(ArmError::Kind::Network, QStringLiteral("down"));
            break;
        case 16:
            facts.blobs.reset();
            facts.blobError = StorageError::local(StorageError::Kind::Http, QStringLiteral("denied"));
            facts.blobError.code = QStringLiteral("AuthorizationPermissionMismatch");
            break;
        case 17:
            facts.account.reset();
            facts.accountError = ArmError::local(ArmError::Kind::Timeout, QStringLiteral("slow"));
            break;
        case 18:
            facts.keyError = ArmError::local(ArmError::Kind::Http, QStringLiteral("no listKeys"));
            facts.keyError.httpStatus = 403;
            facts.keyError.code = QStringLiteral("AuthorizationFailed");
            break;
        case 19:
            facts.keyError = ArmError::local(ArmError::Kind::Timeout, QStringLiteral("slow"));
            break;
        }
        const QList<PreflightFinding> findings = PreflightRules::evaluate(facts, kNow);
        const QStringList found = codes(findings);
        QVERIFY2(found.contains(expected), qPrintable(found.join(QLatin1Char(','))));
        for (const PreflightFinding &finding : findings) {
            QVERIFY(!finding.message.isEmpty());
            if (finding.isBlocking())
                QVERIFY2(!finding.action.isEmpty(), qPrintable(finding.code));
        }
        QCOMPARE(hasBlocking(findings), expected.endsWith(QLatin1Char('!')));
    }

    void keyRefused_saysWhatWasRefusedAndOffersThePastedKeyAndIdentity()
    {
        PreflightFacts facts = cleanBackup();
        facts.keyError = ArmError::local(ArmError::Kind::Http, QStringLiteral("no listKeys"));
        facts.keyError.httpStatus = 403;
        facts.keyError.code = QStringLiteral("AuthorizationFailed");
        // The blob listing fell back to the sign-in and failed as well: not a second finding
        // that would blame a rotated key or the clock.
        facts.blobs.reset();
        facts.blobError = StorageError::local(StorageError::Kind::Http, QStringLiteral("denied"));
        facts.blobError.code = QStringLiteral("AuthenticationFailed");
        const QList<PreflightFinding> findings = PreflightRules::evaluate(facts, kNow);
        QCOMPARE(codes(findings), QStringList { QStringLiteral("StorageKeyRefused!") });
        const PreflightFinding &finding = findings.first();
        QVERIFY2(finding.message.contains(QStringLiteral("permission to list keys")), qPrintable(finding.message));
        QVERIFY2(finding.message.contains(QStringLiteral("acct")), qPrintable(finding.message));
        QVERIFY2(!finding.message.contains(QStringLiteral("rotated")), qPrintable(finding.message));
        QVERIFY2(finding.action.contains(QStringLiteral("Use a pasted key")), qPrintable(finding.action));
        QVERIFY2(finding.action.contains(QStringLiteral("managed identity")), qPrintable(finding.action));

        // Choosing the managed identity is a way to the storage: nothing about keys then.
        facts.request.accessType = AccessType::SystemAssignedManagedIdentity;
        QVERIFY(!codes(PreflightRules::evaluate(facts, kNow)).contains(QStringLiteral("StorageKeyRefused!")));
    }

    void userIdentityMissing_listsTheAttachedOnes()
    {
        PreflightFacts facts = cleanBackup();
        facts.request.accessType = AccessType::UserAssignedManagedIdentity;
        facts.request.identityClientId = QStringLiteral("other");
        const QList<PreflightFinding> findings = PreflightRules::evaluate(facts, kNow);
        QVERIFY(findings.first().action.contains(QLatin1String("client-1")));
    }

    void restore_findings_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << 0 << "BackupExpired!";
        QTest::newRow("tier mismatch") << 1 << "TierMismatch!";
        QTest::newRow("tier unknown") << 2 << "TierUnknown";
        QTest::newRow("backup missing") << 3 << "BackupNotFound!";
        QTest::newRow("container missing") << 4 << "ContainerMissing!";
        QTest::newRow("tier from name") << 5 << "TierMismatch!";
    }
    void restore_findings()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        PreflightFacts facts = cleanRestore();
        switch (which) {
        case 0:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 31, QStringLiteral("Premium")) };
            break;
        case 1:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 2, QStringLiteral("Standard")) };
            break;
        case 2:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 2) };
            break;
        case 3:
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName + QStringLiteral("-other"), 2) };
            break;
        case 4:
            facts.containerExists = false;
            facts.blobs.reset();
            facts.blobError.code = QStringLiteral("ContainerNotFound");
            facts.blobError.kind = StorageError::Kind::Http;
            break;
        case 5:
            facts.request.blobName = QStringLiteral("svc-Developer-2025.apimbackup");
            facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 2) };
            break;
        }
        const QStringList found = codes(PreflightRules::evaluate(facts, kNow));
        QVERIFY2(found.contains(expected), qPrintable(found.join(QLatin1Char(','))));
    }

    void expiry_boundary_30Days()
    {
        PreflightFacts facts = cleanRestore();
        facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 29, QStringLiteral("Premium")) };
        QVERIFY(!codes(PreflightRules::evaluate(facts, kNow)).contains(QStringLiteral("BackupExpired!")));
        facts.blobs = QList<BackupBlob> { blob(facts.request.blobName, 30, QStringLiteral("Premium")) };
        facts.blobs->first().createdOn = kNow.addDays(-30).addSecs(-1);
        QVERIFY(codes(PreflightRules::evaluate(facts, kNow)).contains(QStringLiteral("BackupExpired!")));
    }
};

QTEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
