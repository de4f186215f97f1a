#pragma once

#include "arm/ArmRequest.h"
#include "arm/ArmResponse.h"
#include "operations/OperationRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Apim::Core {

// What the Activity Log says about one start request. ARM files every action it accepts
// there under the caller's x-ms-correlation-request-id, so when the answer to a start
// was lost (5xx, timeout, dropped connection) the log tells whether Azure took it: the
// one witness a restore leaves (a backup also leaves its file).
struct StartEvents
{
    enum class Result {
        NotFound, // no event under the correlation id (yet: the log can lag by minutes)
        Accepted, // Azure took the request; no end event yet
        Succeeded,
        Failed,
    };
    Result result = Result::NotFound;
    QDateTime at; // the newest matching event's time
    QString message; // Failed: the status message the event carries, when it has one
};

class ActivityLogLookup
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ActivityLogLookup)
public:
    // The events of record's subscription under its start correlation id, from shortly
    // before the record was written until now.
    static ArmRequest request(const OperationRecord &record, const QDateTime &now);
    // Reads an answer to request(); false and *problem when it has not the documented shape.
    static bool read(const ArmResponse &response, const OperationRecord &record, StartEvents *events, QString *problem);
};

} // namespace Apim::Core
