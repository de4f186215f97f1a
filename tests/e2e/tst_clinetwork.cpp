// apim-backup-cli on an enterprise network, as processes over real sockets: azure-sim
// serves HTTPS with a throwaway CA (tests/support/make-test-ca.sh); the CA is trusted
// through --ca-file, SSL_CERT_FILE, SSL_CERT_DIR, REQUESTS_CA_BUNDLE or the app's trusted
// certificates, and without it the command fails naming the certificate and what to do; a
// certificate for another host fails whatever is trusted. A real tinyproxy (with and
// without Basic authentication) carries the traffic when HTTPS_PROXY or --proxy names it:
// its log shows the CONNECT; NO_PROXY and loopback go direct; a refused sign-in says 407.
// Each request path is checked on its own (the others direct, through a cloud file that
// names the simulator by address for them): ARM, Blob, the three sign-ins, webhooks.
#include "SimProcess.h"
#include "TestCertificates.h"
#include "TestEnvironment.h"
#include "TestKeyring.h"
#include "TinyProxy.h"

#include "net/TrustedCertificateStore.h"
#include "net/TrustedCertificates.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

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
const QString kProxyUser = QStringLiteral("alice");
const QString kProxyPassword = QStringLiteral("tiny-proxy-pw-4417");

// A loopback port nobody listens on: a proxy there refuses every connection.
quint16 deadPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    TestCertificates m_certs; // the throwaway CA and server certificates, deleted at the end
    SimProcess m_sim; // https://127.0.0.1, certificate from the test CA
    SimProcess m_wrongHost; // https://127.0.0.1, certificate for wrong-host.invalid only
    SimProcess m_byName; // https://<this host's name>: not loopback, so proxies apply
    SimProcess m_blobSim; // https://127.0.0.1, Blob endpoints under example.invalid (no Azurite)
    TinyProxy m_proxy;
    TinyProxy m_authProxy;
    QTemporaryDir m_clouds;
    TestKeyring m_keyring;

    QString caFile() const { return m_certs.caFile(); }
    QString hostName() const { return m_certs.hostName(); }
    QString hostAddress() const { return m_certs.hostAddress(); } // the IPv4 address hostName() resolves to

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        for (const char *name : { "https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY",
                 "no_proxy", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_home.path());
        env.insert(QStringLiteral("APIM_BACKUP_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("8000"));
        env.remove(QStringLiteral("APIM_BACKUP_SECRETS"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kSecret);
        return env;
    }

    CliRun cli(const QStringList &arguments, const QProcessEnvironment &env, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        CliRun run;
        if (!process.waitForStarted(5000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
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

    // `services` signs in (Entra) and lists (ARM): both over HTTPS to the simulator.
    CliRun services(const SimProcess &sim, const QStringList &extra = {}, const QProcessEnvironment &env = {})
    {
        return cli(
            QStringList { QStringLiteral("--cloud"), sim.cloudFile(), QStringLiteral("--auth"), QStringLiteral("env") }
                + extra + QStringList { QStringLiteral("services") },
            env.isEmpty() ? environment() : env);
    }

    // A cloud file whose sign-in and ARM endpoints are at different addresses of the same
    // simulator, so that one goes through the proxy and the other not; and its Blob suffix.
    QString cloudFile(const QString &name, const QUrl &login, const QUrl &arm,
        const QString &storageSuffix = QStringLiteral("core.windows.net"))
    {
        const QJsonObject cloud {
            { QStringLiteral("name"), QStringLiteral("AzureSimulator") },
            { QStringLiteral("endpoints"),
                QJsonObject {
                    { QStringLiteral("activeDirectory"), login.toString(QUrl::StripTrailingSlash) },
                    { QStringLiteral("resourceManager"), arm.toString(QUrl::StripTrailingSlash) + QLatin1Char('/') },
                    { QStringLiteral("activeDirectoryResourceId"),
                        QStringLiteral("https://management.core.windows.net/") },
                } },
            { QStringLiteral("suffixes"), QJsonObject { { QStringLiteral("storageEndpoint"), storageSuffix } } },
        };
        QFile file(m_clouds.filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QJsonDocument(cloud).toJson());
        return file.fileName();
    }

    // The by-name simulator under another of its names: its IPv4 address, which is never
    // sent to the proxy (NO_PROXY names it, and on most machines it is loopback anyway).
    QUrl byAddress() const
    {
        QUrl url = m_byName.url();
        url.setHost(hostAddress());
        return url;
    }

    QProcessEnvironment proxied(const QString &proxyUrl, const QString &noProxy = {}) const
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HTTPS_PROXY"), proxyUrl);
        env.insert(
            QStringLiteral("NO_PROXY"), noProxy.isEmpty() ? hostAddress() : hostAddress() + QLatin1Char(',') + noProxy);
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        return env;
    }

    // The authenticating proxy with the right user and a wrong password, as curl takes it.
    QString wrongPasswordProxy() const
    {
        return QStringLiteral("http://%1:not-the-password@%2").arg(kProxyUser, m_authProxy.url().mid(7));
    }

    static void verifyRefusedSignIn(const CliRun &run, const TinyProxy &proxy)
    {
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("The proxy 127.0.0.1:%1 refused the user name and password of %2")
                                      .arg(proxy.port())
                                      .arg(kProxyUser)),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("407")), qPrintable(run.err));
    }

    CliRun withCloud(const QString &cloud, const QStringList &command, const QProcessEnvironment &env)
    {
        return cli(
            QStringList { QStringLiteral("--cloud"), cloud, QStringLiteral("--ca-file"), caFile() } + command, env);
    }

    void requireByName()
    {
        if (hostName().isEmpty())
            QSKIP(qPrintable(TestCertificates::noHostNameReason()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(APIM_CLI_BINARY)));
        QVERIFY(m_home.isValid());
        QVERIFY2(m_certs.create(), qPrintable(m_certs.errorString()));

        QVERIFY2(m_sim.start({}, m_certs.simArguments()), qPrintable(m_sim.errorString()));
        QCOMPARE(m_sim.url().scheme(), QStringLiteral("https"));
        QVERIFY2(m_wrongHost.start({}, m_certs.simArguments(QStringLiteral("wrong-host"))),
            qPrintable(m_wrongHost.errorString()));
        if (!hostName().isEmpty()) {
            QVERIFY2(m_byName.start({}, m_certs.simArgumentsByName()), qPrintable(m_byName.errorString()));
            QCOMPARE(m_byName.url().host(), hostName().toLower());
        }
        // Its storage accounts' Blob endpoints are https://contosobackups.blob.example.invalid/...:
        // not loopback, so they go through a proxy; no DNS name under .invalid resolves, so a
        // request that reaches the proxy ends there, after the proxy's log has its CONNECT.
        QVERIFY2(m_blobSim.start({},
                     m_certs.simArguments() << QStringLiteral("--azurite")
                                            << QStringLiteral("https://contosobackups.blob.example.invalid")),
            qPrintable(m_blobSim.errorString()));
        QVERIFY(m_clouds.isValid());
        QVERIFY2(m_proxy.start(), qPrintable(m_proxy.errorString()));
        QVERIFY2(m_authProxy.start(kProxyUser, kProxyPassword), qPrintable(m_authProxy.errorString()));

        m_keyring.probe();
    }

    void untrustedCa_fails_namingTheCertificateAndWhatToDo()
    {
        const CliRun run = services(m_sim);
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("CA is not trusted")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--ca-file")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Trusted certificates")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("CN=APIM Backup Test CA")), qPrintable(run.err)); // the issuer
        QString problem;
        const QList<QSslCertificate> server
            = TrustedCertificates::fromFile(m_certs.filePath(QStringLiteral("server.pem")), &problem);
        QVERIFY2(!server.isEmpty(), qPrintable(problem));
        QVERIFY2(run.err.contains(TrustedCertificates::fingerprint(server.first())), qPrintable(run.err));
    }

    // Not only `services`: every command that goes to the network ends with the same words,
    // whichever path fails first (sign-in, or the webhook's own request).
    void untrustedCa_everyNetworkCommandFails_withTheActionableMessage_data()
    {
        QTest::addColumn<QStringList>("command");
        const QString subscription = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
        const QString service = QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/"
                                               "Microsoft.ApiManagement/service/contoso-prod-apim")
                                    .arg(subscription);
        const QStringList storage { QStringLiteral("--account"), QStringLiteral("contosobackups"),
            QStringLiteral("--container"), QStringLiteral("apim-backups") };
        QTest::newRow("login") << QStringList { QStringLiteral("login"), QStringLiteral("--auth"), QStringLiteral("sp"),
            QStringLiteral("--tenant"), kTenant, QStringLiteral("--client-id"), kClientId };
        QTest::newRow("tenants") << QStringList { QStringLiteral("tenants") };
        QTest::newRow("services") << QStringList { QStringLiteral("services") };
        QTest::newRow("storage") << QStringList { QStringLiteral("storage"), QStringLiteral("--subscription"),
            subscription };
        QTest::newRow("backups") << QStringList {
            QStringLiteral("backups"), QStringLiteral("--subscription"), subscription
        } + storage;
        QTest::newRow("backup") << QStringList { QStringLiteral("backup"), QStringLiteral("--service"), service }
                + storage
                + QStringList { QStringLiteral("--name"), QStringLiteral("never.apimbackup"),
                      QStringLiteral("--access-type"), QStringLiteral("system-identity") };
        QTest::newRow("notify test") << QStringList { QStringLiteral("notify"), QStringLiteral("test"),
            QStringLiteral("tlstest") };
    }
    void untrustedCa_everyNetworkCommandFails_withTheActionableMessage()
    {
        QFETCH(QStringList, command);
        QProcessEnvironment env = environment();
        QUrl hook = m_sim.url();
        hook.setPath(QStringLiteral("/hooks/tls-test"));
        env.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_TLSTEST"), hook.toString());
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        const QStringList auth = command.first() == QLatin1String("login") || command.first() == QLatin1String("notify")
            ? QStringList()
            : QStringList { QStringLiteral("--auth"), QStringLiteral("env") };
        const CliRun run = cli(QStringList { QStringLiteral("--cloud"), m_sim.cloudFile() } + auth + command, env);
        QVERIFY2(run.exitCode != 0 && run.exitCode != 2, qPrintable(run.all()));
        QVERIFY2(
            run.err.contains(QStringLiteral("The TLS certificate of 127.0.0.1 is not trusted")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--ca-file")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("CN=APIM Backup Test CA")), qPrintable(run.err));
    }

    void caFile_trustsTheCa()
    {
        const CliRun run = services(m_sim, { QStringLiteral("--ca-file"), caFile() });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("contoso-prod-apim")), qPrintable(run.out));
    }

    void caEnvironment_trustsTheCa_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::newRow("SSL_CERT_FILE") << QStringLiteral("SSL_CERT_FILE");
        QTest::newRow("REQUESTS_CA_BUNDLE") << QStringLiteral("REQUESTS_CA_BUNDLE");
        QTest::newRow("SSL_CERT_DIR") << QStringLiteral("SSL_CERT_DIR");
    }
    void caEnvironment_trustsTheCa()
    {
        QFETCH(QString, variable);
        QProcessEnvironment env = environment();
        if (variable == QLatin1String("SSL_CERT_DIR")) {
            const QString dir = m_certs.filePath(QStringLiteral("cadir"));
            QVERIFY(QDir().mkpath(dir));
            QFile::remove(dir + QStringLiteral("/ca.pem"));
            QVERIFY(QFile::copy(caFile(), dir + QStringLiteral("/ca.pem")));
            env.insert(variable, QStringLiteral("/nonexistent-dir:") + dir);
        } else {
            env.insert(variable, caFile());
        }
        const CliRun run = services(m_sim, {}, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    }

    void trustedCertificatesOfTheApp_trustTheCa()
    {
        const TrustedCertificateStore store(
            QDir(m_home.path()).filePath(QStringLiteral("config/trusted-certificates")));
        QString problem;
        QCOMPARE(TrustedCertificateStore(store).importFile(caFile(), &problem), 1);
        const CliRun run = services(m_sim);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(TrustedCertificateStore(store).remove(store.certificates().first(), &problem));
        QVERIFY(store.certificates().isEmpty());
        QVERIFY(services(m_sim).exitCode != 0); // and removing it takes the trust away again
    }

    void certificateForAnotherHost_failsEvenWhenItsCaIsTrusted()
    {
        const CliRun run = services(m_wrongHost, { QStringLiteral("--ca-file"), caFile() });
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("another host name")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("wrong-host.invalid")), qPrintable(run.err));
        // The host asked for, and the one the certificate is for.
        QVERIFY2(
            run.err.contains(QStringLiteral("presented for %1").arg(m_wrongHost.url().host())), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("CA is not trusted")), qPrintable(run.err));
    }

    void badCaFile_isAUsageError()
    {
        const CliRun missing
            = services(m_sim, { QStringLiteral("--ca-file"), m_certs.filePath(QStringLiteral("nope.pem")) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--ca-file")), qPrintable(missing.err));
        const CliRun notPem = services(m_sim, { QStringLiteral("--ca-file"), QStringLiteral(APIM_MAKE_TEST_CA) });
        QCOMPARE(notPem.exitCode, 2);
        QVERIFY2(notPem.err.contains(QStringLiteral("no certificate")), qPrintable(notPem.err));
    }

    void proxyUrlWithPassword_isRefused()
    {
        const QString secret = QStringLiteral("pw-in-argv-9921");
        const CliRun run = services(
            m_sim, { QStringLiteral("--proxy"), QStringLiteral("http://bob:%1@127.0.0.1:3128").arg(secret) });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("keychain")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("proxy-password set")), qPrintable(run.err));
        QVERIFY(!run.all().contains(secret));
        const CliRun both = services(m_sim, { QStringLiteral("--proxy"), m_proxy.url(), QStringLiteral("--no-proxy") });
        QCOMPARE(both.exitCode, 2);
    }

    void httpsProxy_carriesTheTraffic()
    {
        requireByName();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HTTPS_PROXY"), m_proxy.url());
        const CliRun run = services(m_byName, { QStringLiteral("--ca-file"), caFile() }, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QString connect = QStringLiteral("CONNECT %1:%2").arg(m_byName.url().host()).arg(m_byName.url().port());
        QVERIFY2(m_proxy.log().contains(connect, Qt::CaseInsensitive), qPrintable(m_proxy.log()));
    }

    void lowerCaseProxyVariable_winsOverUpperCase()
    {
        requireByName();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("https_proxy"), m_proxy.url());
        env.insert(QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
        const CliRun run = services(m_byName, { QStringLiteral("--ca-file"), caFile() }, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
    }

    void noProxyAndLoopback_goDirect()
    {
        requireByName();
        const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(deadPort());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HTTPS_PROXY"), dead);
        // Loopback never through a proxy.
        QVERIFY2(services(m_sim, { QStringLiteral("--ca-file"), caFile() }, env).exitCode == 0, "loopback");
        // The proxy that refuses everything is named when it is used...
        const CliRun refused = services(m_byName, { QStringLiteral("--ca-file"), caFile() }, env);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.all()));
        QVERIFY2(
            refused.err.contains(QStringLiteral("proxy 127.0.0.1:%1").arg(QUrl(dead).port())), qPrintable(refused.err));
        // ... and not used for a NO_PROXY host, nor with --no-proxy.
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("example.com, .%1").arg(hostName()));
        const CliRun bypassed = services(m_byName, { QStringLiteral("--ca-file"), caFile() }, env);
        QVERIFY2(bypassed.exitCode == 0, qPrintable(bypassed.all()));
        env.remove(QStringLiteral("NO_PROXY"));
        const CliRun direct
            = services(m_byName, { QStringLiteral("--ca-file"), caFile(), QStringLiteral("--no-proxy") }, env);
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.all()));
    }

    void proxyAuthentication_withoutPassword_says407()
    {
        requireByName();
        const CliRun run = services(m_byName,
            { QStringLiteral("--ca-file"), caFile(), QStringLiteral("--proxy"), m_authProxy.url(kProxyUser) }, [this] {
                QProcessEnvironment env = environment();
                env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
                return env;
            }());
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QVERIFY2(run.err.contains(QStringLiteral("407")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("proxy 127.0.0.1:")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("proxy-password set")), qPrintable(run.err));
    }

    void proxyAuthentication_passwordInTheEnvironmentUrl_works()
    {
        // curl's and az's way: the variable holds the password; it is the user's own
        // environment, and it never reaches an argument or a log.
        requireByName();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HTTPS_PROXY"),
            QStringLiteral("http://%1:%2@%3").arg(kProxyUser, kProxyPassword, m_authProxy.url().mid(7)));
        const CliRun run
            = services(m_byName, { QStringLiteral("--ca-file"), caFile(), QStringLiteral("--verbose") }, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(!run.all().contains(kProxyPassword));
    }

    void proxyAuthentication_passwordFromTheKeychain_works()
    {
        requireByName();
        APIM_REQUIRE_KEYRING(m_keyring);
        const QStringList proxy { QStringLiteral("--proxy"), m_authProxy.url(kProxyUser) };
        const CliRun wrong = cli(proxy + QStringList { QStringLiteral("proxy-password"), QStringLiteral("set") },
            environment(), "not-the-password\n");
        QVERIFY2(wrong.exitCode == 0, qPrintable(wrong.all()));
        const CliRun refused = services(m_byName, QStringList { QStringLiteral("--ca-file"), caFile() } + proxy);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.all()));
        QVERIFY2(refused.err.contains(QStringLiteral("407")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("refused the user name and password of alice")),
            qPrintable(refused.err));

        const CliRun set = cli(proxy + QStringList { QStringLiteral("proxy-password"), QStringLiteral("set") },
            environment(), kProxyPassword.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, qPrintable(set.all()));
        QVERIFY(!set.all().contains(kProxyPassword));
        const CliRun run = services(
            m_byName, QStringList { QStringLiteral("--ca-file"), caFile(), QStringLiteral("--verbose") } + proxy);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(!run.all().contains(kProxyPassword));
        const QString connect = QStringLiteral("CONNECT %1:%2").arg(m_byName.url().host()).arg(m_byName.url().port());
        QVERIFY2(m_authProxy.log().contains(connect, Qt::CaseInsensitive), qPrintable(m_authProxy.log()));
        // Nothing of it in the settings file.
        QFile settings(QDir(m_home.path()).filePath(QStringLiteral("config/apim-backup.ini")));
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains(kProxyPassword.toUtf8()));

        const CliRun forget
            = cli(proxy + QStringList { QStringLiteral("proxy-password"), QStringLiteral("forget") }, environment());
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.all()));
    }

    void proxyPassword_asArgument_isRefused()
    {
        const CliRun run = cli({ QStringLiteral("--proxy"), m_authProxy.url(kProxyUser),
                                   QStringLiteral("proxy-password"), QStringLiteral("set"), kProxyPassword },
            environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.all().contains(kProxyPassword));
        const CliRun noUser = cli(
            { QStringLiteral("--proxy"), m_authProxy.url(), QStringLiteral("proxy-password"), QStringLiteral("set") },
            environment(), "x\n");
        QCOMPARE(noUser.exitCode, 2);
        QVERIFY2(noUser.err.contains(QStringLiteral("no user name")), qPrintable(noUser.err));
    }

    // ARM through the proxy, the sign-in direct: the proxy's log shows ARM's CONNECT; NO_PROXY
    // takes ARM off the proxy; a refused proxy sign-in on ARM's path says so, as on the others.
    void arm_goesThroughTheProxy_honoursNoProxy_andTellsARefusedSignIn()
    {
        requireByName();
        const QString cloud = cloudFile(QStringLiteral("arm-proxied"), byAddress(), m_byName.url());
        const QStringList services { QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("services") };
        const QString host = m_byName.url().host();
        const int port = m_byName.url().port();

        m_proxy.clearLog();
        const CliRun run = withCloud(cloud, services, proxied(m_proxy.url()));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(run.out.contains(QStringLiteral("contoso-prod-apim")), qPrintable(run.out));
        QVERIFY2(m_proxy.connected(host, port), qPrintable(m_proxy.log()));
        QVERIFY2(!m_proxy.connected(hostAddress(), port), qPrintable(m_proxy.log())); // the sign-in went direct

        m_proxy.clearLog();
        const CliRun bypassed = withCloud(cloud, services, proxied(m_proxy.url(), host));
        QVERIFY2(bypassed.exitCode == 0, qPrintable(bypassed.all()));
        QVERIFY2(!m_proxy.connected(host, port), qPrintable(m_proxy.log()));

        const CliRun refused = withCloud(cloud, services, proxied(wrongPasswordProxy()));
        verifyRefusedSignIn(refused, m_authProxy);
        QVERIFY2(refused.err.contains(QStringLiteral("to reach %1").arg(host)), qPrintable(refused.err));
        QVERIFY(!refused.all().contains(QStringLiteral("not-the-password")));
    }

    // Blob through the proxy (ARM direct): `backups` lists a container, so the proxy's log
    // shows the CONNECT to the Blob endpoint, and the failure names the proxy (it cannot resolve
    // .invalid); NO_PROXY sends it direct; a refused proxy sign-in says so.
    void blob_goesThroughTheProxy_honoursNoProxy_andTellsARefusedSignIn()
    {
        const QString cloud = cloudFile(
            QStringLiteral("blob-proxied"), m_blobSim.url(), m_blobSim.url(), QStringLiteral("example.invalid"));
        const QStringList backups { QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("backups"),
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups"), QStringLiteral("--subscription"),
            QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201") };
        const QString blobHost = QStringLiteral("contosobackups.blob.example.invalid");

        m_proxy.clearLog();
        const CliRun run = withCloud(cloud, backups, proxied(m_proxy.url()));
        QVERIFY2(run.exitCode != 0, qPrintable(run.all()));
        QVERIFY2(m_proxy.connected(blobHost, 443), qPrintable(m_proxy.log()));
        QVERIFY2(run.err.contains(QStringLiteral("proxy 127.0.0.1:%1").arg(m_proxy.port())), qPrintable(run.err));
        QVERIFY2(run.err.contains(blobHost), qPrintable(run.err));

        m_proxy.clearLog();
        const CliRun direct = withCloud(cloud, backups, proxied(m_proxy.url(), QStringLiteral(".example.invalid")));
        QVERIFY2(direct.exitCode != 0, qPrintable(direct.all()));
        QVERIFY2(!m_proxy.connected(blobHost, 443), qPrintable(m_proxy.log()));
        QVERIFY2(direct.err.contains(blobHost), qPrintable(direct.err));
        QVERIFY2(!direct.err.contains(QStringLiteral("proxy 127.0.0.1")), qPrintable(direct.err));

        const CliRun refused = withCloud(cloud, backups, proxied(wrongPasswordProxy()));
        verifyRefusedSignIn(refused, m_authProxy);
        QVERIFY2(refused.err.contains(QStringLiteral("to reach %1").arg(blobHost)), qPrintable(refused.err));
    }

    // Sign-in through the proxy, ARM direct: a service principal's, a device code's and the
    // browser sign-in's token exchange each show their CONNECT in the proxy's log; NO_PROXY
    // takes them off it; a refused proxy sign-in says so.
    void signIn_goesThroughTheProxy_honoursNoProxy_andTellsARefusedSignIn_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("service principal")
            << QStringList { QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("services") };
        QTest::newRow("device code") << QStringList { QStringLiteral("--auth"), QStringLiteral("device"),
            QStringLiteral("login") };
        QTest::newRow("browser") << QStringList { QStringLiteral("--auth"), QStringLiteral("browser"),
            QStringLiteral("login"), QStringLiteral("--timeout"), QStringLiteral("30") };
    }
    void signIn_goesThroughTheProxy_honoursNoProxy_andTellsARefusedSignIn()
    {
        QFETCH(QStringList, command);
        requireByName();
        const QString cloud = cloudFile(QStringLiteral("login-proxied"), m_byName.url(), byAddress());
        const QString host = m_byName.url().host();
        const int port = m_byName.url().port();
        // The "browser" follows the authorize address and its redirect to our loopback
        // listener, direct (it is not what is tested); the token exchange is ours.
        const auto withBrowser = [this](QProcessEnvironment env) {
            env.insert(
                QStringLiteral("BROWSER"), QStringLiteral("curl -sS -L --noproxy * -o /dev/null --cacert ") + caFile());
            return env;
        };

        m_proxy.clearLog();
        const CliRun run = withCloud(cloud, command, withBrowser(proxied(m_proxy.url())));
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(m_proxy.connected(host, port), qPrintable(m_proxy.log()));

        m_proxy.clearLog();
        const CliRun bypassed = withCloud(cloud, command, withBrowser(proxied(m_proxy.url(), host)));
        QVERIFY2(bypassed.exitCode == 0, qPrintable(bypassed.all()));
        QVERIFY2(!m_proxy.connected(host, port), qPrintable(m_proxy.log()));

        const CliRun refused = withCloud(cloud, command, withBrowser(proxied(wrongPasswordProxy())));
        verifyRefusedSignIn(refused, m_authProxy);
    }

    // A webhook notification through the proxy: its CONNECT in the proxy's log and the POST in
    // the simulator's (which answers 404: it is no webhook receiver); NO_PROXY sends it direct;
    // a refused proxy sign-in says so, and the webhook's secret path is in none of it.
    void webhook_goesThroughTheProxy_honoursNoProxy_andTellsARefusedSignIn()
    {
        requireByName();
        const QString host = m_byName.url().host();
        const int port = m_byName.url().port();
        const QString secretPath = QStringLiteral("/hooks/proxy-test-s3cret");
        const auto env = [&](const QString &proxy, const QString &noProxy) {
            QProcessEnvironment e = proxied(proxy, noProxy);
            QUrl hook = m_byName.url();
            hook.setPath(secretPath);
            e.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_PROXYTEST"), hook.toString());
            return e;
        };
        const QStringList test { QStringLiteral("--ca-file"), caFile(), QStringLiteral("notify"),
            QStringLiteral("test"), QStringLiteral("proxytest") };

        m_proxy.clearLog();
        const CliRun run = cli(test, env(m_proxy.url(), {}));
        QVERIFY2(run.all().contains(QStringLiteral("answered HTTP 404")), qPrintable(run.all()));
        QVERIFY2(m_proxy.connected(host, port), qPrintable(m_proxy.log()));
        QVERIFY2(m_byName.requestLog().contains(QStringLiteral("POST /hooks")), qPrintable(m_byName.requestLog()));

        m_proxy.clearLog();
        const CliRun direct = cli(test, env(m_proxy.url(), host));
        QVERIFY2(direct.all().contains(QStringLiteral("answered HTTP 404")), qPrintable(direct.all()));
        QVERIFY2(!m_proxy.connected(host, port), qPrintable(m_proxy.log()));

        const CliRun refused = cli(test, env(wrongPasswordProxy(), {}));
        verifyRefusedSignIn(refused, m_authProxy);
        QVERIFY(!refused.all().contains(QStringLiteral("s3cret")));
    }

    // The README tells both ways through a proxy: the app's settings and the command line's.
    void readme_behindAProxy_describesBothWays()
    {
        QFile file(QStringLiteral(APIM_README));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(file.readAll());
        const int start = readme.indexOf(QStringLiteral("\n## Behind a proxy\n"));
        QVERIFY2(start >= 0, "README.md has no section \"Behind a proxy\"");
        const int end = readme.indexOf(QStringLiteral("\n## "), start + 1);
        const QString section = readme.mid(start, end < 0 ? -1 : end - start);
        for (const QString &needed : { QStringLiteral("Settings → Network"), QStringLiteral("Trusted certificates"),
                 QStringLiteral("HTTPS_PROXY"), QStringLiteral("NO_PROXY"), QStringLiteral("--proxy"),
                 QStringLiteral("--no-proxy"), QStringLiteral("proxy-password set"), QStringLiteral("--ca-file"),
                 QStringLiteral("SSL_CERT_FILE"), QStringLiteral("REQUESTS_CA_BUNDLE") })
            QVERIFY2(section.contains(needed), qPrintable(QStringLiteral("the section does not mention ") + needed));
    }
};

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_clinetwork.moc"
