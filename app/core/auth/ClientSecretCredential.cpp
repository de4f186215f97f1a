#include "auth/ClientSecretCredential.h"

#include "auth/EntraClient.h"

#include <QRegularExpression>

namespace Apim::Core {

ClientSecretCredential::ClientSecretCredential(
    EntraClient *entra, const QString &tenantId, const QString &clientId, const QString &clientSecret, QObject *parent)
    : CachingCredential(entra->clock(), parent)
    , m_entra(entra)
    , m_tenantId(tenantId.trimmed())
    , m_clientId(clientId.trimmed())
    , m_clientSecret(clientSecret)
{ }

QString ClientSecretCredential::tenantProblem(const QString &tenantId, bool specificTenant)
{
    const QString tenant = tenantId.trimmed().toLower();
    if (tenant.isEmpty())
        return specificTenant ? tr("A service principal needs its tenant: give the tenant ID (a GUID) or its domain "
                                   "with --tenant.")
                              : QString();
    if (tenant == QLatin1String("organizations") || tenant == QLatin1String("common")
        || tenant == QLatin1String("consumers"))
        return specificTenant ? tr("A service principal signs in to one specific tenant, not \"%1\": give the tenant "
                                   "ID (a GUID) or its domain.")
                                    .arg(tenantId.trimmed())
                              : QString();
    // Labels of letters, digits and inner hyphens: a GUID is one such label. Nothing that
    // could change the sign-in URL's path or query ('/', '?', '%', '#').
    static const QRegularExpression valid(QStringLiteral(
        "^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"));
    if (!valid.match(tenant).hasMatch())
        return tr("\"%1\" is not a tenant ID or domain: give a GUID such as 00000000-0000-0000-0000-000000000000 "
                  "or a domain such as contoso.onmicrosoft.com.")
            .arg(tenantId.trimmed().left(100));
    return {};
}

void ClientSecretCredential::fetchToken(const QString &scope, FetchCallback done)
{
    if (const QString problem = tenantProblem(m_tenantId); !problem.isEmpty()) {
        done({}, { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"), problem });
        return;
    }
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty()) {
        done({},
            { AuthError::Kind::InvalidCredentials, QStringLiteral("missing_credentials"),
                tr("A service principal needs a client ID and a client secret.") });
        return;
    }
    const EntraClient::FormFields form {
        { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
        { QStringLiteral("client_id"), m_clientId },
        { QStringLiteral("client_secret"), m_clientSecret },
        { QStringLiteral("scope"), scope },
    };
    m_entra->requestToken(m_tenantId, form, this,
        [done](const TokenResponse &response, const AuthError &error) { done(response.accessToken, error); });
}

} // namespace Apim::Core
