#include "ArmGuard.h"

#include "Audiences.h"
#include "SimContext.h"

#include <QDateTime>

namespace Apim::Sim {

SimResponse ArmGuard::unauthorized(const SimRequest &request, const QString &code, const QString &message) const
{
    SimResponse r = SimResponse::armError(401, code, message);
    QString description = message;
    description.replace(QLatin1Char('"'), QLatin1Char('\''));
    r.setHeader("WWW-Authenticate",
        QStringLiteral("Bearer authorization_uri=\"%1/common\", error=\"invalid_token\", "
                       "error_description=\"%2\"")
            .arg(request.baseUrl(), description)
            .toUtf8());
    return r;
}

std::optional<SimResponse> ArmGuard::check(const SimRequest &request, Caller *caller) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return unauthorized(request, QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Authentication failed. The 'Authorization' header is missing."));
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return unauthorized(request, QStringLiteral("AuthenticationFailed"),
            QStringLiteral("Authentication failed. The 'Authorization' header is provided in an "
                           "invalid format."));
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    QJsonObject claims;
    switch (m_context.signer.verify(token, &claims)) {
    case TokenSigner::Check::Malformed:
        return unauthorized(
            request, QStringLiteral("InvalidAuthenticationToken"), QStringLiteral("The access token is invalid."));
    case TokenSigner::Check::BadSignature:
        return unauthorized(request, QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("The access token has an invalid signature."));
    case TokenSigner::Check::Valid:
        break;
    }
    const QString audience = claims.value(QLatin1String("aud")).toString();
    if (!Audiences::isArm(audience, request.baseUrl()))
        return unauthorized(request, QStringLiteral("InvalidAuthenticationToken"),
            QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. "
                           "It should exactly match with one of the allowed audiences %2.")
                .arg(audience, Audiences::armAudiencesText()));
    const qint64 exp = claims.value(QLatin1String("exp")).toInteger();
    const qint64 now = m_context.clock.nowSecs();
    if (request.tokenExpiredByFault || exp <= now) {
        const auto fmt = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"));
        };
        return unauthorized(request, QStringLiteral("ExpiredAuthenticationToken"),
            QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time "
                           "'%2'.")
                .arg(fmt(request.tokenExpiredByFault ? now - 1 : exp), fmt(now)));
    }
    const QString tenantId = claims.value(QLatin1String("tid")).toString();
    if (!m_context.estate.findTenant(tenantId))
        return unauthorized(request, QStringLiteral("InvalidAuthenticationTokenTenant"),
            QStringLiteral("The access token is from an unknown tenant '%1'.").arg(tenantId));
    if (caller) {
        caller->tenantId = tenantId;
        caller->objectId = claims.value(QLatin1String("oid")).toString();
        caller->upn = claims.value(QLatin1String("upn")).toString();
        caller->appId = claims.value(QLatin1String("appid")).toString();
        caller->isUser = claims.value(QLatin1String("idtyp")).toString() == QLatin1String("user");
    }
    if (request.queryValue(QStringLiteral("api-version")).isEmpty())
        return SimResponse::armError(400, QStringLiteral("MissingApiVersionParameter"),
            QStringLiteral("The api-version query parameter (?api-version=) is required for "
                           "all requests."));
    return std::nullopt;
}

std::optional<SimResponse> ArmGuard::checkSubscription(
    const SimRequest &request, const Caller &caller, const QString &subscriptionId) const
{
    const Subscription *sub = m_context.estate.findSubscription(subscriptionId);
    if (!sub)
        return SimResponse::armError(404, QStringLiteral("SubscriptionNotFound"),
            QStringLiteral("The subscription '%1' could not be found.").arg(subscriptionId));
    if (sub->tenantId.compare(caller.tenantId, Qt::CaseInsensitive) != 0)
        return unauthorized(request, QStringLiteral("InvalidAuthenticationTokenTenant"),
            QStringLiteral("The access token is from the wrong issuer 'https://sts.windows.net/%1/'. "
                           "It must match the tenant 'https://sts.windows.net/%2/' associated with "
                           "this subscription. Please use the authority (URL) '%3/%2' to get the "
                           "token. Note, if the subscription is transferred to another tenant there "
                           "is no impact to the services, but information about new tenant could "
                           "take time to propagate (up to an hour). If you just transferred your "
                           "subscription and see this error message, please try back later.")
                .arg(caller.tenantId, sub->tenantId, request.baseUrl()));
    return std::nullopt;
}

std::optional<SimResponse> ArmGuard::checkInSubscription(
    const SimRequest &request, const QString &subscriptionId, Caller *caller) const
{
    Caller local;
    Caller *who = caller ? caller : &local;
    if (auto error = check(request, who))
        return error;
    return checkSubscription(request, *who, subscriptionId);
}

} // namespace Apim::Sim
