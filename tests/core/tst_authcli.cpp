// apim-backup-cli sign-in commands as separate processes against azure-sim, with secrets in
// the real keychain (gnome-keyring in CI's private D-Bus session): log in once, and a new
// process - a restart - is still signed in; rotated refresh tokens survive between runs;
// log out forgets it all.
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/AccountManager.h"
#include "secrets/SecretKey.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray jsonArray() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QString all() const { return out + err; }
};

QPair<QKeychain::Error, QString> keychainEntry(const QString &name)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("APIM Backup"));
    job.setAutoDelete(false);
    job.setKey(name);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10000))
        return { QKeychain::OtherError, {} };
    return { job.error(), job.textData() };
}

} // namespace

class TestAuthCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim; // a private simulator: nothing another test does to the shared one matters
    QString m_home;
    QString m_cloudFile;
    QString m_cloudName;
    DemoSeed m_seed;

    CliRun cli(const QStringList &arguments, const QByteArray &input = {},
        const QHash<QString, QString> &environment = {}, const QStringList &unset = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home);
        env.remove(QStringLiteral("AZURE_CLIENT_SECRET"));
        env.remove(QStringLiteral("BROWSER"));
        for (auto it = environment.cbegin(); it != environment.cend(); ++it)
            env.insert(it.key(), it.value());
        for (const QString &name : unset)
            env.remove(name);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        if (!process.waitForStarted(5000))
            return {};
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(40000)) {
            process.kill();
            process.waitForFinished(3000);
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList spLogin() const
    {
        return { QStringLiteral("--cloud"), m_cloudFile, QStringLiteral("login"), QStringLiteral("--auth"),
            QStringLiteral("sp"), QStringLiteral("--tenant"), m_seed.contosoTenant, QStringLiteral("--client-id"),
            m_seed.spClientId, QStringLiteral("--client-secret-stdin") };
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            const char *why
                = "DBUS_SESSION_BUS_ADDRESS is empty: run the keyring tests inside dbus-run-session with an "
                  "unlocked gnome-keyring (reference/toolchain.md, section 3)";
            if (TestEnvironment::inCi())
                QFAIL(why);
            QSKIP(why);
        }
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        const QUrl sim = m_sim.url();
        QVERIFY2(QFile::exists(QStringLiteral(APIM_CLI_BINARY)), APIM_CLI_BINARY " is not built");
        m_seed = DemoSeed::load();
        QVERIFY(m_seed.isValid());
        m_home = m_dir.filePath(QStringLiteral("home"));
        // A cloud name of our own: keychain entries are namespaced by cloud, so parallel
        // tests signed in to the same simulator never share (or delete) each other's.
        m_cloudName = QStringLiteral("AuthCliTest%1").arg(QCoreApplication::applicationPid());
        QJsonObject cloud = QJsonDocument::fromJson([&] {
            QFile file(TestEnvironment::writeCloudFile(sim, m_dir.path()));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }())
                                .object();
        cloud.insert(QStringLiteral("name"), m_cloudName);
        m_cloudFile = m_dir.filePath(QStringLiteral("cli-cloud.json"));
        QFile file(m_cloudFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(cloud).toJson());
    }

    void servicePrincipal_login_thenANewProcessIsStillSignedIn_thenLogout()
    {
        const CliRun login = cli(spLogin(), m_seed.spSecret.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.all()));
        QVERIFY2(login.out.contains(QLatin1String("Signed in as ") + m_seed.spClientId), qPrintable(login.out));

        // The secret is in the keychain under the namespaced key, and nowhere in the settings.
        const QString keyName
            = SecretKey::clientSecret(m_cloudName, m_seed.contosoTenant, m_seed.spClientId).toString();
        const auto entry = keychainEntry(keyName);
        QCOMPARE(entry.first, QKeychain::NoError);
        QCOMPARE(entry.second, m_seed.spSecret);

        // A restart: no --cloud, no secret - all from the settings and the keychain.
        const CliRun account = cli({ QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("--check") });
        QVERIFY2(account.exitCode == 0, qPrintable(account.all()));
        const QJsonObject json = account.json();
        QCOMPARE(json.value(QLatin1String("signedIn")).toBool(), true);
        QCOMPARE(json.value(QLatin1String("method")).toString(), QStringLiteral("sp"));
        QCOMPARE(json.value(QLatin1String("account")).toString(), m_seed.spClientId);
        QCOMPARE(json.value(QLatin1String("cloud")).toString(), m_cloudName);
        QCOMPARE(json.value(QLatin1String("secrets")).toString(), QStringLiteral("keychain"));
        QVERIFY(!json.contains(QLatin1String("problem")));

        const CliRun tenants = cli({ QStringLiteral("tenants"), QStringLiteral("--json") });
        QVERIFY2(tenants.exitCode == 0, qPrintable(tenants.all()));
        QCOMPARE(
            tenants.jsonArray().first().toObject().value(QLatin1String("tenantId")).toString(), m_seed.contosoTenant);

        const CliRun logout = cli({ QStringLiteral("logout") });
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.all()));
        QCOMPARE(keychainEntry(keyName).first, QKeychain::EntryNotFound);
        const CliRun after = cli({ QStringLiteral("account") });
        QCOMPARE(after.exitCode, 3);
        QVERIFY2(after.out.contains(QLatin1String("Not signed in")), qPrintable(after.all()));
    }

    void deviceCode_login_rotatedRefreshTokensSurviveBetweenRuns()
    {
        const CliRun login = cli({ QStringLiteral("--cloud"), m_cloudFile, QStringLiteral("login"),
            QStringLiteral("--auth"), QStringLiteral("device") });
        QVERIFY2(login.exitCode == 0, qPrintable(login.all()));
        QVERIFY2(
            login.err.contains(QLatin1String("/devicelogin")) && login.err.contains(QLatin1String("enter the code")),
            qPrintable(login.err));
        QVERIFY2(login.out.contains(m_seed.user), qPrintable(login.out));

        // Each run redeems (and so rotates) the refresh token: the next run only works if
        // the rotated one was saved.
        for (int run = 0; run < 3; ++run) {
            const CliRun tenants = cli({ QStringLiteral("--json"), QStringLiteral("tenants") });
            QVERIFY2(tenants.exitCode == 0, qPrintable(tenants.all()));
            QCOMPARE(tenants.jsonArray().size(), 2); // home tenant and the guest tenant
        }
        const CliRun account = cli({ QStringLiteral("account") });
        QVERIFY2(account.exitCode == 0, qPrintable(account.all()));
        QVERIFY(account.out.contains(m_seed.user));
        QVERIFY(account.out.contains(QLatin1String("device code")));
        QCOMPARE(cli({ QStringLiteral("logout") }).exitCode, 0);
    }

    void browser_login_printsTheAddress_andHandsItToBrowser()
    {
        // $BROWSER is what a terminal user sets; here it is curl following the redirect.
        const QString script = m_dir.filePath(QStringLiteral("browser.sh"));
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // It also records whether it inherited a client secret from our environment.
        const QString inherited = m_dir.filePath(QStringLiteral("browser-env"));
        file.write("#!/bin/sh\necho \"secret=[${AZURE_CLIENT_SECRET}]\" > \"" + inherited.toUtf8()
            + "\"\n"
              "exec curl -s -L -o \""
            + m_dir.filePath(QStringLiteral("page.html")).toUtf8() + "\" \"$1\"\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const CliRun login
            = cli({ QStringLiteral("--cloud"), m_cloudFile, QStringLiteral("login"), QStringLiteral("--auth"),
                      QStringLiteral("browser"), QStringLiteral("--timeout"), QStringLiteral("20") },
                {},
                { { QStringLiteral("BROWSER"), script },
                    { QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("not-for-the-browser") } });
        QVERIFY2(login.exitCode == 0, qPrintable(login.all()));
        QVERIFY2(login.err.contains(QLatin1String("open this address"))
                && login.err.contains(QLatin1String("code_challenge=")),
            qPrintable(login.err));
        QVERIFY2(login.out.contains(m_seed.user), qPrintable(login.out));
        QFile page(m_dir.filePath(QStringLiteral("page.html")));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("You can close this tab"));
        QFile env(inherited);
        QVERIFY(env.open(QIODevice::ReadOnly));
        QCOMPARE(env.readAll().trimmed(), QByteArray("secret=[]"));
        QCOMPARE(cli({ QStringLiteral("logout") }).exitCode, 0);
    }

    void servicePrincipal_secretTypedAtATerminal_isNotEchoed()
    {
        // A real terminal through script(1): the secret is typed after the prompt, echo is
        // off, and one line (Enter) is enough - no Ctrl+D.
        const QString scriptTool = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (scriptTool.isEmpty())
            QSKIP("script(1) from util-linux is not installed");
        QStringList command { QStringLiteral(APIM_CLI_BINARY) };
        command << spLogin();
        for (QString &word : command)
            word = QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        QProcess terminal;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home);
        env.remove(QStringLiteral("AZURE_CLIENT_SECRET"));
        terminal.setProcessEnvironment(env);
        terminal.setProcessChannelMode(QProcess::MergedChannels);
        terminal.start(scriptTool,
            { QStringLiteral("-q"), QStringLiteral("-e"), QStringLiteral("-c"), command.join(QLatin1Char(' ')),
                QStringLiteral("/dev/null") });
        QVERIFY(terminal.waitForStarted(5000));
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += terminal.readAll()).contains("Client secret (not shown):"), 20000);
        terminal.write(m_seed.spSecret.toUtf8() + "\r");
        QVERIFY(terminal.waitForFinished(30000));
        seen += terminal.readAll();
        QVERIFY2(terminal.exitCode() == 0, seen.constData());
        QVERIFY2(seen.contains("Signed in as"), seen.constData());
        QVERIFY2(!seen.contains(m_seed.spSecret.toUtf8()), "the secret was echoed to the terminal");
        QCOMPARE(cli({ QStringLiteral("logout") }).exitCode, 0);
    }

    void badInput_givesTheRightExitCodeAndMessage()
    {
        QStringList withSecret = spLogin();
        withSecret.removeLast();
        withSecret << QStringLiteral("--client-secret") << m_seed.spSecret;
        const CliRun argv = cli(withSecret);
        QCOMPARE(argv.exitCode, 2);
        QVERIFY2(argv.err.contains(QLatin1String("visible to every user")), qPrintable(argv.err));

        const CliRun wrong = cli(spLogin(), "wrong-secret");
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains(QLatin1String("client secret is wrong")), qPrintable(wrong.err));

        const CliRun unknown
            = cli({ QStringLiteral("--cloud"), QStringLiteral("AzureMoonCloud"), QStringLiteral("account") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QLatin1String("Unknown cloud")));

        QTemporaryDir other;
        const QString dead = other.filePath(QStringLiteral("dead.json"));
        QFile file(dead);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\":\"Dead\",\"endpoints\":{\"activeDirectory\":\"http://127.0.0.1:9\",\"resourceManager\":"
                   "\"http://127.0.0.1:9/\",\"activeDirectoryResourceId\":\"https://management.core.windows.net/\"}}");
        file.close();
        QStringList unreachable = spLogin();
        unreachable[1] = dead;
        const CliRun down = cli(unreachable, m_seed.spSecret.toUtf8());
        QCOMPARE(down.exitCode, 5);
        QVERIFY2(down.err.contains(QLatin1String("Could not reach the sign-in service")), qPrintable(down.err));
    }

    void noKeychain_loginSaysWhy_andSessionOnlyIsAnExplicitChoice()
    {
        QTemporaryDir runtime;
        const QHash<QString, QString> noBus { { QStringLiteral("XDG_RUNTIME_DIR"), runtime.path() } };
        const QStringList unset { QStringLiteral("DBUS_SESSION_BUS_ADDRESS") };
        const CliRun refused = cli(spLogin(), m_seed.spSecret.toUtf8(), noBus, unset);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("could not be saved"))
                && refused.err.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS")),
            qPrintable(refused.err));

        const CliRun sessionOnly = cli(QStringList { QStringLiteral("--session-only-secrets") } + spLogin(),
            m_seed.spSecret.toUtf8(), noBus, unset);
        QVERIFY2(sessionOnly.exitCode == 0, qPrintable(sessionOnly.all()));
        QVERIFY(sessionOnly.err.contains(QLatin1String("session-only")));
        QCOMPARE(cli({ QStringLiteral("account") }, {}, noBus, unset).exitCode, 3); // nothing was saved
    }
};

QTEST_GUILESS_MAIN(TestAuthCli)
#include "tst_authcli.moc"
