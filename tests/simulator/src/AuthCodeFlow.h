#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

struct GrantStore;
struct SimContext;
class TokenIssuer;

// Authorization code + PKCE: /authorize consents at once as the seed's default user (or
// the login_hint user) and redirects back with a code; the token endpoint redeems it once,
// within 10 minutes, with the same redirect_uri and the matching code_verifier.
class AuthCodeFlow
{
public:
    AuthCodeFlow(SimContext &context, GrantStore &grants, TokenIssuer &issuer)
        : m_context(context)
        , m_grants(grants)
        , m_issuer(issuer)
    { }

    SimResponse authorize(const SimRequest &request, const QString &tenantPath);
    SimResponse redeem(const SimRequest &request, const QString &tenantPath);

private:
    SimContext &m_context;
    GrantStore &m_grants;
    TokenIssuer &m_issuer;
};

} // namespace Apim::Sim
