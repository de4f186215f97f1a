// `apim-backup-cli prune` as a real process against a private azure-sim whose backups are
// real blobs in Azurite: the plan, --dry-run, the refusal without --yes, the deletion of
// the expired backup only, and a service's last backup kept until --keep-last 0.
#include "SimProcess.h"
#include "TestEnvironment.h"

#include "schedule/ScheduleTemplate.h"
#include "storage/BlobClient.h"
#include "util/Clock.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {

const QString kTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
const QString kClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
const QString kProdSub = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kAccount = QStringLiteral("simtestbackups");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + err; }
};

QJsonObject backup(const QString &container, const QString &service, const QString &sku, double ageDays)
{
    return { { QStringLiteral("account"), kAccount }, { QStringLiteral("container"), container },
        { QStringLiteral("blob"), service + QStringLiteral("-{date}.apimbackup") },
        { QStringLiteral("service"), service }, { QStringLiteral("sku"), sku },
        { QStringLiteral("ageDays"), ageDays } };
}

QJsonObject service(const QString &group, const QString &name, const QString &sku)
{
    return { { QStringLiteral("subscriptionId"), kProdSub }, { QStringLiteral("resourceGroup"), group },
        { QStringLiteral("name"), name }, { QStringLiteral("sku"), QJsonObject { { QStringLiteral("name"), sku } } } };
}

// The decision prune printed for the backup of service that is ageDays old (by name).
QJsonObject decisionFor(const QJsonObject &report, const QString &service, int ageDays)
{
    for (const QJsonValue &value : report.value(QLatin1String("backups")).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("service")).toString() == service
            && entry.value(QLatin1String("ageDays")).toInt() == ageDays)
            return entry;
    }
    return {};
}

} // namespace

