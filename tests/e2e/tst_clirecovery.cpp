// apim-backup-cli readiness, verify, rpo and location as processes against a private azure-sim
// whose backups are real blobs in containers of their own in the shared Azurite: the table
// and --json, the exit codes (0 all ready, 7 needs attention, 8 not judged), a deleted and an
// overwritten backup caught by verify and no longer counted, a deleted container, files that
// are not backups (never counted, listed with why, never pruned), a drill into a standby
// without permission (no restore sent), and bad input refused with exit code 2.
#include "AzuriteBlobs.h"
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Test;

namespace {
const QString kAccount = QStringLiteral("simtestbackups");
const QString kGroup = QStringLiteral("rg-rec");
const QString kRestoreRoute = QStringLiteral("^POST .*/restore$");

QString idOf(const QString &name, const QString &subscription = Demo::kProdSub)
{
    return Demo::serviceId(subscription, kGroup, name);
}

QJsonObject service(const QString &name, const QString &sku, const QString &subscription = Demo::kProdSub)
{
    return { { QStringLiteral("subscriptionId"), subscription }, { QStringLiteral("resourceGroup"), kGroup },
        { QStringLiteral("name"), name }, { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), sku } } } };
}

QJsonObject existingBackup(const QString &container, const QString &service, double ageDays)
{
    return { { QStringLiteral("account"), kAccount }, { QStringLiteral("container"), container },
        { QStringLiteral("blob"), service + QStringLiteral("-{date}.apimbackup") },
        { QStringLiteral("service"), service }, { QStringLiteral("sku"), QStringLiteral("Standard") },
        { QStringLiteral("ageDays"), ageDays } };
}

QJsonObject parsed(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// The row of a service in `readiness --json`; empty when it is not listed.
QJsonObject rowOf(const QJsonObject &report, const QString &serviceName)
{
    for (const QJsonValue &value : report.value(QLatin1String("services")).toArray()) {
        if (value.toObject().value(QLatin1String("service")).toString() == serviceName)
            return value.toObject();
    }
    return {};
}

QString stateOf(const QJsonObject &report, const QString &serviceName)
{
    return rowOf(report, serviceName).value(QLatin1String("state")).toString();
}

QString uniqueBlob(const QString &service)
{
    return QStringLiteral("%1-%2.apimbackup").arg(service, QUuid::createUuid().toString(QUuid::Id128).left(10));
}
} // namespace

