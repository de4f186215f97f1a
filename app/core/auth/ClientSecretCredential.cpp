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

QString ClientSecretCredential::tenantProblem(const QString &tenantId)
{
    const QString tenant = tenantId.trimmed().toLower();
    if (tenant.isEmpty())
        return tr("A service principal needs its tenant: give the tenant ID (a GUID) or its domain with --tenant.");
    if (tenant == QLatin1String("organizations") || tenant == QLatin1String("common")
        || tenant == QLatin1String("consumers"))
        return tr("A service principal signs in to one specific tenant, not \"%1\": give the tenant ID (a GUID) or "
                  "its domain.")
            .arg(tenantId.trimmed());
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    if (!valid.match(tenant).hasMatch())
        return tr("\"%1\" is not a tenant ID or domain.").arg(tenantId.trimmed());
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
