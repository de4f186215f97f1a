#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class ArmGuard;
class Router;
struct SimContext;

// API Management services: list by subscription or resource group, get. Their child
// resources are ChildEndpoints'.
class ApimEndpoints
{
public:
    ApimEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);
    // ARM's 404 for a service that does not exist.
    static SimResponse serviceNotFound(const QString &name, const QString &resourceGroup);

private:
    SimResponse listServices(const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup);
    SimResponse getService(const SimRequest &request, const QStringList &captures);

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
