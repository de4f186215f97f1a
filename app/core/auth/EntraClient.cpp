#include "auth/EntraClient.h"

#include "auth/JwtClaims.h"
#include "net/NetworkErrorText.h"
#include "secrets/ContextGuard.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Redaction.h"
#include "util/ReplySizeLimit.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace Apim::Core {

namespace {

QString firstLine(const QString &text)
{
    // AADSTS descriptions carry "\r\nTrace ID: ...\r\nCorrelation ID: ..." after the sentence.
    const qsizetype end = text.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    return (end < 0 ? text : text.left(end)).trimmed();
}

QString withDetail(const QString &sentence, const QString &detail)
{
    return detail.isEmpty() ? sentence : sentence + QStringLiteral(" (") + detail + QLatin1Char(')');
}

RetryPolicy defaultRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 3;
    retry.baseDelayMs = 1000;
    return retry;
}

qint64 toSeconds(const QJsonValue &value)
{
    // v2 answers numbers; some endpoints (and the v1 shape) answer strings.
    return value.isString() ? value.toString().toLongLong() : static_cast<qint64>(value.toDouble());
}

QJsonObject parseObject(const QByteArray &body, bool *ok)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && document.isObject();
    return document.object();
}

} // namespace

EntraClient::EntraClient(
    QNetworkAccessManager *network, const CloudEnvironment &cloud, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
    , m_clock(clock)
    , m_policy(defaultRetry())
{ }

void EntraClient::setMaxAttempts(int attempts)
{
    RetryPolicy retry = m_policy.retry();
    retry.maxAttempts = attempts;
    m_policy.setRetry(retry);
}

QByteArray EntraClient::encodeForm(const FormFields &form)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space
    // (client secrets often contain '+').
    QByteArray body;
    for (const auto &field : form) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return body;
}

AuthError EntraClient::errorFromBody(int httpStatus, const QJsonObject &body)
{
    using K = AuthError::Kind;
    const QString code = body.value(QLatin1String("error")).toString();
    const QString detail = firstLine(body.value(QLatin1String("error_description")).toString());
    QList<int> codes;
    for (const QJsonValue &value : body.value(QLatin1String("error_codes")).toArray())
        codes.append(value.toInt());

    if (code == QLatin1String("invalid_client"))
        return { K::InvalidCredentials, code,
            withDetail(tr("Entra ID rejected the client credentials: the client secret is wrong or expired, or "
                          "the client ID does not belong to this tenant. Check them and try again."),
                detail) };
    if (code == QLatin1String("unauthorized_client") || codes.contains(700016))
        return { K::InvalidCredentials, code,
            withDetail(
                tr("Entra ID does not accept this client ID here: check the client ID and the tenant."), detail) };
    if (code == QLatin1String("invalid_grant") || code == QLatin1String("interaction_required")
        || code == QLatin1String("consent_required") || code == QLatin1String("login_required"))
        return { K::SignInRequired, code, withDetail(tr("Your sign-in has expired. Sign in again."), detail) };
    if (code == QLatin1String("temporarily_unavailable") || httpStatus >= 500 || httpStatus == 429)
        return { K::Network, code.isEmpty() ? QString::number(httpStatus) : code,
            withDetail(tr("The sign-in service is temporarily unavailable (HTTP %1). Try again in a few "
                          "minutes.")
                           .arg(httpStatus),
                detail) };
    if (!code.isEmpty())
        return { K::Other, code, withDetail(tr("Sign-in failed: %1.").arg(code), detail) };
    return { K::Other, QString::number(httpStatus),
        tr("The sign-in service answered HTTP %1 without saying why. Check the cloud settings (--cloud) and try "
           "again.")
            .arg(httpStatus) };
}

AuthError EntraClient::tooLargeError(const QUrl &url) const
{
    return { AuthError::Kind::Other, QStringLiteral("response_too_large"),
        tr("The sign-in service at %1 sent an answer that was not read: %2. Check the cloud settings (--cloud) "
           "and try again.")
            .arg(url.host(), ReplySizeLimit::message(m_maxResponseBytes)) };
}

