// The workflow files `apim-backup-cli schedule --format github-actions | azure-pipelines`
// writes: the UTC cron, their structure, the YAML and shell quoting, that no value can
// become an expression of the engine, and that no secret is in them.
#include "schedule/AzurePipelinesWorkflow.h"
#include "schedule/GitHubActionsWorkflow.h"
#include "schedule/WorkflowCron.h"
#include "schedule/WorkflowQuoting.h"
#include "schedule/WorkflowSpec.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Apim::Core;

namespace {

const QString kSub = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kProd
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");
// Resource group names may hold parentheses and dots, which shells care about.
const QString kOdd = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-(legacy).v1"
                                    "/providers/Microsoft.ApiManagement/service/contoso-partners-apim");

WorkflowSpec workflow(WorkflowSpec::Engine engine = WorkflowSpec::Engine::GitHubActions)
{
    WorkflowSpec w;
    w.engine = engine;
    w.schedule.services = { kProd, kOdd };
    w.schedule.account = QStringLiteral("contosobackups");
    w.schedule.container = QStringLiteral("apim-backups");
    w.schedule.pruneOlderThan = QStringLiteral("30d");
    w.parallel = 4;
    return w;
}

ScheduleSpec when(const QString &every, const QTime &at = QTime(2, 0), const QString &day = QStringLiteral("sun"))
{
    ScheduleSpec s;
    s.every = every;
    s.at = at;
    s.weekday = day;
    return s;
}

// The words bash makes of a line (one per output line), as the runner's shell will.
QStringList bashWords(const QString &line)
{
    QProcess bash;
    bash.start(QStringLiteral("/bin/bash"), { QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + line });
    if (!bash.waitForFinished(5000))
        return {};
    QString out = QString::fromUtf8(bash.readAllStandardOutput());
    out.chop(1);
    return out.split(QLatin1Char('\n'));
}

// The line of a run block that starts with the program (the block's indentation removed).
QString commandLineOf(const QString &text, const QString &command)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("apim-backup-cli --auth cli --json ") + command + QLatin1Char(' ')))
            return trimmed;
    }
    return {};
}

