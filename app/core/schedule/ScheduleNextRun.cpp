#include "schedule/ScheduleNextRun.h"

#include "schedule/ScheduleCalendar.h"

#include <QRegularExpression>
#include <QStringList>

#include <bitset>

namespace Apim::Core::ScheduleNextRun {

namespace {

using Field = std::bitset<64>;

// A number as written (a weekday of 7 is Sunday, mapped when the field is filled, so that
// "5-7" is Friday to Sunday), or a day name; -1 when it is neither.
int valueOf(const QString &text, bool weekday)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number;
    return weekday ? ScheduleCalendar::weekdayIndex(text) : -1;
}

// One cron field as the set of values it matches; false when it cannot be read.
bool parseField(const QString &text, int low, int high, bool weekday, Field *field)
{
    static const QRegularExpression item(QStringLiteral("^(\\*|[0-9A-Za-z]+)(?:-([0-9A-Za-z]+))?(?:/(\\d+))?$"));
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = item.match(part);
        if (!match.hasMatch())
            return false;
        int first = low;
        int last = high;
        if (match.captured(1) != QLatin1String("*")) {
            first = valueOf(match.captured(1), weekday);
            last = match.captured(2).isEmpty() ? first : valueOf(match.captured(2), weekday);
            if (!match.captured(3).isEmpty() && match.captured(2).isEmpty())
                last = high;
        }
        const int step = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        if (first < low || last > (weekday ? 7 : high) || first > last || step < 1)
            return false;
        // Counted up to the last value, never past it: a step as large as an int must not
        // overflow (nor set a bit outside the field, which throws).
        for (int value = first;; value += step) {
            field->set(std::size_t(weekday && value == 7 ? 0 : value));
            if (last - value < step)
                break;
        }
    }
    return true;
}

} // namespace

QDateTime after(const QString &cronTimes, const QDateTime &moment)
{
    const QStringList fields = cronTimes.simplified().split(QLatin1Char(' '));
    if (fields.size() != 5 || !moment.isValid())
        return {};
    Field minutes, hours, days, months, weekdays;
    if (!parseField(fields[0], 0, 59, false, &minutes) || !parseField(fields[1], 0, 23, false, &hours)
        || !parseField(fields[2], 1, 31, false, &days) || !parseField(fields[3], 1, 12, false, &months)
        || !parseField(fields[4], 0, 6, true, &weekdays))
        return {};
    // cron: when both days are restricted, either one matching is enough.
    const bool anyDay = fields[2] == QLatin1String("*");
    const bool anyWeekday = fields[4] == QLatin1String("*");
    const QDateTime local = moment.toLocalTime();
    const QDate start = local.date();
    for (int offset = 0; offset < 5 * 366; ++offset) {
        const QDate date = start.addDays(offset);
        if (!months.test(std::size_t(date.month())))
            continue;
        const bool dayMatches = days.test(std::size_t(date.day()));
        const bool weekdayMatches = weekdays.test(std::size_t(date.dayOfWeek() % 7));
        const bool matches = (anyDay || anyWeekday) ? (dayMatches && weekdayMatches) : (dayMatches || weekdayMatches);
        if (!matches)
            continue;
        for (int hour = 0; hour < 24; ++hour) {
            if (!hours.test(std::size_t(hour)))
                continue;
            for (int minute = 0; minute < 60; ++minute) {
                if (!minutes.test(std::size_t(minute)))
                    continue;
                const QDateTime candidate(date, QTime(hour, minute));
                if (candidate > local)
                    return candidate;
            }
        }
    }
    return {};
}

} // namespace Apim::Core::ScheduleNextRun
