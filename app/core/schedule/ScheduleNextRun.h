#pragma once

#include <QDateTime>
#include <QString>

namespace Apim::Core {

// When a five-field cron time ("30 2 * * 1-5", as ScheduleCalendar::cronTimes says the
// schedule for every scheduler) next comes after a moment, in local time. Supports what
// the generators write: numbers, *, lists, ranges, steps and day names. Invalid when the
// text is not such a time or nothing matches within five years.
namespace ScheduleNextRun {

QDateTime after(const QString &cronTimes, const QDateTime &moment);

} // namespace ScheduleNextRun

} // namespace Apim::Core