class TestCliRecovery : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_home;
    std::unique_ptr<AzuriteBlobs> m_azurite;
    QString m_container; // the backups: readiness finds it once it is added as a location
    QString m_gone; // deleted by a test
    QString m_junk; // files that are not backups

    QString location(const QString &container) const
    {
        return Demo::kProdSub + QLatin1Char('/') + kAccount + QLatin1Char('/') + container;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home.path());
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), Demo::kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), Demo::kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), Demo::kSecret);
        return env;
    }

    CliRun cli(const QStringList &arguments)
    {
        return runCli(QStringList { QStringLiteral("--cloud"), m_harness.sim().cloudFile(), QStringLiteral("--auth"),
                          QStringLiteral("env") }
                + arguments,
            environment(), 60000);
    }

    QJsonObject readiness(const QString &subscription, const QStringList &extra = {}, int *exitCode = nullptr)
    {
        const CliRun run = cli(QStringList { QStringLiteral("--json"), QStringLiteral("readiness"),
                                   QStringLiteral("--subscription"), subscription }
            + extra);
        if (exitCode)
            *exitCode = run.exitCode;
        if (run.exitCode < 0 || run.exitCode == 1 || run.exitCode == 2)
            qWarning("readiness failed: %s", qPrintable(run.out + run.err));
        return parsed(run);
    }

    bool backUp(const QString &serviceName, const QString &container, const QString &blob)
    {
        const CliRun run = cli(
            { QStringLiteral("backup"), QStringLiteral("--service"), idOf(serviceName), QStringLiteral("--account"),
                kAccount, QStringLiteral("--container"), container, QStringLiteral("--name"), blob });
        if (run.exitCode != 0)
            qWarning("backup failed: %s", qPrintable(run.out + run.err));
        return run.exitCode == 0;
    }

    QJsonArray listed(const QString &container, const QString &serviceName = {})
    {
        QStringList arguments { QStringLiteral("--json"), QStringLiteral("backups"), QStringLiteral("--account"),
            kAccount, QStringLiteral("--container"), container, QStringLiteral("--subscription"), Demo::kProdSub };
        if (!serviceName.isEmpty())
            arguments << QStringLiteral("--service") << serviceName;
        const CliRun run = cli(arguments);
        if (run.exitCode != 0)
            qWarning("backups failed: %s", qPrintable(run.out + run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY(m_home.isValid());
        // Containers of our own: Azurite is shared by every test of the run, and this one deletes.
        m_container = QStringLiteral("rec-%1-%2")
                          .arg(QCoreApplication::applicationPid())
                          .arg(QRandomGenerator::global()->bounded(100000, 999999));
        m_gone = m_container + QStringLiteral("-gone");
        m_junk = m_container + QStringLiteral("-junk");
        const QJsonObject seed {
            { QStringLiteral("tenants"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), Demo::kTenant },
                    { QStringLiteral("displayName"), QStringLiteral("Contoso") },
                    { QStringLiteral("defaultDomain"), QStringLiteral("contoso.onmicrosoft.com") } } } },
            { QStringLiteral("servicePrincipals"),
                QJsonArray { QJsonObject { { QStringLiteral("clientId"), Demo::kClientId },
                    { QStringLiteral("secret"), Demo::kSecret }, { QStringLiteral("tenantId"), Demo::kTenant } } } },
            { QStringLiteral("subscriptions"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), Demo::kProdSub },
                                 { QStringLiteral("tenantId"), Demo::kTenant },
                                 { QStringLiteral("displayName"), QStringLiteral("Contoso Production") } },
                    QJsonObject { { QStringLiteral("subscriptionId"), Demo::kStagingSub },
                        { QStringLiteral("tenantId"), Demo::kTenant },
                        { QStringLiteral("displayName"), QStringLiteral("Contoso Staging") } } } },
            { QStringLiteral("services"),
                QJsonArray { service(QStringLiteral("rec-ready-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-old-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-verify-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-missing-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-gone-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-junk-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-standby-apim"), QStringLiteral("Standard")),
                    service(QStringLiteral("rec-func-apim"), QStringLiteral("Consumption")),
                    service(QStringLiteral("rec-staging-apim"), QStringLiteral("Standard"), Demo::kStagingSub) } },
            { QStringLiteral("storageAccounts"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), Demo::kProdSub },
                    { QStringLiteral("resourceGroup"), kGroup }, { QStringLiteral("name"), kAccount } } } },
            { QStringLiteral("containers"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("account"), kAccount }, { QStringLiteral("name"), m_container } },
                    QJsonObject { { QStringLiteral("account"), kAccount }, { QStringLiteral("name"), m_gone } },
                    QJsonObject { { QStringLiteral("account"), kAccount }, { QStringLiteral("name"), m_junk } } } },
            { QStringLiteral("existingBackups"),
                QJsonArray { existingBackup(m_container, QStringLiteral("rec-ready-apim"), 0.1),
                    existingBackup(m_container, QStringLiteral("rec-old-apim"), 3),
                    existingBackup(m_container, QStringLiteral("rec-staging-apim"), 0.1),
                    // Expired: the one real backup among the junk, which prune may delete.
                    existingBackup(m_junk, QStringLiteral("rec-old-apim"), 40) } },
        };
        const QString seedFile = QDir(m_home.path()).filePath(QStringLiteral("seed.json"));
        QFile file(seedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();
        QVERIFY2(m_harness.start(seedFile, { QStringLiteral("--operation-duration"), QStringLiteral("300") }),
            qPrintable(m_harness.errorString()));
        m_azurite = std::make_unique<AzuriteBlobs>(kAccount);
        QVERIFY2(m_azurite->isValid(), qPrintable(m_azurite->errorString()));
    }

    void init() { QVERIFY(m_harness.control().clearFaults()); }

    void readiness_noKnownLocation_saysHowToAddOneFromTheCli()
    {
        int code = -1;
        const QJsonObject report = readiness(Demo::kStagingSub, {}, &code);
        QCOMPARE(code, 7);
        const QJsonObject row = rowOf(report, QStringLiteral("rec-staging-apim"));
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("no-backup"));
        const QString reason = row.value(QLatin1String("reason")).toString();
        QVERIFY2(reason.contains(QLatin1String("apim-backup-cli location add SUBSCRIPTION/ACCOUNT/CONTAINER")),
            qPrintable(reason));
    }

    void location_addListRemove()
    {
        CliRun run = cli({ QStringLiteral("location"), QStringLiteral("add"), location(m_container) });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QLatin1String("Added")));
        const QString sameInOtherCase
            = Demo::kProdSub.toUpper() + QLatin1Char('/') + kAccount + QLatin1Char('/') + m_container;
        run = cli({ QStringLiteral("location"), QStringLiteral("add"), sameInOtherCase });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QLatin1String("already")), qPrintable(run.out)); // the same place
        QVERIFY(cli({ QStringLiteral("location"), QStringLiteral("add"), location(m_junk) }).exitCode == 0);
        const QString spare = location(m_container + QStringLiteral("-spare"));
        QVERIFY(cli({ QStringLiteral("location"), QStringLiteral("add"), spare }).exitCode == 0);
        run = cli({ QStringLiteral("location"), QStringLiteral("remove"), spare });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

        run = cli({ QStringLiteral("--json"), QStringLiteral("location"), QStringLiteral("list") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList places;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            QCOMPARE(value.toObject().value(QLatin1String("origin")).toString(), QStringLiteral("added"));
            places << value.toObject().value(QLatin1String("location")).toString();
        }
        QCOMPARE(places, QStringList({ location(m_container), location(m_junk) }));
        run = cli({ QStringLiteral("location"), QStringLiteral("list") });
        QVERIFY(run.out.contains(location(m_junk)));

        // A typo must not pass for success, nor change anything.
        run = cli({ QStringLiteral("location"), QStringLiteral("remove"), location(QStringLiteral("no-such-one")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not among the added locations")), qPrintable(run.err));
    }

    void location_badInput_exitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList {} << "needs an action";
        QTest::newRow("unknown action") << QStringList { QStringLiteral("rename") } << "Unknown location action";
        QTest::newRow("add without place") << QStringList { QStringLiteral("add") } << "needs one SUBSCRIPTION";
        QTest::newRow("two parts") << QStringList { QStringLiteral("add"), QStringLiteral("acct/container") }
                                   << "SUBSCRIPTION/ACCOUNT/CONTAINER";
        QTest::newRow("not a subscription")
            << QStringList { QStringLiteral("add"), QStringLiteral("prod/simtestbackups/apim") }
            << "is not a subscription id";
        QTest::newRow("bad account") << QStringList { QStringLiteral("add"),
            Demo::kProdSub + QStringLiteral("/Bad_Account/apim") }
                                     << "storage account";
        QTest::newRow("bad container") << QStringList { QStringLiteral("remove"),
            Demo::kProdSub + QStringLiteral("/simtestbackups/Apim_X") }
                                       << "container name";
    }
    void location_badInput_exitsTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = cli(QStringList { QStringLiteral("location") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
    }

    void readiness_tableAndJson_exitSevenWhenAServiceNeedsAttention()
    {
        int code = -1;
        const QJsonObject report = readiness(Demo::kProdSub, {}, &code);
        QCOMPARE(code, 7);
        QCOMPARE(stateOf(report, QStringLiteral("rec-ready-apim")), QStringLiteral("ready"));
        QCOMPARE(stateOf(report, QStringLiteral("rec-old-apim")), QStringLiteral("breached"));
        QCOMPARE(stateOf(report, QStringLiteral("rec-func-apim")), QStringLiteral("not-supported"));
        QCOMPARE(stateOf(report, QStringLiteral("rec-standby-apim")), QStringLiteral("no-backup"));
        QVERIFY(rowOf(report, QStringLiteral("rec-staging-apim")).isEmpty()); // another subscription
        const QJsonObject ready = rowOf(report, QStringLiteral("rec-ready-apim"));
        QCOMPARE(ready.value(QLatin1String("needsAttention")).toBool(), false);
        QVERIFY(ready.value(QLatin1String("lastGoodBackup")).toString().startsWith(QLatin1String("rec-ready-apim-")));
        QCOMPARE(ready.value(QLatin1String("targetRpoSeconds")).toInt(), 24 * 3600);
        QCOMPARE(report.value(QLatin1String("allSubscriptionsListed")).toBool(), true);
        QVERIFY(report.value(QLatin1String("needsAttention")).toInt() >= 2);

        const CliRun table = cli({ QStringLiteral("readiness"), QStringLiteral("--subscription"), Demo::kProdSub });
        QCOMPARE(table.exitCode, 7);
        for (const char *text : { "Service", "State", "Age / target", "rec-ready-apim", "Ready", "Breached",
                 "Not supported", "The newest backup is 72" })
            QVERIFY2(table.out.contains(QLatin1String(text)), text);
        QVERIFY2(table.out.trimmed().split(QLatin1Char('\n')).last().contains(QLatin1String("1 breached")),
            qPrintable(table.out));
    }

    void readiness_everyServiceReady_exitsZero_andRpoOverrides()
    {
        int code = -1;
        QJsonObject report = readiness(Demo::kStagingSub, {}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(report.value(QLatin1String("services")).toArray().size(), 1);
        QCOMPARE(stateOf(report, QStringLiteral("rec-staging-apim")), QStringLiteral("ready"));
        QCOMPARE(report.value(QLatin1String("needsAttention")).toInt(), 0);

        // The 2.4 h old backup against a 1 h target; then the 3-day-old one against 4 days.
        report = readiness(Demo::kStagingSub, { QStringLiteral("--rpo"), QStringLiteral("1h") }, &code);
        QCOMPARE(code, 7);
        QCOMPARE(stateOf(report, QStringLiteral("rec-staging-apim")), QStringLiteral("breached"));
        QCOMPARE(
            rowOf(report, QStringLiteral("rec-staging-apim")).value(QLatin1String("targetRpoSeconds")).toInt(), 3600);
        report = readiness(Demo::kProdSub, { QStringLiteral("--rpo"), QStringLiteral("4d") });
        QCOMPARE(stateOf(report, QStringLiteral("rec-old-apim")), QStringLiteral("ready"));
    }

    void readiness_subscriptionNotListed_exitsEight()
    {
        // Every service it did list is ready, but those of a whole subscription could not be judged.
        QVERIFY(m_harness.control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 403 },
                { QStringLiteral("route"),
                    QStringLiteral("^GET /subscriptions/%1/providers/Microsoft.ApiManagement/service$")
                        .arg(Demo::kProdSub) } }));
        const CliRun run = cli({ QStringLiteral("--json"), QStringLiteral("readiness"),
            QStringLiteral("--no-resource-graph"), QStringLiteral("--subscription"), Demo::kStagingSub,
            QStringLiteral("--subscription"), Demo::kProdSub });
        QVERIFY2(run.exitCode == 8, qPrintable(run.out + run.err));
        const QJsonObject report = parsed(run);
        QCOMPARE(report.value(QLatin1String("allSubscriptionsListed")).toBool(true), false);
        QCOMPARE(report.value(QLatin1String("services")).toArray().size(), 1);
        QCOMPARE(stateOf(report, QStringLiteral("rec-staging-apim")), QStringLiteral("ready"));
        QVERIFY2(run.err.contains(QStringLiteral("Subscription %1 could not be listed").arg(Demo::kProdSub)),
            qPrintable(run.err));
    }

    void readiness_badRpo_isRefused_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<QString>("shown");
        QTest::newRow("zero") << QStringList { QStringLiteral("--rpo"), QStringLiteral("0h") } << "0h";
        QTest::newRow("negative") << QStringList { QStringLiteral("--rpo"), QStringLiteral("-3h") } << "-3h";
        QTest::newRow("negative, joined") << QStringList { QStringLiteral("--rpo=-3h") } << "-3h";
        QTest::newRow("a word") << QStringList { QStringLiteral("--rpo"), QStringLiteral("abc") } << "abc";
        QTest::newRow("minutes") << QStringList { QStringLiteral("--rpo"), QStringLiteral("30m") } << "30m";
    }
    void readiness_badRpo_isRefused()
    {
        QFETCH(QStringList, option);
        QFETCH(QString, shown);
        QVERIFY(m_harness.control().clearRequests());
        const CliRun run = cli(QStringList { QStringLiteral("readiness") } + option);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--rpo: \"%1\" is not a target RPO").arg(shown)), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("e.g. 12h, 2d or 1w")), qPrintable(run.err));
        QCOMPARE(m_harness.control().count(QStringLiteral("Microsoft.ApiManagement")), 0); // refused before asking
    }

    void readiness_listingForbidden_isUnknown_exitsEight()
    {
        QVERIFY(m_harness.control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 403 },
                { QStringLiteral("route"), QStringLiteral("^GET .*/providers/Microsoft.Storage/storageAccounts") } }));
        int code = -1;
        const QJsonObject report = readiness(Demo::kStagingSub, {}, &code);
        QCOMPARE(code, 8);
        const QJsonObject row = rowOf(report, QStringLiteral("rec-staging-apim"));
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("unknown"));
        QVERIFY2(row.value(QLatin1String("reason")).toString().contains(QLatin1String("authorization")),
            qPrintable(row.value(QLatin1String("reason")).toString()));
    }

    void verify_flagsDeletedAndOverwritten_andReadinessStopsCountingThem()
    {
        const QString kept = uniqueBlob(QStringLiteral("rec-verify-apim"));
        const QString deleted = uniqueBlob(QStringLiteral("rec-missing-apim"));
        QVERIFY(backUp(QStringLiteral("rec-verify-apim"), m_container, kept));
        QVERIFY(backUp(QStringLiteral("rec-missing-apim"), m_container, deleted));
        CliRun run = cli({ QStringLiteral("verify") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QJsonObject report = readiness(Demo::kProdSub);
        QCOMPARE(stateOf(report, QStringLiteral("rec-verify-apim")), QStringLiteral("ready"));
        QCOMPARE(stateOf(report, QStringLiteral("rec-missing-apim")), QStringLiteral("ready"));

        // Overwritten with something that still names its service, so that only the
        // fingerprint the backup recorded can tell.
        QVERIFY2(
            m_azurite->putBlob(m_container, kept, QByteArrayLiteral("{\"not\": \"the backup\"}"),
                QByteArrayLiteral("application/json"), { { "service", "rec-verify-apim" }, { "sku", "Standard" } }),
            qPrintable(m_azurite->errorString()));
        QVERIFY2(m_azurite->deleteBlob(m_container, deleted), qPrintable(m_azurite->errorString()));

        run = cli({ QStringLiteral("--json"), QStringLiteral("verify") });
        QVERIFY2(run.exitCode == 7, qPrintable(run.out + run.err));
        QHash<QString, QString> states;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out.toUtf8()).array())
            states.insert(value.toObject().value(QLatin1String("backup")).toString(),
                value.toObject().value(QLatin1String("state")).toString());
        QCOMPARE(states.value(kept), QStringLiteral("changed"));
        QCOMPARE(states.value(deleted), QStringLiteral("missing"));
        run = cli({ QStringLiteral("verify"), QStringLiteral("--service"), QStringLiteral("rec-missing-apim") });
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(
            run.out.contains(QLatin1String("1 backup checked: 0 verified, 1 no longer usable.")), qPrintable(run.out));

        int code = -1;
        report = readiness(Demo::kProdSub, {}, &code);
        QCOMPARE(code, 7);
        QCOMPARE(stateOf(report, QStringLiteral("rec-verify-apim")), QStringLiteral("no-backup"));
        QCOMPARE(stateOf(report, QStringLiteral("rec-missing-apim")), QStringLiteral("no-backup"));
        QCOMPARE(rowOf(report, QStringLiteral("rec-verify-apim")).value(QLatin1String("backups")).toInt(), 0);
    }

    void readiness_deletedContainer_isNoBackup_namingTheContainer()
    {
        const QString blob = uniqueBlob(QStringLiteral("rec-gone-apim"));
        QVERIFY(backUp(QStringLiteral("rec-gone-apim"), m_gone, blob));
        QVERIFY(cli({ QStringLiteral("location"), QStringLiteral("add"), location(m_gone) }).exitCode == 0);
        QCOMPARE(stateOf(readiness(Demo::kProdSub), QStringLiteral("rec-gone-apim")), QStringLiteral("ready"));

        QVERIFY2(m_azurite->deleteContainer(m_gone), qPrintable(m_azurite->errorString()));
        const CliRun run = cli({ QStringLiteral("--json"), QStringLiteral("readiness"),
            QStringLiteral("--subscription"), Demo::kProdSub });
        QCOMPARE(run.exitCode, 7);
        const QJsonObject report = parsed(run);
        // Known to be gone, not unknown: the container itself said it does not exist.
        const QJsonObject row = rowOf(report, QStringLiteral("rec-gone-apim"));
        QCOMPARE(row.value(QLatin1String("state")).toString(), QStringLiteral("no-backup"));
        const QString reason = row.value(QLatin1String("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("The container %1/%2 does not exist").arg(kAccount, m_gone)),
            qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("Back the service up again")), qPrintable(reason));
        QCOMPARE(report.value(QLatin1String("missingContainers")).toArray(), QJsonArray({ location(m_gone) }));
        // Other services that share the location are not troubled by it.
        QCOMPARE(stateOf(report, QStringLiteral("rec-ready-apim")), QStringLiteral("ready"));
        QVERIFY2(run.err.contains(QStringLiteral("apim-backup-cli location remove %1").arg(location(m_gone))),
            qPrintable(run.err));

        const CliRun verify = cli({ QStringLiteral("--json"), QStringLiteral("verify"), QStringLiteral("--service"),
            QStringLiteral("rec-gone-apim") });
        QVERIFY2(verify.exitCode == 7, qPrintable(verify.out + verify.err));
        const QJsonArray results = QJsonDocument::fromJson(verify.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(QLatin1String("state")).toString(), QStringLiteral("missing"));

        QVERIFY(cli({ QStringLiteral("location"), QStringLiteral("remove"), location(m_gone) }).exitCode == 0);
    }

    void filesThatAreNotBackups_areNotCounted_listedWithWhy_neverPruned()
    {
        // Named like a backup of rec-junk-apim, but empty; a text file; random bytes.
        const QString empty = QStringLiteral("rec-junk-apim-20260101-000000.apimbackup");
        QVERIFY2(m_azurite->putBlob(m_junk, empty, {}, QByteArrayLiteral("application/octet-stream")),
            qPrintable(m_azurite->errorString()));
        QVERIFY2(m_azurite->putBlob(m_junk, QStringLiteral("notes.txt"), QByteArrayLiteral("restore with care\n"),
                     QByteArrayLiteral("text/plain")),
            qPrintable(m_azurite->errorString()));
        QByteArray noise(512, '\0');
        for (char &byte : noise)
            byte = char(QRandomGenerator::global()->bounded(256));
        QVERIFY2(m_azurite->putBlob(m_junk, QStringLiteral("random.bin"), noise), qPrintable(m_azurite->errorString()));

        const QJsonObject report = readiness(Demo::kProdSub);
        QCOMPARE(stateOf(report, QStringLiteral("rec-junk-apim")), QStringLiteral("no-backup"));

        QHash<QString, QJsonObject> files;
        for (const QJsonValue &value : listed(m_junk))
            files.insert(value.toObject().value(QLatin1String("name")).toString(), value.toObject());
        QCOMPARE(files.size(), 4);
        const auto why = [&files](const QString &name) {
            return files.value(name).value(QLatin1String("notBackupReason")).toString();
        };
        QVERIFY2(why(empty).contains(QLatin1String("it is empty")), qPrintable(why(empty)));
        QVERIFY2(why(QStringLiteral("notes.txt")).contains(QLatin1String("text file (text/plain)")),
            qPrintable(why(QStringLiteral("notes.txt"))));
        QVERIFY2(why(QStringLiteral("random.bin")).contains(QLatin1String("no service in its metadata")),
            qPrintable(why(QStringLiteral("random.bin"))));
        QCOMPARE(files.value(empty).value(QLatin1String("isBackup")).toBool(true), false);
        int backups = 0;
        for (const QJsonObject &file : std::as_const(files))
            backups += file.value(QLatin1String("isBackup")).toBool() ? 1 : 0;
        QCOMPARE(backups, 1); // rec-old-apim's expired backup
        const CliRun table = cli({ QStringLiteral("backups"), QStringLiteral("--account"), kAccount,
            QStringLiteral("--container"), m_junk, QStringLiteral("--subscription"), Demo::kProdSub });
        QVERIFY2(table.out.contains(QLatin1String("not a backup: it is empty")), qPrintable(table.out));
        QVERIFY2(listed(m_junk, QStringLiteral("rec-junk-apim")).size() == 1, "backups --service shows the empty file");

        // The harshest prune there is deletes the expired backup and none of the rest.
        const CliRun prune = cli({ QStringLiteral("--json"), QStringLiteral("prune"), QStringLiteral("--account"),
            kAccount, QStringLiteral("--container"), m_junk, QStringLiteral("--subscription"), Demo::kProdSub,
            QStringLiteral("--older-than"), QStringLiteral("0h"), QStringLiteral("--keep-last"), QStringLiteral("0"),
            QStringLiteral("--yes") });
        QVERIFY2(prune.exitCode == 0, qPrintable(prune.out + prune.err));
        const QJsonObject plan = parsed(prune);
        QCOMPARE(plan.value(QLatin1String("deleted")).toInt(), 1);
        for (const QJsonValue &value : plan.value(QLatin1String("backups")).toArray()) {
            const QJsonObject decision = value.toObject();
            if (decision.value(QLatin1String("service")).toString() == QLatin1String("rec-old-apim"))
                continue;
            QCOMPARE(decision.value(QLatin1String("action")).toString(), QStringLiteral("keep"));
            QVERIFY2(decision.value(QLatin1String("reason")).toString().contains(QLatin1String("not recognised")),
                qPrintable(decision.value(QLatin1String("reason")).toString()));
        }
        QStringList left;
        for (const QJsonValue &value : listed(m_junk))
            left << value.toObject().value(QLatin1String("name")).toString();
        left.sort();
        QCOMPARE(left, QStringList({ QStringLiteral("notes.txt"), QStringLiteral("random.bin"), empty }));
    }

    void drill_standbyWithoutPermission_sendsNoRestore_andTheRecordSaysWhy()
    {
        const QJsonArray backups = listed(m_container, QStringLiteral("rec-ready-apim"));
        QVERIFY(!backups.isEmpty());
        const QString backup = backups.first().toObject().value(QLatin1String("name")).toString();
        QVERIFY(m_harness.control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 403 },
                { QStringLiteral("route"), QStringLiteral("^GET .*/rec-standby-apim$") } }));
        QVERIFY(m_harness.control().clearRequests());
        const CliRun run = cli({ QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("--service"),
            idOf(QStringLiteral("rec-ready-apim")), QStringLiteral("--standby"),
            idOf(QStringLiteral("rec-standby-apim")), QStringLiteral("--storage-account"), kAccount,
            QStringLiteral("--container"), m_container, QStringLiteral("--backup"), backup, QStringLiteral("--yes") });
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QCOMPARE(m_harness.control().count(kRestoreRoute), 0);
        const QJsonObject report = parsed(run);
        QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
        const QString reason = report.value(QLatin1String("reason")).toString();
        for (const char *text : { "The standby rec-standby-apim could not be read, so nothing was restored into it",
                 "Permission denied", "Microsoft.ApiManagement/service/read" })
            QVERIFY2(reason.contains(QLatin1String(text)), qPrintable(reason));
        QCOMPARE(report.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("AuthorizationFailed"));

        // Kept with the history, with the reason.
        const QString id = report.value(QLatin1String("id")).toString();
        QFile kept(QDir(m_home.path()).filePath(QStringLiteral("data/drills/%1.json").arg(id)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(kept.readAll()).object().value(QLatin1String("reason")).toString(), reason);
        const CliRun shown = cli({ QStringLiteral("drill"), QStringLiteral("--show"), id.left(8),
            QStringLiteral("--markdown"), QStringLiteral("-") });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QLatin1String("nothing was restored")), qPrintable(shown.out));
    }

    void rpo_setShowClear_perServiceSubscriptionAndGlobal()
    {
        const QString old = idOf(QStringLiteral("rec-old-apim"));
        const auto shown = [this](const QStringList &arguments) {
            const CliRun run = cli(QStringList { QStringLiteral("--json"), QStringLiteral("rpo") } + arguments);
            if (run.exitCode != 0)
                qWarning("rpo failed: %s", qPrintable(run.err));
            return parsed(run);
        };
        QJsonObject now = shown({});
        QCOMPARE(now.value(QLatin1String("targetRpoSeconds")).toInt(), 24 * 3600);
        QCOMPARE(now.value(QLatin1String("source")).toString(), QStringLiteral("global"));

        QCOMPARE(cli({ QStringLiteral("rpo"), QStringLiteral("--set"), QStringLiteral("12h") }).exitCode, 0);
        QCOMPARE(shown({}).value(QLatin1String("targetRpoSeconds")).toInt(), 12 * 3600);
        const CliRun subscription = cli({ QStringLiteral("rpo"), QStringLiteral("--subscription"), Demo::kProdSub,
            QStringLiteral("--set"), QStringLiteral("2d") });
        QCOMPARE(subscription.exitCode, 0);
        QVERIFY2(subscription.out.contains(QLatin1String("Target RPO: 2 d")), qPrintable(subscription.out));
        now = shown({ QStringLiteral("--service"), old });
        QCOMPARE(now.value(QLatin1String("targetRpoSeconds")).toInt(), 2 * 86400);
        QCOMPARE(now.value(QLatin1String("source")).toString(), QStringLiteral("subscription"));
        QCOMPARE(cli({ QStringLiteral("rpo"), QStringLiteral("--service"), old, QStringLiteral("--set"),
                         QStringLiteral("4d") })
                     .exitCode,
            0);
        now = shown({ QStringLiteral("--service"), old });
        QCOMPARE(now.value(QLatin1String("targetRpoSeconds")).toInt(), 4 * 86400);
        QCOMPARE(now.value(QLatin1String("source")).toString(), QStringLiteral("service"));
        QCOMPARE(shown({ QStringLiteral("--service"), idOf(QStringLiteral("rec-staging-apim"), Demo::kStagingSub) })
                     .value(QLatin1String("targetRpoSeconds"))
                     .toInt(),
            12 * 3600);

        // readiness judges each service against its own target.
        const QJsonObject report = readiness(Demo::kProdSub);
        const QJsonObject oldRow = rowOf(report, QStringLiteral("rec-old-apim"));
        QCOMPARE(oldRow.value(QLatin1String("state")).toString(), QStringLiteral("ready"));
        QCOMPARE(oldRow.value(QLatin1String("targetFrom")).toString(), QStringLiteral("service"));
        QCOMPARE(rowOf(report, QStringLiteral("rec-ready-apim")).value(QLatin1String("targetFrom")).toString(),
            QStringLiteral("subscription"));

        QCOMPARE(
            cli({ QStringLiteral("rpo"), QStringLiteral("--service"), old, QStringLiteral("--clear") }).exitCode, 0);
        QCOMPARE(
            shown({ QStringLiteral("--service"), old }).value(QLatin1String("targetRpoSeconds")).toInt(), 2 * 86400);
        QCOMPARE(
            cli({ QStringLiteral("rpo"), QStringLiteral("--subscription"), Demo::kProdSub, QStringLiteral("--clear") })
                .exitCode,
            0);
        QCOMPARE(
            shown({ QStringLiteral("--service"), old }).value(QLatin1String("targetRpoSeconds")).toInt(), 12 * 3600);
        QCOMPARE(cli({ QStringLiteral("rpo"), QStringLiteral("--clear") }).exitCode, 0);
        QCOMPARE(shown({}).value(QLatin1String("targetRpoSeconds")).toInt(), 24 * 3600);
    }

    void rpo_badInput_isRefused_andChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << QStringList { QStringLiteral("--set"), QStringLiteral("0h") }
                              << "--set: \"0h\" is not a target RPO";
        QTest::newRow("negative") << QStringList { QStringLiteral("--set"), QStringLiteral("-3h") }
                                  << "--set: \"-3h\" is not a target RPO";
        QTest::newRow("a word") << QStringList { QStringLiteral("--set"), QStringLiteral("abc") }
                                << "--set: \"abc\" is not a target RPO";
        QTest::newRow("set and clear") << QStringList { QStringLiteral("--set"), QStringLiteral("2h"),
            QStringLiteral("--clear") } << "not both";
        QTest::newRow("service and subscription")
            << QStringList { QStringLiteral("--service"), idOf(QStringLiteral("rec-old-apim")),
                   QStringLiteral("--subscription"), Demo::kProdSub, QStringLiteral("--set"), QStringLiteral("2h") }
            << "not both";
        QTest::newRow("service name only") << QStringList { QStringLiteral("--service"), QStringLiteral("rec-old-apim"),
            QStringLiteral("--set"), QStringLiteral("2h") }
                                           << "is not the resource id";
        QTest::newRow("subscription not a GUID") << QStringList { QStringLiteral("--subscription"),
            QStringLiteral("prod"), QStringLiteral("--set"), QStringLiteral("2h") }
                                                 << "subscription id";
    }
    void rpo_badInput_isRefused_andChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QVERIFY(cli({ QStringLiteral("rpo"), QStringLiteral("--set"), QStringLiteral("36h") }).exitCode == 0);
        const CliRun run = cli(QStringList { QStringLiteral("rpo") } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        const CliRun after = cli({ QStringLiteral("--json"), QStringLiteral("rpo") });
        QCOMPARE(parsed(after).value(QLatin1String("targetRpoSeconds")).toInt(), 36 * 3600);
        QVERIFY(cli({ QStringLiteral("rpo"), QStringLiteral("--clear") }).exitCode == 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_clirecovery.moc"