class TestCliPrune : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_container;
    QString m_home;
    QByteArray m_accountKey;
    QNetworkAccessManager m_network;
    SystemClock m_clock;

    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home);
        // As a scheduled job runs: a service principal from the environment, no keychain.
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kSecret);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY),
            QStringList {
                QStringLiteral("--cloud"), m_sim.cloudFile(), QStringLiteral("--auth"), QStringLiteral("env") }
                + arguments);
        if (!process.waitForStarted(5000))
            return {};
        process.closeWriteChannel(); // stdin is not a terminal: nobody to ask
        if (!process.waitForFinished(40000)) {
            process.kill();
            process.waitForFinished(3000);
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    QString listContainerName() const { return m_container + QStringLiteral("-list"); }

    QStringList pruneArguments(const QStringList &extra) const
    {
        return QStringList { QStringLiteral("prune"), QStringLiteral("--account"), kAccount,
            QStringLiteral("--container"), m_container }
        + extra;
    }

    // The container as List Blobs shows it (Shared Key, straight to Azurite): name -> blob.
    QMap<QString, BackupBlob> listContainer()
    {
        BlobClient client(&m_network, &m_clock);
        QUrl endpoint = TestEnvironment::azuriteUrl();
        endpoint.setPath(QLatin1Char('/') + kAccount + QLatin1Char('/'));
        QMap<QString, BackupBlob> result;
        bool done = false;
        QEventLoop loop;
        client.listBlobs(endpoint, m_container, { kAccount, m_accountKey }, &loop,
            [&](const QList<BackupBlob> &blobs, const StorageError &error) {
                if (error.isError())
                    qWarning("List Blobs failed: %s", qPrintable(error.userMessage()));
                for (const BackupBlob &blob : blobs)
                    result.insert(blob.name, blob);
                done = !error.isError();
                loop.quit();
            });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!done)
            result.insert(QStringLiteral("<listing failed>"), {});
        return result;
    }

    // Names in the container of service's backups, oldest first.
    QStringList backupsOf(const QMap<QString, BackupBlob> &blobs, const QString &service)
    {
        QList<BackupBlob> matching;
        for (const BackupBlob &blob : blobs) {
            if (blob.sourceService() == service)
                matching.append(blob);
        }
        std::sort(matching.begin(), matching.end(),
            [](const BackupBlob &a, const BackupBlob &b) { return a.createdOn < b.createdOn; });
        QStringList names;
        for (const BackupBlob &blob : matching)
            names.append(blob.name);
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(APIM_CLI_BINARY)), APIM_CLI_BINARY " is not built");
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        // A container of our own: Azurite is shared by every test of the run, and this test deletes.
        m_container = QStringLiteral("prune-%1-%2")
                          .arg(QCoreApplication::applicationPid())
                          .arg(QRandomGenerator::global()->bounded(100000, 999999));
        const QJsonObject seed {
            { QStringLiteral("tenants"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), kTenant },
                    { QStringLiteral("displayName"), QStringLiteral("Contoso") },
                    { QStringLiteral("defaultDomain"), QStringLiteral("contoso.onmicrosoft.com") } } } },
            { QStringLiteral("servicePrincipals"),
                QJsonArray { QJsonObject { { QStringLiteral("clientId"), kClientId },
                    { QStringLiteral("secret"), kSecret }, { QStringLiteral("tenantId"), kTenant } } } },
            { QStringLiteral("subscriptions"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"),
                                               QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7") },
                                 { QStringLiteral("tenantId"), kTenant },
                                 { QStringLiteral("displayName"), QStringLiteral("Contoso Staging") } },
                    QJsonObject { { QStringLiteral("subscriptionId"), kProdSub },
                        { QStringLiteral("tenantId"), kTenant },
                        { QStringLiteral("displayName"), QStringLiteral("Contoso Production") } } } },
            { QStringLiteral("services"),
                QJsonArray { service(QStringLiteral("rg-apim-prod"), QStringLiteral("contoso-prod-apim"),
                                 QStringLiteral("Premium")),
                    service(QStringLiteral("rg-apim-prod"), QStringLiteral("contoso-staging-apim"),
                        QStringLiteral("Standard")),
                    service(QStringLiteral("rg-apim-partners"), QStringLiteral("contoso-partners-apim"),
                        QStringLiteral("Standard")) } },
            { QStringLiteral("storageAccounts"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), kProdSub },
                    { QStringLiteral("resourceGroup"), QStringLiteral("rg-apim-prod") },
                    { QStringLiteral("name"), kAccount } } } },
            { QStringLiteral("containers"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("account"), kAccount }, { QStringLiteral("name"), m_container } } } },
            { QStringLiteral("existingBackups"),
                QJsonArray { backup(m_container, QStringLiteral("contoso-prod-apim"), QStringLiteral("Premium"), 45),
                    backup(m_container, QStringLiteral("contoso-prod-apim"), QStringLiteral("Premium"), 8),
                    backup(m_container, QStringLiteral("contoso-prod-apim"), QStringLiteral("Premium"), 1),
                    backup(m_container, QStringLiteral("contoso-staging-apim"), QStringLiteral("Standard"), 50),
                    backup(m_container, QStringLiteral("contoso-partners-apim"), QStringLiteral("Standard"), 3),
                    // A container of their own for `backups --service`: one service's name is the
                    // start of the other's.
                    backup(listContainerName(), QStringLiteral("contoso-prod-apim"), QStringLiteral("Premium"), 2),
                    backup(listContainerName(), QStringLiteral("contoso-prod-apim-kr"), QStringLiteral("Premium"), 1),
                    backup(
                        listContainerName(), QStringLiteral("contoso-prod-apim-kr"), QStringLiteral("Premium"), 4) } },
        };
        const QString seedFile = m_dir.filePath(QStringLiteral("seed.json"));
        QFile file(seedFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(seed).toJson());
        file.close();
        QVERIFY2(m_sim.start(seedFile), qPrintable(m_sim.errorString()));

        // The account key Azurite knows, to check the container behind the CLI's back.
        QProcess accounts;
        accounts.start(TestEnvironment::simBinary(), { QStringLiteral("--print-azurite-accounts") });
        QVERIFY(accounts.waitForFinished(10000));
        for (const QString &entry :
            QString::fromUtf8(accounts.readAllStandardOutput()).trimmed().split(QLatin1Char(';'))) {
            if (entry.startsWith(kAccount + QLatin1Char(':')))
                m_accountKey = entry.mid(kAccount.size() + 1).toLatin1();
        }
        QVERIFY(!m_accountKey.isEmpty());
        const QMap<QString, BackupBlob> blobs = listContainer();
        QCOMPARE(blobs.size(), 5);
    }

    void dryRun_listsTheExpiredBackup_deletesNothing()
    {
        // No --subscription: prune finds the account by looking through the subscriptions.
        const CliRun run
            = cli(QStringList { QStringLiteral("--json") } + pruneArguments({ QStringLiteral("--dry-run") }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QLatin1String("dryRun")).toBool(), true);
        QCOMPARE(report.value(QLatin1String("backups")).toArray().size(), 5);
        QCOMPARE(report.value(QLatin1String("toDelete")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("deleted")).toInt(), 0);
        const QJsonObject expired = decisionFor(report, QStringLiteral("contoso-prod-apim"), 45);
        QCOMPARE(expired.value(QLatin1String("action")).toString(), QStringLiteral("delete"));
        QCOMPARE(expired.value(QLatin1String("expired")).toBool(), true);
        QCOMPARE(expired.value(QLatin1String("deleted")).toBool(), false);
        // Expired too, but the only backup of its service.
        const QJsonObject lastOne = decisionFor(report, QStringLiteral("contoso-staging-apim"), 50);
        QCOMPARE(lastOne.value(QLatin1String("action")).toString(), QStringLiteral("keep"));
        QVERIFY(lastOne.value(QLatin1String("reason")).toString().contains(QLatin1String("last backup")));
        QCOMPARE(decisionFor(report, QStringLiteral("contoso-prod-apim"), 8).value(QLatin1String("action")).toString(),
            QStringLiteral("keep"));

        QCOMPARE(listContainer().size(), 5);
    }

    void plainOutput_showsThePlanTable()
    {
        const CliRun run
            = cli(pruneArguments({ QStringLiteral("--dry-run"), QStringLiteral("--subscription"), kProdSub }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(
            run.out.contains(QLatin1String("ACTION")) && run.out.contains(QLatin1String("WHY")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Dry run: 1 backup (")), qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("45 d")));
        QCOMPARE(listContainer().size(), 5);
    }

    void withoutYes_notATerminal_refusesAndDeletesNothing()
    {
        const CliRun run = cli(pruneArguments({ QStringLiteral("--subscription"), kProdSub }));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--yes")), qPrintable(run.err));
        QCOMPARE(listContainer().size(), 5);
    }

    void interactive_answerNo_deletesNothing()
    {
        // A terminal on stdin: util-linux `script` gives the CLI a pseudo-terminal.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("util-linux 'script' is not installed: the terminal prompt is not tested");
        QStringList words = { QStringLiteral(APIM_CLI_BINARY), QStringLiteral("--cloud"), m_sim.cloudFile(),
            QStringLiteral("--auth"), QStringLiteral("env") };
        words += pruneArguments({ QStringLiteral("--subscription"), kProdSub });
        QStringList quoted;
        for (const QString &word : std::as_const(words))
            quoted.append(ScheduleTemplate::shellQuote(word));
        QProcess process;
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home);
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kSecret);
        process.setProcessEnvironment(env);
        process.start(script, { QStringLiteral("-qec"), quoted.join(QLatin1Char(' ')), QStringLiteral("/dev/null") });
        QVERIFY(process.waitForStarted(5000));
        process.write("no\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(40000));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Type yes to delete")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Nothing was deleted")), qPrintable(output));
        QCOMPARE(listContainer().size(), 5);
    }

    void yes_deletesTheExpiredBackup_keepsTheRest()
    {
        const QMap<QString, BackupBlob> before = listContainer();
        const QStringList prod = backupsOf(before, QStringLiteral("contoso-prod-apim"));
        QCOMPARE(prod.size(), 3);
        const QString expired = prod.first(); // oldest: 45 days

        const CliRun run = cli(QStringList { QStringLiteral("--json") }
            + pruneArguments({ QStringLiteral("--yes"), QStringLiteral("--subscription"), kProdSub }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QLatin1String("deleted")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("failed")).toInt(), 0);
        QCOMPARE(decisionFor(report, QStringLiteral("contoso-prod-apim"), 45).value(QLatin1String("deleted")).toBool(),
            true);

        const QMap<QString, BackupBlob> after = listContainer();
        QCOMPARE(after.size(), 4);
        QVERIFY(!after.contains(expired));
        QCOMPARE(backupsOf(after, QStringLiteral("contoso-prod-apim")), prod.mid(1));
        QCOMPARE(backupsOf(after, QStringLiteral("contoso-staging-apim")).size(), 1);
        QCOMPARE(backupsOf(after, QStringLiteral("contoso-partners-apim")).size(), 1);

        // Again: nothing left to do.
        const CliRun again
            = cli(pruneArguments({ QStringLiteral("--yes"), QStringLiteral("--subscription"), kProdSub }));
        QVERIFY2(again.exitCode == 0, qPrintable(again.all()));
        QVERIFY2(again.out.contains(QLatin1String("Nothing to delete")), qPrintable(again.out));
        QCOMPARE(listContainer().size(), 4);
    }

    void keepLastZero_forOneService_deletesItsLastExpiredBackupOnly()
    {
        const QString staging = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/"
                                               "Microsoft.ApiManagement/service/contoso-staging-apim")
                                    .arg(kProdSub);
        const CliRun run = cli(QStringList { QStringLiteral("--json") }
            + pruneArguments({ QStringLiteral("--yes"), QStringLiteral("--keep-last"), QStringLiteral("0"),
                QStringLiteral("--service"), staging }));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject report = run.json();
        QCOMPARE(report.value(QLatin1String("deleted")).toInt(), 1);
        QCOMPARE(report.value(QLatin1String("otherServices")).toInt(), 3);
        const QMap<QString, BackupBlob> after = listContainer();
        QCOMPARE(after.size(), 3);
        QVERIFY(backupsOf(after, QStringLiteral("contoso-staging-apim")).isEmpty());
        QCOMPARE(backupsOf(after, QStringLiteral("contoso-prod-apim")).size(), 2);
    }

    void backups_serviceName_listsOnlyThatServicesBackups()
    {
        // The name and the resource id: contoso-prod-apim-kr's backups start with the same name.
        const QString prodId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/"
                                              "Microsoft.ApiManagement/service/contoso-prod-apim")
                                   .arg(kProdSub);
        for (const QString &service : { QStringLiteral("contoso-prod-apim"), prodId }) {
            const CliRun run = cli({ QStringLiteral("--json"), QStringLiteral("backups"), QStringLiteral("--account"),
                kAccount, QStringLiteral("--container"), listContainerName(), QStringLiteral("--subscription"),
                kProdSub, QStringLiteral("--service"), service });
            QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
            const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).array();
            QCOMPARE(listed.size(), 1);
            const QString name = listed.first().toObject().value(QLatin1String("name")).toString();
            QVERIFY2(name.startsWith(QLatin1String("contoso-prod-apim-2")), qPrintable(name));
        }
        const CliRun kr = cli({ QStringLiteral("--json"), QStringLiteral("backups"), QStringLiteral("--account"),
            kAccount, QStringLiteral("--container"), listContainerName(), QStringLiteral("--subscription"), kProdSub,
            QStringLiteral("--service"), QStringLiteral("contoso-prod-apim-kr") });
        QVERIFY2(kr.exitCode == 0, qPrintable(kr.all()));
        QCOMPARE(QJsonDocument::fromJson(kr.out.toUtf8()).array().size(), 2);
    }

    void badInput_clearMessages()
    {
        CliRun run = cli(pruneArguments({ QStringLiteral("--older-than"), QStringLiteral("30") }));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("30d")), qPrintable(run.err));

        run = cli({ QStringLiteral("prune"), QStringLiteral("--container"), m_container });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--account")), qPrintable(run.err));

        run = cli({ QStringLiteral("prune"), QStringLiteral("--account"), QStringLiteral("nosuchaccount"),
            QStringLiteral("--container"), m_container, QStringLiteral("--dry-run") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nosuchaccount")) && run.err.contains(QLatin1String("--subscription")),
            qPrintable(run.err));

        run = cli(pruneArguments({ QStringLiteral("--dry-run"), QStringLiteral("--subscription"), kProdSub })
                      .replaceInStrings(m_container, QStringLiteral("no-such-container")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("container does not exist")), qPrintable(run.err));
        QCOMPARE(listContainer().size(), 3);
    }

    void afterwards_noSecretOrKeyWasWritten()
    {
        // prune read the storage key through listKeys and signed in with the client secret:
        // neither may be left in a file under the app's home (settings, journal, cache).
        int files = 0;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray contents = file.readAll();
            QVERIFY2(!contents.contains(kSecret.toUtf8()), qPrintable(file.fileName()));
            QVERIFY2(!contents.contains(m_accountKey), qPrintable(file.fileName()));
            ++files;
        }
        QVERIFY(QFileInfo(m_home).isDir()); // the CLI did run with this home
        qInfo("%d files checked", files);
    }
};

QTEST_GUILESS_MAIN(TestCliPrune)
#include "tst_cliprune.moc"
