#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

struct GrantStore;
struct ServicePrincipal;
struct SimContext;
struct User;

// Builds token endpoint responses: JWT access tokens whose audience comes from the scope,
// and for users a fresh refresh token (plus an id_token when openid is asked for).
class TokenIssuer
{
public:
    TokenIssuer(SimContext &context, GrantStore &grants)
        : m_context(context)
        , m_grants(grants)
    { }

    // tenantPath: the {tenant} of the token URL (GUID, domain, organizations, common).
    SimResponse issueForUser(const SimRequest &request, const User &user, const QString &tenantPath,
        const QString &clientId, const QString &scope, bool withRefreshToken);
    SimResponse issueForApp(const SimRequest &request, const ServicePrincipal &sp, const QString &scope);

    // The tenant a user's token is for, or an empty string (and *error) if the user is not in it.
    QString resolveUserTenant(
        const SimRequest &request, const User &user, const QString &tenantPath, SimResponse *error) const;

private:
    SimContext &m_context;
    GrantStore &m_grants;
};

} // namespace Apim::Sim
