// apim-backup-cli drill end to end against a private azure-sim and Azurite: a drill with
// --json and its exports, a later one that finds a change (exit 7), the list and show of
// past drills, refusals that send no restore (exit 4), a standby without permission
// (exit 1), usage errors (exit 2), `schedule --drill`, and a drill whose process was killed.
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <csignal>

using namespace Apim::Test;

namespace {
const QString kAccount = QStringLiteral("devbackupstore");
const QString kContainer = QStringLiteral("apim-backups");
const QString kRestoreRoute = QStringLiteral("^POST .*/restore$");
} // namespace

class TestCliDrill : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_home;
    QString m_backup;
    QString m_firstDrill;

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

    QStringList drillArgs(const QString &standby = Demo::kPartnersApim)
    {
        return globals()
            + QStringList { QStringLiteral("drill"), QStringLiteral("--service"), Demo::kStagingApim,
                  QStringLiteral("--standby"), standby, QStringLiteral("--storage-account"), kAccount,
                  QStringLiteral("--container"), kContainer, QStringLiteral("--backup"), m_backup };
    }

    CliRun cli(const QStringList &arguments) const { return runCli(arguments, environment(), 60000); }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY2(m_harness.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("800") }),
            qPrintable(m_harness.errorString()));
        QVERIFY(m_home.isValid());
        m_backup = QStringLiteral("cli-drill-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        const CliRun backup = cli(globals()
            + QStringList { QStringLiteral("backup"), QStringLiteral("--service"), Demo::kStagingApim,
                QStringLiteral("--account"), kAccount, QStringLiteral("--container"), kContainer,
                QStringLiteral("--name"), m_backup });
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
    }

    void init()
    {
        QVERIFY(m_harness.control().clearFaults());
        QVERIFY(m_harness.control().clearRequests());
    }

    void drill_json_reportAndExports()
    {
        const QString markdown = QDir(m_home.path()).filePath(QStringLiteral("drill.md"));
        const QString csv = QDir(m_home.path()).filePath(QStringLiteral("drill.csv"));
        const CliRun run = cli(QStringList { QStringLiteral("--json") } + drillArgs()
            + QStringList {
                QStringLiteral("--yes"), QStringLiteral("--markdown"), markdown, QStringLiteral("--csv"), csv });
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("format")).toString(), QStringLiteral("apim-backup/drill/1"));
        QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        QVERIFY(report.value(QLatin1String("rtoMs")).toDouble() > 0);
        QVERIFY(!report.value(QLatin1String("operationId")).toString().isEmpty());
        QVERIFY(report.value(QLatin1String("differences")).toArray().isEmpty());
        const QJsonObject source = report.value(QLatin1String("source")).toObject();
        QVERIFY(!source.value(QLatin1String("apis")).toObject().isEmpty());
        QCOMPARE(report.value(QLatin1String("standby")).toObject(), source);
        QCOMPARE(m_harness.control().count(kRestoreRoute), 1);
        m_firstDrill = report.value(QLatin1String("id")).toString();

        QFile md(markdown);
        QVERIFY(md.open(QIODevice::ReadOnly));
        QVERIFY(md.readAll().startsWith("# Restore drill contoso-staging-apim into contoso-partners-apim"));
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = table.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(m_firstDrill.toUtf8() + ','));
    }

    void drill_changeOnTheSource_exitsSevenWithTheExplanation()
    {
        const QJsonObject put = m_harness.control().arm("PUT",
            Demo::kStagingApim + QStringLiteral("/products/cli-late-product?api-version=2024-05-01"), m_harness.token(),
            { { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("displayName"), QStringLiteral("Late") } } } });
        QCOMPARE(put.value(QLatin1String("status")).toInt(), 201);
        const CliRun run = cli(drillArgs() << QStringLiteral("--yes"));
        QVERIFY2(run.exitCode == 7, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Product cli-late-product: in the source, not in the standby")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Microsoft.ApiManagement/service/products/write")));
    }

    void list_and_show_pastDrills()
    {
        const CliRun listed = cli(globals()
            + QStringList { QStringLiteral("--json"), QStringLiteral("drill"), QStringLiteral("--list"),
                QStringLiteral("--service"), Demo::kStagingApim });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray drills = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(drills.size(), 2);
        QCOMPARE(drills.at(0).toObject().value(QLatin1String("id")).toString(), m_firstDrill);
        QCOMPARE(drills.at(1).toObject().value(QLatin1String("state")).toString(), QStringLiteral("Differences"));
        QVERIFY(drills.at(1).toObject().value(QLatin1String("rtoMs")).toDouble() > 0);

        const CliRun plain = cli(globals() << QStringLiteral("drill") << QStringLiteral("--list"));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(m_firstDrill));

        const CliRun shown = cli(globals()
            + QStringList { QStringLiteral("drill"), QStringLiteral("--show"), m_firstDrill.left(8),
                QStringLiteral("--markdown"), QStringLiteral("-") });
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(shown.out.startsWith(QStringLiteral("# Restore drill contoso-staging-apim")));
        QVERIFY(shown.out.contains(m_firstDrill));
        const CliRun unknown
            = cli(globals() << QStringLiteral("drill") << QStringLiteral("--show") << QStringLiteral("no-such-drill"));
        QCOMPARE(unknown.exitCode, 2);
    }

    void refusals_exitFourAndSendNoRestore_data()
    {
        QTest::addColumn<QString>("standby");
        QTest::addColumn<bool>("yes");
        QTest::addColumn<QString>("code");
        QTest::newRow("not confirmed") << Demo::kPartnersApim << false << "NotConfirmed";
        QTest::newRow("same service") << Demo::kStagingApim << true << "SameService";
        QTest::newRow("other tier") << Demo::kDevApim << true << "TierMismatch";
    }
    void refusals_exitFourAndSendNoRestore()
    {
        QFETCH(QString, standby);
        QFETCH(bool, yes);
        QFETCH(QString, code);
        QStringList arguments = QStringList { QStringLiteral("--json") } + drillArgs(standby);
        if (yes)
            arguments << QStringLiteral("--yes");
        const CliRun run = cli(arguments);
        QVERIFY2(run.exitCode == 4, qPrintable(run.out + run.err));
        const QJsonObject refusal = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(refusal.value(QLatin1String("refused")).toBool(), true);
        QCOMPARE(refusal.value(QLatin1String("code")).toString(), code);
        QCOMPARE(m_harness.control().count(kRestoreRoute), 0);
    }

    void standbyWithoutPermission_exitsOneWithAFailedRecord()
    {
        QVERIFY(m_harness.control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("route"), QStringLiteral("^POST .*/restore$") } }));
        const CliRun run = cli(QStringList { QStringLiteral("--json") } + drillArgs() << QStringLiteral("--yes"));
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
        QVERIFY(!report.value(QLatin1String("reason")).toString().isEmpty());
        QCOMPARE(report.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(),
            QStringLiteral("AuthorizationFailed"));
        QVERIFY(QFile::exists(
            QDir(m_home.path())
                .filePath(QStringLiteral("data/drills/%1.json").arg(report.value(QLatin1String("id")).toString()))));
    }

    void usage_exitsTwo()
    {
        const CliRun missing
            = cli(globals() << QStringLiteral("drill") << QStringLiteral("--service") << Demo::kStagingApim);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("--standby")));
        const CliRun access = cli(drillArgs() << QStringLiteral("--access-type") << QStringLiteral("sas"));
        QCOMPARE(access.exitCode, 2);
    }

    void schedule_drill_printsOneDrillJob()
    {
        const QStringList common = { QStringLiteral("schedule"), QStringLiteral("--drill"), QStringLiteral("--service"),
            Demo::kStagingApim, QStringLiteral("--standby"), Demo::kPartnersApim, QStringLiteral("--account"), kAccount,
            QStringLiteral("--container"), kContainer, QStringLiteral("--backup"), m_backup };
        const CliRun json = cli(QStringList { QStringLiteral("--json") } + common
            + QStringList { QStringLiteral("--format"), QStringLiteral("cron") });
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray commands
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("jobCommands")).toArray();
        QCOMPARE(commands.size(), 1);
        const QJsonArray words = commands.first().toArray();
        const QStringList job = [&] {
            QStringList list;
            for (const QJsonValue &word : words)
                list << word.toString();
            return list;
        }();
        QVERIFY(job.contains(QStringLiteral("drill")));
        QCOMPARE(job.last(), QStringLiteral("--yes"));
        QCOMPARE(job.at(job.indexOf(QStringLiteral("--standby")) + 1), Demo::kPartnersApim);
        QCOMPARE(job.at(job.indexOf(QStringLiteral("--backup")) + 1), m_backup);
        QVERIFY(!job.contains(QStringLiteral("prune")));

        const CliRun systemd = cli(common + QStringList { QStringLiteral("--format"), QStringLiteral("systemd") });
        QVERIFY2(systemd.exitCode == 0, qPrintable(systemd.err));
        QVERIFY(systemd.out.contains(QStringLiteral(
            "Description=APIM Backup: restore drill of contoso-staging-apim into contoso-partners-apim")));
        QVERIFY(systemd.out.contains(QStringLiteral("apim-backup-drill.timer")));
        QVERIFY(systemd.out.contains(QStringLiteral(" drill --service ")));

        const CliRun noStandby
            = cli({ QStringLiteral("schedule"), QStringLiteral("--drill"), QStringLiteral("--service"),
                Demo::kStagingApim, QStringLiteral("--account"), kAccount, QStringLiteral("--container"), kContainer });
        QCOMPARE(noStandby.exitCode, 2);
    }

    // Last: the killed drill's restore goes on in the simulator for a minute.
    void killedMidDrill_isReportedAsStoppedWithItsRestore()
    {
        QVERIFY(m_harness.control().setConfig({ { QStringLiteral("operationDurationMs"), 60000 } }));
        const QDir drills(QDir(m_home.path()).filePath(QStringLiteral("data/drills")));
        const QStringList before = drills.entryList({ QStringLiteral("*.json") }, QDir::Files);
        QProcess drill;
        drill.setProcessEnvironment(environment());
        drill.start(QStringLiteral(APIM_CLI_BINARY), drillArgs() << QStringLiteral("--yes"));
        QVERIFY(drill.waitForStarted());
        QString id;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QString &file : drills.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
                    if (!before.contains(file))
                        id = file.chopped(5);
                }
                return !id.isEmpty() && m_harness.control().count(kRestoreRoute) == 1;
            },
            30000));

        // While its process lives, another process sees the drill running.
        const CliRun running
            = cli(globals() << QStringLiteral("--json") << QStringLiteral("drill") << QStringLiteral("--show") << id);
        QVERIFY2(running.exitCode == 0, qPrintable(running.err));
        const QJsonObject live = QJsonDocument::fromJson(running.out.toUtf8()).object();
        QCOMPARE(live.value(QLatin1String("state")).toString(), QStringLiteral("Running"));
        const QString operation = live.value(QLatin1String("operationId")).toString();
        QVERIFY(!operation.isEmpty());

        ::kill(pid_t(drill.processId()), SIGKILL);
        QVERIFY(drill.waitForFinished(10000));
        const CliRun shown
            = cli(globals() << QStringLiteral("--json") << QStringLiteral("drill") << QStringLiteral("--show") << id);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        const QJsonObject stopped = QJsonDocument::fromJson(shown.out.toUtf8()).object();
        QCOMPARE(stopped.value(QLatin1String("state")).toString(), QStringLiteral("Failed"));
        const QString reason = stopped.value(QLatin1String("reason")).toString();
        QVERIFY2(reason.contains(QStringLiteral("stopped before it ended")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("apim-backup-cli wait ") + operation), qPrintable(reason));
        QVERIFY(m_harness.control().setConfig({ { QStringLiteral("operationDurationMs"), 800 } }));
    }
};

QTEST_GUILESS_MAIN(TestCliDrill)
#include "tst_clidrill.moc"
