#include "schedule/ScheduleTemplate.h"

#include "schedule/CronSchedule.h"
#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleCredentials.h"
#include "schedule/ScheduleQuoting.h"
#include "schedule/SystemdSchedule.h"
#include "schedule/WindowsTaskSchedule.h"

namespace Apim::Core {

ScheduleTemplate::ScheduleTemplate(ScheduleSpec spec, const QDateTime &generatedAt)
    : m_spec(spec.normalized())
    , m_generatedAt(generatedAt)
{ }

QList<ScheduleFile> ScheduleTemplate::files() const
{
    QList<ScheduleFile> result;
    switch (m_spec.format) {
    case ScheduleSpec::Format::Systemd:
        result = SystemdSchedule(m_spec, m_generatedAt).files();
        break;
    case ScheduleSpec::Format::Cron:
        result = CronSchedule(m_spec, m_generatedAt).files();
        break;
    case ScheduleSpec::Format::Windows:
        result = WindowsTaskSchedule(m_spec, m_generatedAt).files();
        break;
    }
    if (m_spec.auth == ScheduleSpec::Auth::Environment)
        result.append(ScheduleCredentials::file(m_spec));
    return result;
}

QStringList ScheduleTemplate::setupCommands(const QString &directory) const
{
    switch (m_spec.format) {
    case ScheduleSpec::Format::Systemd:
        return SystemdSchedule(m_spec).setupCommands();
    case ScheduleSpec::Format::Cron:
        return CronSchedule(m_spec).setupCommands();
    case ScheduleSpec::Format::Windows:
        return WindowsTaskSchedule(m_spec).setupCommands(directory);
    }
    return {};
}

QString ScheduleTemplate::onCalendar(QString *error) const
{
    return ScheduleCalendar::onCalendar(m_spec, error);
}

QString ScheduleTemplate::cronTimes(QString *error) const
{
    return ScheduleCalendar::cronTimes(m_spec, error);
}

QStringList ScheduleTemplate::schtasksSchedule(QString *error) const
{
    return ScheduleCalendar::schtasksSchedule(m_spec, error);
}

QString ScheduleTemplate::systemdQuote(const QString &word)
{
    return ScheduleQuoting::systemdQuote(word);
}

QString ScheduleTemplate::shellQuote(const QString &word)
{
    return ScheduleQuoting::shellQuote(word);
}

QString ScheduleTemplate::cmdQuote(const QString &word)
{
    return ScheduleQuoting::cmdQuote(word);
}

} // namespace Apim::Core
