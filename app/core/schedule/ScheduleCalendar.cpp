#include "schedule/ScheduleCalendar.h"

#include <QRegularExpression>

namespace Apim::Core {

namespace {

const char *const kWeekdays[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
const char *const kSystemdWeekdays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

QStringList cronFields(const QString &every)
{
    return every.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString notACronExpression(const QString &every)
{
    return ScheduleCalendar::tr("\"%1\" is neither daily, weekly nor a cron expression of five fields (minute hour "
                                "day-of-month month day-of-week), e.g. \"30 2 * * 1-5\".")
        .arg(every);
}

// Why one item of a cron field (start[-end][/step]) has no OnCalendar equivalent; empty: it has one.
QString calendarItemError(const QString &part, const QRegularExpressionMatch &match, int low, int high)
{
    if (!match.hasMatch())
        return ScheduleCalendar::tr("\"%1\" in the cron expression has no systemd equivalent here.").arg(part);
    const QString start = match.captured(1);
    const QString end = match.captured(2);
    const QString step = match.captured(3);
    auto inRange = [&](const QString &number) {
        bool ok = false;
        const int value = number.toInt(&ok);
        return ok && value >= low && value <= high;
    };
    if ((start != QLatin1String("*") && !inRange(start)) || (!end.isEmpty() && !inRange(end))
        || (!step.isEmpty() && step.toInt() < 1))
        return ScheduleCalendar::tr("\"%1\" in the cron expression is out of range (%2-%3).")
            .arg(part)
            .arg(low)
            .arg(high);
    if (start == QLatin1String("*") && !end.isEmpty())
        return ScheduleCalendar::tr("\"%1\" in the cron expression is not valid.").arg(part);
    if (!end.isEmpty() && !step.isEmpty())
        return ScheduleCalendar::tr("\"%1\": a range with a step has no systemd equivalent; list the values instead.")
            .arg(part);
    return {};
}

// One cron field (minute, hour, day of month or month) in OnCalendar's syntax: lists stay
// lists, a-b becomes a..b, */n becomes first/n. Empty + *error when it has no equivalent.
QString calendarField(const QString &field, int low, int high, QString *error)
{
    static const QRegularExpression item(QStringLiteral("^(\\*|\\d{1,2})(?:-(\\d{1,2}))?(?:/(\\d{1,2}))?$"));
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = item.match(part);
        *error = calendarItemError(part, match, low, high);
        if (!error->isEmpty())
            return {};
        const QString start = match.captured(1);
        const QString end = match.captured(2);
        const QString step = match.captured(3);
        if (start == QLatin1String("*"))
            out.append(step.isEmpty() ? QStringLiteral("*") : QString::number(low) + QLatin1Char('/') + step);
        else if (!end.isEmpty())
            out.append(start + QStringLiteral("..") + end);
        else
            out.append(step.isEmpty() ? start : start + QLatin1Char('/') + step);
    }
    return out.join(QLatin1Char(','));
}

// Day of week: 0-7 (0 and 7 are Sunday) or names, lists and ranges; "*" gives "".
QString calendarWeekdays(const QString &field, QString *error)
{
    if (field == QLatin1String("*"))
        return {};
    auto day = [](const QString &text) {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (ok)
            return number >= 0 && number <= 7 ? number % 7 : -1;
        return text.size() == 3 ? ScheduleCalendar::weekdayIndex(text) : -1;
    };
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QStringList range = part.split(QLatin1Char('-'));
        const int first = day(range.value(0));
        const int last = range.size() == 2 ? day(range.value(1)) : first;
        if (range.size() > 2 || first < 0 || last < 0) {
            *error = ScheduleCalendar::tr("\"%1\" is not a day of the week (0-7 or sun-sat).").arg(part);
            return {};
        }
        out.append(range.size() == 2
                ? QLatin1String(kSystemdWeekdays[first]) + QStringLiteral("..") + QLatin1String(kSystemdWeekdays[last])
                : QString::fromLatin1(kSystemdWeekdays[first]));
    }
    return out.join(QLatin1Char(','));
}

// A five-field cron expression as OnCalendar; empty + *problem when systemd cannot say it.
QString cronOnCalendar(const QString &every, QString *problem)
{
    const QStringList fields = cronFields(every);
    if (fields.size() != 5) {
        *problem = notACronExpression(every);
        return {};
    }
    if (fields.at(2) != QLatin1String("*") && fields.at(4) != QLatin1String("*")) {
        // cron runs when either matches, systemd only when both do.
        *problem = ScheduleCalendar::tr("A cron expression with both a day of the month and a day of the week means "
                                        "\"either\" to cron but \"both\" to systemd: use one of them, or --format "
                                        "cron.");
        return {};
    }
    const QString minute = calendarField(fields.at(0), 0, 59, problem);
    const QString hour = problem->isEmpty() ? calendarField(fields.at(1), 0, 23, problem) : QString();
    const QString dom = problem->isEmpty() ? calendarField(fields.at(2), 1, 31, problem) : QString();
    const QString month = problem->isEmpty() ? calendarField(fields.at(3), 1, 12, problem) : QString();
    const QString days = problem->isEmpty() ? calendarWeekdays(fields.at(4), problem) : QString();
    if (!problem->isEmpty())
        return {};
    return (days.isEmpty() ? QString() : days + QLatin1Char(' ')) + QStringLiteral("*-") + month + QLatin1Char('-')
        + dom + QLatin1Char(' ') + hour + QLatin1Char(':') + minute + QStringLiteral(":00");
}

template<typename Result>
Result finish(const Result &result, const QString &problem, QString *error)
{
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : Result();
}

} // namespace

int ScheduleCalendar::weekdayIndex(const QString &text)
{
    const QString key = text.trimmed().left(3).toLower();
    if (text.trimmed().size() < 3)
        return -1;
    for (int i = 0; i < 7; ++i) {
        if (key == QLatin1String(kWeekdays[i]))
            return i;
    }
    return -1;
}

QString ScheduleCalendar::weekdayError(const QString &weekday)
{
    return tr("\"%1\" is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.").arg(weekday);
}

QString ScheduleCalendar::onCalendar(const ScheduleSpec &spec, QString *error)
{
    QString problem;
    const QString time = spec.at.toString(QStringLiteral("HH:mm")) + QStringLiteral(":00");
    QString result;
    if (spec.every == QLatin1String("daily")) {
        result = QStringLiteral("*-*-* ") + time;
    } else if (spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(spec.weekday);
        if (day < 0)
            problem = weekdayError(spec.weekday);
        else
            result = QLatin1String(kSystemdWeekdays[day]) + QStringLiteral(" *-*-* ") + time;
    } else {
        result = cronOnCalendar(spec.every, &problem);
    }
    return finish(result, problem, error);
}

QString ScheduleCalendar::cronTimes(const ScheduleSpec &spec, QString *error)
{
    QString problem;
    QString result;
    const QString minuteHour = QStringLiteral("%1 %2").arg(spec.at.minute()).arg(spec.at.hour());
    if (spec.every == QLatin1String("daily")) {
        result = minuteHour + QStringLiteral(" * * *");
    } else if (spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(spec.weekday);
        if (day < 0)
            problem = weekdayError(spec.weekday);
        else
            result = minuteHour + QStringLiteral(" * * ") + QString::number(day);
    } else {
        static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*/,-]+$"));
        const QStringList fields = cronFields(spec.every);
        bool ok = fields.size() == 5;
        for (const QString &f : fields)
            ok = ok && field.match(f).hasMatch();
        if (!ok)
            problem = notACronExpression(spec.every);
        else
            result = fields.join(QLatin1Char(' '));
    }
    return finish(result, problem, error);
}

