// No secret may reach a file: sign in with known secrets (a client secret, the refresh
// and access tokens the simulator issues) through the core and through the real CLI, with
// debug logging on and APIM_BACKUP_HOME pointing at a temporary folder, then search every
// file under it - settings, data, cache, logs - for those strings.
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/AccountManager.h"
#include "cloud/CloudEnvironment.h"
#include "secrets/MemorySecretStore.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {

QFile *g_log = nullptr;

// Every log line of the process goes to a file in the scanned folder.
void logToFile(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->write((QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
            + message + QLatin1Char('\n'))
                         .toUtf8());
}

// Which of the secrets appear in which files under root (in plain or URL-encoded form).
QStringList findSecrets(const QString &root, const QStringList &secrets)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString &secret : secrets) {
            if (secret.size() < 8)
                continue;
            const QByteArray plain = secret.toUtf8();
            // A JWT's signature alone is enough to give it away; so is a long slice of any secret.
            const QByteArray tail = plain.right(std::min<qsizetype>(plain.size(), 24));
            if (content.contains(plain) || content.contains(QUrl::toPercentEncoding(secret)) || content.contains(tail))
                found << QStringLiteral("%1 contains a secret (...%2)").arg(path, QString::fromUtf8(tail.right(6)));
        }
    }
    return found;
}

} // namespace

class TestSecretsScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim; // a private simulator: nothing another test does to the shared one matters
    DemoSeed m_seed;
    CloudEnvironment m_cloud;
    QString m_cloudFile;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        const QUrl sim = m_sim.url();
        QVERIFY2(QFile::exists(QStringLiteral(APIM_CLI_BINARY)), APIM_CLI_BINARY " is not built");
        m_seed = DemoSeed::load();
        QVERIFY(m_seed.isValid());
        m_cloudFile = TestEnvironment::writeCloudFile(sim, m_dir.path());
        QString error;
        m_cloud = CloudEnvironment::fromFile(m_cloudFile, &error);
        QVERIFY2(m_cloud.isValid(), qPrintable(error));
    }

    void scanner_findsAPlantedSecret()
    {
        // The scan itself must work: a refresh token written to a settings file is found.
        QTemporaryDir planted;
        const QString token = QStringLiteral("0.AS8A") + QString(90, QLatin1Char('k')) + QStringLiteral("zz-end");
        {
            QSettings settings(planted.filePath(QStringLiteral("apim-backup.ini")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("session/note"), token);
        }
        QCOMPARE(findSecrets(planted.path(), { token }).size(), 1);
        QVERIFY(findSecrets(planted.path(), { QStringLiteral("something-else-entirely") }).isEmpty());
    }

    void signIns_withDebugLogging_leaveNoSecretInAnyFile()
    {
        const QString home = m_dir.filePath(QStringLiteral("home"));
        const AppPaths paths(home);
        QVERIFY(paths.ensureCreated());
        QFile log(QDir(paths.cacheDir()).filePath(QStringLiteral("core.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        g_log = &log;
        QLoggingCategory::setFilterRules(QStringLiteral("apim.*.debug=true"));
        const QtMessageHandler previous = qInstallMessageHandler(logToFile);

        QStringList secrets { m_seed.spSecret };
        {
            QNetworkAccessManager network;
            FakeClock clock;
            BrowserOpener browser;
            MemorySecretStore keychain; // stands in for the OS keychain: persistent, not a file
            keychain.setPersistent(true);
            Settings settings(paths.settingsFile());
            AccountManager manager(&network, m_cloud, &keychain, &settings, &browser, clock);
            AccountInfo account;
            bool signedIn = false;
            connect(&manager, &AccountManager::signedIn, this, [&](const AccountInfo &info) {
                account = info;
                signedIn = true;
            });

            // A user: refresh token, rotated twice, ARM and storage and guest-tenant tokens.
            SignInOptions user;
            user.method = SignInMethod::Browser;
            manager.signIn(user);
            QTRY_VERIFY_WITH_TIMEOUT(signedIn, 15000);
            QVERIFY(account.remembered);
            secrets += keychain.values();
            QList<AccessToken> tokens;
            QObject context;
            auto collect = [&](const AccessToken &t, const AuthError &e) {
                QVERIFY2(!e.isError(), qPrintable(e.message));
                tokens.append(t);
            };
            manager.currentCredential()->token(m_cloud.armScope(), &context, collect);
            manager.currentCredential()->token(CloudEnvironment::storageScope(), &context, collect);
            manager.credentialForTenant(m_seed.fabrikamTenant)->token(m_cloud.armScope(), &context, collect);
            QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 3, 15000);
            secrets += keychain.values(); // the rotated refresh token
            for (const AccessToken &token : std::as_const(tokens))
                secrets << token.token;

            // A service principal with a client secret, remembered.
            signedIn = false;
            SignInOptions sp;
            sp.method = SignInMethod::ServicePrincipal;
            sp.tenant = m_seed.contosoTenant;
            sp.clientId = m_seed.spClientId;
            sp.clientSecret = m_seed.spSecret;
            manager.signIn(sp);
            QTRY_VERIFY_WITH_TIMEOUT(signedIn, 15000);
            QVERIFY(account.remembered);
            QVERIFY(keychain.values().contains(m_seed.spSecret));
            settings.sync();
        }
        qInstallMessageHandler(previous);
        g_log = nullptr;
        log.close();
        QVERIFY2(log.size() > 0, "debug logging wrote nothing: the scan of the log proves nothing");

        // The CLI too, verbose, with its output kept in the scanned folder.
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("APIM_BACKUP_HOME"), home);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), m_seed.spSecret);
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.setStandardOutputFile(QDir(paths.cacheDir()).filePath(QStringLiteral("cli.log")));
        cli.start(QStringLiteral(APIM_CLI_BINARY),
            { QStringLiteral("--verbose"), QStringLiteral("--session-only-secrets"), QStringLiteral("--cloud"),
                m_cloudFile, QStringLiteral("--auth"), QStringLiteral("sp"), QStringLiteral("--tenant"),
                m_seed.contosoTenant, QStringLiteral("--client-id"), m_seed.spClientId, QStringLiteral("tenants") });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QFile cliLog(QDir(paths.cacheDir()).filePath(QStringLiteral("cli.log")));
        QVERIFY(cliLog.open(QIODevice::ReadOnly));
        const QByteArray cliOutput = cliLog.readAll();
        QVERIFY2(cliOutput.contains("POST") && cliOutput.contains("client_secret=***"), cliOutput.constData());

        secrets.removeDuplicates();
        QVERIFY(secrets.size() >= 6);
        const QStringList leaks = findSecrets(home, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        // And the settings do hold the session, so the scan looked at a real settings file.
        QSettings written(paths.settingsFile(), QSettings::IniFormat);
        QCOMPARE(written.value(QStringLiteral("session/method")).toString(), QStringLiteral("sp"));
    }
};

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "tst_secretsscan.moc"
