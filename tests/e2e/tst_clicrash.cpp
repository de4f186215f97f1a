// apim-backup-cli killed (SIGKILL: no cleanup, no flush) at named points of a backup and
// of a restore, against a private azure-sim and Azurite: before the start POST, right
// after it was answered but before the answer was read, while polling, and in the middle
// of writing the journal. Each time `apim-backup-cli wait <id>` afterwards reaches the
// operation's true end - what azure-sim says happened - and azure-sim received exactly
// one POST per operation (none when it died before the POST).
//
// The CLI stops itself at a point named by APIM_BACKUP_CRASH_AT (app/core/util/CrashPoint.h),
// so the kill lands at the same place on every run: no timing, no sleeps.
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Test;

namespace {
const QString kAccount = QStringLiteral("contosobackups");
const QString kContainer = QStringLiteral("apim-backups");

QString unique(const QString &prefix)
{
    return QStringLiteral("e2e-crash-%1-%2.apimbackup")
        .arg(prefix, QUuid::createUuid().toString(QUuid::Id128).left(12));
}
} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QString m_sourceBlob; // what the restores restore

    QProcessEnvironment environment(const QString &home, const QString &crashAt = {}) const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), home);
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), Demo::kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), Demo::kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), Demo::kSecret);
        if (!crashAt.isEmpty())
            env.insert(QStringLiteral("APIM_BACKUP_CRASH_AT"), crashAt);
        return env;
    }

    QStringList globals()
    {
        return { QStringLiteral("--cloud"), m_harness.sim().cloudFile(), QStringLiteral("--auth"),
            QStringLiteral("env") };
    }

    QStringList operationArgs(const QString &kind, const QString &blob)
    {
        QStringList args = globals()
            + QStringList { kind, QStringLiteral("--service"), Demo::kProdApim, QStringLiteral("--account"), kAccount,
                  QStringLiteral("--container"), kContainer, QStringLiteral("--name"), blob,
                  QStringLiteral("--access-type"), QStringLiteral("system-identity") };
        if (kind == QLatin1String("restore"))
            args << QStringLiteral("--yes");
        return args;
    }

    static QJsonObject onlyRecord(const QString &home)
    {
        const QDir dir(QDir(home).filePath(QStringLiteral("data/operations")));
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files);
        if (files.size() != 1)
            return {};
        QFile file(dir.filePath(files.first()));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    QJsonArray simOperations() { return m_harness.control().state().value(QLatin1String("operations")).toArray(); }

    bool simIdle()
    {
        const QJsonArray operations = simOperations();
        for (const QJsonValue &operation : operations) {
            if (operation.toObject().value(QLatin1String("status")).toString() == QLatin1String("InProgress"))
                return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        // Long enough to be polled at least once (Retry-After: 1), short enough for a test.
        QVERIFY(m_harness.control().setConfig(
            { { QStringLiteral("operationDurationMs"), 1500 }, { QStringLiteral("retryAfterSeconds"), 1 } }));
        QTemporaryDir home;
        m_sourceBlob = unique(QStringLiteral("source"));
        const CliRun source
            = runCli(operationArgs(QStringLiteral("backup"), m_sourceBlob), environment(home.path()), 60000);
        QVERIFY2(source.exitCode == 0, qPrintable(source.out + source.err));
    }

    void init()
    {
        QVERIFY(m_harness.control().clearFaults());
        QTRY_VERIFY_WITH_TIMEOUT(simIdle(), 15000);
        QVERIFY(m_harness.control().clearRequests());
    }

    void killedAtAPoint_waitReachesTheTrueEndWithOnePost_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("crashAt");
        QTest::addColumn<QString>("stateAtKill"); // the journal as the kill left it
        QTest::addColumn<bool>("posted");
        for (const QString &kind : { QStringLiteral("backup"), QStringLiteral("restore") }) {
            const auto row = [&kind](const char *point, const char *stateAtKill, bool posted) {
                QTest::newRow(qPrintable(kind + QLatin1Char(' ') + QLatin1String(point)))
                    << kind << QString::fromLatin1(point) << QString::fromLatin1(stateAtKill) << posted;
            };
            row("before-post", "Starting", false);
            row("after-post", "Starting", true);
            row("polling", "Running", true);
            // The save that records Azure's acceptance, and the one that records the end:
            // both leave the file as it was before (written whole, or not at all).
            row("journal-write:Running", "Starting", true);
            row("journal-write:Succeeded", "Running", true);
        }
    }
    void killedAtAPoint_waitReachesTheTrueEndWithOnePost()
    {
        QFETCH(QString, kind);
        QFETCH(QString, crashAt);
        QFETCH(QString, stateAtKill);
        QFETCH(bool, posted);
        const QString postRoute = QStringLiteral("^POST .*/%1$").arg(kind);
        const QString blob = kind == QLatin1String("backup") ? unique(QStringLiteral("killed")) : m_sourceBlob;
        const int operationsBefore = simOperations().size();
        QTemporaryDir home;

        const CliRun killed = runCli(operationArgs(kind, blob), environment(home.path(), crashAt), 60000);
        QVERIFY2(killed.exitCode == -1 && !killed.err.contains(QLatin1String("timed out")),
            qPrintable(QStringLiteral("exit %1: %2").arg(killed.exitCode).arg(killed.err)));
        const QJsonObject left = onlyRecord(home.path());
        QVERIFY2(!left.isEmpty(), "the journal holds one whole record");
        const QString id = left.value(QLatin1String("id")).toString();
        QCOMPARE(left.value(QLatin1String("state")).toString(), stateAtKill);
        QCOMPARE(left.value(QLatin1String("startSent")).toBool(), posted);
        QCOMPARE(m_harness.control().count(postRoute), posted ? 1 : 0);

        // Whatever Azure was asked to do ends on its own; the truth is what it did.
        QTRY_VERIFY_WITH_TIMEOUT(simIdle(), 15000);
        const QJsonArray operations = simOperations();
        QCOMPARE(operations.size(), operationsBefore + (posted ? 1 : 0));
        const QString truth = posted ? operations.last().toObject().value(QLatin1String("status")).toString()
                                     : QStringLiteral("Canceled");
        QVERIFY2(truth == QLatin1String("Succeeded") || !posted, qPrintable(truth));

        QElapsedTimer elapsed;
        elapsed.start();
        const CliRun waited
            = runCli(globals() + QStringList { QStringLiteral("wait"), id }, environment(home.path()), 60000);
        QVERIFY2(waited.exitCode == (posted ? 0 : 1),
            qPrintable(QStringLiteral("exit %1: %2 %3").arg(waited.exitCode).arg(waited.out, waited.err)));
        const QJsonObject ended = onlyRecord(home.path());
        QVERIFY2(ended.value(QLatin1String("state")).toString() == truth,
            qPrintable(QJsonDocument(ended).toJson(QJsonDocument::Compact)));
        if (!posted)
            QVERIFY2(ended.value(QLatin1String("note")).toString().contains(QLatin1String("nothing was started")),
                qPrintable(ended.value(QLatin1String("note")).toString()));
        // Resolved from what Azure knows (status URL, service, file, Activity Log), never by
        // asking it again, and without minutes of waiting.
        QCOMPARE(m_harness.control().count(postRoute), posted ? 1 : 0);
        QCOMPARE(simOperations().size(), operationsBefore + (posted ? 1 : 0));
        QVERIFY2(elapsed.elapsed() < 30000, qPrintable(QString::number(elapsed.elapsed())));
    }

    // Without APIM_BACKUP_CRASH_AT, the points do nothing: the same commands run through.
    void withoutTheVariable_nothingStops()
    {
        QTemporaryDir home;
        const CliRun run = runCli(
            operationArgs(QStringLiteral("backup"), unique(QStringLiteral("plain"))), environment(home.path()), 60000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(onlyRecord(home.path()).value(QLatin1String("state")).toString(), QStringLiteral("Succeeded"));
        QCOMPARE(m_harness.control().count(QStringLiteral("^POST .*/backup$")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
