#pragma once

#include "arm/ArmError.h"
#include "arm/ArmResponse.h"

#include <QString>

namespace Apim::Core {

// What one successful answer from an operation's status URL says, read without acting on
// it (OperationTracker acts). Azure-AsyncOperation answers a status object; a Location URL
// answers 202 while the operation runs and 200/204 (the resource, or nothing) at its end,
// unless the service sends a status object there too.
struct OperationStatusAnswer
{
    enum class Outcome {
        Unreadable, // a body that is not a JSON object (not for a 202: its body means nothing)
        Running,
        Succeeded,
        Failed,
        Canceled,
    };
    Outcome outcome = Outcome::Unreadable;
    QString status; // Azure's word; "InProgress" while running without one
    bool hasPercentComplete = false;
    double percentComplete = -1;
    ArmErrorDetail error; // Failed or Canceled: the status object's "error"

    // async: the URL came from Azure-AsyncOperation (else Location).
    static OperationStatusAnswer read(const ArmResponse &response, bool async);
};

} // namespace Apim::Core
