#include "auth/EnvironmentCredential.h"

#include "auth/ClientSecretCredential.h"

#include <QStringList>

namespace Apim::Core {

ClientSecretCredential *EnvironmentCredential::create(
    const QProcessEnvironment &environment, EntraClient *entra, AuthError *error, QObject *parent)
{
    const QString tenant = environment.value(QStringLiteral("AZURE_TENANT_ID")).trimmed();
    const QString client = environment.value(QStringLiteral("AZURE_CLIENT_ID")).trimmed();
    const QString secret = environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));

    QStringList missing;
    if (tenant.isEmpty())
        missing << QStringLiteral("AZURE_TENANT_ID");
    if (client.isEmpty())
        missing << QStringLiteral("AZURE_CLIENT_ID");
    if (secret.isEmpty())
        missing << QStringLiteral("AZURE_CLIENT_SECRET");
    if (!missing.isEmpty()) {
        QString message = missing.size() == 1
            ? tr("%1 is not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and "
                 "AZURE_CLIENT_SECRET, as the Azure SDKs read them.")
                  .arg(missing.constFirst())
            : tr("%1 are not set. Sign-in from the environment needs AZURE_TENANT_ID, AZURE_CLIENT_ID and "
                 "AZURE_CLIENT_SECRET, as the Azure SDKs read them.")
                  .arg(missing.join(QLatin1String(", ")));
        if (secret.isEmpty() && !environment.value(QStringLiteral("AZURE_CLIENT_CERTIFICATE_PATH")).isEmpty())
            message
                += QLatin1Char(' ') + tr("Certificate sign-in (AZURE_CLIENT_CERTIFICATE_PATH) is not supported yet.");
        if (error)
            *error = { AuthError::Kind::InvalidCredentials, QStringLiteral("environment_incomplete"), message };
        return nullptr;
    }
    if (const QString problem = ClientSecretCredential::tenantProblem(tenant); !problem.isEmpty()) {
        if (error)
            *error = { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"),
                QStringLiteral("AZURE_TENANT_ID: ") + problem };
        return nullptr;
    }
    return new ClientSecretCredential(entra, tenant, client, secret, parent);
}

} // namespace Apim::Core
