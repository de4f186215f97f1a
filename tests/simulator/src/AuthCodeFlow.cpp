#include "AuthCodeFlow.h"

#include "EntraErrors.h"
#include "GrantStore.h"
#include "SimContext.h"
#include "TokenIssuer.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUrlQuery>

namespace Apim::Sim {

namespace {
constexpr qint64 CodeLifetimeMs = 10 * 60 * 1000;

SimResponse errorPage(int status, const QString &text)
{
    return SimResponse::html(status,
        QStringLiteral("<!doctype html><html><head><title>Sign in</title></head><body>"
                       "<h1>Sorry, but we're having trouble signing you in.</h1><p>%1</p>"
                       "</body></html>")
            .arg(text.toHtmlEscaped()));
}

SimResponse redirect(const QString &redirectUri, const QList<QPair<QString, QString>> &params)
{
    QUrl target(redirectUri);
    QUrlQuery query(target);
    for (const auto &p : params) {
        if (!p.second.isEmpty())
            query.addQueryItem(p.first, QString::fromLatin1(QUrl::toPercentEncoding(p.second)));
    }
    target.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    SimResponse r = SimResponse::empty(302);
    r.setHeader("Location", target.toString(QUrl::FullyEncoded).toUtf8());
    return r;
}

bool acceptableRedirect(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    // Entra allows plain http only for loopback redirect URIs (any port).
    return url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("localhost") || url.host() == QLatin1String("127.0.0.1"));
}
} // namespace

SimResponse AuthCodeFlow::authorize(const SimRequest &request, const QString &tenantPath)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    const QString redirectUri = request.queryValue(QStringLiteral("redirect_uri"));
    const QString state = request.queryValue(QStringLiteral("state"));
    if (clientId.isEmpty())
        return errorPage(400,
            QStringLiteral("AADSTS900144: The request body must contain the following parameter: "
                           "'client_id'."));
    if (!m_context.estate.isPublicClient(clientId))
        return errorPage(400,
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(clientId));
    if (!acceptableRedirect(QUrl(redirectUri)))
        return errorPage(400,
            QStringLiteral("AADSTS50011: The redirect URI '%1' specified in the request does not "
                           "match the redirect URIs configured for the application '%2'.")
                .arg(redirectUri, clientId));
    if (!m_context.config.authorizeError.isEmpty())
        return redirect(redirectUri,
            { { QStringLiteral("error"), m_context.config.authorizeError },
                { QStringLiteral("error_description"),
                    QStringLiteral("AADSTS65004: User declined to consent to access the app.") },
                { QStringLiteral("state"), state } });
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code"))
        return redirect(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("unsupported_response_type") },
                { QStringLiteral("error_description"),
                    QStringLiteral("AADSTS70005: response_type '%1' is not enabled for the application.")
                        .arg(request.queryValue(QStringLiteral("response_type"))) },
                { QStringLiteral("state"), state } });
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    QString method = request.queryValue(QStringLiteral("code_challenge_method"));
    if (!challenge.isEmpty() && method.isEmpty())
        method = QStringLiteral("plain");
    if (!challenge.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain"))
        return redirect(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("invalid_request") },
                { QStringLiteral("error_description"), QStringLiteral("AADSTS501491: Invalid code_challenge_method.") },
                { QStringLiteral("state"), state } });
    const User *user = m_context.estate.findUser(request.queryValue(QStringLiteral("login_hint")));
    if (!user)
        user = m_context.estate.defaultUser();
    if (!user)
        return errorPage(500, QStringLiteral("The seed has no users to sign in."));
    SimResponse tenantError;
    if (m_issuer.resolveUserTenant(request, *user, tenantPath, &tenantError).isEmpty())
        return redirect(redirectUri,
            { { QStringLiteral("error"), QStringLiteral("access_denied") },
                { QStringLiteral("error_description"),
                    QStringLiteral("AADSTS50020: User account '%1' does not exist in tenant '%2'.")
                        .arg(user->upn, tenantPath) },
                { QStringLiteral("state"), state } });
    const QString code = QStringLiteral("1.AS8A") + GrantStore::randomToken(120);
    m_grants.authCodes.insert(code,
        AuthCodeGrant { clientId, redirectUri, challenge, method, request.queryValue(QStringLiteral("scope")),
            user->upn, tenantPath, m_context.clock.nowMs() + CodeLifetimeMs, false });
    return redirect(redirectUri,
        { { QStringLiteral("code"), code }, { QStringLiteral("state"), state },
            { QStringLiteral("session_state"), deterministicUuid(user->upn + clientId) } });
}

SimResponse AuthCodeFlow::redeem(const SimRequest &request, const QString &tenantPath)
{
    const QString code = request.formValue(QStringLiteral("code"));
    if (code.isEmpty())
        return entraError(400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'code'."), request);
    auto it = m_grants.authCodes.find(code);
    if (it == m_grants.authCodes.end())
        return entraError(400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("Provided grant is invalid or malformed."), request);
    AuthCodeGrant &grant = it.value();
    if (grant.used)
        return entraError(400, QStringLiteral("invalid_grant"), 54005,
            QStringLiteral("OAuth2 Authorization code was already redeemed, please retry with a new "
                           "valid code or use an existing refresh token."),
            request);
    // A redemption attempt uses the code up, whatever its outcome.
    grant.used = true;
    if (m_context.clock.nowMs() > grant.expiresAtMs)
        return entraError(400, QStringLiteral("invalid_grant"), 70008,
            QStringLiteral("The provided authorization code or refresh token has expired due to "
                           "inactivity. Send a new interactive authorization request for this user and "
                           "resource."),
            request);
    if (request.formValue(QStringLiteral("client_id")) != grant.clientId)
        return entraError(400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("Provided grant is invalid or malformed: the code was issued to another "
                           "client."),
            request);
    const QString redirectUri = request.formValue(QStringLiteral("redirect_uri"));
    if (redirectUri != grant.redirectUri)
        return entraError(400, QStringLiteral("invalid_grant"), 500112,
            QStringLiteral("The reply address '%1' does not match the reply address '%2' provided when "
                           "requesting Authorization code.")
                .arg(redirectUri, grant.redirectUri),
            request);
    if (!grant.codeChallenge.isEmpty()) {
        const QString verifier = request.formValue(QStringLiteral("code_verifier"));
        if (verifier.isEmpty())
            return entraError(400, QStringLiteral("invalid_request"), 900144,
                QStringLiteral("The request body must contain the following parameter: "
                               "'code_verifier'."),
                request);
        const QString computed = grant.challengeMethod == QLatin1String("S256")
            ? QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            : verifier;
        if (computed != grant.codeChallenge)
            return entraError(400, QStringLiteral("invalid_grant"), 50148,
                QStringLiteral("The code_verifier does not match the code_challenge supplied in the "
                               "authorization request for PKCE."),
                request);
    }
    const User *user = m_context.estate.findUser(grant.upn);
    if (!user)
        return unknownUserError(request);
    const QString scope = GrantStore::effectiveScope(request.formValue(QStringLiteral("scope")), grant.scope);
    const bool offline = (grant.scope + QLatin1Char(' ') + scope).contains(QLatin1String("offline_access"));
    return m_issuer.issueForUser(
        request, *user, tenantPath.isEmpty() ? grant.tenantPath : tenantPath, grant.clientId, scope, offline);
}

} // namespace Apim::Sim
