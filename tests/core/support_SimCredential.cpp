#include "support_SimCredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace Apim::Test {

using namespace Apim::Core;

SimClientCredential::SimClientCredential(QNetworkAccessManager *network, const QUrl &simUrl, const QString &tenantId,
    const QString &clientId, const QString &secret, QObject *parent)
    : TokenCredential(parent)
    , m_network(network)
    , m_simUrl(simUrl)
    , m_tenantId(tenantId)
    , m_clientId(clientId)
    , m_secret(secret)
{ }

void SimClientCredential::token(const QString &scope, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const AccessToken cached = m_cache.value(scope);
    if (cached.isValid() && cached.expiresOn > QDateTime::currentDateTimeUtc().addSecs(30)) {
        QTimer::singleShot(0, this, [guard, callback, cached] {
            if (guard)
                callback(cached, {});
        });
        return;
    }
    ++m_tokenRequests;
    QUrl url(m_simUrl);
    url.setPath(QStringLiteral("/%1/oauth2/v2.0/token").arg(m_tenantId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(m_secret)));
    form.addQueryItem(QStringLiteral("scope"), QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    QNetworkReply *reply = m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, reply, scope, guard, callback] {
        reply->deleteLater();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        AccessToken token;
        AuthError error;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && body.contains(QLatin1String("access_token"))) {
            token.token = body.value(QLatin1String("access_token")).toString();
            token.expiresOn
                = QDateTime::currentDateTimeUtc().addSecs(body.value(QLatin1String("expires_in")).toInt(3600));
            token.tenantId = m_tenantId;
            m_cache.insert(scope, token);
        } else {
            error.kind = status == 0 ? AuthError::Kind::Network : AuthError::Kind::InvalidCredentials;
            error.code = body.value(QLatin1String("error")).toString();
            error.message = body.value(QLatin1String("error_description")).toString();
            if (error.message.isEmpty())
                error.message = reply->errorString();
        }
        if (guard)
            callback(token, error);
    });
}

void SimClientCredential::invalidate(const QString &scope)
{
    ++m_invalidations;
    m_cache.remove(scope);
}

FixedTokenCredential::FixedTokenCredential(const QString &token, QObject *parent)
    : TokenCredential(parent)
    , m_token(token)
{ }

void FixedTokenCredential::token(const QString &, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const AccessToken token { m_token, QDateTime::currentDateTimeUtc().addSecs(3600), {} };
    const AuthError error = m_error;
    QTimer::singleShot(0, this, [guard, callback, token, error] {
        if (guard)
            callback(error.isError() ? AccessToken() : token, error);
    });
}

} // namespace Apim::Test