// The header comments as one line of text, however they are wrapped.
QString comments(const QString &text)
{
    QStringList words;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("# ")))
            words.append(line.mid(2));
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestWorkflowTemplate : public QObject
{
    Q_OBJECT

private slots:
    void yamlScalar_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("apim-backups") << QStringLiteral("\"apim-backups\"");
        QTest::newRow("colon-space and hash stay text inside quotes")
            << QStringLiteral("a: b #c") << QStringLiteral("\"a: b #c\"");
        QTest::newRow("quote and backslash")
            << QStringLiteral("say \"hi\" \\o/") << QStringLiteral("\"say \\\"hi\\\" \\\\o/\"");
        QTest::newRow("newline cannot start a new key")
            << QStringLiteral("x\nrun: evil") << QStringLiteral("\"x\\nrun: evil\"");
        QTest::newRow("carriage return and tab") << QStringLiteral("a\rb\tc") << QStringLiteral("\"a\\rb\\tc\"");
        QTest::newRow("YAML's other line breaks") << QStringLiteral("a") + QChar(0x2028) + QChar(0x85) + QChar(0x1b)
                                                  << QStringLiteral("\"a\\u2028\\u0085\\u001b\"");
        QTest::newRow("leading dash and star mean nothing") << QStringLiteral("- *x") << QStringLiteral("\"- *x\"");
    }

    void yamlScalar()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(WorkflowQuoting::yamlScalar(value), expected);
    }

    void shellWord_neverHoldsAnExpression_andBashReadsTheValueBack_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("github expression") << QStringLiteral("x${{ secrets.GITHUB_TOKEN }}");
        QTest::newRow("pipelines macro") << QStringLiteral("$(System.AccessToken)");
        QTest::newRow("runtime expression") << QStringLiteral("$[ variables.x ]");
        QTest::newRow("shell substitution") << QStringLiteral("`id` $(id) ${HOME}");
        QTest::newRow("single quote, hash, colon") << QStringLiteral("rg-(legacy)'v1 #: x");
        QTest::newRow("plain") << QStringLiteral("contosobackups");
    }

    void shellWord_neverHoldsAnExpression_andBashReadsTheValueBack()
    {
        QFETCH(QString, word);
        const QString quoted = WorkflowQuoting::shellWord(word);
        QVERIFY2(!quoted.contains(QLatin1String("${{")) && !quoted.contains(QLatin1String("$("))
                && !quoted.contains(QLatin1String("$[")) && !quoted.contains(QLatin1String("${")),
            qPrintable(quoted));
        QCOMPARE(bashWords(quoted), QStringList { word });
    }

    void valueProblem_refusesLineBreaksAndExpressions()
    {
        QVERIFY(WorkflowQuoting::valueProblem(QStringLiteral("contoso-prod-apim")).isEmpty());
        QVERIFY(WorkflowQuoting::valueProblem(QStringLiteral("rg-(legacy)'v1 #: x")).isEmpty());
        for (const QString &bad : { QStringLiteral("a\nb"), QStringLiteral("a\rb"), QStringLiteral("a") + QChar(0x2029),
                 QStringLiteral("${{ github.token }}"), QStringLiteral("$(Build.SourceVersion)"),
                 QStringLiteral("$[ x ]") })
            QVERIFY2(!WorkflowQuoting::valueProblem(bad).isEmpty(), qPrintable(bad));
    }

    void utcCron_data()
    {
        QTest::addColumn<QString>("every");
        QTest::addColumn<QTime>("at");
        QTest::addColumn<QString>("day");
        QTest::addColumn<int>("offsetMinutes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("daily in UTC") << "daily" << QTime(2, 30) << "sun" << 0 << "30 2 * * *";
        QTest::newRow("daily east of UTC goes back a day") << "daily" << QTime(2, 0) << "sun" << 9 * 60 << "0 17 * * *";
        QTest::newRow("daily, half-hour offset") << "daily" << QTime(1, 0) << "sun" << 330 << "30 19 * * *";
        QTest::newRow("weekly moves its day back") << "weekly" << QTime(2, 0) << "sun" << 9 * 60 << "0 17 * * 6";
        QTest::newRow("weekly moves its day on") << "weekly" << QTime(23, 30) << "sat" << -5 * 60 << "30 4 * * 0";
        QTest::newRow("weekly, same day") << "weekly" << QTime(12, 0) << "wed" << 60 << "0 11 * * 3";
        QTest::newRow("cron expression as written (UTC)")
            << "30 2 * * 1-5" << QTime() << "" << 9 * 60 << "30 2 * * 1-5";
        QTest::newRow("names become numbers") << "0 3 * jan,jul mon-fri" << QTime() << "" << 0 << "0 3 * 1,7 1-5";
        QTest::newRow("sunday as 7") << "0 3 * * 7" << QTime() << "" << 0 << "0 3 * * 0";
        QTest::newRow("range to sunday 7") << "0 3 * * 5-7" << QTime() << "" << 0 << "0 3 * * 5-6,0";
        QTest::newRow("steps and lists") << "*/15 0,12 1-7 * *" << QTime() << "" << 0 << "*/15 0,12 1-7 * *";
    }

    void utcCron()
    {
        QFETCH(QString, every);
        QFETCH(QTime, at);
        QFETCH(QString, day);
        QFETCH(int, offsetMinutes);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(WorkflowCron::utc(when(every, at, day), offsetMinutes * 60, &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void utcCron_refusesWhatTheEnginesCannotSay()
    {
        for (const QString &every : { QStringLiteral("0 3 L * *"), QStringLiteral("@daily"),
                 QStringLiteral("0 24 * * *"), QStringLiteral("0 3 * *"), QStringLiteral("0 3 * * 1#2"),
                 QStringLiteral("0 3 ? * *"), QStringLiteral("60 3 * * *"), QStringLiteral("0 3 0 * *"),
                 QStringLiteral("0 5-3 * * *"), QStringLiteral("0 3 * * xyz") }) {
            QString error;
            QVERIFY2(WorkflowCron::utc(when(every), 0, &error).isEmpty(), qPrintable(every));
            QVERIFY2(!error.isEmpty(), qPrintable(every));
        }
        QString error;
        QVERIFY(WorkflowCron::utc(when(QStringLiteral("weekly"), QTime(2, 0), QStringLiteral("someday")), 0, &error)
                    .isEmpty());
        QVERIFY(error.contains(QLatin1String("someday")));
    }

    void validate_acceptsTheUsualJob()
    {
        QVERIFY2(workflow().validate().isEmpty(), qPrintable(workflow().validate()));
        QVERIFY(workflow(WorkflowSpec::Engine::AzurePipelines).validate().isEmpty());
        WorkflowSpec all = workflow();
        all.schedule.services.clear();
        all.allSubscriptions = { kSub };
        QVERIFY2(all.validate().isEmpty(), qPrintable(all.validate()));
    }

    void validate_refuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("expression in a service") << "service" << kProd + QStringLiteral("${{ secrets.X }}") << "${{";
        QTest::newRow("macro in a service") << "service" << kProd + QStringLiteral("$(System.AccessToken)") << "$(";
        QTest::newRow("line break in a service") << "service" << kProd + QStringLiteral("\nrun: x") << "never has";
        QTest::newRow("not a service") << "service" << QStringLiteral("contoso-prod-apim") << "contoso-prod-apim";
        QTest::newRow("http .deb") << "deb-url" << QStringLiteral("http://example.com/a.deb") << "https://";
        QTest::newRow("macro in the .deb url") << "deb-url" << QStringLiteral("https://example.com/$(x).deb") << "$(";
        QTest::newRow("short checksum") << "deb-sha256" << QStringLiteral("abc") << "64";
        QTest::newRow("cloud file") << "cloud" << QStringLiteral("/home/alex/cloud.json") << "cloud.json";
        QTest::newRow("webhook url") << "notify" << QStringLiteral("https://hooks.slack.com/services/T/B/x") << "URL";
        QTest::newRow("all-in not a guid") << "all-in" << QStringLiteral("prod") << "prod";
        QTest::newRow("too parallel") << "parallel" << QStringLiteral("17") << "16";
        QTest::newRow("drill") << "drill" << QStringLiteral("x") << "drill";
        QTest::newRow("on-failure") << "on-failure" << QStringLiteral("mail -s x ops") << "--on-failure";
        QTest::newRow("expression in the service connection")
            << "service-connection" << QStringLiteral("conn${{ x }}") << "${{";
        QTest::newRow("empty service connection") << "service-connection" << QString() << "service connection";
        QTest::newRow("branch with a space") << "branch" << QStringLiteral("main; x") << "main; x";
        QTest::newRow("bad cron") << "every" << QStringLiteral("0 3 L * *") << "L";
    }

    void validate_refuses()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentioned);
        WorkflowSpec w = workflow(WorkflowSpec::Engine::AzurePipelines);
        if (field == QLatin1String("service"))
            w.schedule.services = { value };
        else if (field == QLatin1String("deb-url"))
            w.debUrl = value;
        else if (field == QLatin1String("deb-sha256"))
            w.debSha256 = value;
        else if (field == QLatin1String("cloud"))
            w.schedule.cloud = value;
        else if (field == QLatin1String("notify"))
            w.schedule.notify = value;
        else if (field == QLatin1String("all-in"))
            w.allSubscriptions = { value };
        else if (field == QLatin1String("parallel"))
            w.parallel = value.toInt();
        else if (field == QLatin1String("drill")) {
            w.schedule.services = { kProd };
            w.schedule.drillStandby = kOdd;
            w.schedule.drillBackup = QStringLiteral("b.apimbackup");
        } else if (field == QLatin1String("on-failure"))
            w.schedule.onFailure = value;
        else if (field == QLatin1String("service-connection"))
            w.serviceConnection = value;
        else if (field == QLatin1String("branch"))
            w.branch = value;
        else if (field == QLatin1String("every"))
            w.schedule.every = value;
        const QString problem = w.validate();
        QVERIFY2(problem.contains(mentioned), qPrintable(problem));
    }

    void gitHubActions_structure()
    {
        WorkflowSpec w = workflow();
        w.utcOffsetSeconds = 9 * 3600;
        w.debSha256 = QString(64, QLatin1Char('a'));
        const QString text = GitHubActionsWorkflow(w, QDateTime(QDate(2026, 12, 6), QTime(18, 0), Qt::UTC)).text();
        QVERIFY(text.contains(QLatin1String("\non:\n  schedule:\n    - cron: \"0 17 * * *\" # UTC\n"
                                            "  workflow_dispatch: {}\n")));
        QVERIFY(comments(text).contains(QLatin1String("is every day at 02:00 at UTC+09:00")));
        for (const QString &line : text.split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1Char('#')) || line.size() <= 102, qPrintable(line));
        QVERIFY(text.contains(QLatin1String("permissions:\n  id-token: write")));
        QVERIFY(text.contains(QLatin1String("  contents: read\n")));
        QVERIFY(text.contains(QLatin1String("uses: azure/login@v2\n")));
        QVERIFY(text.contains(QLatin1String("client-id: ${{ vars.AZURE_CLIENT_ID }}\n")));
        QVERIFY(text.contains(QLatin1String("subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}\n")));
        QVERIFY(text.contains(QLatin1String("sha256sum --check")));
        QVERIFY(text.contains(WorkflowSpec::defaultDebUrl()));
        QVERIFY(text.contains(QLatin1String("        if: always()\n        uses: actions/upload-artifact@v4\n")));
        QVERIFY(!text.contains(QLatin1String("secrets.")));
        // Every ${{ }} is one of the file's own; none comes from a value.
        QCOMPARE(text.count(QLatin1String("${{")), 6);

        const QString backup = commandLineOf(text, QStringLiteral("backup"));
        QVERIFY2(backup.endsWith(QLatin1String(" > \"$RESULTS/backup.json\"")), qPrintable(text));
        QStringList words = bashWords(backup.section(QStringLiteral(" > "), 0, 0));
        QCOMPARE(words,
            QStringList({ "apim-backup-cli", "--auth", "cli", "--json", "backup", "--service", kProd, "--service", kOdd,
                "--account", "contosobackups", "--container", "apim-backups", "--parallel", "4" }));
        const QString prune = commandLineOf(text, QStringLiteral("prune"));
        words = bashWords(prune.section(QStringLiteral(" > "), 0, 0));
        QVERIFY(words.contains(QLatin1String("--older-than")) && words.contains(QLatin1String("30d")));
        QVERIFY(words.contains(kOdd) && words.endsWith(QLatin1String("--yes")));
        const QString readiness = commandLineOf(text, QStringLiteral("readiness"));
        words = bashWords(readiness.section(QStringLiteral(" > "), 0, 0));
        QCOMPARE(words,
            QStringList({ "apim-backup-cli", "--auth", "cli", "--json", "readiness", "--subscription", kSub,
                "--location", kSub + "/contosobackups/apim-backups" }));
        // The steps in order: sign in, install, back up, prune, readiness, upload.
        QRegularExpression order(QStringLiteral("azure/login.*apt-get install.* backup .* prune .* readiness "
                                                ".*upload-artifact"),
            QRegularExpression::DotMatchesEverythingOption);
        QVERIFY(order.match(text).hasMatch());
    }

    void gitHubActions_webhookComesFromASecretByName()
    {
        WorkflowSpec w = workflow();
        w.schedule.notify = QStringLiteral("ops-teams");
        w.schedule.notifyOn = QStringLiteral("always");
        const QString text = GitHubActionsWorkflow(w).text();
        QVERIFY2(text.contains(QLatin1String("        env:\n          APIM_BACKUP_WEBHOOK_OPS_TEAMS: "
                                             "${{ secrets.APIM_BACKUP_NOTIFY_URL }}\n")),
            qPrintable(text));
        QVERIFY(commandLineOf(text, QStringLiteral("backup"))
                    .contains(QLatin1String("--notify ops-teams --notify-on always")));
        QVERIFY(!text.contains(QLatin1String("https://hooks")));
    }

    void azurePipelines_structure()
    {
        WorkflowSpec w = workflow(WorkflowSpec::Engine::AzurePipelines);
        w.schedule.every = QStringLiteral("weekly");
        w.schedule.weekday = QStringLiteral("sun");
        w.utcOffsetSeconds = 3600;
        w.schedule.prune = false;
        w.schedule.cloud = QStringLiteral("AzureUSGovernment");
        w.serviceConnection = QStringLiteral("apim: \"prod\" # backups");
        w.schedule.notify = QStringLiteral("ops");
        const QString text = AzurePipelinesWorkflow(w).text();
        QVERIFY2(text.contains(QLatin1String("trigger: none\npr: none\nschedules:\n  - cron: \"0 1 * * 0\" # UTC\n")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String("      include:\n        - \"main\"\n    always: true\n")));
        QCOMPARE(text.count(QLatin1String("- task: AzureCLI@2\n")), 2); // backup and readiness; no prune
        QCOMPARE(text.count(QLatin1String("azureSubscription: \"apim: \\\"prod\\\" # backups\"\n")), 2);
        QVERIFY(text.contains(QLatin1String("- task: PublishPipelineArtifact@1\n    displayName: ")));
        QVERIFY(text.contains(QLatin1String("    condition: always()\n")));
        QVERIFY(text.contains(QLatin1String("    env:\n      APIM_BACKUP_WEBHOOK_OPS: $(APIM_BACKUP_NOTIFY_URL)\n")));
        QVERIFY(!text.contains(QLatin1String(" prune ")));
        QVERIFY2(text.contains(QLatin1String("apim-backup-cli --auth cli --json --cloud AzureUSGovernment backup ")),
            qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("${{")));
    }

    void allIn_backsUpEverySubscription_andPrunesTheContainer()
    {
        WorkflowSpec w = workflow();
        w.schedule.services.clear();
        w.allSubscriptions = { kSub, QStringLiteral("0b7bb3ee-2a34-4b6c-9a1e-5d3b0e6f4c21") };
        const QString text = GitHubActionsWorkflow(w).text();
        const QStringList backup = bashWords(commandLineOf(text, QStringLiteral("backup")).section(" > ", 0, 0));
        QVERIFY(backup.contains(QLatin1String("--all")));
        QCOMPARE(backup.count(QLatin1String("--subscription")), 2);
        QVERIFY(backup.contains(QLatin1String("--parallel")));
        const QStringList prune = bashWords(commandLineOf(text, QStringLiteral("prune")).section(" > ", 0, 0));
        QVERIFY(!prune.contains(QLatin1String("--service")));
        // Two subscriptions and no --subscription for the storage: readiness cannot name the container.
        const QStringList readiness = bashWords(commandLineOf(text, QStringLiteral("readiness")).section(" > ", 0, 0));
        QCOMPARE(readiness.count(QLatin1String("--subscription")), 2);
        QVERIFY(!readiness.contains(QLatin1String("--location")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowTemplate)
#include "tst_workflowtemplate.moc"
