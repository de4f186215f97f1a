#include "SimClient.h"

#include "AzuriteAccounts.h"
#include "AzuriteClient.h"
#include "DemoEstate.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace Apim::SimTest {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray Reply::jsonArray() const
{
    return QJsonDocument::fromJson(body).array();
}

QString Reply::errorCode() const
{
    const QJsonValue error = json().value(QLatin1String("error"));
    return error.isObject() ? error.toObject().value(QLatin1String("code")).toString() : error.toString();
}

QUrl SimClient::resolve(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http")))
        return QUrl(pathOrUrl);
    return QUrl(m_base.toString(QUrl::StripTrailingSlash) + pathOrUrl);
}

Reply SimClient::send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
    const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(resolve(pathOrUrl));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    // The TLS test serves a self-signed certificate.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply] { reply->ignoreSslErrors(); });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    Reply result;
    result.finished = reply->isFinished() || finished.wait(timeoutMs);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &p : pairs)
        result.headers.insert(p.first.toLower(), p.second);
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

Reply SimClient::get(const QString &pathOrUrl, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    return send("GET", pathOrUrl, {}, headers);
}

Reply SimClient::postJson(const QString &pathOrUrl, const QJsonObject &body, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    return send("POST", pathOrUrl, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply SimClient::putJson(const QString &pathOrUrl, const QJsonObject &body, const QString &token)
{
    QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", "application/json" } };
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    return send("PUT", pathOrUrl, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

Reply SimClient::postForm(const QString &path, const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return send("POST", path, body, { { "Content-Type", "application/x-www-form-urlencoded" } });
}

Reply SimClient::control(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return send(verb, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        { { "Content-Type", "application/json" } });
}

QString SimClient::servicePrincipalToken(const QString &scope)
{
    const Reply r = postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(Demo::ContosoTenant),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), Demo::SpClientId }, { QStringLiteral("client_secret"), Demo::SpSecret },
            { QStringLiteral("scope"), scope } });
    return r.json().value(QLatin1String("access_token")).toString();
}

QJsonObject SimClient::userTokens(const QString &tenant, const QString &scope)
{
    const Reply start = postForm(QStringLiteral("/%1/oauth2/v2.0/devicecode").arg(tenant),
        { { QStringLiteral("client_id"), Demo::CliClientId }, { QStringLiteral("scope"), scope } });
    const QString userCode = start.json().value(QLatin1String("user_code")).toString();
    control("POST", QStringLiteral("/_sim/device/approve"), QJsonObject { { QStringLiteral("user_code"), userCode } });
    const Reply token = postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(tenant),
        { { QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:device_code") },
            { QStringLiteral("client_id"), Demo::CliClientId },
            { QStringLiteral("device_code"), start.json().value(QLatin1String("device_code")).toString() } });
    return token.json();
}

QJsonArray SimClient::getAllPages(const QString &pathOrUrl, const QString &token, int *pages)
{
    QJsonArray items;
    int count = 0;
    QString next = pathOrUrl;
    while (!next.isEmpty() && count < 1000) {
        const Reply r = get(next, token);
        if (r.status != 200)
            break;
        ++count;
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(QLatin1String("value")).toArray())
            items.append(v);
        next = page.value(QLatin1String("nextLink")).toString();
    }
    if (pages)
        *pages = count;
    return items;
}

Reply SimClient::pollUntilDone(const QString &location, const QString &token, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    Reply r;
    do {
        r = get(location, token);
        if (r.status != 202)
            return r;
        const int retryAfter = r.header("Retry-After").toInt();
        QTest::qWait(qBound(50, retryAfter * 1000, 1000));
    } while (!deadline.hasExpired());
    return r;
}

namespace {
Sim::AzuriteClient::Result runBlobCall(
    const QUrl &azurite, const std::function<void(Sim::AzuriteClient &, Sim::AzuriteClient::Callback)> &call)
{
    Sim::AzuriteClient client(azurite.toString());
    Sim::AzuriteClient::Result result;
    bool done = false;
    call(client, [&](const Sim::AzuriteClient::Result &r) {
        result = r;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(10);
    return result;
}
} // namespace

QStringList listBlobs(const QUrl &azurite, const QString &account, const QString &container, QByteArray *xml)
{
    const auto result = runBlobCall(azurite, [&](Sim::AzuriteClient &client, Sim::AzuriteClient::Callback done) {
        client.listBlobs(account, Sim::AzuriteAccounts::find(account)->key1, container, std::move(done));
    });
    if (xml)
        *xml = result.body;
    QStringList names;
    static const QRegularExpression name(QStringLiteral("<Blob><Name>([^<]+)</Name>"));
    auto it = name.globalMatch(QString::fromUtf8(result.body));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

QByteArray readBlob(const QUrl &azurite, const QString &account, const QString &container, const QString &blob)
{
    const auto result = runBlobCall(azurite, [&](Sim::AzuriteClient &client, Sim::AzuriteClient::Callback done) {
        client.getBlob(account, Sim::AzuriteAccounts::find(account)->key1, container, blob, std::move(done));
    });
    return result.ok() ? result.body : QByteArray();
}

bool writeBlob(
    const QUrl &azurite, const QString &account, const QString &container, const QString &blob, const QByteArray &data)
{
    const auto key = Sim::AzuriteAccounts::find(account)->key1;
    runBlobCall(azurite, [&](Sim::AzuriteClient &client, Sim::AzuriteClient::Callback done) {
        client.createContainer(account, key, container, std::move(done));
    });
    const auto result = runBlobCall(azurite, [&](Sim::AzuriteClient &client, Sim::AzuriteClient::Callback done) {
        client.putBlob(account, key, container, blob, data, {}, std::move(done));
    });
    return result.ok();
}

} // namespace Apim::SimTest
