#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

struct GrantStore;
struct SimContext;
class TokenIssuer;

// Device code flow: /devicecode hands out codes, polling the token endpoint answers
// authorization_pending / slow_down / expired_token / authorization_declined until the code
// is approved, on the /devicelogin page, through /_sim/device/approve, or by itself after
// deviceCodeAutoApproveAfterPolls polls so demos and tests need no browser.
class DeviceCodeFlow
{
public:
    DeviceCodeFlow(SimContext &context, GrantStore &grants, TokenIssuer &issuer)
        : m_context(context)
        , m_grants(grants)
        , m_issuer(issuer)
    { }

    SimResponse start(const SimRequest &request, const QString &tenantPath);
    SimResponse poll(const SimRequest &request);
    SimResponse loginPage(const SimRequest &request);

    // Empty string on success, else why not.
    QString approve(const QString &userCode, const QString &upn);
    QString decline(const QString &userCode);

private:
    SimContext &m_context;
    GrantStore &m_grants;
    TokenIssuer &m_issuer;
};

} // namespace Apim::Sim