AuthError EntraClient::networkError(const QUrl &url, const RawReply &reply) const
{
    return { AuthError::Kind::Network, QStringLiteral("network"),
        tr("Could not reach the sign-in service at %1: %2. Check the network connection, proxy or firewall, and "
           "try again.")
            .arg(url.host(), reply.errorString) };
}

void EntraClient::post(const QUrl &url, const QByteArray &body, int attempt, int attempts, RawCallback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // Never follow a redirect: a 307 would replay the form - client secret, refresh token -
    // to whatever host it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    QNetworkReply *reply = m_network->post(request, body);
    ReplySizeLimit::apply(reply, m_maxResponseBytes);
    QElapsedTimer elapsed;
    elapsed.start();
    NetworkErrorText::onFinished(reply, this, [this, reply, url, body, attempt, attempts, done, elapsed] {
        finishPost(reply, url, body, attempt, attempts, done, elapsed);
    });
}

void EntraClient::finishPost(QNetworkReply *reply, const QUrl &url, const QByteArray &body, int attempt, int attempts,
    const RawCallback &done, const QElapsedTimer &elapsed)
{
    reply->deleteLater();
    RawReply raw;
    raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.networkError = NetworkErrorText::effectiveError(reply);
    raw.errorString = NetworkErrorText::describe(reply);
    raw.tooLarge = ReplySizeLimit::exceeded(reply);
    if (!raw.tooLarge)
        raw.body = reply->readAll();
    // Token and device code requests are safe to repeat: a second answer only replaces
    // the first. An oversized answer is not retried: asking again brings the same flood.
    const RetryDecision decision
        = raw.tooLarge ? RetryDecision() : TransportPolicy::classify(raw.status, raw.networkError, true);
    const QString line = Redaction::attemptLine("POST", url, raw.status, elapsed.elapsed(), attempt);
    // Only what goes wrong is a warning: a 400 is part of the conversation
    // (authorization_pending while a device code waits).
    if (raw.tooLarge)
        qCWarning(lcAuth).noquote() << line << ": too large, not read";
    else if (decision.transient)
        qCWarning(lcAuth).noquote() << line << raw.networkError; // errorString() would repeat the URL unredacted
    else
        qCDebug(lcAuth).noquote() << line;
    qCDebug(lcAuth).noquote() << "sent" << Redaction::body(body) << "answer" << Redaction::body(raw.body);

    if (decision.retry && attempt < attempts) {
        const int delayMs = m_policy.delayFor(attempt, reply->rawHeader("Retry-After"), m_clock.now());
        qCInfo(lcAuth).noquote() << Redaction::requestLine("POST", url) << "retrying in" << delayMs << "ms (attempt"
                                 << attempt + 1 << "of" << attempts << ")";
        QTimer::singleShot(delayMs, Qt::PreciseTimer, this, // never before Retry-After
            [this, url, body, attempt, attempts, done] { post(url, body, attempt + 1, attempts, done); });
        return;
    }
    done(raw);
}

