#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class ArmGuard;
class Router;
struct SimContext;

// POST /providers/Microsoft.ResourceGraph/resources: answers queries over
// microsoft.apimanagement/service (and microsoft.storage/storageaccounts) with full
// resource rows, paged by $top/$skip/$skipToken. It can be switched off (403) so that
// clients' per-subscription fallback gets exercised.
class ResourceGraphEndpoint
{
public:
    ResourceGraphEndpoint(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);
    void warm() { servicesById(); } // sorts the estate's services now rather than on the first query

private:
    SimResponse query(const SimRequest &request);
    struct SortedService
    {
        int index; // in the estate's services
        QString subscriptionId; // lower case
    };
    const QList<SortedService> &servicesById();

    SimContext &m_context;
    const ArmGuard &m_guard;
    QList<SortedService> m_servicesById;
};

} // namespace Apim::Sim
