#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Apim::Core {

// The job as one crontab line (cron has no continuation lines) behind its comments; the
// user adds it with crontab -e.
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

private:
    QString comments() const;
    // The sh command line after the times: every step joined with &&.
    QString commandLine() const;

    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
