#pragma once

#include "HttpTypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

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

    // The compact JSON of the subscriptions a tenant sees, serialised on its first list:
    // the estate's subscriptions do not change once the seed is loaded, and a page of 1,000
    // built again on every request made the benchmarks measure the simulator.
    const QList<QByteArray> &rowsOf(const QString &tenantId);

    SimContext &m_context;
    const ArmGuard &m_guard;
    QHash<QString, QList<QByteArray>> m_rowsByTenant; // lower-case tenant id
};

} // namespace Apim::Sim
