// `apim-backup-cli schedule --format github-actions | azure-pipelines --output FILE` as a
// real process, its files read back by a real YAML parser (PyYAML, through
// yaml_to_json.py): the schedule, the OpenID Connect sign-in, the steps with --json, the
// artifact upload that runs also after a failure, and no secret from the environment or
// anything shaped like one. Values the YAML or the engine could read as more than a value
// are refused before a file is written. Needs no network.
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kSubscription = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kProd = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/"
                                     "Microsoft.ApiManagement/service/contoso-prod-apim")
                          .arg(kSubscription);
const QString kPartners = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-partners/providers/"
                                         "Microsoft.ApiManagement/service/contoso-partners-apim")
                              .arg(kSubscription);
// In the environment of the command, as on an admin's machine: none may reach a workflow.
const QString kClientSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
const QString kStorageKey = QStringLiteral("Q29udG9zb0JhY2t1cHNLZXkxMjM0NTY3ODkwYWJjZGVmZ2hpamtsbW5vcHFyc3R1"
                                           "dnd4eXowMTIzNDU2Nzg5QUJDREVGR0g=");
const QString kWebhookUrl
    = QStringLiteral("https://contoso.webhook.office.com/webhookb2/7f1e-secret-path/IncomingWebhook/abc/def");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The steps whose `key` (run, inlineScript) holds text, in order.
QStringList scripts(const QJsonArray &steps, const QString &key)
{
    QStringList texts;
    for (const QJsonValue &step : steps) {
        const QJsonObject object = step.toObject();
        const QJsonValue value = object.contains(QLatin1String("inputs"))
            ? object.value(QLatin1String("inputs")).toObject().value(key)
            : object.value(key);
        if (value.isString())
            texts.append(value.toString());
    }
    return texts;
}

QJsonObject stepUsing(const QJsonArray &steps, const QString &key, const QString &prefix)
{
    for (const QJsonValue &step : steps) {
        if (step.toObject().value(key).toString().startsWith(prefix))
            return step.toObject();
    }
    return {};
}

} // namespace