void EntraClient::requestToken(
    const QString &tenant, const FormFields &form, QObject *context, TokenCallback callback, int attempts)
{
    const ContextGuard guard(context);
    const QUrl url = m_cloud.tokenUrl(tenant);
    const QDateTime sentAt = m_clock.now();
    post(url, encodeForm(form), 1, attempts > 0 ? attempts : m_policy.retry().maxAttempts,
        [this, guard, callback, url, sentAt, tenant](const RawReply &raw) {
            TokenResponse response;
            AuthError error;
            bool isJson = false;
            const QJsonObject body = parseObject(raw.body, &isJson);
            if (raw.tooLarge) {
                error = tooLargeError(url);
            } else if (raw.status == 0) {
                error = networkError(url, raw);
            } else if (raw.status < 200 || raw.status >= 300 || body.contains(QLatin1String("error"))) {
                error = errorFromBody(raw.status, isJson ? body : QJsonObject());
            } else if (!isJson || body.value(QLatin1String("access_token")).toString().isEmpty()) {
                error = { AuthError::Kind::Other, QStringLiteral("malformed_response"),
                    tr("The sign-in service at %1 answered without an access token. Check the cloud settings "
                       "(--cloud) and try again.")
                        .arg(url.host()) };
            } else {
                response.accessToken.token = body.value(QLatin1String("access_token")).toString();
                response.refreshToken = body.value(QLatin1String("refresh_token")).toString();
                response.idToken = body.value(QLatin1String("id_token")).toString();
                response.scope = body.value(QLatin1String("scope")).toString();
                response.expiresInSeconds = toSeconds(body.value(QLatin1String("expires_in")));
                if (response.expiresInSeconds <= 0)
                    response.expiresInSeconds = 300; // no lifetime given: assume a short one
                response.obtainedAt = sentAt;
                // Measured from when the request left, so network time only makes us early.
                response.accessToken.expiresOn = sentAt.addSecs(response.expiresInSeconds);
                const JwtClaims claims = JwtClaims::decode(response.accessToken.token);
                response.accessToken.tenantId = claims.tenantId().isEmpty() ? tenant : claims.tenantId();
            }
            guard.post(this, [callback, response, error] { callback(response, error); });
        });
}

void EntraClient::requestDeviceCode(const QString &tenant, const QString &clientId, const QString &scopes,
    QObject *context, DeviceCodeCallback callback)
{
    const ContextGuard guard(context);
    const QUrl url = m_cloud.deviceCodeUrl(tenant);
    const FormFields form { { QStringLiteral("client_id"), clientId }, { QStringLiteral("scope"), scopes } };
    post(url, encodeForm(form), 1, m_policy.retry().maxAttempts, [this, guard, callback, url](const RawReply &raw) {
        DeviceCodeInfo info;
        AuthError error;
        bool isJson = false;
        const QJsonObject body = parseObject(raw.body, &isJson);
        if (raw.tooLarge) {
            error = tooLargeError(url);
        } else if (raw.status == 0) {
            error = networkError(url, raw);
        } else if (raw.status < 200 || raw.status >= 300 || body.contains(QLatin1String("error"))) {
            error = errorFromBody(raw.status, isJson ? body : QJsonObject());
        } else {
            info.deviceCode = body.value(QLatin1String("device_code")).toString();
            info.userCode = body.value(QLatin1String("user_code")).toString();
            // RFC 8628 says verification_uri; the older Entra v1 shape said verification_url.
            QString uri = body.value(QLatin1String("verification_uri")).toString();
            if (uri.isEmpty())
                uri = body.value(QLatin1String("verification_url")).toString();
            info.verificationUri = QUrl(uri);
            info.message = body.value(QLatin1String("message")).toString();
            if (body.contains(QLatin1String("expires_in")))
                info.expiresInSeconds = static_cast<int>(toSeconds(body.value(QLatin1String("expires_in"))));
            if (body.contains(QLatin1String("interval")))
                info.intervalSeconds = static_cast<int>(toSeconds(body.value(QLatin1String("interval"))));
            if (info.deviceCode.isEmpty() || info.userCode.isEmpty() || !info.verificationUri.isValid())
                error = { AuthError::Kind::Other, QStringLiteral("malformed_response"),
                    tr("The sign-in service at %1 answered the device code request without a code. Check the "
                       "cloud settings (--cloud) and try again.")
                        .arg(url.host()) };
            if (info.message.isEmpty())
                info.message = tr("To sign in, use a web browser to open the page %1 and enter the code %2 to "
                                  "authenticate.")
                                   .arg(info.verificationUri.toString(), info.userCode);
        }
        guard.post(this, [callback, info, error] { callback(info, error); });
    });
}

} // namespace Apim::Core
