// The simulator's Entra ID endpoints: each token flow, its errors, and token contents.
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Apim::SimTest;

namespace {
QJsonObject claimsOf(const QString &jwt)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

QString tokenPath(const QString &tenant = Demo::ContosoTenant)
{
    return QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant);
}
} // namespace

class TestAzureSimEntra : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void clientCredentials_rightSecret_issuesArmTokenWithoutRefreshToken();
    void clientCredentials_wrongSecret_answersInvalidClientLikeEntra();
    void clientCredentials_unknownClient_answersUnauthorizedClient();
    void clientCredentials_storageScope_issuesStorageAudience();
    void authCode_withPkce_redeemsOnceThenRejectsReuse();
    void authCode_wrongVerifier_answersInvalidGrant();
    void authCode_otherRedirectUri_answersInvalidGrant();
    void authCode_afterTenMinutes_hasExpired();
    void authorize_configuredError_redirectsWithErrorAndState();
    void deviceCode_pendingThenSlowDownThenApproved();
    void deviceCode_afterExpiresIn_answersExpiredToken();
    void deviceCode_declined_answersAuthorizationDeclined();
    void deviceLoginPage_approvesCode();
    void refreshToken_rotates_andOldTokenIsRejected();
    void refreshToken_worksForAnotherTenantOfTheUser();
    void unknownGrantType_answersUnsupportedGrantType();

private:
    struct Authorization
    {
        QString code;
        QString state;
        QString verifier;
        QString redirectUri;
    };
    Authorization authorize();
    Reply redeem(const Authorization &a, const QString &verifier);

    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
};

void TestAzureSimEntra::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSimEntra::init()
{
    m_client->control("POST", QStringLiteral("/_sim/config"),
        QJsonObject { { QStringLiteral("authorizeError"), QJsonValue() },
            { QStringLiteral("deviceCodeAutoApproveAfterPolls"), 2 } });
}

void TestAzureSimEntra::clientCredentials_rightSecret_issuesArmTokenWithoutRefreshToken()
{
    const Reply r = m_client->postForm(tokenPath(),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), Demo::SpClientId }, { QStringLiteral("client_secret"), Demo::SpSecret },
            { QStringLiteral("scope"), Demo::ArmScope } });
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
    QVERIFY(body.value(QLatin1String("expires_in")).toInt() > 0);
    QVERIFY(!body.contains(QLatin1String("refresh_token")));
    const QJsonObject claims = claimsOf(body.value(QLatin1String("access_token")).toString());
    QCOMPARE(claims.value(QLatin1String("aud")).toString(), QStringLiteral("https://management.azure.com/"));
    QCOMPARE(claims.value(QLatin1String("tid")).toString(), Demo::ContosoTenant);
    QCOMPARE(claims.value(QLatin1String("appid")).toString(), Demo::SpClientId);
    QVERIFY(claims.value(QLatin1String("exp")).toInteger() > claims.value(QLatin1String("iat")).toInteger());
}

void TestAzureSimEntra::clientCredentials_wrongSecret_answersInvalidClientLikeEntra()
{
    const Reply r = m_client->postForm(tokenPath(),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), Demo::SpClientId },
            { QStringLiteral("client_secret"), QStringLiteral("wrong") },
            { QStringLiteral("scope"), Demo::ArmScope } });
    QCOMPARE(r.status, 401);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    for (const char *key : { "error_description", "error_codes", "timestamp", "trace_id", "correlation_id" })
        QVERIFY2(body.contains(QLatin1String(key)), key);
    QCOMPARE(body.value(QLatin1String("error_codes")).toArray().first().toInt(), 7000215);
    QVERIFY(body.value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS7000215:")));
}

void TestAzureSimEntra::clientCredentials_unknownClient_answersUnauthorizedClient()
{
    const Reply r = m_client->postForm(tokenPath(),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), QStringLiteral("00000000-1111-2222-3333-444444444444") },
            { QStringLiteral("client_secret"), QStringLiteral("x") }, { QStringLiteral("scope"), Demo::ArmScope } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("unauthorized_client"));
}

void TestAzureSimEntra::clientCredentials_storageScope_issuesStorageAudience()
{
    const QString token = m_client->servicePrincipalToken(QStringLiteral("https://storage.azure.com/.default"));
    QCOMPARE(claimsOf(token).value(QLatin1String("aud")).toString(), QStringLiteral("https://storage.azure.com"));
}

TestAzureSimEntra::Authorization TestAzureSimEntra::authorize()
{
    Authorization a;
    a.verifier = QStringLiteral("a-verifier-of-enough-length-0123456789-abcdefghijklmnop");
    a.redirectUri = QStringLiteral("http://localhost:53123/");
    a.state = QStringLiteral("state-42");
    const QByteArray challenge = QCryptographicHash::hash(a.verifier.toLatin1(), QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), Demo::CliClientId);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromLatin1(QUrl::toPercentEncoding(a.redirectUri)));
    query.addQueryItem(QStringLiteral("scope"),
        QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("https://management.azure.com/user_impersonation offline_access openid"))));
    query.addQueryItem(QStringLiteral("state"), a.state);
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    const Reply r
        = m_client->get(QStringLiteral("/organizations/oauth2/v2.0/authorize?") + query.toString(QUrl::FullyEncoded));
    if (r.status != 302)
        return a;
    const QUrl location(QString::fromUtf8(r.header("Location")));
    const QUrlQuery back(location);
    a.code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    a.state = back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    return a;
}

