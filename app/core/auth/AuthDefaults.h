#pragma once

#include <QString>

namespace Apim::Core::AuthDefaults {

// The public client that Azure CLI and the Azure SDKs use for developer sign-in: it is
// pre-consented for Azure Service Management in every tenant, so no app registration is
// needed. Overridable (--client-id) for organisations that require their own.
inline QString publicClientId()
{
    return QStringLiteral("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
}

// Work and school accounts of any tenant; the home tenant is learned from the id token.
inline QString interactiveTenant()
{
    return QStringLiteral("organizations");
}

inline bool isMultiTenantAlias(const QString &tenant)
{
    const QString lower = tenant.toLower();
    return lower.isEmpty() || lower == QLatin1String("organizations") || lower == QLatin1String("common")
        || lower == QLatin1String("consumers");
}

constexpr int kBrowserTimeoutMs = 5 * 60 * 1000;

} // namespace Apim::Core::AuthDefaults
