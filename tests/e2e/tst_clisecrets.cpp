// Every secret of a full CLI flow, looked for everywhere it could have been written: with a
// private HOME and APIM_BACKUP_HOME, debug logging on and --verbose, the real apim-backup-cli
// saves a proxy password, signs in with a service principal (client secret), saves a storage
// key and a webhook, backs up (notifying the webhook), restores, prunes, and installs a
// systemd and a cron schedule (into the private HOME and a private crontab file). The
// simulator serves HTTPS under a throwaway CA and is named by this machine's host name, so
// every sign-in and ARM request goes through a real tinyproxy that asks for the password
// (its log shows the CONNECTs); the Blob requests go to Azurite on loopback. Then every file
// under the private folders - settings, journal, logs, the CLI's own output, the units, the
// crontab, the job's credentials file - and the environment the installed jobs would run
// with are searched for each secret: the client secret, any access token (a JWT), the
// storage key, the proxy password, and the secret part of the webhook URL. A find names
// the file and the kind of secret. The secrets themselves live in the keychain (the real
// Secret Service of the keyring tests), which is the one place they belong.
#include "support_EngineHarness.h"
#include "support_StubHttpServer.h"

#include "TestCertificates.h"
#include "TestEnvironment.h"
#include "TestKeyring.h"
#include "TinyProxy.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kAccount = QStringLiteral("contosobackups");
const QString kProxyUser = QStringLiteral("alice");
const QString kProxyPassword = QStringLiteral("pr0xy-Pa55word-for-the-scan-7d1e");
const QString kWebhookSecret = QStringLiteral("hook-secret-part-5c2b9e7f01");
// An access token of any kind: a JWT's header and payload both start with {" in base64url.
const QRegularExpression kJwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"));

struct Secret
{
    QString kind;
    QString value;
};

// "<file>: <kind>" for each secret found in text (plain, URL-encoded, or a long slice).
QStringList findIn(const QString &where, const QByteArray &text, const QList<Secret> &secrets)
{
    QStringList found;
    for (const Secret &secret : secrets) {
        const QByteArray plain = secret.value.toUtf8();
        const QByteArray slice = plain.right(std::min<qsizetype>(plain.size(), 20));
        if (text.contains(plain) || text.contains(QUrl::toPercentEncoding(secret.value)) || text.contains(slice))
            found << QStringLiteral("%1: %2").arg(where, secret.kind);
    }
    if (kJwt.match(QString::fromUtf8(text)).hasMatch())
        found << QStringLiteral("%1: an access token").arg(where);
    return found;
}
} // namespace

class TestCliSecrets : public QObject
{
    Q_OBJECT
private:
    TestCertificates m_certs;
    EngineHarness m_harness; // azure-sim over HTTPS, by this machine's name
    TinyProxy m_proxy; // with Basic authentication
    TestKeyring m_keyring;
    QTemporaryDir m_root;
    int m_runs = 0;