Reply TestAzureSimEntra::redeem(const Authorization &a, const QString &verifier)
{
    return m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
            { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("code"), a.code },
            { QStringLiteral("redirect_uri"), a.redirectUri }, { QStringLiteral("code_verifier"), verifier },
            { QStringLiteral("scope"),
                QStringLiteral("https://management.azure.com/user_impersonation offline_access") } });
}

void TestAzureSimEntra::authCode_withPkce_redeemsOnceThenRejectsReuse()
{
    const Authorization a = authorize();
    QVERIFY(!a.code.isEmpty());
    QCOMPARE(a.state, QStringLiteral("state-42"));
    const Reply first = redeem(a, a.verifier);
    QCOMPARE(first.status, 200);
    QVERIFY(!first.json().value(QLatin1String("refresh_token")).toString().isEmpty());
    const QJsonObject claims = claimsOf(first.json().value(QLatin1String("access_token")).toString());
    QCOMPARE(claims.value(QLatin1String("upn")).toString(), Demo::DefaultUser);
    QCOMPARE(claims.value(QLatin1String("tid")).toString(), Demo::ContosoTenant);
    const Reply again = redeem(a, a.verifier);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(again.json().value(QLatin1String("error_codes")).toArray().first().toInt(), 54005);
}

void TestAzureSimEntra::authCode_wrongVerifier_answersInvalidGrant()
{
    const Authorization a = authorize();
    const Reply r = redeem(a, QStringLiteral("not-the-verifier-0123456789-0123456789-0123456789"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
    QCOMPARE(r.json().value(QLatin1String("error_codes")).toArray().first().toInt(), 50148);
}

void TestAzureSimEntra::authCode_otherRedirectUri_answersInvalidGrant()
{
    Authorization a = authorize();
    a.redirectUri = QStringLiteral("http://localhost:9999/");
    const Reply r = redeem(a, a.verifier);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("invalid_grant"));
}

void TestAzureSimEntra::authCode_afterTenMinutes_hasExpired()
{
    const Authorization a = authorize();
    m_client->control("POST", QStringLiteral("/_sim/clock"), QJsonObject { { QStringLiteral("advanceSeconds"), 601 } });
    const Reply r = redeem(a, a.verifier);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("error_codes")).toArray().first().toInt(), 70008);
}

void TestAzureSimEntra::authorize_configuredError_redirectsWithErrorAndState()
{
    m_client->control("POST", QStringLiteral("/_sim/config"),
        QJsonObject { { QStringLiteral("authorizeError"), QStringLiteral("access_denied") } });
    const Reply r = m_client->get(QStringLiteral("/organizations/oauth2/v2.0/authorize?client_id=%1&response_type=code"
                                                 "&redirect_uri=http%3A%2F%2Flocalhost%3A4000%2F&state=s1&scope=x")
                                      .arg(Demo::CliClientId));
    QCOMPARE(r.status, 302);
    const QUrlQuery back(QUrl(QString::fromUtf8(r.header("Location"))));
    QCOMPARE(back.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(back.queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));
    QVERIFY(!back.hasQueryItem(QStringLiteral("code")));
}

void TestAzureSimEntra::deviceCode_pendingThenSlowDownThenApproved()
{
    const Reply start = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        { { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("scope"),
                QStringLiteral("https://management.azure.com/user_impersonation offline_access") } });
    QCOMPARE(start.status, 200);
    const QJsonObject codes = start.json();
    for (const char *key : { "device_code", "user_code", "verification_uri", "expires_in", "interval", "message" })
        QVERIFY2(codes.contains(QLatin1String(key)), key);
    QVERIFY(codes.value(QLatin1String("verification_uri")).toString().endsWith(QLatin1String("/devicelogin")));
    const int interval = codes.value(QLatin1String("interval")).toInt();
    const auto poll = [&] {
        return m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
            { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
                { QStringLiteral("client_id"), Demo::CliClientId },
                { QStringLiteral("device_code"), codes.value(QLatin1String("device_code")).toString() } });
    };
    QCOMPARE(poll().errorCode(), QStringLiteral("authorization_pending"));
    QCOMPARE(poll().errorCode(), QStringLiteral("slow_down")); // no wait: too fast
    QTest::qWait(interval * 1000);
    QCOMPARE(poll().errorCode(), QStringLiteral("authorization_pending"));
    QTest::qWait(interval * 1000);
    const Reply done = poll(); // auto-approved after two pending polls
    QCOMPARE(done.status, 200);
    QVERIFY(!done.json().value(QLatin1String("refresh_token")).toString().isEmpty());
}

