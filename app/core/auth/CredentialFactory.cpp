#include "auth/CredentialFactory.h"

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "auth/EnvironmentCredential.h"
#include "auth/InteractiveBrowserCredential.h"
#include "auth/RefreshTokenSession.h"
#include "auth/UserCredential.h"

namespace Apim::Core {

CredentialFactory::CredentialFactory(EntraClient *entra, UrlOpener *opener, const Clock &clock)
    : m_entra(entra)
    , m_opener(opener)
    , m_clock(clock)
    , m_environment(QProcessEnvironment::systemEnvironment())
{ }

CredentialFactory::Made CredentialFactory::signIn(
    const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const
{
    Made made;
    // The tenant is checked for every method before anything is sent: a tenant that is not
    // a GUID or a domain would become part of the sign-in URL's path.
    const QString tenant = options.tenant.trimmed();
    if (const QString problem = ClientSecretCredential::tenantProblem(tenant, false); !problem.isEmpty()) {
        made.error = { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"), problem };
        return made;
    }
    const QString environmentTenant = m_environment.value(QStringLiteral("AZURE_TENANT_ID")).trimmed();
    if (options.method == SignInMethod::Environment && !tenant.isEmpty()
        && tenant.compare(environmentTenant, Qt::CaseInsensitive) != 0) {
        // Sign-in from the environment uses AZURE_TENANT_ID; a different --tenant would be
        // ignored without a word, and the commands would run in another tenant than asked.
        made.error = { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"),
            tr("Sign-in from the environment uses AZURE_TENANT_ID (%1), not the tenant \"%2\" given. Leave the "
               "tenant out, or set AZURE_TENANT_ID to it.")
                .arg(environmentTenant.isEmpty() ? tr("not set") : environmentTenant, tenant) };
        return made;
    }
    switch (options.method) {
    case SignInMethod::Browser:
        made = browser(options, cloud, parent);
        break;
    case SignInMethod::DeviceCode:
        made = deviceCode(options, cloud, parent);
        break;
    case SignInMethod::ServicePrincipal:
        made = servicePrincipal(options, parent);
        break;
    case SignInMethod::Environment:
        made = environment(parent);
        break;
    case SignInMethod::AzureCli:
        made.credential = new AzureCliCredential(m_clock, options.tenant.trimmed(), m_azProgram, parent);
        made.info.tenantId = options.tenant.trimmed();
        break;
    case SignInMethod::None:
        made.error = { AuthError::Kind::Other, QStringLiteral("no_method"), tr("Choose how to sign in.") };
        break;
    }
    made.info.method = options.method;
    made.info.cloudName = cloud.name();
    return made;
}

CredentialFactory::Made CredentialFactory::browser(
    const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const
{
    AuthorizationCodeFlow::Options flow;
    if (!options.tenant.isEmpty())
        flow.tenant = options.tenant.trimmed();
    if (!options.clientId.isEmpty())
        flow.clientId = options.clientId.trimmed();
    flow.scopes = { cloud.armScope() };
    flow.timeoutMs = options.browserTimeoutMs;
    flow.loginHint = options.loginHint;
    Made made;
    made.info.clientId = flow.clientId;
    made.credential = new InteractiveBrowserCredential(m_entra, m_opener, flow, parent);
    return made;
}

CredentialFactory::Made CredentialFactory::deviceCode(
    const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const
{
    DeviceCodeFlow::Options flow;
    if (!options.tenant.isEmpty())
        flow.tenant = options.tenant.trimmed();
    if (!options.clientId.isEmpty())
        flow.clientId = options.clientId.trimmed();
    flow.scopes = { cloud.armScope() };
    Made made;
    made.info.clientId = flow.clientId;
    made.credential = new DeviceCodeCredential(m_entra, flow, parent);
    return made;
}

CredentialFactory::Made CredentialFactory::servicePrincipal(const SignInOptions &options, QObject *parent) const
{
    Made made;
    const QString tenant = options.tenant.trimmed();
    const QString clientId = options.clientId.trimmed();
    if (const QString problem = ClientSecretCredential::tenantProblem(tenant); !problem.isEmpty()) {
        made.error = { AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"), problem };
        return made;
    }
    if (clientId.isEmpty() || options.clientSecret.isEmpty()) {
        made.error = { AuthError::Kind::InvalidCredentials, QStringLiteral("missing_credentials"),
            tr("A service principal needs its client ID and a client secret.") };
        return made;
    }
    made.info.tenantId = tenant;
    made.info.homeTenantId = tenant;
    made.info.clientId = clientId;
    made.info.accountName = clientId;
    made.clientSecret = options.clientSecret;
    made.credential = new ClientSecretCredential(m_entra, tenant, clientId, options.clientSecret, parent);
    return made;
}

CredentialFactory::Made CredentialFactory::environment(QObject *parent) const
{
    Made made;
    ClientSecretCredential *credential = EnvironmentCredential::create(m_environment, m_entra, &made.error, parent);
    if (!credential)
        return made;
    made.credential = credential;
    made.info.tenantId = credential->tenantId();
    made.info.homeTenantId = made.info.tenantId;
    made.info.clientId = credential->clientId();
    made.info.accountName = credential->clientId();
    // The secret stays in the environment: nothing of it is stored.
    made.clientSecret = m_environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));
    return made;
}

CredentialFactory::Made CredentialFactory::restore(
    const AccountInfo &saved, const QString &secret, QObject *parent) const
{
    Made made;
    made.info = saved;
    switch (saved.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
        made.session = new RefreshTokenSession(m_entra, saved.clientId, parent);
        made.session->setRefreshToken(secret);
        made.credential = new UserCredential(made.session, saved.tenantId, saved.accountName, parent);
        break;
    case SignInMethod::ServicePrincipal:
        made.credential = new ClientSecretCredential(m_entra, saved.tenantId, saved.clientId, secret, parent);
        made.clientSecret = secret;
        break;
    case SignInMethod::AzureCli:
        made.credential = new AzureCliCredential(m_clock, saved.tenantId, m_azProgram, parent);
        break;
    case SignInMethod::Environment: {
        // The variables are read again: they may name another principal by now.
        const Made current = environment(parent);
        made.credential = current.credential;
        made.error = current.error;
        made.clientSecret = current.clientSecret;
        made.info.tenantId = current.info.tenantId;
        if (current.info.clientId.compare(saved.clientId, Qt::CaseInsensitive) != 0)
            made.info.displayName.clear(); // another principal: its name is not known yet
        made.info.clientId = current.info.clientId;
        made.info.accountName = current.info.accountName;
        break;
    }
    case SignInMethod::None:
        break;
    }
    return made;
}

TokenCredential *CredentialFactory::forTenant(const AccountInfo &account, const QString &tenant,
    RefreshTokenSession *userSession, const QString &clientSecret, QObject *parent) const
{
    switch (account.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
        return userSession ? new UserCredential(userSession, tenant, account.accountName, parent) : nullptr;
    case SignInMethod::ServicePrincipal:
    case SignInMethod::Environment:
        return new ClientSecretCredential(m_entra, tenant, account.clientId, clientSecret, parent);
    case SignInMethod::AzureCli:
        return new AzureCliCredential(m_clock, tenant, m_azProgram, parent);
    case SignInMethod::None:
        break;
    }
    return nullptr;
}

} // namespace Apim::Core