QStringList ScheduleCalendar::schtasksSchedule(const ScheduleSpec &spec, QString *error)
{
    QString problem;
    QStringList result;
    const QString time = spec.at.toString(QStringLiteral("HH:mm"));
    if (spec.every == QLatin1String("daily")) {
        result = { QStringLiteral("/SC"), QStringLiteral("DAILY"), QStringLiteral("/ST"), time };
    } else if (spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(spec.weekday);
        if (day < 0)
            problem = weekdayError(spec.weekday);
        else
            result = { QStringLiteral("/SC"), QStringLiteral("WEEKLY"), QStringLiteral("/D"),
                QString::fromLatin1(kWeekdays[day]).toUpper(), QStringLiteral("/ST"), time };
    } else {
        problem = tr("Windows Task Scheduler takes daily or weekly here, not a cron expression: use --every daily or "
                     "weekly with --at HH:MM.");
    }
    return finish(result, problem, error);
}

QString ScheduleCalendar::problem(const ScheduleSpec &spec)
{
    QString problem;
    switch (spec.format) {
    case ScheduleSpec::Format::Systemd:
        onCalendar(spec, &problem);
        break;
    case ScheduleSpec::Format::Cron:
        cronTimes(spec, &problem);
        break;
    case ScheduleSpec::Format::Windows:
        schtasksSchedule(spec, &problem);
        break;
    }
    return problem;
}

} // namespace Apim::Core
