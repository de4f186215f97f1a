// apim-backup-cli stopped mid-backup, as systemd stops a timer unit (SIGTERM) or a user
// presses Ctrl+C (SIGINT), against a private azure-sim and Azurite: it exits cleanly with
// the journal written and says how to follow the operation; while that operation still
// runs a new backup of the service is refused naming it, `wait` finishes it, and once the
// service is idle the next scheduled backup runs without anyone calling `wait`.
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>

using namespace Apim::Test;

namespace {
const QString kPostRoute = QStringLiteral("^POST .*/backup$");
} // namespace

class TestCliInterrupt : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_home;

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

    QStringList globals()
    {
        return { QStringLiteral("--cloud"), m_harness.sim().cloudFile(), QStringLiteral("--auth"),
            QStringLiteral("env") };
    }

    QStringList backupArgs(const QString &serviceId)
    {
        const QString blob
            = QStringLiteral("e2e-interrupt-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        return globals()
            + QStringList { QStringLiteral("backup"), QStringLiteral("--service"), serviceId,
                  QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
                  QStringLiteral("apim-backups"), QStringLiteral("--name"), blob, QStringLiteral("--access-type"),
                  QStringLiteral("system-identity") };
    }

    CliRun cli(const QStringList &arguments, int timeoutMs = 30000)
    {
        return runCli(arguments, environment(), timeoutMs);
    }

    QJsonObject journalRecord(const QString &id) const
    {
        QFile file(QDir(m_home.path()).filePath(QStringLiteral("data/operations/%1.json").arg(id)));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Starts a backup, waits until Azure has accepted it, then sends the signal. The
    // operation id, the exit code and stderr through *run.
    QString backUpAndInterrupt(const QString &serviceId, int signalNumber, CliRun *run)
    {
        QProcess backup;
        backup.setProcessEnvironment(environment());
        backup.start(QStringLiteral(APIM_CLI_BINARY), backupArgs(serviceId));
        if (!backup.waitForStarted())
            return {};
        static const QRegularExpression started(QStringLiteral("Operation ([0-9a-f-]{36}):"));
        QString output;
        if (!QTest::qWaitFor(
                [&] {
                    output += QString::fromUtf8(backup.readAllStandardOutput());
                    return started.match(output).hasMatch();
                },
                15000))
            return {};
        const QString id = started.match(output).captured(1);
        if (!QTest::qWaitFor(
                [&] { return !journalRecord(id).value(QLatin1String("locationUrl")).toString().isEmpty(); }, 10000))
            return {};
        ::kill(pid_t(backup.processId()), signalNumber);
        if (!backup.waitForFinished(10000))
            return {};
        run->exitCode = backup.exitStatus() == QProcess::NormalExit ? backup.exitCode() : -1;
        run->out = output + QString::fromUtf8(backup.readAllStandardOutput());
        run->err = QString::fromUtf8(backup.readAllStandardError());
        return id;
    }

    QString provisioningState(const QString &serviceId)
    {
        const QJsonObject answer
            = m_harness.control().arm("GET", serviceId + QStringLiteral("?api-version=2024-05-01"), m_harness.token());
        return answer.value(QLatin1String("body"))
            .toObject()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("provisioningState"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        QVERIFY(m_harness.control().clearFaults());
        QVERIFY(m_harness.control().clearRequests());
    }

    void sigterm_exitsCleanly_newBackupRefusedWhileRunning_waitFinishesIt()
    {
        QVERIFY(m_harness.control().setConfig(
            { { QStringLiteral("operationDurationMs"), 5000 }, { QStringLiteral("retryAfterSeconds"), 1 } }));
        CliRun stopped;
        const QString id = backUpAndInterrupt(Demo::kProdApim, SIGTERM, &stopped);
        QVERIFY2(!id.isEmpty(), qPrintable(stopped.err));
        QVERIFY2(
            stopped.exitCode == 6, qPrintable(QStringLiteral("exit %1: %2").arg(stopped.exitCode).arg(stopped.err)));
        QVERIFY2(stopped.err.contains(QStringLiteral("apim-backup-cli wait %1").arg(id))
                && stopped.err.contains(QLatin1String("goes on in Azure")),
            qPrintable(stopped.err));
        // The journal is whole and still says the backup runs.
        QCOMPARE(journalRecord(id).value(QLatin1String("state")).toString(), QStringLiteral("Running"));

        // The next run while it still runs: refused, naming it and how to follow it.
        const CliRun refused = cli(backupArgs(Demo::kProdApim));
        QVERIFY2(
            refused.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(refused.exitCode).arg(refused.err)));
        QVERIFY2(refused.err.contains(QStringLiteral("apim-backup-cli wait %1").arg(id)), qPrintable(refused.err));
        QCOMPARE(m_harness.control().count(kPostRoute), 1);

        const CliRun waited = cli(globals() + QStringList { QStringLiteral("wait"), id });
        QVERIFY2(waited.exitCode == 0, qPrintable(waited.out + waited.err));
        QCOMPARE(journalRecord(id).value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(m_harness.control().count(kPostRoute), 1);
    }

    void sigint_leftBehind_nextScheduledBackupRunsWithoutWait()
    {
        QVERIFY(m_harness.control().setConfig(
            { { QStringLiteral("operationDurationMs"), 1200 }, { QStringLiteral("retryAfterSeconds"), 1 } }));
        CliRun stopped;
        const QString id = backUpAndInterrupt(Demo::kProdKrApim, SIGINT, &stopped);
        QVERIFY2(!id.isEmpty(), qPrintable(stopped.err));
        QVERIFY2(
            stopped.exitCode == 6, qPrintable(QStringLiteral("exit %1: %2").arg(stopped.exitCode).arg(stopped.err)));
        QCOMPARE(journalRecord(id).value(QLatin1String("state")).toString(), QStringLiteral("Running"));
        QTRY_COMPARE_WITH_TIMEOUT(provisioningState(Demo::kProdKrApim), QStringLiteral("Succeeded"), 15000);

        // The next day's timer: nobody ran `wait`, and the backup runs all the same.
        const CliRun next = cli(backupArgs(Demo::kProdKrApim));
        QVERIFY2(next.exitCode == 0,
            qPrintable(QStringLiteral("exit %1: %2 %3").arg(next.exitCode).arg(next.out, next.err)));
        QCOMPARE(m_harness.control().count(kPostRoute), 2);
        // The interrupted one was settled on the way, from its own status URL.
        QCOMPARE(journalRecord(id).value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
    }
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "tst_cliinterrupt.moc"
