#pragma once

#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// When the job runs, said in each scheduler's syntax: ScheduleSpec::every (daily, weekly
// or a cron expression) with its time of day and weekday. Every function returns empty
// and sets *error (translated) when the schedule cannot be said that way.
class ScheduleCalendar
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    static QString onCalendar(const ScheduleSpec &spec, QString *error = nullptr); // systemd
    static QString cronTimes(const ScheduleSpec &spec, QString *error = nullptr); // "30 2 * * *"
    // {"/SC", "DAILY", "/ST", "02:00"}
    static QStringList schtasksSchedule(const ScheduleSpec &spec, QString *error = nullptr);
    // What keeps the schedule from being said for the spec's format; empty: nothing.
    static QString problem(const ScheduleSpec &spec);

    // 0 for Sunday to 6 for Saturday from "sun", "Monday", ...; -1 when it is none.
    static int weekdayIndex(const QString &text);
    static QString weekdayError(const QString &weekday);
};

} // namespace Apim::Core
