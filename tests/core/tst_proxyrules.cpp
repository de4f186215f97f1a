// The network configuration without sockets: which proxy a request takes (the
// environment as curl reads it, the user's proxy, none, loopback never), what a proxy
// address may hold, and that extra CAs are added to the system's, never in their place.
#include "net/NetworkErrorText.h"
#include "net/ProxyConfig.h"
#include "net/ProxyFactory.h"
#include "net/ProxyRules.h"
#include "net/TrustedCertificates.h"

#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {

ProxyRules rules(const QList<QPair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    for (const auto &variable : variables)
        environment.insert(variable.first, variable.second);
    return ProxyRules::fromEnvironment(environment);
}

} // namespace

class TestProxyRules : public QObject
{
    Q_OBJECT

private slots:
    void httpsProxy_lowerCaseWins()
    {
        const ProxyRules both = rules({ { QStringLiteral("https_proxy"), QStringLiteral("http://lower:1") },
            { QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://upper:2") } });
        QCOMPARE(both.proxyFor(QUrl(QStringLiteral("https://management.azure.com/"))).host(), QStringLiteral("lower"));
        const ProxyRules upper = rules({ { QStringLiteral("HTTPS_PROXY"), QStringLiteral("proxy.corp:3128") } });
        const QUrl proxy = upper.proxyFor(QUrl(QStringLiteral("https://management.azure.com/")));
        QCOMPARE(proxy.scheme(), QStringLiteral("http")); // no scheme: http, as curl reads it
        QCOMPARE(proxy.port(), 3128);
    }

    void httpProxy_upperCaseIgnored_allProxyFallsBack()
    {
        const ProxyRules upperHttp = rules({ { QStringLiteral("HTTP_PROXY"), QStringLiteral("http://cgi:1") } });
        QVERIFY(upperHttp.proxyFor(QUrl(QStringLiteral("http://example.com/"))).isEmpty());
        const ProxyRules all = rules({ { QStringLiteral("ALL_PROXY"), QStringLiteral("socks5://s:1080") } });
        QCOMPARE(all.proxyFor(QUrl(QStringLiteral("https://example.com/"))).scheme(), QStringLiteral("socks5"));
    }

    void noProxy_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("bypassed");
        QTest::newRow("star") << "*"
                              << "https://management.azure.com/" << true;
        QTest::newRow("suffix") << "azure.com"
                                << "https://management.azure.com/" << true;
        QTest::newRow("suffix itself") << "azure.com"
                                       << "https://azure.com/" << true;
        QTest::newRow("leading dot") << ".azure.com"
                                     << "https://management.azure.com/" << true;
        QTest::newRow("not a label boundary") << "zure.com"
                                              << "https://management.azure.com/" << false;
        QTest::newRow("other host") << "example.com,contoso.net"
                                    << "https://management.azure.com/" << false;
        QTest::newRow("spaces and case") << " Example.com , AZURE.com "
                                         << "https://management.azure.com/" << true;
        QTest::newRow("port matches") << "azure.com:443"
                                      << "https://management.azure.com/" << true;
        QTest::newRow("port differs") << "azure.com:8443"
                                      << "https://management.azure.com/" << false;
        QTest::newRow("ip") << "10.1.2.3"
                            << "https://10.1.2.3:8443/" << true;
        QTest::newRow("cidr") << "10.0.0.0/8"
                              << "https://10.1.2.3/" << true;
        QTest::newRow("cidr outside") << "10.0.0.0/8"
                                      << "https://11.1.2.3/" << false;
        QTest::newRow("loopback ip") << ""
                                     << "https://127.0.0.1:8443/" << true;
        QTest::newRow("loopback range") << ""
                                        << "https://127.0.0.2/" << true;
        QTest::newRow("loopback v6") << ""
                                     << "https://[::1]:8443/" << true;
        QTest::newRow("localhost") << ""
                                   << "https://localhost:8443/" << true;
        QTest::newRow("sub.localhost") << ""
                                       << "https://sim.localhost/" << true;
        QTest::newRow("public host") << ""
                                     << "https://management.azure.com/" << false;
    }
    void noProxy()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, bypassed);
        const ProxyRules lower = rules({ { QStringLiteral("https_proxy"), QStringLiteral("http://p:1") },
            { QStringLiteral("no_proxy"), noProxy } });
        QCOMPARE(lower.bypasses(QUrl(url)), bypassed);
        QCOMPARE(lower.proxyFor(QUrl(url)).isEmpty(), bypassed);
        const ProxyRules upper = rules({ { QStringLiteral("HTTPS_PROXY"), QStringLiteral("http://p:1") },
            { QStringLiteral("NO_PROXY"), noProxy } });
        QCOMPARE(upper.bypasses(QUrl(url)), bypassed);
    }

    void noProxy_lowerCaseWins()
    {
        const ProxyRules both = rules({ { QStringLiteral("https_proxy"), QStringLiteral("http://p:1") },
            { QStringLiteral("no_proxy"), QStringLiteral("example.com") },
            { QStringLiteral("NO_PROXY"), QStringLiteral("azure.com") } });
        QVERIFY(!both.bypasses(QUrl(QStringLiteral("https://management.azure.com/"))));
        QVERIFY(both.bypasses(QUrl(QStringLiteral("https://www.example.com/"))));
    }

