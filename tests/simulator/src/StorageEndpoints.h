#pragma once

#include "HttpTypes.h"

#include <optional>

namespace Apim::Sim {

class ArmGuard;
class Router;
struct Caller;
struct SimContext;
struct StorageAccount;

// The storage resource provider: accounts (blob endpoint = the Azurite path-style URL), the blob
// service (its CORS rules),
// listKeys (deniable per account in the seed), and blob containers, read from and created
// in Azurite itself so ARM and the data plane always agree.
class StorageEndpoints
{
public:
    StorageEndpoints(SimContext &context, const ArmGuard &guard)
        : m_context(context)
        , m_guard(guard)
    { }

    void registerRoutes(Router &router);

private:
    SimResponse listAccounts(const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup);
    SimResponse getAccount(const SimRequest &request, const QStringList &captures);
    SimResponse listKeys(const SimRequest &request, const QStringList &captures);
    void listContainers(const SimRequest &request, const QStringList &captures, const Responder &respond);
    SimResponse blobService(const SimRequest &request, const QStringList &captures);
    void putContainer(const SimRequest &request, const QStringList &captures, const Responder &respond);
    // Authorizes the call and finds the account in that subscription and resource group.
    const StorageAccount *account(
        const SimRequest &request, const QStringList &captures, Caller *caller, SimResponse *error);

    SimContext &m_context;
    const ArmGuard &m_guard;
};

} // namespace Apim::Sim
