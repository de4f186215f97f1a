// apim-backup-cli end to end against a private azure-sim and Azurite: a backup whose CLI
// is killed with SIGKILL mid-way is finished by `wait <id>` from the journal without a
// second POST; exit codes for refusals, usage errors, sign-in failures and an
// unreachable cloud.
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Test;

class TestCliOperations : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_home;

    QProcessEnvironment environment(const QString &secret = Demo::kSecret) const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home.path());
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), Demo::kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), Demo::kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), secret);
        return env;
    }

    QStringList globals(const QString &cloudFile = {})
    {
        return { QStringLiteral("--cloud"), cloudFile.isEmpty() ? m_harness.sim().cloudFile() : cloudFile,
            QStringLiteral("--auth"), QStringLiteral("env") };
    }

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000)
    {
        return runCli(arguments, env, timeoutMs);
    }

    QStringList backupArgs(const QString &serviceId, const QString &blob)
    {
        return globals()
            + QStringList { QStringLiteral("backup"), QStringLiteral("--service"), serviceId,
                  QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
                  QStringLiteral("apim-backups"), QStringLiteral("--name"), blob, QStringLiteral("--access-type"),
                  QStringLiteral("system-identity") };
    }

    QJsonObject journalRecord(const QString &id) const
    {
        QFile file(QDir(m_home.path()).filePath(QStringLiteral("data/operations/%1.json").arg(id)));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY2(m_harness.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("1800") }),
            qPrintable(m_harness.errorString()));
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        QVERIFY(m_harness.control().clearFaults());
        QVERIFY(m_harness.control().clearRequests());
    }

    void killedMidBackup_waitResumesToTheEnd_data()
    {
        QTest::addColumn<bool>("afterAccept");
        QTest::addColumn<QString>("serviceId");
        QTest::newRow("after Azure accepted") << true << Demo::kProdApim;
        QTest::newRow("as soon as it started") << false << Demo::kProdKrApim;
    }
    void killedMidBackup_waitResumesToTheEnd()
    {
        QFETCH(bool, afterAccept);
        QFETCH(QString, serviceId);
        QProcess backup;
        backup.setProcessEnvironment(environment());
        backup.start(QStringLiteral(APIM_CLI_BINARY),
            backupArgs(
                serviceId, QStringLiteral("e2e-killed-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128))));
        QVERIFY(backup.waitForStarted());
        QString id;
        static const QRegularExpression started(QStringLiteral("Operation ([0-9a-f-]{36}):"));
        QString output;
        QString errors;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (output += QString::fromUtf8(backup.readAllStandardOutput()),
                errors += QString::fromUtf8(backup.readAllStandardError()), started.match(output).hasMatch()),
            qPrintable(output + errors), 15000);
        id = started.match(output).captured(1);
        if (afterAccept)
            QTRY_VERIFY_WITH_TIMEOUT(
                !journalRecord(id).value(QLatin1String("locationUrl")).toString().isEmpty(), 10000);
        backup.kill(); // SIGKILL: no chance to clean up
        QVERIFY(backup.waitForFinished());
        QCOMPARE(backup.exitStatus(), QProcess::CrashExit);
        const QString stateAtKill = journalRecord(id).value(QLatin1String("state")).toString();
        QVERIFY2(stateAtKill == QLatin1String("Running") || stateAtKill == QLatin1String("Starting"),
            qPrintable(stateAtKill));

        const CliRun waited = cli(globals() + QStringList { QStringLiteral("wait"), id.left(13) }, environment());
        QVERIFY2(waited.exitCode == 0, qPrintable(waited.out + waited.err));
        QVERIFY2(waited.out.contains(QLatin1String("Succeeded")), qPrintable(waited.out));
        QCOMPARE(journalRecord(id).value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        // However the CLI died, Azure was asked to back up exactly once.
        QVERIFY(m_harness.control().count(QStringLiteral("^POST .*/backup$")) <= 1);
        if (afterAccept)
            QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);

        const CliRun listed
            = cli(globals() + QStringList { QStringLiteral("--json"), QStringLiteral("operations") }, environment());
        QCOMPARE(listed.exitCode, 0);
        bool found = false;
        const QJsonArray records = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        for (const QJsonValue &record : records)
            found = found
                || (record.toObject().value(QLatin1String("id")).toString() == id
                    && record.toObject().value(QLatin1String("state")).toString() == QLatin1String("Succeeded"));
        QVERIFY(found);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrMentions");
        const QString functions = Demo::kFunctionsApim;
        QTest::newRow("preflight refuses Consumption") << (QStringList { QStringLiteral("backup"),
            QStringLiteral("--service"), functions, QStringLiteral("--account"), QStringLiteral("contosobackups"),
            QStringLiteral("--container"), QStringLiteral("apim-backups") })
                                                       << Demo::kSecret << 4 << "TierUnsupported";
        QTest::newRow("restore needs --yes without a terminal")
            << (QStringList { QStringLiteral("restore"), QStringLiteral("--service"), Demo::kProdApim,
                   QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
                   QStringLiteral("apim-backups"), QStringLiteral("--name"), QStringLiteral("x.apimbackup") })
            << Demo::kSecret << 2 << "--yes";
        QTest::newRow("missing options") << QStringList { QStringLiteral("backup"), QStringLiteral("--service"),
            Demo::kProdApim } << Demo::kSecret
                                         << 2 << "--account";
        QTest::newRow("wrong secret") << QStringList { QStringLiteral("services") } << QStringLiteral("wrong") << 3
                                      << "";
        QTest::newRow("unknown operation")
            << QStringList { QStringLiteral("wait"), QStringLiteral("0000") } << Demo::kSecret << 2 << "no operation";
        QTest::newRow("invalid container") << (QStringList { QStringLiteral("backup"), QStringLiteral("--service"),
            Demo::kProdApim, QStringLiteral("--account"), QStringLiteral("contosobackups"),
            QStringLiteral("--container"), QStringLiteral("Bad_Container") })
                                           << Demo::kSecret << 4 << "lowercase";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, secret);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrMentions);
        const CliRun run = cli(globals() + arguments, environment(secret));
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(stderrMentions), qPrintable(run.err));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/(backup|restore)$")), 0);
    }

    // A message from Azure that tries to rewrite the terminal (erase the error line, print a
    // green success) reaches it with its control characters written out.
    void failureMessageWithEscapes_printedInert()
    {
        const QString hostile = QStringLiteral("boom\x1b[2K\r\x1b[32mBackup succeeded.\x1b[0m\x07");
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("POST .*/contoso-prod-apim/backup") },
            { QStringLiteral("status"), 400 }, { QStringLiteral("message"), hostile },
            { QStringLiteral("times"), 1 } }));
        const CliRun run
            = cli(backupArgs(Demo::kProdApim,
                      QStringLiteral("e2e-escape-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128))),
                environment(), 60000);
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        const QString printed = run.out + run.err;
        QVERIFY2(printed.contains(QLatin1String("\\e[32mBackup succeeded.")), qPrintable(printed));
        for (const QChar ch : printed)
            QVERIFY2(ch == QLatin1Char('\n') || ch == QLatin1Char('\t') || ch.unicode() >= 0x20,
                qPrintable(QStringLiteral("control character U+%1 printed").arg(int(ch.unicode()), 4, 16)));
    }

    // The Location URL answers 500 with Azure's error on every poll: after the tracker's
    // bounded retries (PollSettings::maxServerErrorSeconds, 45 s) that is the operation's
    // failure, exit 1 with Azure's words, not "unavailable" (5). The bound here adds the
    // sign-in, the start and the last poll to those 45 s, with room for a loaded machine.
    void locationAnswers500_exit1WithinTheBound()
    {
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("POST .*/contoso-prod-apim/backup") },
            { QStringLiteral("status"), 500 }, { QStringLiteral("code"), QStringLiteral("InternalServerError") },
            { QStringLiteral("message"), QStringLiteral("The backup could not be written.") },
            { QStringLiteral("times"), 1 } }));
        QElapsedTimer elapsed;
        elapsed.start();
        const CliRun run
            = cli(backupArgs(Demo::kProdApim,
                      QStringLiteral("e2e-location500-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128))),
                environment(), 150000);
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QLatin1String("The backup could not be written.")), qPrintable(run.err));
        QVERIFY2(elapsed.elapsed() < 70000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);
    }

    // Server errors on the status URL before it gives the operation's failure: they are
    // backed off and tried again, and the failure, once known, is exit 1 with Azure's
    // words at once - never "unavailable" (5), never the 45 s of a Location that only
    // ever errs.
    void pollServerErrorsThenFailure_exit1AsSoonAsKnown()
    {
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("route"), QStringLiteral("^GET .*/operationresults/.*") },
            { QStringLiteral("status"), 503 }, { QStringLiteral("times"), 2 } }));
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("POST .*/contoso-prod-apim/backup") },
            { QStringLiteral("status"), 400 }, { QStringLiteral("code"), QStringLiteral("BackupFailed") },
            { QStringLiteral("message"), QStringLiteral("The storage account refused the backup.") },
            { QStringLiteral("times"), 1 } }));
        QElapsedTimer elapsed;
        elapsed.start();
        const CliRun run
            = cli(backupArgs(Demo::kProdApim,
                      QStringLiteral("e2e-poll503-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128))),
                environment(), 90000);
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(QLatin1String("The storage account refused the backup.")), qPrintable(run.err));
        QVERIFY(m_harness.control().count(QStringLiteral("^GET .*/operationresults/.*")) >= 3);
        // Two backoffs (2 s, 4 s) and the operation's 1.8 s, with room for a loaded machine.
        QVERIFY2(elapsed.elapsed() < 30000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);
    }

    void unreachableCloud_exit5()
    {
        QTemporaryDir dir;
        const QString cloud = TestEnvironment::writeCloudFile(QUrl(QStringLiteral("http://127.0.0.1:9")), dir.path());
        const CliRun run = cli(globals(cloud) + QStringList { QStringLiteral("services") }, environment(), 60000);
        QVERIFY2(run.exitCode == 5 || run.exitCode == 3,
            qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.isEmpty());
    }

    // Names Azure returns that try to rewrite the terminal (a service name with an OSC title
    // sequence, a tenant name with an erase and a colour) reach it with their control
    // characters written out, in the table and in the progress lines alike.
    void hostileNames_printedInert()
    {
        QTemporaryDir dir;
        const QString hostileService = QStringLiteral("evil\x1b]0;pwned\x07-apim");
        const QJsonObject seed {
            { QStringLiteral("tenants"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), Demo::kTenant },
                    { QStringLiteral("displayName"), QStringLiteral("Contoso\x1b[2K\r\x1b[32mAll good") },
                    { QStringLiteral("defaultDomain"), QStringLiteral("contoso.onmicrosoft.com") } } } },
            { QStringLiteral("servicePrincipals"),
                QJsonArray { QJsonObject { { QStringLiteral("clientId"), Demo::kClientId },
                    { QStringLiteral("secret"), Demo::kSecret }, { QStringLiteral("tenantId"), Demo::kTenant },
                    { QStringLiteral("displayName"), QStringLiteral("automation") } } } },
            { QStringLiteral("subscriptions"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), Demo::kProdSub },
                    { QStringLiteral("tenantId"), Demo::kTenant },
                    { QStringLiteral("displayName"), QStringLiteral("Production") },
                    { QStringLiteral("state"), QStringLiteral("Enabled") } } } },
            { QStringLiteral("services"),
                QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), Demo::kProdSub },
                    { QStringLiteral("resourceGroup"), QStringLiteral("rg-hostile") },
                    { QStringLiteral("name"), hostileService },
                    { QStringLiteral("location"), QStringLiteral("westeurope") },
                    { QStringLiteral("sku"),
                        QJsonObject { { QStringLiteral("name"), QStringLiteral("Developer") },
                            { QStringLiteral("capacity"), 1 } } } } } },
        };
        QFile seedFile(dir.filePath(QStringLiteral("hostile.json")));
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();
        EngineHarness hostile;
        QVERIFY2(hostile.start(seedFile.fileName()), qPrintable(hostile.errorString()));
        const QStringList cloud { QStringLiteral("--cloud"), hostile.sim().cloudFile(), QStringLiteral("--auth"),
            QStringLiteral("env") };
        for (const QStringList &command :
            { QStringList { QStringLiteral("services") }, QStringList { QStringLiteral("tenants") } }) {
            const CliRun run = cli(cloud + command, environment());
            // Listed, or refused as a name no resource has: either way printed, and inert.
            QVERIFY2(run.exitCode >= 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
            const QString printed = run.out + run.err;
            for (const QChar ch : printed)
                QVERIFY2(ch == QLatin1Char('\n') || ch == QLatin1Char('\t') || ch.unicode() >= 0x20,
                    qPrintable(QStringLiteral("%1: control character U+%2 printed")
                                   .arg(command.first())
                                   .arg(int(ch.unicode()), 4, 16)));
            QVERIFY2(printed.contains(command.first() == QLatin1String("services") ? QLatin1String("evil\\e]0;pwned")
                                                                                   : QLatin1String("Contoso\\e[2K\\r")),
                qPrintable(printed));
        }
    }

    void servicesJson_listsBackupSupport()
    {
        const CliRun run
            = cli(globals() + QStringList { QStringLiteral("--json"), QStringLiteral("services") }, environment());
        QCOMPARE(run.exitCode, 0);
        const QJsonArray services = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(services.size(), Demo::kContosoServiceCount);
        int unsupported = 0;
        for (const QJsonValue &service : services)
            unsupported += service.toObject().value(QLatin1String("backupSupported")).toBool() ? 0 : 1;
        QCOMPARE(unsupported, 2); // Consumption and StandardV2
    }

    void printCommand_neverSendsOrShowsKey()
    {
        const CliRun run = cli(globals()
                + QStringList { QStringLiteral("backup"), QStringLiteral("--service"), Demo::kProdApim,
                    QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
                    QStringLiteral("apim-backups"), QStringLiteral("--print-command") },
            environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("az rest --method post")));
        QVERIFY(run.out.contains(QLatin1String("az apim backup")));
        QVERIFY(run.out.contains(QLatin1String("${STORAGE_KEY}")));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 0);
        QCOMPARE(m_harness.control().count(QStringLiteral("listKeys")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliOperations)
#include "tst_cli_operations.moc"
