// apim-backup-cli backup with several services, --subscription --all, --parallel, --json
// and --notify, as a process against a private azure-sim and the shared Azurite: the
// summary and exit codes (0 all done, 1 one failed, 4 skipped for a reason that needs a
// look, 2 usage), the parallel limit from the simulator's request log, the webhook a run
// posts to (a loopback receiver in this test) without its URL reaching any output or
// file, `notify set|list|test|forget` over the real keychain, and schedule --notify.
#include "support_CliRun.h"
#include "support_EngineHarness.h"
#include "support_InFlight.h"
#include "support_StubHttpServer.h"

#include "TestEnvironment.h"
#include "TestKeyring.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
// The secret part of every webhook URL this test hands out.
const QString kSecretPath = QStringLiteral("/hooks/T0BATCH/zz-secret-token-9f3a");

QString uniqueContainer()
{
    return QStringLiteral("e2e-batch-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
}

// Every file under dir that contains needle (the journal, settings, logs, anything).
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            found << path;
    }
    return found;
}

const QJsonObject serviceIn(const QJsonObject &summary, const QString &name)
{
    const QJsonArray services = summary.value(QLatin1String("services")).toArray();
    for (const QJsonValue &service : services) {
        if (service.toObject().value(QLatin1String("service")).toString() == name)
            return service.toObject();
    }
    return {};
}
} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_home;
    TestKeyring m_keyring;

    QProcessEnvironment environment(bool sessionSecrets = true) const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home.path());
        if (sessionSecrets)
            env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), Demo::kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), Demo::kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), Demo::kSecret);
        return env;
    }

    QStringList globals()
    {
        return { QStringLiteral("--cloud"), m_harness.sim().cloudFile(), QStringLiteral("--auth"),
            QStringLiteral("env") };
    }

    QStringList backup(const QStringList &services, const QString &container, const QStringList &more = {})
    {
        QStringList arguments = globals() << QStringLiteral("backup");
        for (const QString &service : services)
            arguments << QStringLiteral("--service") << service;
        return arguments
            + QStringList { QStringLiteral("--account"), QStringLiteral("contosobackups"),
                  QStringLiteral("--container"), container }
        + more;
    }

    // Runs the CLI while this test's event loop goes on (the webhook receiver lives here).
    static CliRun run(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {},
        int timeoutMs = 90000)
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        CliRun result;
        if (!process.waitForStarted()) {
            result.err = QStringLiteral("did not start");
            return result;
        }
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static QString describe(const CliRun &run)
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3").arg(run.exitCode).arg(run.out, run.err);
    }

    void verifyNoSecretAnywhere(const CliRun &run)
    {
        QVERIFY2(!run.out.contains(QLatin1String("zz-secret-token")), qPrintable(run.out));
        QVERIFY2(!run.err.contains(QLatin1String("zz-secret-token")), qPrintable(run.err));
        const QStringList files = filesContaining(m_home.path(), QStringLiteral("zz-secret-token"));
        QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY(m_home.isValid());
        QVERIFY2(m_harness.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("1500") }),
            qPrintable(m_harness.errorString()));
        m_keyring.probe();
    }

    void init()
    {
        QVERIFY(m_harness.control().clearFaults());
        QVERIFY(m_harness.control().clearRequests());
    }

    void all_backsUpTheSubscription_consumptionSkippedWithoutFailing()
    {
        const CliRun result = run(globals()
                + QStringList { QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("--subscription"),
                    Demo::kProdSub, QStringLiteral("--all"), QStringLiteral("--account"),
                    QStringLiteral("contosobackups"), QStringLiteral("--container"), uniqueContainer(),
                    QStringLiteral("--parallel"), QStringLiteral("2") },
            environment());
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(summary.value(QLatin1String("total")).toInt(), 4);
        QCOMPARE(summary.value(QLatin1String("succeeded")).toInt(), 3);
        QCOMPARE(summary.value(QLatin1String("skipped")).toInt(), 1);
        const QJsonObject functions = serviceIn(summary, QStringLiteral("contoso-functions-apim"));
        QCOMPARE(functions.value(QLatin1String("state")).toString(), QStringLiteral("Skipped"));
        QCOMPARE(functions.value(QLatin1String("reason")).toString(), QStringLiteral("TierUnsupported"));
        QCOMPARE(functions.value(QLatin1String("requested")).toBool(), false);
        const QJsonObject prod = serviceIn(summary, QStringLiteral("contoso-prod-apim"));
        QCOMPARE(prod.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        QVERIFY(prod.value(QLatin1String("blob"))
                    .toObject()
                    .value(QLatin1String("name"))
                    .toString()
                    .startsWith(QLatin1String("contoso-prod-apim")));
        QVERIFY2(result.err.contains(QLatin1String("contoso-partners-apim: succeeded")), qPrintable(result.err));

        const InFlight flight = InFlight::fromLog(m_harness.control().requests());
        QCOMPARE(flight.accepted, 3);
        QVERIFY2(flight.maxInFlight <= 2, qPrintable(QString::number(flight.maxInFlight)));
        QVERIFY(flight.overlappingOnOneService.isEmpty());
        QCOMPARE(flight.postsPerService.value(QStringLiteral("contoso-functions-apim")), 0);
    }

    void namedConsumption_isASkipThatCounts_exit4()
    {
        const CliRun result = run(backup({ Demo::kProdApim, Demo::kFunctionsApim }, uniqueContainer()), environment());
        QVERIFY2(result.exitCode == 4, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(QLatin1String("1 succeeded, 0 failed, 1 skipped")), qPrintable(result.out));
        QVERIFY2(result.out.contains(QLatin1String("its tier has no backup")), qPrintable(result.out));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);
    }

    void oneFailure_othersGoOn_exit1_andTheWebhookHearsOfIt()
    {
        const QString failure = QStringLiteral("Backup failed: the storage account is not reachable (simulated).");
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("^POST .*/service/contoso-prod-apim-kr/backup$") },
            { QStringLiteral("status"), 400 }, { QStringLiteral("code"), QStringLiteral("BackupFailed") },
            { QStringLiteral("message"), failure }, { QStringLiteral("times"), 1 } }));
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "ok"); });
        QVERIFY(receiver.listen());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_OPS"), receiver.url(kSecretPath).toString());
        const CliRun result = run(QStringList { QStringLiteral("--verbose"), QStringLiteral("--json") }
                + backup({ Demo::kProdApim, Demo::kProdKrApim, Demo::kPartnersApim }, uniqueContainer(),
                    { QStringLiteral("--notify"), QStringLiteral("ops") }),
            env);
        QVERIFY2(result.exitCode == 1, qPrintable(describe(result)));
        const QJsonObject summary = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(summary.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(summary.value(QLatin1String("succeeded")).toInt(), 2);
        const QJsonObject failed = serviceIn(summary, QStringLiteral("contoso-prod-apim-kr"));
        QCOMPARE(failed.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
        QCOMPARE(failed.value(QLatin1String("message")).toString(), failure);

        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(QString::fromLatin1(receiver.requests().first().target), kSecretPath);
        const QJsonObject posted = QJsonDocument::fromJson(receiver.requests().first().body).object();
        QCOMPARE(posted.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(posted.value(QLatin1String("counts")).toObject().value(QLatin1String("failed")).toInt(), 1);
        bool sawFailure = false;
        for (const QJsonValue &service : posted.value(QLatin1String("services")).toArray())
            sawFailure = sawFailure || service.toObject().value(QLatin1String("message")).toString() == failure;
        QVERIFY(sawFailure);
        QVERIFY2(result.err.contains(QLatin1String("Notified webhook ops")), qPrintable(result.err));
        verifyNoSecretAnywhere(result);
    }

    void notifyOn_decidesWhenToPost()
    {
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "ok"); });
        QVERIFY(receiver.listen());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_OPS"), receiver.url(kSecretPath).toString());
        // One service, a success: nothing to report by default...
        const CliRun quiet = run(
            backup({ Demo::kPartnersApim }, uniqueContainer(), { QStringLiteral("--notify"), QStringLiteral("ops") }),
            env);
        QVERIFY2(quiet.exitCode == 0, qPrintable(describe(quiet)));
        QCOMPARE(receiver.requests().size(), 0);
        // ...and with --notify-on always, the success with its backup file.
        const CliRun told = run(backup({ Demo::kPartnersApim }, uniqueContainer(),
                                    { QStringLiteral("--notify"), QStringLiteral("ops"), QStringLiteral("--notify-on"),
                                        QStringLiteral("always") }),
            env);
        QVERIFY2(told.exitCode == 0, qPrintable(describe(told)));
        QCOMPARE(receiver.requests().size(), 1);
        const QJsonObject posted = QJsonDocument::fromJson(receiver.requests().first().body).object();
        QCOMPARE(posted.value(QLatin1String("result")).toString(), QStringLiteral("succeeded"));
        const QJsonObject service = posted.value(QLatin1String("services")).toArray().first().toObject();
        QCOMPARE(service.value(QLatin1String("service")).toString(), QStringLiteral("contoso-partners-apim"));
        QVERIFY(!service.value(QLatin1String("blob")).toObject().value(QLatin1String("name")).toString().isEmpty());
        // A refusal by preflight of one service is reported too (result "skipped", exit 4).
        const CliRun refused = run(
            backup({ Demo::kFunctionsApim }, uniqueContainer(), { QStringLiteral("--notify"), QStringLiteral("ops") }),
            env);
        QVERIFY2(refused.exitCode == 4, qPrintable(describe(refused)));
        QCOMPARE(receiver.requests().size(), 2);
        const QJsonObject skipped = QJsonDocument::fromJson(receiver.requests().last().body).object();
        QCOMPARE(skipped.value(QLatin1String("result")).toString(), QStringLiteral("skipped"));
        QVERIFY2(skipped.value(QLatin1String("message")).toString().contains(QLatin1String("Consumption")),
            qPrintable(skipped.value(QLatin1String("message")).toString()));
        verifyNoSecretAnywhere(told);
    }

    void notifyProblems_leaveTheExitCodeAlone()
    {
        // A webhook that fails, one that may not be used (plain http elsewhere), one that
        // does not exist: each is said on stderr, the backup runs and its result decides.
        StubHttpServer broken([](const StubHttpServer::Request &) { return StubHttpServer::json(400, "bad"); });
        QVERIFY(broken.listen());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_BROKEN"), broken.url(kSecretPath).toString());
        env.insert(
            QStringLiteral("APIM_BACKUP_WEBHOOK_PLAIN"), QStringLiteral("http://alerts.example.invalid") + kSecretPath);
        const QStringList always { QStringLiteral("--notify-on"), QStringLiteral("always") };
        const CliRun failing = run(backup({ Demo::kPartnersApim }, uniqueContainer(),
                                       QStringList { QStringLiteral("--notify"), QStringLiteral("broken") } + always),
            env);
        QVERIFY2(failing.exitCode == 0, qPrintable(describe(failing)));
        QCOMPARE(broken.requests().size(), 1); // a 400 is not tried again
        QVERIFY2(failing.err.contains(QLatin1String("was not notified")), qPrintable(failing.err));
        QVERIFY2(failing.err.contains(QLatin1String("HTTP 400")), qPrintable(failing.err));
        verifyNoSecretAnywhere(failing);

        const CliRun plain = run(backup({ Demo::kPartnersApim }, uniqueContainer(),
                                     QStringList { QStringLiteral("--notify"), QStringLiteral("plain") } + always),
            env);
        QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
        QVERIFY2(plain.err.contains(QLatin1String("http://")), qPrintable(plain.err));
        verifyNoSecretAnywhere(plain);

        const CliRun unknown = run(backup({ Demo::kPartnersApim }, uniqueContainer(),
                                       QStringList { QStringLiteral("--notify"), QStringLiteral("nobody") } + always),
            env);
        QVERIFY2(unknown.exitCode == 0, qPrintable(describe(unknown)));
        QVERIFY2(unknown.err.contains(QLatin1String("notify set nobody")), qPrintable(unknown.err));
        QVERIFY2(unknown.err.contains(QLatin1String("APIM_BACKUP_WEBHOOK_NOBODY")), qPrintable(unknown.err));
    }

    void sigterm_cancelsWhatHasNotStarted_exit6()
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(APIM_CLI_BINARY),
            backup({ Demo::kProdApim, Demo::kProdKrApim, Demo::kPartnersApim }, uniqueContainer(),
                { QStringLiteral("--parallel"), QStringLiteral("1") }));
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        QString errors;
        static const QRegularExpression started(QStringLiteral("backup ([0-9a-f-]{36}) started"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            (errors += QString::fromUtf8(process.readAllStandardError()), started.match(errors).hasMatch()),
            qPrintable(errors), 30000);
        const QString id = started.match(errors).captured(1);
        process.terminate(); // SIGTERM, as systemd stops a unit
        QVERIFY(process.waitForFinished(30000));
        errors += QString::fromUtf8(process.readAllStandardError());
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 6, qPrintable(errors));
        QVERIFY2(errors.contains(QStringLiteral("wait %1").arg(id)), qPrintable(errors));
        QVERIFY2(errors.contains(QLatin1String("cancelled before it started")), qPrintable(errors));
        QVERIFY2(!output.contains(QLatin1String("Batch backup:")), qPrintable(output));
        // One backup was started; the two whose turn had not come were never sent.
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);
        const CliRun waited = runCli(globals() + QStringList { QStringLiteral("wait"), id }, environment());
        QVERIFY2(waited.exitCode == 0, qPrintable(describe(waited)));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QStringList two { QStringLiteral("--service"), Demo::kProdApim, QStringLiteral("--service"),
            Demo::kPartnersApim, QStringLiteral("--account"), QStringLiteral("contosobackups"),
            QStringLiteral("--container"), QStringLiteral("apim-backups") };
        QTest::newRow("parallel 0") << two + QStringList { QStringLiteral("--parallel"), QStringLiteral("0") }
                                    << "--parallel";
        QTest::newRow("parallel 17") << two + QStringList { QStringLiteral("--parallel"), QStringLiteral("17") }
                                     << "1 to 16";
        QTest::newRow("parallel word") << two + QStringList { QStringLiteral("--parallel"), QStringLiteral("four") }
                                       << "--parallel";
        QTest::newRow("parallel with one service") << QStringList { QStringLiteral("--service"), Demo::kProdApim,
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups"), QStringLiteral("--parallel"), QStringLiteral("99") }
                                                   << "--parallel";
        QTest::newRow("all without subscription") << QStringList { QStringLiteral("--all"), QStringLiteral("--account"),
            QStringLiteral("contosobackups"), QStringLiteral("--container"), QStringLiteral("apim-backups") }
                                                  << "--subscription";
        QTest::newRow("subscription without all") << QStringList { QStringLiteral("--subscription"), Demo::kProdSub,
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups") } << "--all";
        QTest::newRow("name with several")
            << two + QStringList { QStringLiteral("--name"), QStringLiteral("x") } << "--name";
        QTest::newRow("no-wait with several") << two + QStringList { QStringLiteral("--no-wait") } << "--no-wait";
        QTest::newRow("missing container")
            << QStringList { QStringLiteral("--service"), Demo::kProdApim, QStringLiteral("--service"),
                   Demo::kPartnersApim, QStringLiteral("--account"), QStringLiteral("contosobackups") }
            << "--container";
        QTest::newRow("not a service id")
            << two + QStringList { QStringLiteral("--service"), QStringLiteral("x") } << "resource id";
        QTest::newRow("webhook URL as an argument") << two
                + QStringList { QStringLiteral("--notify"), QStringLiteral("https://hooks.slack.com/services/T/B/X") }
                                                    << "not its URL";
        QTest::newRow("notify-on alone") << two
                + QStringList { QStringLiteral("--notify-on"), QStringLiteral("always") }
                                         << "--notify NAME";
        QTest::newRow("notify-on unknown") << two
                + QStringList { QStringLiteral("--notify"), QStringLiteral("ops"), QStringLiteral("--notify-on"),
                      QStringLiteral("sometimes") }
                                           << "failure or always";
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRun result = runCli(globals() + QStringList { QStringLiteral("backup") } + arguments, environment());
        QVERIFY2(result.exitCode == 2, qPrintable(describe(result)));
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QVERIFY(!result.err.contains(QLatin1String("hooks.slack.com/services")));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 0);
    }

    void notifyCommand_keychainRoundTrip()
    {
        APIM_REQUIRE_KEYRING(m_keyring);
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "ok"); });
        QVERIFY(receiver.listen());
        const QString name = QStringLiteral("e2e-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const QProcessEnvironment env = environment(false);
        const QString url = receiver.url(kSecretPath).toString();

        // The URL is never an argument.
        const CliRun asArgument = runCli({ QStringLiteral("notify"), QStringLiteral("set"), name, url }, env);
        QCOMPARE(asArgument.exitCode, 2);
        QVERIFY2(asArgument.err.contains(QLatin1String("standard input")), qPrintable(asArgument.err));
        // Plain http to another machine is refused with the reason.
        const CliRun plain = run({ QStringLiteral("notify"), QStringLiteral("set"), name }, env,
            QByteArray("http://alerts.example.invalid/hooks/x\n"));
        QCOMPARE(plain.exitCode, 2);
        QVERIFY2(plain.err.contains(QLatin1String("http://")), qPrintable(plain.err));

        const CliRun set = run({ QStringLiteral("notify"), QStringLiteral("set"), name, QStringLiteral("--format"),
                                   QStringLiteral("slack") },
            env, url.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        QVERIFY2(set.out.contains(QLatin1String("slack, 127.0.0.1")), qPrintable(set.out));

        const CliRun list = run({ QStringLiteral("--json"), QStringLiteral("notify"), QStringLiteral("list") }, env);
        QCOMPARE(list.exitCode, 0);
        bool listed = false;
        for (const QJsonValue &entry : QJsonDocument::fromJson(list.out.toUtf8()).array())
            listed = listed
                || (entry.toObject().value(QLatin1String("name")).toString() == name
                    && entry.toObject().value(QLatin1String("format")).toString() == QLatin1String("slack"));
        QVERIFY2(listed, qPrintable(list.out));

        const CliRun test
            = run({ QStringLiteral("--verbose"), QStringLiteral("notify"), QStringLiteral("test"), name }, env);
        QVERIFY2(test.exitCode == 0, qPrintable(describe(test)));
        QCOMPARE(receiver.requests().size(), 1);
        const QJsonObject posted = QJsonDocument::fromJson(receiver.requests().first().body).object();
        QVERIFY(posted.contains(QLatin1String("blocks"))); // Slack's format, as saved
        QVERIFY2(posted.value(QLatin1String("text")).toString().contains(QLatin1String("test notification")),
            qPrintable(posted.value(QLatin1String("text")).toString()));

        // A backup names the saved webhook; the format follows it.
        const CliRun notified
            = run(backup({ Demo::kFunctionsApim }, uniqueContainer(), { QStringLiteral("--notify"), name }), env);
        QVERIFY2(notified.exitCode == 4, qPrintable(describe(notified)));
        QCOMPARE(receiver.requests().size(), 2);
        QVERIFY(QJsonDocument::fromJson(receiver.requests().last().body).object().contains(QLatin1String("blocks")));

        const CliRun forget = run({ QStringLiteral("notify"), QStringLiteral("forget"), name }, env);
        QVERIFY2(forget.exitCode == 0, qPrintable(describe(forget)));
        QVERIFY2(forget.out.contains(QLatin1String("Forgot")), qPrintable(forget.out));
        const CliRun gone = run({ QStringLiteral("notify"), QStringLiteral("test"), name }, env);
        QCOMPARE(gone.exitCode, 2);
        QCOMPARE(receiver.requests().size(), 2);
        for (const CliRun &each : { set, list, test, notified, forget, gone })
            verifyNoSecretAnywhere(each);
    }

    void schedule_namesTheWebhook()
    {
        const QStringList base { QStringLiteral("schedule"), QStringLiteral("--service"), Demo::kProdApim,
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups"), QStringLiteral("--format"), QStringLiteral("cron"),
            QStringLiteral("--program"), QStringLiteral("/usr/bin/apim-backup-cli") };
        const CliRun result = runCli(QStringList { QStringLiteral("--json") } + base
                + QStringList { QStringLiteral("--notify"), QStringLiteral("ops-teams") },
            environment());
        QVERIFY2(result.exitCode == 0, qPrintable(describe(result)));
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray backupCommand = document.value(QLatin1String("jobCommands")).toArray().first().toArray();
        QVERIFY2(backupCommand.contains(QJsonValue(QStringLiteral("--notify")))
                && backupCommand.contains(QJsonValue(QStringLiteral("ops-teams"))),
            qPrintable(result.out));
        bool credentialsHaveTheSlot = false;
        for (const QJsonValue &file : document.value(QLatin1String("files")).toArray())
            credentialsHaveTheSlot = credentialsHaveTheSlot
                || file.toObject()
                       .value(QLatin1String("contents"))
                       .toString()
                       .contains(QLatin1String("\nAPIM_BACKUP_WEBHOOK_OPS_TEAMS=\n"));
        QVERIFY2(credentialsHaveTheSlot, qPrintable(result.out));

        const CliRun url = runCli(
            base + QStringList { QStringLiteral("--notify"), QStringLiteral("https://hooks.slack.com/services/T/B/X") },
            environment());
        QCOMPARE(url.exitCode, 2);
        QVERIFY2(url.err.contains(QLatin1String("not its URL")), qPrintable(url.err));
        QVERIFY2(!url.out.contains(QLatin1String("hooks.slack.com")), qPrintable(url.out));
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
