#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class DeviceCodeFlow;
class Router;
struct SimContext;

// /_sim/*: the test and demo remote control (no auth, JSON): health, faults, config,
// clock, device code approval, the redacted request log and the estate's state.
class ControlEndpoints
{
public:
    ControlEndpoints(SimContext &context, DeviceCodeFlow &deviceCodes)
        : m_context(context)
        , m_deviceCodes(deviceCodes)
    { }

    void registerRoutes(Router &router);

private:
    SimResponse faults(const SimRequest &request);
    SimResponse config(const SimRequest &request);
    SimResponse clock(const SimRequest &request);
    SimResponse device(const SimRequest &request, bool approve);
    SimResponse state() const;

    SimContext &m_context;
    DeviceCodeFlow &m_deviceCodes;
};

} // namespace Apim::Sim
