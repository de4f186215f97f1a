// Each rule that the app and the CLI both need is decided once in the core; these tests
// ask it through the paths each of them takes and check that the answers agree.
#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "engine/Engine.h"
#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "operations/BackupNaming.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"
#include "operations/OperationTracker.h"
#include "operations/PreflightRules.h"
#include "operations/TierCompatibility.h"
#include "schedule/ScheduleSpec.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "settings/Settings.h"
#include "storage/BackupBlob.h"
#include "storage/StorageNames.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {
const QString kService
    = QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC); }
};
} // namespace

class RulesTest : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_store = new MemorySecretStore(this);
        m_secrets = new SecretsManager(m_store, this);
        m_secrets->useSessionOnly();
    }
    void cleanup()
    {
        delete m_secrets;
        delete m_store;
    }

    void naming_skuPattern_appAndCliAgree()
    {
        QVERIFY(
            m_settings->setValue(BackupNaming::kSettingsKey, QStringLiteral("{service}-{sku}-{yyyyMMdd}.apimbackup")));
        Engine *core = engine();
        // The app: the backup dialog's default name through the operation manager.
        const QString app = core->operations()->defaultBackupName(kService, QStringLiteral("Premium"));
        // The CLI: preflight names a backup without --name with the engine's naming.
        const QString cli = core->naming().forService(kService, QStringLiteral("Premium"), m_clock.now());
        QCOMPARE(app, QStringLiteral("contoso-prod-apim-Premium-20260304.apimbackup"));
        QCOMPARE(cli, app);
        // --print-command, offline: the same pattern read from the same settings.
        QCOMPARE(BackupNaming::fromSettings(*m_settings).pattern(), core->naming().pattern());
        delete core;
    }

    void naming_invalidSavedPattern_bothUseTheDefault()
    {
        QVERIFY(m_settings->setValue(BackupNaming::kSettingsKey, QStringLiteral("{service}-fixed")));
        Engine *core = engine();
        QCOMPARE(core->naming().pattern(), BackupNaming::kDefaultPattern);
        QCOMPARE(core->operations()->defaultBackupName(kService, {}),
            QStringLiteral("contoso-prod-apim-20260304-050607.apimbackup"));
        delete core;
    }

    void tier_preflightAndDialogAgree_data()
    {
        QTest::addColumn<QString>("blobName");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("code");
        QTest::newRow("same") << "contoso-Premium-20260301.apimbackup"
                              << "Premium" << QString();
        QTest::newRow("same, other case") << "contoso-premium-20260301.apimbackup"
                                          << "Premium" << QString();
        QTest::newRow("other tier") << "contoso-Standard-20260301.apimbackup"
                                    << "Premium"
                                    << "TierMismatch";
        QTest::newRow("unknown") << "contoso-20260301.apimbackup"
                                 << "Premium"
                                 << "TierUnknown";
    }
    void tier_preflightAndDialogAgree()
    {
        QFETCH(QString, blobName);
        QFETCH(QString, target);
        QFETCH(QString, code);
        BackupBlob blob;
        blob.name = blobName;
        blob.createdOn = m_clock.now().addDays(-1);
        ApimService service;
        service.id = kService;
        service.name = QStringLiteral("contoso-prod-apim");
        service.skuName = target;
        service.provisioningState = QStringLiteral("Succeeded");
        // The restore dialog asks TierCompatibility directly.
        const auto dialog = TierCompatibility::restoreFinding(blob, service);
        QCOMPARE(dialog ? dialog->code : QString(), code);
        // Preflight (app and CLI) evaluates the rules over the facts.
        PreflightFacts facts;
        facts.request.kind = OperationKind::Restore;
        facts.request.serviceId = kService;
        facts.request.storageAccount = QStringLiteral("contosobackups");
        facts.request.container = QStringLiteral("apim-backups");
        facts.request.blobName = blobName;
        facts.service = service;
        facts.containerExists = true;
        facts.blobs = QList<BackupBlob> { blob };
        const QList<PreflightFinding> findings = PreflightRules::evaluate(facts, m_clock.now());
        QCOMPARE(hasFinding(findings, QStringLiteral("TierMismatch")), code == QLatin1String("TierMismatch"));
        QCOMPARE(hasFinding(findings, QStringLiteral("TierUnknown")), code == QLatin1String("TierUnknown"));
    }

    void busy_recordOfAnotherProcess_seenThroughTheIndex()
    {
        Engine *core = engine();
        QVERIFY(core->operations()->activeOperationFor(kService).isEmpty());
        // Another process (a CLI run) writes an unfinished record into the same journal.
        OperationJournal other(m_dir.filePath(QStringLiteral("data")));
        OperationRecord record;
        record.id = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001");
        record.serviceId = kService.toUpper();
        record.state = OperationState::Running;
        record.createdAt = m_clock.now().addSecs(-60);
        QVERIFY(other.save(record));
        QCOMPARE(core->operations()->activeOperationFor(kService), record.id);
        // A second request for the service is not refused outright: the service decides.
        // Once the other process ends it, nobody sees it as running any more.
        record.state = OperationState::Succeeded;
        record.finishedAt = m_clock.now();
        QVERIFY(other.save(record));
        QVERIFY(core->operations()->activeOperationFor(kService).isEmpty());
        QVERIFY(core->journal()->unfinishedFor(kService).isEmpty());
        delete core;
    }

    void names_managerAndPreflightAgree_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<QString>("code");
        QTest::newRow("valid") << "contosobackups"
                               << "apim-backups"
                               << "b.apimbackup" << QString();
        QTest::newRow("account") << "Contoso_Backups"
                                 << "apim-backups"
                                 << "b"
                                 << "InvalidStorageAccountName";
        QTest::newRow("container") << "contosobackups"
                                   << "Apim--Backups"
                                   << "b"
                                   << "InvalidContainerName";
        QTest::newRow("blob") << "contosobackups"
                              << "apim-backups"
                              << "b/"
                              << "InvalidBlobName";
    }
    void names_managerAndPreflightAgree()
    {
        QFETCH(QString, account);
        QFETCH(QString, container);
        QFETCH(QString, blob);
        QFETCH(QString, code);
        OperationRequest request;
        request.serviceId = kService;
        request.storageAccount = account;
        request.container = container;
        request.blobName = blob;
        const QList<PreflightFinding> names = request.nameFindings();
        QCOMPARE(names.isEmpty(), code.isEmpty());
        if (!code.isEmpty())
            QCOMPARE(names.first().code, code);
        // The manager refuses exactly what preflight blocks, with the same words.
        Engine *core = engine();
        QString error;
        const QString id = code.isEmpty() ? QString() : core->operations()->startBackup(request, &error);
        if (!code.isEmpty()) {
            QVERIFY(id.isEmpty());
            QVERIFY2(error.startsWith(names.first().message), qPrintable(error));
        }
        delete core;
    }

    void storageSubscription_fallsBackToTheServices()
    {
        OperationRequest request;
        request.serviceId = kService;
        QCOMPARE(request.storageSubscription(), QStringLiteral("11111111-1111-1111-1111-111111111111"));
        request.storageSubscriptionId = QStringLiteral("22222222-2222-2222-2222-222222222222");
        QCOMPARE(request.storageSubscription(), request.storageSubscriptionId);
        QCOMPARE(storageSubscriptionFor({}, kService), QStringLiteral("11111111-1111-1111-1111-111111111111"));
    }

    void pollDelay_firstAndLaterPollsShareTheRule()
    {
        PollSettings poll;
        poll.defaultIntervalMs = 60000;
        poll.minIntervalMs = 1000;
        poll.maxIntervalMs = 600000;
        QCOMPARE(poll.intervalFor(-1), 60000);
        QCOMPARE(poll.intervalFor(0), 1000);
        QCOMPARE(poll.intervalFor(5000), 5000);
        QCOMPARE(poll.intervalFor(86400000), 600000);
    }

    // A service id that would change the request (a query, a fragment, an escape, a
    // relative segment) is refused with the same rule by a backup request (app, CLI,
    // preflight) and a schedule, before anything is sent.
    void serviceId_injection_refusedEverywhere_data()
    {
        QTest::addColumn<QString>("serviceId");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("query") << kService + QStringLiteral("?api-version=1999-01-01&x=") << "\"?\"";
        QTest::newRow("fragment") << kService + QStringLiteral("#x") << "\"#\"";
        QTest::newRow("percent") << kService + QStringLiteral("%2Fbackup") << "\"%\"";
        QTest::newRow("dot-dot") << QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/"
                                                   "rg/providers/Microsoft.ApiManagement/service/x/../y")
                                 << "\"..\"";
        QTest::newRow("space") << kService + QStringLiteral(" x") << "U+0020";
        QTest::newRow("sub-resource") << kService + QStringLiteral("/apis/echo") << "not the resource id";
        QTest::newRow("other provider") << QStringLiteral("/subscriptions/1/resourceGroups/rg/providers/"
                                                          "Microsoft.Storage/storageAccounts/x")
                                        << "not the resource id";
        QTest::newRow("bad name") << QStringLiteral("/subscriptions/1/resourceGroups/rg/providers/"
                                                    "Microsoft.ApiManagement/service/1-starts-with-digit")
                                  << "1 to 50";
    }
    void serviceId_injection_refusedEverywhere()
    {
        QFETCH(QString, serviceId);
        QFETCH(QString, complaint);
        OperationRequest request;
        request.kind = OperationKind::Backup;
        request.serviceId = serviceId;
        request.storageAccount = QStringLiteral("contosobackups");
        request.container = QStringLiteral("apim-backups");
        request.blobName = QStringLiteral("x.apimbackup");
        const QString refused = request.validate();
        QVERIFY2(refused.contains(complaint), qPrintable(refused));
        QVERIFY2(!ResourceId::parse(serviceId).isValid() || complaint == QLatin1String("not the resource id")
                || complaint == QLatin1String("1 to 50"),
            "text that is not an id must not parse as one");

        ScheduleSpec spec;
        spec.program = QStringLiteral("/usr/bin/apim-backup-cli");
        spec.services = { serviceId };
        spec.account = QStringLiteral("contosobackups");
        spec.container = QStringLiteral("apim-backups");
        const QString scheduled = spec.normalized().validate();
        QVERIFY2(scheduled.contains(complaint), qPrintable(scheduled));
    }

    void serviceId_real_accepted()
    {
        QCOMPARE(ResourceId::serviceIdError(kService), QString());
        OperationRequest request;
        request.serviceId = kService;
        request.storageAccount = QStringLiteral("contosobackups");
        request.container = QStringLiteral("apim-backups");
        QCOMPARE(request.validate(), QString());
    }

    void blobName_relativeSegments_refused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("escape") << "../escape"
                                << "\"..\"";
        QTest::newRow("inner") << "a/../b"
                               << "\"..\"";
        QTest::newRow("dot") << "./c"
                             << "\".\"";
        QTest::newRow("leading slash") << "/abs.apimbackup"
                                       << "starts with a slash";
        QTest::newRow("double slash") << "a//b.apimbackup"
                                      << "two slashes";
    }
    void blobName_relativeSegments_refused()
    {
        QFETCH(QString, name);
        QFETCH(QString, complaint);
        OperationRequest request;
        request.kind = OperationKind::Restore;
        request.serviceId = kService;
        request.storageAccount = QStringLiteral("contosobackups");
        request.container = QStringLiteral("apim-backups");
        request.blobName = name;
        const QString refused = request.validate();
        QVERIFY2(refused.contains(complaint), qPrintable(refused));
        QCOMPARE(StorageNames::blobNameError(name).isEmpty(), false);
    }

    void accessKey_onlyWhatAzureIssues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        const QString real = QString::fromLatin1(QByteArray(64, '\x5a').toBase64());
        QTest::newRow("64 bytes") << real << true;
        QTest::newRow("pasted with a line end") << real + QStringLiteral("\n") << true;
        QTest::newRow("ten million characters") << QString(10000000, QLatin1Char('A')) << false;
        QTest::newRow("62 bytes") << QString::fromLatin1(QByteArray(62, 'x').toBase64()) << false;
        QTest::newRow("88 characters, not base64") << QString(86, QLatin1Char('*')) + QStringLiteral("==") << false;
        QTest::newRow("short") << QStringLiteral("abcd") << false;
    }
    void accessKey_onlyWhatAzureIssues()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        const QString error = StorageNames::accessKeyError(key);
        QCOMPARE(error.isEmpty(), valid);
        if (!valid)
            QVERIFY2(error.contains(QLatin1String("88 characters")), qPrintable(error));
        // The store (the app's paste and the CLI's storage-key set) applies the same rule.
        StorageKeyStore keys(m_store, m_settings.get(), QStringLiteral("AzureCloud"));
        bool done = false;
        SecretError saved;
        keys.saveStorageKey(QStringLiteral("contosobackups"), key, this, [&](const SecretError &e) {
            saved = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(!saved.isError(), valid);
    }

    void tenant_oneRule_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<bool>("valid");
        QTest::newRow("guid") << "1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e" << true;
        QTest::newRow("domain") << "contoso.onmicrosoft.com" << true;
        QTest::newRow("path and query") << "../../x?y=z" << false;
        QTest::newRow("slash") << "contoso.com/x" << false;
        QTest::newRow("percent") << "contoso%2ecom" << false;
        QTest::newRow("trailing dot") << "contoso." << false;
        QTest::newRow("too long") << QString(254, QLatin1Char('a')) << false;
    }
    void tenant_oneRule()
    {
        QFETCH(QString, tenant);
        QFETCH(bool, valid);
        QCOMPARE(ClientSecretCredential::tenantProblem(tenant).isEmpty(), valid);
        QCOMPARE(ClientSecretCredential::tenantProblem(tenant, false).isEmpty(), valid);
        QCOMPARE(AzureCliCredential::isValidTenant(tenant), valid);
    }

private:
    Engine *engine()
    {
        Engine::Parts parts;
        parts.network = &m_network;
        parts.clock = &m_clock;
        parts.settings = m_settings.get();
        parts.secrets = m_secrets;
        parts.dataDir = m_dir.filePath(QStringLiteral("data"));
        return new Engine(parts, CloudEnvironment::azureCloud(), this);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings> m_settings;
    MemorySecretStore *m_store = nullptr;
    SecretsManager *m_secrets = nullptr;
};

QTEST_GUILESS_MAIN(RulesTest)
#include "tst_rules.moc"
