#pragma once

#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QString>

namespace Apim::Core {

// The schedule as the five-field cron both GitHub Actions and Azure Pipelines read, in
// UTC. Daily and weekly at a local time are moved by the local offset at generation
// (a weekly day moves with them across midnight); a cron expression is taken as UTC, as
// the engines read it, and checked against what both accept: numbers, *, lists, ranges,
// steps, and three-letter month and day names (written as numbers).
class WorkflowCron
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    // Empty + *error (translated) when the schedule cannot be said that way.
    static QString utc(const ScheduleSpec &spec, int utcOffsetSeconds, QString *error = nullptr);
    // "+09:00", "-05:30", "+00:00".
    static QString offsetText(int utcOffsetSeconds);
};

} // namespace Apim::Core
