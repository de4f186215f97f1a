#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class ArmGuard;
class Router;
struct SimContext;

// API Management services (list by subscription or resource group, get) and their APIs
// (list, get, put, delete): the configuration a backup captures. API writes are allowed
// while a backup runs and are recorded in the Activity Log.
class ApimEndpoints
{
public:
    ApimEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);

private:
    SimResponse listServices(const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup);
    SimResponse getService(const SimRequest &request, const QStringList &captures);
    SimResponse apis(const SimRequest &request, const QStringList &captures);

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