class TestCliWorkflow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_python;

    CliRun cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = Apim::Test::TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_dir.filePath(QStringLiteral("app")));
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e"));
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4"));
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kClientSecret);
        env.insert(QStringLiteral("AZURE_STORAGE_KEY"), kStorageKey);
        env.insert(QStringLiteral("STORAGE_KEY"), kStorageKey);
        env.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_TEAMS"), kWebhookUrl);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        if (!process.waitForStarted(5000))
            return {};
        process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(3000);
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    static QStringList common()
    {
        return { QStringLiteral("schedule"), QStringLiteral("--name"), QStringLiteral("nightly-apim"),
            QStringLiteral("--service"), kProd, QStringLiteral("--service"), kPartners, QStringLiteral("--account"),
            QStringLiteral("contosobackups"), QStringLiteral("--container"), QStringLiteral("apim-backups"),
            QStringLiteral("--every"), QStringLiteral("30 2 * * 1-5"), QStringLiteral("--prune-older-than"),
            QStringLiteral("30d"), QStringLiteral("--notify"), QStringLiteral("teams") };
    }

    // The file as PyYAML reads it; *error says why not.
    QJsonObject parseYaml(const QString &path, QString *error)
    {
        QProcess python;
        python.start(m_python, { QStringLiteral(APIM_YAML_TO_JSON), path });
        if (!python.waitForFinished(20000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
            *error = QString::fromUtf8(python.readAllStandardError());
            return {};
        }
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
        if (!document.isObject())
            *error = QStringLiteral("not a YAML mapping: ") + parseError.errorString();
        return document.object();
    }

    // Nothing from the environment, and nothing shaped like a secret: a literal secret, a
    // webhook address, a long base64 run, a connection string, a secret reference other
    // than the webhook's, which the engine fills in at run time.
    static QString secretProblem(const QString &text)
    {
        for (const QString &secret : { kClientSecret, kStorageKey, kWebhookUrl, QStringLiteral("webhook.office.com"),
                 QStringLiteral("hooks.slack.com"), QStringLiteral("AccountKey="),
                 QStringLiteral("SharedAccessSignature"), QStringLiteral("client-secret"),
                 QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("sig=") }) {
            if (text.contains(secret, Qt::CaseInsensitive))
                return QStringLiteral("holds \"%1\"").arg(secret);
        }
        static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/]{60,}={0,2}"));
        const QRegularExpressionMatch longRun = base64.match(text);
        if (longRun.hasMatch())
            return QStringLiteral("holds a secret-shaped string: ") + longRun.captured();
        static const QRegularExpression reference(QStringLiteral("secrets\\.([A-Za-z0-9_]+)"));
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (name != QLatin1String("APIM_BACKUP_NOTIFY_URL"))
                return QStringLiteral("reads the secret %1").arg(name);
        }
        static const QRegularExpression url(QStringLiteral("https?://[^\\s\"']+"));
        for (auto it = url.globalMatch(text); it.hasNext();) {
            const QString address = it.next().captured();
            if (!address.contains(QLatin1String("/releases/download/")))
                return QStringLiteral("holds an address other than the package's: ") + address;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(APIM_CLI_BINARY)), APIM_CLI_BINARY " is not built");
        QVERIFY(m_dir.isValid());
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        QVERIFY2(!m_python.isEmpty(), "python3 is missing: scripts/setup.sh installs it with python3-yaml");
    }

    void gitHubActions_parsesAsYaml_signsInWithOidc_holdsNoSecret()
    {
        const QString path = m_dir.filePath(QStringLiteral("nightly-apim.yml"));
        const CliRun run = cli(common()
            + QStringList {
                QStringLiteral("--format"), QStringLiteral("github-actions"), QStringLiteral("--output"), path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(!run.all().contains(kClientSecret) && !run.all().contains(kWebhookUrl), qPrintable(run.all()));
        const QString text = readFile(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        QString error;
        const QJsonObject workflow = parseYaml(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // PyYAML (YAML 1.1) reads GitHub's bare `on:` as the boolean true.
        QVERIFY2(!workflow.contains(QLatin1String("on")), "expected `on` as the YAML 1.1 boolean");
        const QJsonObject on = workflow.value(QLatin1String("true")).toObject();
        const QJsonArray schedule = on.value(QLatin1String("schedule")).toArray();
        QCOMPARE(schedule.size(), 1);
        QCOMPARE(schedule.at(0).toObject().value(QLatin1String("cron")).toString(), QStringLiteral("30 2 * * 1-5"));
        QVERIFY(on.contains(QLatin1String("workflow_dispatch")));
        QCOMPARE(workflow.value(QLatin1String("permissions")).toObject().value(QLatin1String("id-token")).toString(),
            QStringLiteral("write"));

        const QJsonArray steps = workflow.value(QLatin1String("jobs"))
                                     .toObject()
                                     .value(QLatin1String("backup"))
                                     .toObject()
                                     .value(QLatin1String("steps"))
                                     .toArray();
        QVERIFY(!steps.isEmpty());
        const QJsonObject login = stepUsing(steps, QStringLiteral("uses"), QStringLiteral("azure/login@"));
        QVERIFY2(!login.isEmpty(), "no azure/login step");
        const QJsonObject with = login.value(QLatin1String("with")).toObject();
        QCOMPARE(with.value(QLatin1String("client-id")).toString(), QStringLiteral("${{ vars.AZURE_CLIENT_ID }}"));
        QCOMPARE(with.value(QLatin1String("tenant-id")).toString(), QStringLiteral("${{ vars.AZURE_TENANT_ID }}"));
        QVERIFY(!with.contains(QLatin1String("client-secret")) && !with.contains(QLatin1String("creds")));

        // Backup, prune and readiness, in this order, each writing its --json summary.
        const QStringList runs = scripts(steps, QStringLiteral("run"));
        const auto runOf = [&runs](const QString &command) {
            for (const QString &script : runs) {
                if (script.contains(QLatin1Char(' ') + command + QLatin1Char(' ')))
                    return script;
            }
            return QString();
        };
        const QString backup = runOf(QStringLiteral("backup"));
        const QString prune = runOf(QStringLiteral("prune"));
        const QString readiness = runOf(QStringLiteral("readiness"));
        for (const QString &script : { backup, prune, readiness }) {
            QVERIFY2(script.contains(QLatin1String(" --json ")), qPrintable(runs.join(QLatin1String("\n---\n"))));
            QVERIFY2(script.contains(QLatin1String(" --auth cli ")), qPrintable(script));
        }
        QVERIFY(backup.contains(kProd) && backup.contains(kPartners));
        QVERIFY2(backup.contains(QLatin1String("--notify teams")), qPrintable(backup));
        QVERIFY(prune.contains(QLatin1String("--older-than 30d")));
        QVERIFY(runs.indexOf(backup) < runs.indexOf(prune) && runs.indexOf(prune) < runs.indexOf(readiness));
        // The webhook's URL comes from a secret, by name, into the backup step only.
        bool mapped = false;
        for (const QJsonValue &step : steps) {
            const QJsonObject env = step.toObject().value(QLatin1String("env")).toObject();
            for (auto it = env.begin(); it != env.end(); ++it)
                mapped = mapped || it.value().toString() == QLatin1String("${{ secrets.APIM_BACKUP_NOTIFY_URL }}");
        }
        QVERIFY(mapped);

        const QJsonObject upload = stepUsing(steps, QStringLiteral("uses"), QStringLiteral("actions/upload-artifact@"));
        QVERIFY2(!upload.isEmpty(), "no artifact upload");
        QCOMPARE(upload.value(QLatin1String("if")).toString(), QStringLiteral("always()"));
        QCOMPARE(steps.last().toObject(), upload);

        const QString problem = secretProblem(text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void azurePipelines_parsesAsYaml_usesTheServiceConnection_holdsNoSecret()
    {
        const QString path = m_dir.filePath(QStringLiteral("nightly-apim.azure-pipelines.yml"));
        const CliRun run = cli(common()
            + QStringList { QStringLiteral("--format"), QStringLiteral("azure-pipelines"),
                QStringLiteral("--service-connection"), QStringLiteral("contoso-backup-wif"),
                QStringLiteral("--branch"), QStringLiteral("release/ops"), QStringLiteral("--output"), path });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(!run.all().contains(kClientSecret) && !run.all().contains(kWebhookUrl), qPrintable(run.all()));
        const QString text = readFile(path);
        QString error;
        const QJsonObject pipeline = parseYaml(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QCOMPARE(pipeline.value(QLatin1String("trigger")).toString(), QStringLiteral("none"));
        const QJsonArray schedules = pipeline.value(QLatin1String("schedules")).toArray();
        QCOMPARE(schedules.size(), 1);
        const QJsonObject schedule = schedules.at(0).toObject();
        QCOMPARE(schedule.value(QLatin1String("cron")).toString(), QStringLiteral("30 2 * * 1-5"));
        QCOMPARE(schedule.value(QLatin1String("branches")).toObject().value(QLatin1String("include")).toArray(),
            QJsonArray({ QStringLiteral("release/ops") }));
        QCOMPARE(schedule.value(QLatin1String("always")).toBool(), true);

        const QJsonArray steps = pipeline.value(QLatin1String("steps")).toArray();
        QStringList commands;
        for (const QJsonValue &value : steps) {
            const QJsonObject step = value.toObject();
            if (step.value(QLatin1String("task")).toString() != QLatin1String("AzureCLI@2"))
                continue;
            const QJsonObject inputs = step.value(QLatin1String("inputs")).toObject();
            // Every Azure step signs in through the service connection, never a secret.
            QCOMPARE(inputs.value(QLatin1String("azureSubscription")).toString(), QStringLiteral("contoso-backup-wif"));
            QCOMPARE(inputs.value(QLatin1String("scriptType")).toString(), QStringLiteral("bash"));
            const QString script = inputs.value(QLatin1String("inlineScript")).toString();
            QVERIFY2(script.contains(QLatin1String(" --json ")), qPrintable(script));
            commands.append(script.section(QLatin1String(" --json "), 1).section(QLatin1Char(' '), 0, 0));
        }
        QCOMPARE(
            commands, QStringList({ QStringLiteral("backup"), QStringLiteral("prune"), QStringLiteral("readiness") }));
        const QJsonObject backup = steps.at(1).toObject();
        QCOMPARE(
            backup.value(QLatin1String("env")).toObject().value(QLatin1String("APIM_BACKUP_WEBHOOK_TEAMS")).toString(),
            QStringLiteral("$(APIM_BACKUP_NOTIFY_URL)"));

        const QJsonObject publish
            = stepUsing(steps, QStringLiteral("task"), QStringLiteral("PublishPipelineArtifact@"));
        QVERIFY2(!publish.isEmpty(), "no artifact publish");
        QCOMPARE(publish.value(QLatin1String("condition")).toString(), QStringLiteral("always()"));
        QCOMPARE(steps.last().toObject(), publish);

        const QString problem = secretProblem(text);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unsafeValues_areRefused_beforeAnyFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("extra");
        const QString gh = QStringLiteral("github-actions");
        const QString ado = QStringLiteral("azure-pipelines");
        const QString service = QStringLiteral("--service");
        QTest::newRow("expression in a service")
            << gh << QStringList { service, kProd + QStringLiteral("${{ github.token }}") };
        QTest::newRow("command in a service")
            << ado << QStringList { service, kProd + QStringLiteral("$(System.AccessToken)") };
        QTest::newRow("newline in a service")
            << gh << QStringList { service, kProd + QStringLiteral("\nrun: curl example.com") };
        QTest::newRow("expression in the name")
            << gh << QStringList { QStringLiteral("--name"), QStringLiteral("x${{ secrets.TOKEN }}") };
        QTest::newRow("command in the branch")
            << ado << QStringList { QStringLiteral("--branch"), QStringLiteral("main$(System.AccessToken)") };
        QTest::newRow("expression in the branch")
            << ado << QStringList { QStringLiteral("--branch"), QStringLiteral("main${{ variables.x }}") };
        QTest::newRow("newline in the branch")
            << ado << QStringList { QStringLiteral("--branch"), QStringLiteral("main\n- script: curl example.com") };
        QTest::newRow("expression in the connection")
            << ado << QStringList { QStringLiteral("--service-connection"), QStringLiteral("c$(System.AccessToken)") };
    }
    void unsafeValues_areRefused_beforeAnyFile()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, extra);
        const QString path = m_dir.filePath(
            QStringLiteral("refused-%1.yml")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QStringList arguments = { QStringLiteral("schedule"), QStringLiteral("--format"), format,
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups"), QStringLiteral("--output"), path };
        if (!extra.contains(QLatin1String("--service")))
            arguments << QStringLiteral("--service") << kProd;
        const CliRun run = cli(arguments + extra);
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QCOMPARE(run.exitCode, 2); // a usage error, said before anything is written
        QVERIFY2(!run.err.trimmed().isEmpty(), "refused without saying why");
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliWorkflow)
#include "tst_cliworkflow.moc"
