// The schedule readers: ScheduleMarker::find (the description line of an installed unit,
// crontab block or script), ScheduleNextRun::after (the cron times shown as the next run),
// and CrontabStore's block editing over a crontab. A spec that was read must be written
// again as a marker line that reads back.

#include "FuzzSupport.h"

#include "schedule/CrontabStore.h"
#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleCatalog.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleNextRun.h"

#include <QDateTime>

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const QString text = QString::fromUtf8(ApimFuzz::bytes(data, size));
    static const QDateTime moment(QDate(2026, 12, 1), QTime(1, 30));

    // Each line as cron times ("30 2 * * 1-5"), the way the Schedules page reads them.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines.mid(0, 8))
        (void)ScheduleNextRun::after(line, moment);

    const ScheduleMarker::Found found = ScheduleMarker::find(text);
    if (found.present && !found.spec && found.problem.isEmpty())
        ApimFuzz::broken("a damaged schedule description without a reason");
    if (found.spec) {
        const ScheduleSpec &spec = *found.spec;
        QString error;
        const QString cron = ScheduleCalendar::cronTimes(spec, &error);
        if (!cron.isEmpty())
            (void)ScheduleNextRun::after(cron, moment);
        (void)ScheduleCalendar::onCalendar(spec);
        (void)ScheduleCalendar::schtasksSchedule(spec);
        (void)ScheduleCalendar::problem(spec);
        (void)ScheduleCatalog::calendarText(spec);
        const ScheduleMarker::Found again = ScheduleMarker::find(ScheduleMarker::line(QStringLiteral("# "), spec));
        if (!again.spec)
            ApimFuzz::broken("a schedule description does not read back from the line written for it");
    }

    bool removed = false;
    const QString without = CrontabStore::withoutBlock(text, QStringLiteral("apim-backup"), &removed);
    (void)CrontabStore::withBlock(without, QStringLiteral("apim-backup"), QStringLiteral("30 2 * * * true\n"));
    return 0;
}
