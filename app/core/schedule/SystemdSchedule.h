#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Apim::Core {

// The job as systemd user units: NAME.service runs the commands one after the other,
// NAME.timer starts it, and NAME-failure.service runs --on-failure when the job fails.
class SystemdSchedule
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    explicit SystemdSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt = {});

    // The units, without the credentials template.
    QList<ScheduleFile> files() const;
    // What to run once the units are in ~/.config/systemd/user.
    QStringList setupCommands() const;

    QString service() const;
    QString timer() const;
    QString failureService() const;

private:
    QString serviceComments() const;

    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
