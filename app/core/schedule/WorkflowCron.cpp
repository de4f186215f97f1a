#include "schedule/WorkflowCron.h"

#include "schedule/ScheduleCalendar.h"

#include <QRegularExpression>
#include <QStringList>

namespace Apim::Core {

namespace {

const char *const kMonths[] = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

struct FieldRange
{
    int low;
    int high;
    bool weekday;
    bool month;
};

// A number, or a three-letter name for months and weekdays; -1 when it is neither.
int fieldValue(const QString &text, const FieldRange &range)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (ok)
        return number;
    const QString key = text.toLower();
    if (range.weekday && key.size() == 3)
        return ScheduleCalendar::weekdayIndex(key);
    if (range.month) {
        for (int i = 0; i < 12; ++i) {
            if (key == QLatin1String(kMonths[i]))
                return i + 1;
        }
    }
    return -1;
}

// One field with names written as numbers and Sunday as 0; empty + *error when an engine would refuse it.
QString cronField(const QString &field, const FieldRange &range, QString *error)
{
    static const QRegularExpression item(
        QStringLiteral("^(\\*|[0-9]{1,2}|[A-Za-z]{3})(?:-([0-9]{1,2}|[A-Za-z]{3}))?(?:/([0-9]{1,2}))?$"));
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = item.match(part);
        const bool star = match.captured(1) == QLatin1String("*");
        const int start = star ? range.low : fieldValue(match.captured(1), range);
        const int end = match.captured(2).isEmpty() ? start : fieldValue(match.captured(2), range);
        const QString step = match.captured(3);
        const int high = range.weekday ? 7 : range.high;
        if (!match.hasMatch() || start < range.low || start > high || end < start || end > high
            || (star && !match.captured(2).isEmpty()) || (!step.isEmpty() && step.toInt() < 1)) {
            *error = WorkflowCron::tr("\"%1\" in the cron expression is not something GitHub Actions and Azure "
                                      "Pipelines both accept (%2-%3, *, lists, ranges and steps).")
                         .arg(part)
                         .arg(range.low)
                         .arg(range.high);
            return {};
        }
        const bool hasEnd = !match.captured(2).isEmpty();
        QString text;
        if (star)
            text = QStringLiteral("*");
        else if (!hasEnd)
            text = QString::number(range.weekday && start == 7 ? 0 : start);
        else if (range.weekday && end == 7) // Sunday as 7 ends the week; the engines know it as 0
            text = start == 7 ? QStringLiteral("0")
                : start == 0  ? QStringLiteral("0-6")
                              : QStringLiteral("%1-6,0").arg(start);
        else
            text = QStringLiteral("%1-%2").arg(start).arg(end);
        if (!step.isEmpty() && range.weekday && end == 7 && hasEnd) {
            *error = WorkflowCron::tr("\"%1\": write Sunday as 0 in a day-of-week range with a step.").arg(part);
            return {};
        }
        if (!step.isEmpty())
            text += QLatin1Char('/') + step;
        out.append(text);
    }
    return out.join(QLatin1Char(','));
}

} // namespace

QString WorkflowCron::offsetText(int utcOffsetSeconds)
{
    const int minutes = qAbs(utcOffsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(utcOffsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString WorkflowCron::utc(const ScheduleSpec &spec, int utcOffsetSeconds, QString *error)
{
    QString problem;
    QString result;
    const QString every = spec.every.trimmed();
    if (every.compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0
        || every.compare(QLatin1String("weekly"), Qt::CaseInsensitive) == 0) {
        const bool weekly = every.compare(QLatin1String("weekly"), Qt::CaseInsensitive) == 0;
        const int day = ScheduleCalendar::weekdayIndex(spec.weekday);
        if (!spec.at.isValid()) {
            problem = tr("The time of day is not valid: write it as HH:MM, e.g. 02:30.");
        } else if (weekly && day < 0) {
            problem = ScheduleCalendar::weekdayError(spec.weekday);
        } else {
            const int local = spec.at.hour() * 60 + spec.at.minute();
            int minutes = local - utcOffsetSeconds / 60;
            int dayShift = 0;
            while (minutes < 0) {
                minutes += 24 * 60;
                --dayShift;
            }
            while (minutes >= 24 * 60) {
                minutes -= 24 * 60;
                ++dayShift;
            }
            result = QStringLiteral("%1 %2 * * ").arg(minutes % 60).arg(minutes / 60)
                + (weekly ? QString::number(((day + dayShift) % 7 + 7) % 7) : QStringLiteral("*"));
        }
    } else {
        const QStringList fields = every.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 5) {
            problem = tr("\"%1\" is neither daily, weekly nor a cron expression of five fields (minute hour "
                         "day-of-month month day-of-week), e.g. \"30 2 * * 1-5\".")
                          .arg(every);
        } else {
            const FieldRange ranges[] = { { 0, 59, false, false }, { 0, 23, false, false }, { 1, 31, false, false },
                { 1, 12, false, true }, { 0, 6, true, false } };
            QStringList out;
            for (int i = 0; i < 5 && problem.isEmpty(); ++i)
                out.append(cronField(fields.at(i), ranges[i], &problem));
            result = out.join(QLatin1Char(' '));
        }
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : QString();
}

} // namespace Apim::Core
