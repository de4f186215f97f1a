#pragma once

#include "Estate.h"
#include "FaultInjector.h"
#include "ServiceJsonCache.h"
#include "SimClock.h"
#include "SimConfig.h"
#include "TokenSigner.h"

namespace Apim::Sim {

class ActivityLog;
class AzuriteClient;
class OperationManager;
class RequestLog;

// The simulator's shared state, handed to every endpoint group. Owned by SimServer.
struct SimContext
{
    Estate estate;
    SimConfig config;
    SimClock clock;
    TokenSigner signer;
    FaultInjector faults;
    ServiceJsonCache serviceJson;
    QString azuriteUrl; // http://127.0.0.1:10000, no trailing slash; empty: no Azurite
    ActivityLog *activity = nullptr;
    AzuriteClient *azurite = nullptr;
    OperationManager *operations = nullptr;
    RequestLog *requestLog = nullptr;

    QString blobEndpoint(const QString &account) const
    {
        return azuriteUrl + QLatin1Char('/') + account + QLatin1Char('/');
    }
};

} // namespace Apim::Sim
