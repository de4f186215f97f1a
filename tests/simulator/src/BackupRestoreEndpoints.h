#pragma once

#include "HttpTypes.h"

#include <optional>

namespace Apim::Sim {

class ArmGuard;
class Router;
struct ApimService;
struct Caller;
struct Operation;
struct SimContext;
struct StorageTarget;

// POST .../service/{name}/backup and /restore (202 + Location [+ Azure-AsyncOperation]
// [+ Retry-After]), and the URLs a client polls: .../operationresults/{id} (202 until
// done, then 200 with the service, or the error) and .../locations/{loc}/operationStatuses/{id}.
class BackupRestoreEndpoints
{
public:
    BackupRestoreEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);

private:
    SimResponse start(const SimRequest &request, const QStringList &captures, bool backup);
    SimResponse operationResult(const SimRequest &request, const QStringList &captures);
    SimResponse operationStatus(const SimRequest &request, const QStringList &captures);
    // Validates the body the way APIM does and decides which storage key the service would use.
    std::optional<SimResponse> parseTarget(
        const SimRequest &request, const ApimService &service, bool backup, StorageTarget *target) const;
    void addPollingHeaders(SimResponse &response, const SimRequest &request, const Operation &op) const;
    QString locationUrl(const SimRequest &request, const Operation &op) const;
    QString asyncOperationUrl(const SimRequest &request, const Operation &op) const;

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
