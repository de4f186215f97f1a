#include "TokenIssuer.h"

#include "Audiences.h"
#include "EntraErrors.h"
#include "GrantStore.h"
#include "SimContext.h"

#include <QJsonDocument>
#include <QUuid>

namespace Apim::Sim {

namespace {
bool isGenericTenant(const QString &tenantPath)
{
    return tenantPath.compare(QLatin1String("organizations"), Qt::CaseInsensitive) == 0
        || tenantPath.compare(QLatin1String("common"), Qt::CaseInsensitive) == 0;
}

QString resourceScopes(const QString &scope)
{
    QStringList kept;
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : scopes) {
        if (s != QLatin1String("openid") && s != QLatin1String("profile") && s != QLatin1String("offline_access")
            && s != QLatin1String("email"))
            kept << s;
    }
    return kept.join(QLatin1Char(' '));
}
} // namespace

QString TokenIssuer::resolveUserTenant(
    const SimRequest &request, const User &user, const QString &tenantPath, SimResponse *error) const
{
    if (isGenericTenant(tenantPath))
        return user.tenants.first();
    const Tenant *tenant = m_context.estate.findTenant(tenantPath);
    if (!tenant) {
        *error = entraError(400, QStringLiteral("invalid_request"), 90002,
            QStringLiteral("Tenant '%1' not found. Check to make sure you have the correct tenant ID "
                           "and are signing into the correct cloud.")
                .arg(tenantPath),
            request);
        return {};
    }
    if (!user.tenants.contains(tenant->id, Qt::CaseInsensitive)) {
        *error = entraError(400, QStringLiteral("invalid_grant"), 50020,
            QStringLiteral("User account '%1' from identity provider does not exist in tenant '%2' "
                           "and cannot access the application in that tenant.")
                .arg(user.upn, tenant->displayName),
            request);
        return {};
    }
    return tenant->id;
}