    void factory_modes()
    {
        const ProxyRules environment = rules({ { QStringLiteral("https_proxy"), QStringLiteral("http://env:1") },
            { QStringLiteral("no_proxy"), QStringLiteral("internal.corp") } });
        const QUrl arm(QStringLiteral("https://management.azure.com/"));
        const QUrl local(QStringLiteral("https://127.0.0.1:9000/"));

        ProxyConfig system;
        QCOMPARE(ProxyFactory(system, environment).proxyFor(arm).hostName(), QStringLiteral("env"));
        QCOMPARE(ProxyFactory(system, environment).proxyFor(local).type(), QNetworkProxy::NoProxy);

        ProxyConfig none;
        none.mode = ProxyConfig::Mode::None;
        QCOMPARE(ProxyFactory(none, environment).proxyFor(arm).type(), QNetworkProxy::NoProxy);

        ProxyConfig manual;
        manual.mode = ProxyConfig::Mode::Manual;
        manual.url = ProxyConfig::parseUrl(QStringLiteral("http://proxy.corp:8080"));
        manual.user = QStringLiteral("carol");
        const QNetworkProxy proxy = ProxyFactory(manual, environment).proxyFor(arm);
        QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxy.hostName(), QStringLiteral("proxy.corp"));
        QCOMPARE(proxy.port(), quint16(8080));
        QCOMPARE(proxy.user(), QStringLiteral("carol"));
        QVERIFY(proxy.password().isEmpty());
        QCOMPARE(ProxyFactory(manual, environment).proxyFor(local).type(), QNetworkProxy::NoProxy);
        QCOMPARE(ProxyFactory(manual, environment).proxyFor(QUrl(QStringLiteral("https://a.internal.corp/"))).type(),
            QNetworkProxy::NoProxy);
    }

    void proxyUrl_checks()
    {
        QVERIFY(ProxyConfig::urlError(QStringLiteral("http://proxy:3128")).isEmpty());
        QVERIFY(ProxyConfig::urlError(QStringLiteral("proxy:3128")).isEmpty());
        QVERIFY(ProxyConfig::urlError(QStringLiteral("http://alice@proxy:3128")).isEmpty());
        QVERIFY(ProxyConfig::urlError(QStringLiteral("socks5://proxy:1080")).isEmpty());
        const QString withPassword = ProxyConfig::urlError(QStringLiteral("http://alice:hunter2@proxy:3128"));
        QVERIFY(withPassword.contains(QStringLiteral("keychain")));
        QVERIFY(!withPassword.contains(QStringLiteral("hunter2")));
        QVERIFY(!ProxyConfig::urlError(QStringLiteral("ftp://proxy:21")).isEmpty());
        QVERIFY(!ProxyConfig::urlError(QString()).isEmpty());
        QCOMPARE(ProxyConfig::passwordKey(QStringLiteral("alice"), QStringLiteral("Proxy.Corp"), 3128).account,
            QStringLiteral("alice@proxy.corp:3128"));
    }

    void extraCas_addedToTheDefaults_neverInTheirPlace()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QTemporaryDir dir;
        QProcess make;
        make.start(QStringLiteral(APIM_MAKE_TEST_CA), { dir.path() });
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        QString problem;
        const QList<QSslCertificate> ca
            = TrustedCertificates::fromFile(dir.filePath(QStringLiteral("ca.pem")), &problem);
        QCOMPARE(ca.size(), 1);
        TrustedCertificates::installOnTopOfDefaults(ca);
        const QList<QSslCertificate> now = QSslConfiguration::defaultConfiguration().caCertificates();
        QVERIFY(now.contains(ca.first()));
        for (const QSslCertificate &certificate : system)
            QVERIFY(now.contains(certificate));
        QCOMPARE(QSslConfiguration::defaultConfiguration().peerVerifyMode(), QSslSocket::AutoVerifyPeer);
        // Removing it again leaves the system's.
        TrustedCertificates::installOnTopOfDefaults({});
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca.first()));
        const QList<QSslCertificate> after = QSslConfiguration::defaultConfiguration().caCertificates();
        for (const QSslCertificate &certificate : system)
            QVERIFY(after.contains(certificate));

        const QString fingerprint = TrustedCertificates::fingerprint(ca.first());
        QCOMPARE(fingerprint.size(), 32 * 3 - 1);
        QVERIFY(TrustedCertificates::subjectText(ca.first()).contains(QStringLiteral("CN=APIM Backup Test CA")));

        const QString text = NetworkErrorText::tlsProblem(QStringLiteral("management.azure.com"),
            { QSslError(QSslError::UnableToGetLocalIssuerCertificate, ca.first()) });
        QVERIFY(text.contains(QStringLiteral("management.azure.com")));
        QVERIFY(text.contains(fingerprint));
        QVERIFY(text.contains(QStringLiteral("--ca-file")));
    }
};

QTEST_GUILESS_MAIN(TestProxyRules)
#include "tst_proxyrules.moc"
