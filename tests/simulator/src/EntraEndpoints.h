#pragma once

#include "AuthCodeFlow.h"
#include "DeviceCodeFlow.h"
#include "GrantStore.h"
#include "TokenIssuer.h"

namespace Apim::Sim {

class Router;

// Microsoft Entra ID under /{tenant}/oauth2/v2.0/: token (client_credentials,
// authorization_code, device_code, refresh_token), devicecode, authorize; plus the
// /devicelogin page and an OpenID discovery document.
class EntraEndpoints
{
public:
    explicit EntraEndpoints(SimContext &context);

    void registerRoutes(Router &router);
    DeviceCodeFlow &deviceCodes() { return m_deviceCodes; }

private:
    SimResponse token(const SimRequest &request, const QString &tenantPath);
    SimResponse clientCredentials(const SimRequest &request, const QString &tenantPath);
    SimResponse refresh(const SimRequest &request, const QString &tenantPath);
    SimResponse openIdConfiguration(const SimRequest &request, const QString &tenantPath);

    SimContext &m_context;
    GrantStore m_grants;
    TokenIssuer m_issuer;
    AuthCodeFlow m_authCodes;
    DeviceCodeFlow m_deviceCodes;
};

} // namespace Apim::Sim