SimResponse TokenIssuer::issueForUser(const SimRequest &request, const User &user, const QString &tenantPath,
    const QString &clientId, const QString &scope, bool withRefreshToken)
{
    SimResponse error;
    const QString tenantId = resolveUserTenant(request, user, tenantPath, &error);
    if (tenantId.isEmpty())
        return error;
    QString audience;
    if (Audiences::fromScope(scope, request.baseUrl(), &audience) == Audiences::Resource::Unknown)
        return entraError(400, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named %2. This "
                           "can happen if the application has not been installed by the administrator "
                           "of the tenant or consented to by any user in the tenant.")
                .arg(audience, tenantId),
            request);
    const qint64 now = m_context.clock.nowSecs();
    const int lifetime = m_context.config.tokenLifetimeSeconds;
    const QJsonObject claims {
        { QStringLiteral("aud"), audience },
        { QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(tenantId) },
        { QStringLiteral("iat"), now },
        { QStringLiteral("nbf"), now },
        { QStringLiteral("exp"), now + lifetime },
        { QStringLiteral("tid"), tenantId },
        { QStringLiteral("oid"), user.objectId },
        { QStringLiteral("sub"), deterministicUuid(user.objectId + clientId) },
        { QStringLiteral("upn"), user.upn },
        { QStringLiteral("unique_name"), user.upn },
        { QStringLiteral("name"), user.displayName },
        { QStringLiteral("appid"), clientId },
        { QStringLiteral("scp"), QStringLiteral("user_impersonation") },
        { QStringLiteral("idtyp"), QStringLiteral("user") },
        { QStringLiteral("ver"), QStringLiteral("1.0") },
        { QStringLiteral("uti"), GrantStore::randomToken(16) },
    };
    QJsonObject body {
        { QStringLiteral("token_type"), QStringLiteral("Bearer") },
        { QStringLiteral("scope"), resourceScopes(scope) },
        { QStringLiteral("expires_in"), lifetime },
        { QStringLiteral("ext_expires_in"), lifetime },
        { QStringLiteral("access_token"), m_context.signer.sign(claims) },
    };
    if (withRefreshToken) {
        const QString refreshToken = QStringLiteral("0.AS8A") + GrantStore::randomToken(96);
        m_grants.refreshTokens.insert(refreshToken,
            RefreshGrant { user.upn, clientId, scope, m_context.clock.nowMs() + qint64(90) * 24 * 3600 * 1000, false });
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    if (scope.split(QLatin1Char(' ')).contains(QStringLiteral("openid"))) {
        const QJsonObject idClaims {
            { QStringLiteral("aud"), clientId },
            { QStringLiteral("iss"), QStringLiteral("%1/%2/v2.0").arg(request.baseUrl(), tenantId) },
            { QStringLiteral("iat"), now },
            { QStringLiteral("nbf"), now },
            { QStringLiteral("exp"), now + lifetime },
            { QStringLiteral("name"), user.displayName },
            { QStringLiteral("oid"), user.objectId },
            { QStringLiteral("preferred_username"), user.upn },
            { QStringLiteral("sub"), deterministicUuid(user.objectId + clientId) },
            { QStringLiteral("tid"), tenantId },
            { QStringLiteral("ver"), QStringLiteral("2.0") },
        };
        body.insert(QStringLiteral("id_token"), m_context.signer.sign(idClaims));
    }
    if (request.formValue(QStringLiteral("client_info")) == QLatin1String("1")) {
        const QJsonObject info { { QStringLiteral("uid"), user.objectId },
            { QStringLiteral("utid"), user.tenants.first() } };
        body.insert(QStringLiteral("client_info"),
            QString::fromLatin1(QJsonDocument(info)
                                    .toJson(QJsonDocument::Compact)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    SimResponse r = SimResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

SimResponse TokenIssuer::issueForApp(const SimRequest &request, const ServicePrincipal &sp, const QString &scope)
{
    QString audience;
    const Audiences::Resource resource = Audiences::fromScope(scope, request.baseUrl(), &audience);
    if (!scope.trimmed().endsWith(QLatin1String("/.default")))
        return entraError(400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope %1 is not valid. Client credential flows must "
                           "have a scope value with /.default suffixed to the resource identifier "
                           "(application ID URI).")
                .arg(scope),
            request);
    if (resource == Audiences::Resource::Unknown)
        return entraError(400, QStringLiteral("invalid_resource"), 500011,
            QStringLiteral("The resource principal named %1 was not found in the tenant named %2.")
                .arg(audience, sp.tenantId),
            request);
    const qint64 now = m_context.clock.nowSecs();
    const int lifetime = m_context.config.tokenLifetimeSeconds;
    const QJsonObject claims {
        { QStringLiteral("aud"), audience },
        { QStringLiteral("iss"), QStringLiteral("https://sts.windows.net/%1/").arg(sp.tenantId) },
        { QStringLiteral("iat"), now },
        { QStringLiteral("nbf"), now },
        { QStringLiteral("exp"), now + lifetime },
        { QStringLiteral("tid"), sp.tenantId },
        { QStringLiteral("oid"), sp.objectId },
        { QStringLiteral("sub"), sp.objectId },
        { QStringLiteral("appid"), sp.clientId },
        { QStringLiteral("appidacr"), QStringLiteral("1") },
        { QStringLiteral("app_displayname"), sp.displayName },
        { QStringLiteral("idtyp"), QStringLiteral("app") },
        { QStringLiteral("ver"), QStringLiteral("1.0") },
        { QStringLiteral("uti"), GrantStore::randomToken(16) },
    };
    SimResponse r = SimResponse::json(200,
        QJsonObject {
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), lifetime },
            { QStringLiteral("ext_expires_in"), lifetime },
            { QStringLiteral("access_token"), m_context.signer.sign(claims) },
        });
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

} // namespace Apim::Sim
