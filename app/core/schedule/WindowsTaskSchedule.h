#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Apim::Core {

// The job as a Windows batch script that Task Scheduler runs, and the schtasks /Create
// command that registers it.
class WindowsTaskSchedule
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    explicit WindowsTaskSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt = {});

    // The script, without the credentials template.
    QList<ScheduleFile> files() const;
    // mkdir of directory, then schtasks /Create for the script saved in it.
    QStringList setupCommands(const QString &directory) const;

    QString script() const;

private:
    QString comments() const;

    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
