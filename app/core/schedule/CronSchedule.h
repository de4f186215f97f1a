#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Apim::Core {

// The job as one crontab line (cron has no continuation lines) behind its comments, in a
// block between "# BEGIN apim-backup-schedule NAME" and "# END ..." so that it can be found,
// replaced and removed again (schedule --install, the Schedules page).
class CronSchedule
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    explicit CronSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt = {});

    // The crontab fragment, without the credentials template.
    QList<ScheduleFile> files() const;
    QStringList setupCommands() const;

    QString crontab() const;
    // The job's steps as one sh command line, without cron's escaping of % (for "run now").
    QString shellCommand() const;

    static QString beginLine(const QString &name);
    static QString endLine(const QString &name);

private:
    QString comments() const;
    // The sh command line after the times: every step joined with &&.
    QString commandLine() const;

    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