    QString home() const { return m_root.filePath(QStringLiteral("user")); }
    QString appHome() const { return m_root.filePath(QStringLiteral("app")); }
    QString crontabFile() const { return m_root.filePath(QStringLiteral("crontab")); }
    QString outputDir() const { return QDir(appHome()).filePath(QStringLiteral("cache/cli-output")); }
    QString unitDir() const { return QDir(home()).filePath(QStringLiteral(".config/systemd/user")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("HOME"), home());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), appHome());
        env.insert(QStringLiteral("APIM_BACKUP_CRONTAB_FILE"), crontabFile());
        env.insert(QStringLiteral("APIM_BACKUP_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("8000"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("apim.*.debug=true"));
        // Only what the flow hands over itself: the keychain, standard input, the proxy and
        // the CA on the command line.
        for (const char *name : { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY",
                 "no_proxy", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE" })
            env.remove(QString::fromLatin1(name));
        env.remove(QStringLiteral("APIM_BACKUP_SECRETS"));
        env.remove(QStringLiteral("AZURE_CLIENT_SECRET"));
        env.remove(QStringLiteral("AZURE_TENANT_ID"));
        env.remove(QStringLiteral("AZURE_CLIENT_ID"));
        return env;
    }

    // Runs the CLI verbosely, through the proxy and trusting the test CA, with input on
    // stdin; both streams are kept as a file in the scanned folder, as a scheduled job's
    // journal would keep them.
    int cli(const QString &step, const QStringList &arguments, const QByteArray &input = {})
    {
        QDir().mkpath(outputDir());
        const QString output = QDir(outputDir()).filePath(QStringLiteral("%1-%2.log").arg(++m_runs).arg(step));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setStandardOutputFile(output);
        const QStringList network { QStringLiteral("--verbose"), QStringLiteral("--cloud"), m_harness.sim().cloudFile(),
            QStringLiteral("--ca-file"), m_certs.caFile(), QStringLiteral("--proxy"), m_proxy.url(kProxyUser) };
        process.start(QStringLiteral(APIM_CLI_BINARY), network + arguments);
        if (!process.waitForStarted(5000))
            return -2;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(90000)) {
            process.kill();
            process.waitForFinished(3000);
            return -3;
        }
        const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        if (code != 0) {
            QFile file(output);
            if (file.open(QIODevice::ReadOnly))
                qWarning("%s exited %d:\n%s", qPrintable(step), code, file.readAll().constData());
        }
        return code;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The storage account's real key, as listKeys gives it: what `storage-key set` saves.
    QString accountKey()
    {
        const QJsonObject answer = m_harness.control().arm("POST",
            QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/Microsoft.Storage/storageAccounts/"
                           "%2/listKeys?api-version=2023-01-01")
                .arg(Demo::kProdSub, kAccount),
            m_harness.token());
        return answer.value(QLatin1String("body"))
            .toObject()
            .value(QLatin1String("keys"))
            .toArray()
            .first()
            .toObject()
            .value(QLatin1String("value"))
            .toString();
    }

    // What an installed job would run with: the units' Environment= lines and the files
    // their EnvironmentFile= names, and the variable assignments of the cron block.
    QByteArray jobEnvironment(QStringList *sources)
    {
        QByteArray environment;
        const QStringList units = QDir(unitDir()).entryList({ QStringLiteral("*.service") }, QDir::Files);
        for (const QString &unit : units) {
            const QList<QByteArray> lines = readAll(QDir(unitDir()).filePath(unit)).split('\n');
            for (const QByteArray &line : lines) {
                if (line.startsWith("Environment=")) {
                    environment += line.mid(12) + '\n';
                    *sources << unit;
                } else if (line.startsWith("EnvironmentFile=")) {
                    QString file = QString::fromUtf8(line.mid(16)).trimmed();
                    if (file.startsWith(QLatin1Char('-'))) // "-": may be missing
                        file.remove(0, 1);
                    environment += readAll(file);
                    *sources << file;
                }
            }
        }
        static const QRegularExpression assignment(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*=\\S*)"));
        const QList<QByteArray> cron = readAll(crontabFile()).split('\n');
        for (const QByteArray &line : cron) {
            const auto match = assignment.match(QString::fromUtf8(line));
            if (match.hasMatch()) {
                environment += match.captured(1).toUtf8() + '\n';
                *sources << crontabFile();
            }
            // `. FILE` or `set -a; . FILE` in a cron command reads an environment file too.
            static const QRegularExpression sourced(QStringLiteral("(?:^|[;&|]\\s*)\\.\\s+(\\S+)"));
            auto it = sourced.globalMatch(QString::fromUtf8(line));
            while (it.hasNext()) {
                const QString file = it.next().captured(1).remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
                environment += readAll(file);
                *sources << file;
            }
        }
        return environment;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY(m_root.isValid());
        QVERIFY2(m_certs.create(), qPrintable(m_certs.errorString()));
        if (m_certs.hostName().isEmpty())
            QSKIP(qPrintable(TestCertificates::noHostNameReason()));
        // This process reaches the simulator directly (its control calls, the storage key),
        // trusting the test CA; the CLI gets it with --ca-file.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        QVERIFY(tls.addCaCertificates(m_certs.caFile()));
        QSslConfiguration::setDefaultConfiguration(tls);
        QVERIFY2(m_harness.start({},
                     m_certs.simArgumentsByName() << QStringLiteral("--operation-duration") << QStringLiteral("1000")),
            qPrintable(m_harness.errorString()));
        QVERIFY2(m_proxy.start(kProxyUser, kProxyPassword), qPrintable(m_proxy.errorString()));
        m_keyring.probe();
    }

    void fullFlow_noSecretInAnyFileNorTheJobsEnvironment()
    {
        APIM_REQUIRE_KEYRING(m_keyring);
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "ok"); });
        QVERIFY(receiver.listen());
        const QString webhook = receiver.url(QStringLiteral("/services/T0SCAN/B0SCAN/") + kWebhookSecret).toString();
        const QString key = accountKey();
        QVERIFY2(key.size() > 40, qPrintable(key));
        const QString container
            = QStringLiteral("e2e-secrets-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        const QString blob = QStringLiteral("scan-%1.apimbackup").arg(QUuid::createUuid().toString(QUuid::Id128));
        const QStringList where { QStringLiteral("--service"), Demo::kProdApim, QStringLiteral("--account"), kAccount,
            QStringLiteral("--container"), container };

        // The proxy asks for its password from the first request on: the sign-in.
        QCOMPARE(cli(QStringLiteral("proxy-password"), { QStringLiteral("proxy-password"), QStringLiteral("set") },
                     kProxyPassword.toUtf8() + '\n'),
            0);
        QCOMPARE(cli(QStringLiteral("login"),
                     { QStringLiteral("--auth"), QStringLiteral("sp"), QStringLiteral("--tenant"), Demo::kTenant,
                         QStringLiteral("--client-id"), Demo::kClientId, QStringLiteral("login"),
                         QStringLiteral("--client-secret-stdin") },
                     Demo::kSecret.toUtf8() + '\n'),
            0);
        QCOMPARE(cli(QStringLiteral("storage-key"),
                     { QStringLiteral("storage-key"), QStringLiteral("set"), QStringLiteral("--account"), kAccount },
                     key.toUtf8() + '\n'),
            0);
        QCOMPARE(cli(QStringLiteral("notify"),
                     { QStringLiteral("notify"), QStringLiteral("set"), QStringLiteral("ops"),
                         QStringLiteral("--format"), QStringLiteral("slack") },
                     webhook.toUtf8() + '\n'),
            0);
        QCOMPARE(cli(QStringLiteral("backup"),
                     QStringList { QStringLiteral("backup") } + where
                         + QStringList { QStringLiteral("--name"), blob, QStringLiteral("--notify"),
                             QStringLiteral("ops"), QStringLiteral("--notify-on"), QStringLiteral("always") }),
            0);
        QCOMPARE(receiver.requests().size(), 1); // the webhook was used, not only saved
        // So was the proxy password: the sign-in and ARM went through the proxy, which refuses
        // a request without it.
        const QUrl sim = m_harness.simUrl();
        QVERIFY2(m_proxy.connected(sim.host(), sim.port()), qPrintable(m_proxy.log()));
        QCOMPARE(cli(QStringLiteral("restore"),
                     QStringList { QStringLiteral("restore") } + where
                         + QStringList { QStringLiteral("--name"), blob, QStringLiteral("--yes") }),
            0);
        QCOMPARE(cli(QStringLiteral("prune"),
                     { QStringLiteral("prune"), QStringLiteral("--account"), kAccount, QStringLiteral("--container"),
                         container, QStringLiteral("--keep-last"), QStringLiteral("1"), QStringLiteral("--yes") }),
            0);
        QCOMPARE(cli(QStringLiteral("schedule-systemd"),
                     QStringList { QStringLiteral("schedule"), QStringLiteral("--format"), QStringLiteral("systemd"),
                         QStringLiteral("--install"), QStringLiteral("--notify"), QStringLiteral("ops") }
                         + where),
            0);
        QCOMPARE(cli(QStringLiteral("schedule-cron"),
                     QStringList { QStringLiteral("schedule"), QStringLiteral("--format"), QStringLiteral("cron"),
                         QStringLiteral("--install"), QStringLiteral("--name"), QStringLiteral("apim-backup-cron"),
                         QStringLiteral("--job-auth"), QStringLiteral("stored"), QStringLiteral("--notify"),
                         QStringLiteral("ops") }
                         + where),
            0);

        const QList<Secret> secrets { { QStringLiteral("the client secret"), Demo::kSecret },
            { QStringLiteral("the storage key"), key }, { QStringLiteral("the proxy password"), kProxyPassword },
            { QStringLiteral("the webhook URL's secret part"), kWebhookSecret } };
        QStringList leaks;
        int files = 0;
        QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            leaks += findIn(path, readAll(path), secrets);
        }
        QStringList sources;
        const QByteArray job = jobEnvironment(&sources);
        leaks += findIn(QStringLiteral("the installed jobs' environment (%1)").arg(sources.join(QStringLiteral(", "))),
            job, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // The scan looked at what matters: the journal, the debug output, both schedules.
        QVERIFY(!QDir(QDir(appHome()).filePath(QStringLiteral("data/operations"))).entryList({ "*.json" }).isEmpty());
        QVERIFY(readAll(QDir(outputDir()).filePath(QStringLiteral("5-backup.log"))).contains("apim."));
        QVERIFY(QFile::exists(QDir(unitDir()).filePath(QStringLiteral("apim-backup.service"))));
        QVERIFY(readAll(crontabFile()).contains("apim-backup-cron"));
        QVERIFY2(!sources.isEmpty(), "the installed jobs name no environment");
        QVERIFY2(files >= 10, qPrintable(QString::number(files)));
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "tst_clisecrets.moc"
