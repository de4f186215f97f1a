// apim-backup-cli storage-key as separate processes: the key is read from standard input
// (never argv), with echo off on a terminal (a real pty); set and forget go through the
// real keychain (gnome-keyring in the private D-Bus session of the keyring tests); a saved
// key is then used by a backup to an account whose listKeys is denied (private azure-sim
// and the shared Azurite); session-only secrets and bad input are refused in words.
#include "SimProcess.h"
#include "TestEnvironment.h"
#include "TestKeyring.h"

#include "cloud/CloudEnvironment.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretKey.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// tests/simulator/seeds/demo.json
const QString kTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
const QString kClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
const QString kKrService
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/"
                     "providers/Microsoft.ApiManagement/service/contoso-prod-apim-kr");
const QString kDeniedAccount = QStringLiteral("contosodrbackups"); // listKeys refused
// Any base64 of 64 bytes looks like a key; the real ones come from the simulator.
const QString kSomeKey
    = QStringLiteral("c29tZS1zdG9yYWdlLWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5YWJjZGVmZ2hpamtsbW5vcHFyc3R1dg==");

} // namespace

class TestCliStorageKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    SimProcess m_sim;
    TestKeyring m_keyring;

    QProcessEnvironment environment(bool withAzure = false) const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home.path());
        env.insert(QStringLiteral("APIM_BACKUP_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("8000"));
        env.remove(QStringLiteral("APIM_BACKUP_SECRETS"));
        env.remove(QStringLiteral("AZURE_CLIENT_SECRET"));
        if (withAzure) {
            env.insert(QStringLiteral("AZURE_TENANT_ID"), kTenant);
            env.insert(QStringLiteral("AZURE_CLIENT_ID"), kClientId);
            env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kSecret);
        }
        return env;
    }

    CliRun cli(
        const QStringList &arguments, const QByteArray &input = {}, QProcessEnvironment env = {}, int timeoutMs = 40000)
    {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        CliRun run;
        if (!process.waitForStarted(5000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(3000);
            run.err = QStringLiteral("timed out");
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Runs the CLI with a pseudo-terminal as stdin/stdout/stderr, types `typed` once the
    // prompt shows, and returns everything the terminal displayed.
    bool cliOnTerminal(const QStringList &arguments, const QByteArray &typed, QString *screen, int *exitCode)
    {
        QList<QByteArray> args { QByteArray(APIM_CLI_BINARY) };
        for (const QString &argument : arguments)
            args << argument.toLocal8Bit();
        QList<QByteArray> envs;
        for (const QString &entry : environment().toStringList())
            envs << entry.toLocal8Bit();
        std::vector<char *> argv;
        for (QByteArray &arg : args)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        std::vector<char *> envp;
        for (QByteArray &entry : envs)
            envp.push_back(entry.data());
        envp.push_back(nullptr);

        int master = -1;
        const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
        if (pid < 0)
            return false;
        if (pid == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        QByteArray shown;
        bool typedYet = false;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            pollfd fd { master, POLLIN, 0 };
            const int ready = poll(&fd, 1, 200);
            if (ready > 0) {
                char buffer[4096];
                const ssize_t n = read(master, buffer, sizeof buffer);
                if (n <= 0)
                    break; // EIO: the child closed the terminal
                shown.append(buffer, int(n));
            }
            if (!typedYet && shown.contains("press Enter")) {
                if (write(master, typed.constData(), size_t(typed.size())) != typed.size())
                    break;
                typedYet = true;
            }
        }
        int status = 0;
        if (deadline.hasExpired()) {
            kill(pid, SIGKILL);
        }
        waitpid(pid, &status, 0);
        close(master);
        *screen = QString::fromLocal8Bit(shown);
        *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return typedYet && !deadline.hasExpired();
    }

    // What the keychain holds for the account, as the CLI wrote it.
    QPair<SecretError::Kind, QString> keychainEntry(const QString &cloud, const QString &account)
    {
        KeychainSecretStore store(QStringLiteral("APIM Backup"));
        bool done = false;
        QPair<SecretError::Kind, QString> result { SecretError::Kind::Other, {} };
        store.read(SecretKey::storageKey(cloud, account), this, [&](const QString &value, const SecretError &error) {
            result = { error.kind, value };
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return { SecretError::Kind::Timeout, {} };
        return result;
    }

    QString azuriteKey(const QString &account)
    {
        QProcess sim;
        sim.start(TestEnvironment::simBinary(), { QStringLiteral("--print-azurite-accounts") });
        if (!sim.waitForFinished(10000))
            return {};
        for (const QString &entry : QString::fromUtf8(sim.readAllStandardOutput()).trimmed().split(QLatin1Char(';'))) {
            if (entry.startsWith(account + QLatin1Char(':')))
                return entry.mid(account.size() + 1);
        }
        return {};
    }

    int listKeysCalls(const QString &account) const
    {
        static const QRegularExpression call(
            QStringLiteral("/storageAccounts/%1/listKeys").arg(account), QRegularExpression::CaseInsensitiveOption);
        return int(m_sim.requestLog().count(call));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY(m_home.isValid());
        QVERIFY2(m_sim.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("1000") }),
            qPrintable(m_sim.errorString()));
        m_keyring.probe();
    }

    void set_keyAsArgument_isRefusedAndNeverSaved()
    {
        const CliRun run = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), kSomeKey,
            QStringLiteral("--account"), QStringLiteral("contosobackups") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("standard input")), qPrintable(run.all()));
        QVERIFY(run.err.contains(QStringLiteral("'ps'")));
        QVERIFY(!run.all().contains(kSomeKey)); // not echoed back either
        const CliRun list = cli({ QStringLiteral("--json"), QStringLiteral("storage-key"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void set_badInput_isRefusedInWords()
    {
        CliRun run = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                             QStringLiteral("Not_An_Account") },
            kSomeKey.toLatin1());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("lowercase letters and digits")), qPrintable(run.all()));

        // Far more than a key: refused by its length, nothing saved.
        run = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                      QStringLiteral("contosobackups") },
            QByteArray(10000000, 'A') + "\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("88 characters")), qPrintable(run.all()));

        run = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                      QStringLiteral("contosobackups") },
            "this is not a key\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not a storage account key")), qPrintable(run.all()));

        run = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
            QStringLiteral("contosobackups") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("No key on standard input")), qPrintable(run.all()));

        run = cli({ QStringLiteral("storage-key"), QStringLiteral("set") }, kSomeKey.toLatin1());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--account")), qPrintable(run.all()));

        run = cli({ QStringLiteral("storage-key"), QStringLiteral("rotate"), QStringLiteral("--account"),
            QStringLiteral("contosobackups") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("set, forget or list")), qPrintable(run.all()));
    }

    void set_sessionOnlySecrets_isRefused()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        for (const QString &action : { QStringLiteral("set"), QStringLiteral("forget") }) {
            const CliRun run = cli({ QStringLiteral("storage-key"), action, QStringLiteral("--account"),
                                       QStringLiteral("contosobackups") },
                kSomeKey.toLatin1(), env);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("session-only")), qPrintable(run.all()));
        }
        const CliRun flag
            = cli({ QStringLiteral("--session-only-secrets"), QStringLiteral("storage-key"), QStringLiteral("set"),
                      QStringLiteral("--account"), QStringLiteral("contosobackups") },
                kSomeKey.toLatin1());
        QCOMPARE(flag.exitCode, 2);
        QVERIFY2(flag.err.contains(QStringLiteral("session-only")), qPrintable(flag.all()));
    }

    void set_onTerminal_doesNotEchoTheKey()
    {
        QString screen;
        int exitCode = -1;
        QVERIFY2(cliOnTerminal({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                                   QStringLiteral("ttyaccount") },
                     kSomeKey.toLatin1() + "\r", &screen, &exitCode),
            qPrintable(screen));
        QVERIFY2(screen.contains(QStringLiteral("input is hidden")), qPrintable(screen));
        QVERIFY2(!screen.contains(kSomeKey.left(20)), qPrintable(screen)); // typed, never shown
        if (m_keyring.isAvailable()) {
            QCOMPARE(exitCode, 0);
            QVERIFY2(screen.contains(QStringLiteral("Saved the access key for ttyaccount")), qPrintable(screen));
            const CliRun forget = cli({ QStringLiteral("storage-key"), QStringLiteral("forget"),
                QStringLiteral("--account"), QStringLiteral("ttyaccount") });
            QCOMPARE(forget.exitCode, 0);
        } else {
            // Without a keychain the key is read all the same, then refused with the reason.
            QCOMPARE(exitCode, 3);
            QVERIFY2(screen.contains(QStringLiteral("was not saved")), qPrintable(screen));
        }
    }

    void setThenForget_roundTripThroughTheKeychain()
    {
        APIM_REQUIRE_KEYRING(m_keyring);
        const CliRun set = cli({ QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                                   QStringLiteral("contosobackups") },
            kSomeKey.toLatin1() + "\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.all()));
        QVERIFY2(set.out.contains(QStringLiteral("Saved the access key for contosobackups (AzureCloud)")),
            qPrintable(set.all()));
        QVERIFY(!set.all().contains(kSomeKey));
        auto entry = keychainEntry(QStringLiteral("AzureCloud"), QStringLiteral("contosobackups"));
        QCOMPARE(int(entry.first), int(SecretError::Kind::None));
        QCOMPARE(entry.second, kSomeKey);

        const CliRun list = cli({ QStringLiteral("--json"), QStringLiteral("storage-key"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array(), QJsonArray { QStringLiteral("contosobackups") });

        const CliRun forget = cli({ QStringLiteral("--json"), QStringLiteral("storage-key"), QStringLiteral("forget"),
            QStringLiteral("--account"), QStringLiteral("contosobackups") });
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.all()));
        QCOMPARE(
            QJsonDocument::fromJson(forget.out.toUtf8()).object().value(QLatin1String("forgotten")).toBool(), true);
        entry = keychainEntry(QStringLiteral("AzureCloud"), QStringLiteral("contosobackups"));
        QCOMPARE(int(entry.first), int(SecretError::Kind::NotFound));

        const CliRun again = cli({ QStringLiteral("storage-key"), QStringLiteral("forget"), QStringLiteral("--account"),
            QStringLiteral("contosobackups") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("No pasted access key was saved")), qPrintable(again.all()));
    }

    void savedKey_isUsedByABackup_whenListKeysIsDenied()
    {
        APIM_REQUIRE_KEYRING(m_keyring);
        QString error;
        const CloudEnvironment cloud = CloudEnvironment::fromFile(m_sim.cloudFile(), &error);
        QVERIFY2(cloud.isValid(), qPrintable(error));
        const QString key = azuriteKey(kDeniedAccount);
        QVERIFY(!key.isEmpty());
        const QStringList globals { QStringLiteral("--cloud"), m_sim.cloudFile() };
        const QStringList backup = globals
            + QStringList { QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("backup"),
                  QStringLiteral("--service"), kKrService, QStringLiteral("--account"), kDeniedAccount,
                  QStringLiteral("--container"), QStringLiteral("apim-backups"), QStringLiteral("--access-type"),
                  QStringLiteral("key"), QStringLiteral("--name") };
        const QString stamp = QString::number(QDateTime::currentMSecsSinceEpoch());

        // Without a saved key: ARM refuses listKeys and the backup does not start.
        const CliRun refused
            = cli(backup + QStringList { QStringLiteral("e2e-nokey-%1.apimbackup").arg(stamp) }, {}, environment(true));
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.all()));
        QVERIFY2(refused.all().contains(QStringLiteral("storage-key set --account %1").arg(kDeniedAccount)),
            qPrintable(refused.all()));
        QVERIFY(listKeysCalls(kDeniedAccount) >= 1);

        const CliRun set = cli(globals
                + QStringList { QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"),
                    kDeniedAccount },
            key.toLatin1() + "\n");
        QVERIFY2(set.exitCode == 0, qPrintable(set.all()));
        QCOMPARE(keychainEntry(cloud.name(), kDeniedAccount).second, key);

        // With it: the backup runs to its end (Azurite accepted the blob written with the
        // key) and listKeys is not asked again.
        const int callsBefore = listKeysCalls(kDeniedAccount);
        const CliRun done = cli(
            backup + QStringList { QStringLiteral("e2e-pasted-%1.apimbackup").arg(stamp) }, {}, environment(true));
        QVERIFY2(done.exitCode == 0, qPrintable(done.all()));
        QVERIFY2(done.out.contains(QStringLiteral("Succeeded")), qPrintable(done.all()));
        QCOMPARE(listKeysCalls(kDeniedAccount), callsBefore);
        QVERIFY(!done.all().contains(key));

        const CliRun forget = cli(globals
            + QStringList {
                QStringLiteral("storage-key"), QStringLiteral("forget"), QStringLiteral("--account"), kDeniedAccount });
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.all()));
        QCOMPARE(int(keychainEntry(cloud.name(), kDeniedAccount).first), int(SecretError::Kind::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestCliStorageKey)
#include "tst_clistoragekey.moc"
