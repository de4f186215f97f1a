#include "EntraEndpoints.h"

#include "EntraErrors.h"
#include "Router.h"
#include "SimContext.h"

#include <QUrl>

namespace Apim::Sim {

EntraEndpoints::EntraEndpoints(SimContext &context)
    : m_context(context)
    , m_issuer(context, m_grants)
    , m_authCodes(context, m_grants, m_issuer)
    , m_deviceCodes(context, m_grants, m_issuer)
{ }

void EntraEndpoints::registerRoutes(Router &router)
{
    const QString tenant = QStringLiteral("/([^/_][^/]*)");
    router.add("POST", tenant + QStringLiteral("/oauth2/v2\\.0/token"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(token(r, c.at(0))); });
    router.add("POST", tenant + QStringLiteral("/oauth2/v2\\.0/devicecode"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(m_deviceCodes.start(r, c.at(0)));
        });
    router.add("GET", tenant + QStringLiteral("/oauth2/v2\\.0/authorize"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(m_authCodes.authorize(r, c.at(0)));
        });
    router.add("GET", tenant + QStringLiteral("/v2\\.0/\\.well-known/openid-configuration"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(openIdConfiguration(r, c.at(0)));
        });
    router.add("GET|POST", QStringLiteral("/devicelogin"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) {
            respond(m_deviceCodes.loginPage(r));
        });
}

SimResponse EntraEndpoints::token(const SimRequest &request, const QString &tenantPath)
{
    const QString grantType = request.formValue(QStringLiteral("grant_type"));
    if (grantType.isEmpty())
        return entraError(400, QStringLiteral("invalid_request"), 900144,
            QStringLiteral("The request body must contain the following parameter: 'grant_type'."), request);
    if (grantType == QLatin1String("client_credentials"))
        return clientCredentials(request, tenantPath);
    if (grantType == QLatin1String("authorization_code"))
        return m_authCodes.redeem(request, tenantPath);
    if (grantType == QLatin1String("urn:ietf:params:oauth:grant-type:device_code")
        || grantType == QLatin1String("device_code"))
        return m_deviceCodes.poll(request);
    if (grantType == QLatin1String("refresh_token"))
        return refresh(request, tenantPath);
    return entraError(400, QStringLiteral("unsupported_grant_type"), 70003,
        QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grantType), request);
}

SimResponse EntraEndpoints::clientCredentials(const SimRequest &request, const QString &tenantPath)
{
    QString clientId = request.formValue(QStringLiteral("client_id"));
    QString secret = request.formValue(QStringLiteral("client_secret"));
    const QByteArray basic = request.header("Authorization");
    if (basic.startsWith("Basic ")) {
        // HTTP Basic client authentication: base64(urlencode(id):urlencode(secret)).
        const QByteArray decoded = QByteArray::fromBase64(basic.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    const Tenant *tenant = m_context.estate.findTenant(tenantPath);
    if (!tenant)
        return entraError(400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenantPath),
            request);
    const ServicePrincipal *sp = m_context.estate.findServicePrincipal(clientId);
    if (!sp || sp->tenantId != tenant->id)
        return entraError(400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory '%2'. This "
                           "can happen if the application has not been installed by the administrator "
                           "of the tenant or consented to by any user in the tenant. You may have sent "
                           "your authentication request to the wrong tenant.")
                .arg(clientId, tenant->displayName),
            request);
    if (secret.isEmpty() && request.formValue(QStringLiteral("client_assertion")).isEmpty())
        return entraError(401, QStringLiteral("invalid_client"), 7000218,
            QStringLiteral("The request body must contain the following parameter: 'client_assertion' "
                           "or 'client_secret'."),
            request);
    if (secret != sp->secret)
        return entraError(401, QStringLiteral("invalid_client"), 7000215,
            QStringLiteral("Invalid client secret provided. Ensure the secret being sent in the request "
                           "is the client secret value, not the client secret ID, for a secret added to "
                           "app '%1'.")
                .arg(sp->clientId),
            request);
    return m_issuer.issueForApp(request, *sp, request.formValue(QStringLiteral("scope")));
}

SimResponse EntraEndpoints::refresh(const SimRequest &request, const QString &tenantPath)
{
    const QString token = request.formValue(QStringLiteral("refresh_token"));
    auto it = m_grants.refreshTokens.find(token);
    if (token.isEmpty() || it == m_grants.refreshTokens.end())
        return entraError(400, QStringLiteral("invalid_grant"), 9002313,
            QStringLiteral("Invalid request. Request is malformed or invalid: the refresh token is not "
                           "recognised."),
            request);
    RefreshGrant &grant = it.value();
    if (grant.used)
        return entraError(400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("Provided grant is invalid or malformed: the refresh token was already used "
                           "and has been replaced by a newer one."),
            request);
    if (m_context.clock.nowMs() > grant.expiresAtMs)
        return entraError(400, QStringLiteral("invalid_grant"), 700082,
            QStringLiteral("The refresh token has expired due to inactivity."), request);
    if (request.formValue(QStringLiteral("client_id")) != grant.clientId)
        return entraError(400, QStringLiteral("invalid_grant"), 70000,
            QStringLiteral("Provided grant is invalid or malformed: the refresh token was issued to "
                           "another client."),
            request);
    const User *user = m_context.estate.findUser(grant.upn);
    if (!user)
        return unknownUserError(request);
    const QString scope = GrantStore::effectiveScope(request.formValue(QStringLiteral("scope")), grant.scope);
    SimResponse response = m_issuer.issueForUser(request, *user, tenantPath, grant.clientId, scope, true);
    if (response.status == 200)
        grant.used = true; // rotation: the new refresh token in the response replaces this one
    return response;
}

SimResponse EntraEndpoints::openIdConfiguration(const SimRequest &request, const QString &tenantPath)
{
    const Tenant *tenant = m_context.estate.findTenant(tenantPath);
    const QString issuerTenant = tenant ? tenant->id : QStringLiteral("{tenantid}");
    const QString base = request.baseUrl() + QLatin1Char('/') + tenantPath;
    return SimResponse::json(200,
        QJsonObject {
            { QStringLiteral("issuer"), QStringLiteral("%1/%2/v2.0").arg(request.baseUrl(), issuerTenant) },
            { QStringLiteral("authorization_endpoint"), base + QStringLiteral("/oauth2/v2.0/authorize") },
            { QStringLiteral("token_endpoint"), base + QStringLiteral("/oauth2/v2.0/token") },
            { QStringLiteral("device_authorization_endpoint"), base + QStringLiteral("/oauth2/v2.0/devicecode") },
            { QStringLiteral("response_types_supported"), QJsonArray { QStringLiteral("code") } },
            { QStringLiteral("code_challenge_methods_supported"),
                QJsonArray { QStringLiteral("S256"), QStringLiteral("plain") } },
            { QStringLiteral("tenant_region_scope"), QStringLiteral("EU") },
        });
}

} // namespace Apim::Sim
