#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class ArmGuard;
class Router;
struct SimContext;

// GET /subscriptions (the token's tenant only), /subscriptions/{id} and /tenants (the
// tenants the signed-in user belongs to), paged with nextLink.
class SubscriptionEndpoints
{
public:
    SubscriptionEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);

private:
    SimResponse subscriptions(const SimRequest &request);
    SimResponse subscription(const SimRequest &request, const QString &id);
    SimResponse tenants(const SimRequest &request);

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
