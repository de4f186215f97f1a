// Browser sign-in (authorization code + PKCE, loopback redirect) end to end against
// azure-sim over real sockets: the "browser" GETs the authorize URL and follows the
// simulator's 302 to our loopback listener.
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/EntraClient.h"
#include "auth/InteractiveBrowserCredential.h"
#include "auth/JwtClaims.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "cloud/CloudEnvironment.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
struct Outcome
{
    bool done = false;
    AuthError error;
};
} // namespace

class TestAuthBrowser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim; // a private simulator: nothing another test does to the shared one matters
    CloudEnvironment m_cloud;
    DemoSeed m_seed;

    CloudEnvironment cloudFor(const QUrl &sim)
    {
        QString error;
        const CloudEnvironment cloud
            = CloudEnvironment::fromFile(TestEnvironment::writeCloudFile(sim, m_dir.path()), &error);
        if (!cloud.isValid())
            qWarning() << error;
        return cloud;
    }

    static AuthorizationCodeFlow::Options options(const CloudEnvironment &cloud)
    {
        AuthorizationCodeFlow::Options options;
        options.scopes = { cloud.armScope() };
        return options;
    }

    static void watch(InteractiveBrowserCredential &credential, Outcome &outcome)
    {
        QObject::connect(
            &credential, &InteractiveBrowserCredential::authenticated, &credential, [&outcome](const AuthError &error) {
                outcome.done = true;
                outcome.error = error;
            });
    }

    static QUrlQuery queryOf(const QUrl &url) { return QUrlQuery(url.query(QUrl::FullyEncoded)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        const QUrl sim = m_sim.url();
        m_cloud = cloudFor(sim);
        QVERIFY(m_cloud.isValid());
        m_seed = DemoSeed::load();
        QVERIFY2(m_seed.isValid(), "cannot read tests/simulator/seeds/demo.json");
    }

    void signIn_pkceAndState_succeeds_andTheRefreshTokenServesOtherScopes()
    {
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, m_cloud, clock);
        BrowserOpener browser;
        InteractiveBrowserCredential credential(&entra, &browser, options(m_cloud));
        Outcome outcome;
        watch(credential, outcome);
        credential.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 15000);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));

        // What we sent: S256 PKCE, a random state, a loopback redirect.
        QCOMPARE(browser.opened.size(), 1);
        const QUrlQuery sent = queryOf(browser.opened.first());
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(sent.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QVERIFY(sent.queryItemValue(QStringLiteral("state")).size() >= 32);
        const QUrl redirect(sent.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.scheme(), QStringLiteral("http"));
        QCOMPARE(redirect.host(), QStringLiteral("localhost"));
        QVERIFY(redirect.port() > 0);
        QVERIFY(
            sent.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).contains(QLatin1String("offline_access")));

        // What the browser saw: the "you can close this tab" page.
        QTRY_VERIFY(browser.finished);
        QCOMPARE(browser.lastStatus, 200);
        QVERIFY2(browser.lastBody.contains(QLatin1String("You can close this tab")), qPrintable(browser.lastBody));

        // Single use: the listener is gone.
        const HttpResult again = httpRequest("GET", redirect.toString() + QStringLiteral("?code=x&state=y"));
        QCOMPARE(again.status, 0);

        // Who signed in, from the id token; the tenant is the home tenant, not "organizations".
        QCOMPARE(credential.accountName(), m_seed.user);
        QCOMPARE(credential.tenantId(), m_seed.contosoTenant);
        QCOMPARE(credential.homeTenantId(), m_seed.contosoTenant);

        // The ARM token came with the sign-in; the storage token from the refresh token.
        AccessToken arm;
        AccessToken storage;
        credential.token(m_cloud.armScope(), this, [&](const AccessToken &t, const AuthError &) { arm = t; });
        credential.token(CloudEnvironment::storageScope(), this, [&](const AccessToken &t, const AuthError &e) {
            QVERIFY2(!e.isError(), qPrintable(e.message));
            storage = t;
        });
        QTRY_VERIFY_WITH_TIMEOUT(arm.isValid() && storage.isValid(), 10000);
        QCOMPARE(credential.fetchCount(), 1); // only storage needed the network
        QCOMPARE(
            JwtClaims::decode(storage.token).value(QStringLiteral("aud")), QStringLiteral("https://storage.azure.com"));
        QVERIFY(
            JwtClaims::decode(arm.token).value(QStringLiteral("aud")).startsWith(QLatin1String("https://management")));
    }

    void loopback_listensOnBothLoopbackAddresses_samePort()
    {
        // The redirect URI says "localhost", which a browser may resolve to ::1: that
        // address must be ours too, or another local process could take the code there.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
            QSKIP("this machine has no IPv6 loopback");
        probe.close();
        QStringList seen;
        LoopbackReceiver receiver([&seen](const QString &path, const QUrlQuery &query) {
            seen << path + QLatin1Char('?') + query.query();
            return LoopbackReceiver::Page { 200, QStringLiteral("Hello"), QStringLiteral("ok"), false };
        });
        QString error;
        QVERIFY2(receiver.listen(&error), qPrintable(error));
        QCOMPARE(receiver.redirectUri().host(), QStringLiteral("localhost"));
        const quint16 port = receiver.port();
        const HttpResult v4 = httpRequest("GET", QUrl(QStringLiteral("http://127.0.0.1:%1/v4?a=1").arg(port)));
        const HttpResult v6 = httpRequest("GET", QUrl(QStringLiteral("http://[::1]:%1/v6?b=2").arg(port)));
        QCOMPARE(v4.status, 200);
        QCOMPARE(v6.status, 200);
        QVERIFY(v6.body.contains("Hello"));
        QCOMPARE(seen, (QStringList { QStringLiteral("/v4?a=1"), QStringLiteral("/v6?b=2") }));

        // And nobody else can bind [::1]:<port> while we listen.
        QTcpServer squatter;
        QVERIFY(!squatter.listen(QHostAddress::LocalHostIPv6, port));
        receiver.close();
        QCOMPARE(httpRequest("GET", QUrl(QStringLiteral("http://[::1]:%1/").arg(port))).status, 0);
    }

    void signIn_wrongCodeVerifier_isRefusedByTheService()
    {
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, m_cloud, clock);
        BrowserOpener browser;
        // A man in the middle swaps the challenge: our verifier no longer matches it.
        browser.rewrite = [](const QUrl &url) {
            QUrlQuery query(url.query(QUrl::FullyEncoded));
            query.removeQueryItem(QStringLiteral("code_challenge"));
            query.addQueryItem(QStringLiteral("code_challenge"), Pkce::challengeS256(Pkce::createVerifier()));
            QUrl changed(url);
            changed.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
            return changed;
        };
        InteractiveBrowserCredential credential(&entra, &browser, options(m_cloud));
        Outcome outcome;
        watch(credential, outcome);
        credential.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 15000);
        QVERIFY(outcome.error.isError());
        QCOMPARE(outcome.error.code, QStringLiteral("invalid_grant"));
        QVERIFY2(outcome.error.message.contains(QLatin1String("code_verifier"))
                && outcome.error.message.contains(QLatin1String("signing in again")),
            qPrintable(outcome.error.message));
        AuthError tokenError;
        credential.token(m_cloud.armScope(), this, [&](const AccessToken &, const AuthError &e) { tokenError = e; });
        QTRY_COMPARE(tokenError.kind, AuthError::Kind::SignInRequired); // nothing half-signed-in
    }

    void redirect_wrongState_isRejected_andTheRealAnswerStillWorks()
    {
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, m_cloud, clock);
        BrowserOpener browser;
        browser.follow = false;
        InteractiveBrowserCredential credential(&entra, &browser, options(m_cloud));
        Outcome outcome;
        watch(credential, outcome);
        QStringList rejections;
        connect(&credential, &InteractiveBrowserCredential::redirectRejected, this,
            [&](const QString &reason) { rejections.append(reason); });
        credential.authenticate();
        QTRY_COMPARE(browser.opened.size(), 1);
        const QUrl redirect(
            queryOf(browser.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));

        // A hostile page sends the browser to our listener with its own code and state.
        QUrl hostile(redirect);
        hostile.setQuery(QStringLiteral("code=stolen-code&state=not-the-state"));
        const HttpResult refused = httpRequest("GET", hostile);
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.body.contains("does not belong to the sign-in"), refused.body.constData());
        QTRY_COMPARE(rejections.size(), 1);
        QVERIFY(!outcome.done); // still waiting for the real answer

        browser.visit(browser.opened.first());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 15000);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.message));
        QCOMPARE(browser.lastStatus, 200);
        QCOMPARE(credential.accountName(), m_seed.user);
    }

    void authorizeError_showsAnErrorPage_andReportsIt()
    {
        AuthSim sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(simConfigure(
            sim.url(), QJsonObject { { QStringLiteral("authorizeError"), QStringLiteral("access_denied") } }));
        const CloudEnvironment cloud = cloudFor(sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        BrowserOpener browser;
        InteractiveBrowserCredential credential(&entra, &browser, options(cloud));
        Outcome outcome;
        watch(credential, outcome);
        credential.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 15000);
        QCOMPARE(outcome.error.kind, AuthError::Kind::Cancelled);
        QVERIFY2(outcome.error.message.contains(QLatin1String("cancelled in the browser")),
            qPrintable(outcome.error.message));
        QTRY_VERIFY(browser.finished);
        QCOMPARE(browser.lastStatus, 400);
        QVERIFY2(browser.lastBody.contains(QLatin1String("could not sign you in")), qPrintable(browser.lastBody));
    }

    void noAnswer_timesOut_andCancelStops()
    {
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, m_cloud, clock);
        BrowserOpener browser;
        browser.follow = false;
        AuthorizationCodeFlow::Options shortWait = options(m_cloud);
        shortWait.timeoutMs = 300;
        InteractiveBrowserCredential credential(&entra, &browser, shortWait);
        Outcome outcome;
        watch(credential, outcome);
        credential.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 5000);
        QCOMPARE(outcome.error.code, QStringLiteral("timeout"));
        QVERIFY2(outcome.error.message.contains(QLatin1String("No answer came from the browser")),
            qPrintable(outcome.error.message));
        const QUrl redirect(
            queryOf(browser.opened.first()).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(httpRequest("GET", redirect).status, 0); // no listener left behind

        InteractiveBrowserCredential second(&entra, &browser, options(m_cloud));
        Outcome cancelled;
        watch(second, cancelled);
        second.authenticate();
        QVERIFY(second.isAuthenticating());
        second.cancel();
        QTRY_VERIFY(cancelled.done);
        QCOMPARE(cancelled.error.kind, AuthError::Kind::Cancelled);
        QVERIFY(!second.isAuthenticating());
    }
};

QTEST_GUILESS_MAIN(TestAuthBrowser)
#include "tst_authbrowser.moc"
