#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

class Router;

// GET /metadata/endpoints, as ARM serves it without a token (`az cloud register
// --endpoint-resource-manager` asks for it): every endpoint points at the simulator.
// api-version 2019-05-01 and later answer a list of clouds; older ones one cloud in the
// 2015 shape.
class MetadataEndpoint
{
public:
    void registerRoutes(Router &router);
    static SimResponse endpoints(const SimRequest &request);
};

} // namespace Apim::Sim
