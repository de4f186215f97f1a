#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

struct Fault;

// The ARM answer to an injected `error` fault, with the code and message ARM gives for
// that status: 403 AuthorizationFailed naming the caller, the action and the scope (a
// caller without the role), 404 NotFound, 409 Conflict, 5xx server errors.
class FaultErrors
{
public:
    static SimResponse armError(const Fault &fault, const SimRequest &request);
    // The message a 5xx carries when the fault gives none (also used on the Entra paths).
    static QString defaultMessage(int status);
    // "Microsoft.ApiManagement/service/apis/read": the RBAC action a request needs.
    static QString action(const SimRequest &request);
};

} // namespace Apim::Sim
