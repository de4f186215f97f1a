#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

// Token endpoint errors shaped like Entra ID's:
// {error, error_description "AADSTSnnnn: ...\r\nTrace ID: ...", error_codes, timestamp, trace_id, correlation_id}
SimResponse entraError(
    int status, const QString &error, int aadsts, const QString &description, const SimRequest &request);

// AADSTS50034: the grant names a user the estate does not (or no longer) know.
SimResponse unknownUserError(const SimRequest &request);

} // namespace Apim::Sim
