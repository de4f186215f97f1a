#pragma once

#include "HttpTypes.h"

#include <optional>

namespace Apim::Sim {

class ArmGuard;
class Router;
struct ApimService;
struct Caller;
struct SimContext;

// A service's child resources, the configuration a backup captures: APIs (with their
// revisions), products, named values, backends, the global policy, APIM subscriptions and
// users. Lists are paged like APIM's ($top/$skip, nextLink, count); GET, PUT and DELETE
// work on single items. Writes are allowed while a backup runs and go to the Activity Log.
class ChildEndpoints
{
public:
    ChildEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);

private:
    // Bearer, subscription and service checks; fills *service, or returns the error to send.
    std::optional<SimResponse> open(
        const SimRequest &request, const QStringList &captures, Caller *caller, ApimService **service);
    SimResponse list(const SimRequest &request, const QStringList &captures);
    SimResponse get(const SimRequest &request, const QStringList &captures);
    SimResponse put(const SimRequest &request, const QStringList &captures);
    SimResponse remove(const SimRequest &request, const QStringList &captures);
    SimResponse revisions(const SimRequest &request, const QStringList &captures);
    // The properties a PUT leaves in place, or the error; *created: the item is new.
    std::optional<SimResponse> merged(const ApimService &service, const QString &collection, const QString &name,
        const QJsonObject &body, QJsonObject *properties, bool *created) const;
    void record(const ApimService &service, const QString &collection, const QString &name, const QString &verb,
        const Caller &caller, const QString &correlationId);

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