void TestAzureSimEntra::deviceCode_afterExpiresIn_answersExpiredToken()
{
    const Reply start = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        { { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("scope"), Demo::ArmScope } });
    m_client->control("POST", QStringLiteral("/_sim/clock"),
        QJsonObject {
            { QStringLiteral("advanceSeconds"), start.json().value(QLatin1String("expires_in")).toInt() + 1 } });
    const Reply r = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("device_code"), start.json().value(QLatin1String("device_code")).toString() } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("expired_token"));
}

void TestAzureSimEntra::deviceCode_declined_answersAuthorizationDeclined()
{
    const Reply start = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        { { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("scope"), Demo::ArmScope } });
    const Reply declined = m_client->control("POST", QStringLiteral("/_sim/device/decline"),
        QJsonObject { { QStringLiteral("user_code"), start.json().value(QLatin1String("user_code")) } });
    QCOMPARE(declined.status, 200);
    const Reply r = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("device_code"), start.json().value(QLatin1String("device_code")).toString() } });
    QCOMPARE(r.errorCode(), QStringLiteral("authorization_declined"));
}

void TestAzureSimEntra::deviceLoginPage_approvesCode()
{
    m_client->control("POST", QStringLiteral("/_sim/config"),
        QJsonObject { { QStringLiteral("deviceCodeAutoApproveAfterPolls"), -1 } });
    const Reply start = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/devicecode"),
        { { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("scope"), Demo::ArmScope } });
    const Reply page = m_client->get(QStringLiteral("/devicelogin"));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<form"));
    const Reply approved = m_client->postForm(QStringLiteral("/devicelogin"),
        { { QStringLiteral("user_code"), start.json().value(QLatin1String("user_code")).toString() },
            { QStringLiteral("action"), QStringLiteral("approve") } });
    QVERIFY(approved.body.contains("You have signed in"));
    const Reply r = m_client->postForm(QStringLiteral("/organizations/oauth2/v2.0/token"),
        { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("device_code"), start.json().value(QLatin1String("device_code")).toString() } });
    QCOMPARE(r.status, 200);
}

void TestAzureSimEntra::refreshToken_rotates_andOldTokenIsRejected()
{
    const QJsonObject first = m_client->userTokens(QStringLiteral("organizations"),
        QStringLiteral("https://management.azure.com/user_impersonation offline_access"));
    const QString oldRefresh = first.value(QLatin1String("refresh_token")).toString();
    QVERIFY(!oldRefresh.isEmpty());
    const auto refresh = [&](const QString &token, const QString &scope) {
        return m_client->postForm(tokenPath(),
            { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("refresh_token"), token },
                { QStringLiteral("scope"), scope } });
    };
    const Reply second = refresh(oldRefresh, QStringLiteral("https://storage.azure.com/.default"));
    QCOMPARE(second.status, 200);
    const QString newRefresh = second.json().value(QLatin1String("refresh_token")).toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != oldRefresh);
    QCOMPARE(
        claimsOf(second.json().value(QLatin1String("access_token")).toString()).value(QLatin1String("aud")).toString(),
        QStringLiteral("https://storage.azure.com"));
    const Reply reused = refresh(oldRefresh, Demo::ArmScope);
    QCOMPARE(reused.status, 400);
    QCOMPARE(reused.errorCode(), QStringLiteral("invalid_grant"));
    QVERIFY(reused.json().value(QLatin1String("error_description")).toString().startsWith(QLatin1String("AADSTS")));
    QCOMPARE(refresh(newRefresh, Demo::ArmScope).status, 200);
    QCOMPARE(refresh(QStringLiteral("garbage"), Demo::ArmScope).errorCode(), QStringLiteral("invalid_grant"));
}

void TestAzureSimEntra::refreshToken_worksForAnotherTenantOfTheUser()
{
    const QJsonObject first = m_client->userTokens(QStringLiteral("organizations"),
        QStringLiteral("https://management.azure.com/user_impersonation offline_access"));
    const Reply r = m_client->postForm(tokenPath(Demo::FabrikamTenant),
        { { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
            { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("refresh_token"), first.value(QLatin1String("refresh_token")).toString() },
            { QStringLiteral("scope"), Demo::ArmScope } });
    QCOMPARE(r.status, 200);
    QCOMPARE(claimsOf(r.json().value(QLatin1String("access_token")).toString()).value(QLatin1String("tid")).toString(),
        Demo::FabrikamTenant);
}

void TestAzureSimEntra::unknownGrantType_answersUnsupportedGrantType()
{
    const Reply r = m_client->postForm(tokenPath(), { { QStringLiteral("grant_type"), QStringLiteral("magic") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("unsupported_grant_type"));
}

QTEST_GUILESS_MAIN(TestAzureSimEntra)
#include "tst_azuresim_entra.moc"
