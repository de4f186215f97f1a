#include "schedule/WindowsTaskSchedule.h"

#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleQuoting.h"
#include "schedule/ScheduleText.h"

namespace Apim::Core {

namespace {
const QString kRem = QStringLiteral("rem ");
} // namespace

WindowsTaskSchedule::WindowsTaskSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt)
    : m_spec(spec.normalized())
    , m_generatedAt(generatedAt)
{ }

QList<ScheduleFile> WindowsTaskSchedule::files() const
{
    return { { ScheduleFile::Kind::Script, m_spec.name + QStringLiteral(".cmd"), script() } };
}

QStringList WindowsTaskSchedule::setupCommands(const QString &directory) const
{
    const QString script = directory + QLatin1Char('\\') + m_spec.name + QStringLiteral(".cmd");
    QStringList command = { QStringLiteral("schtasks"), QStringLiteral("/Create"), QStringLiteral("/TN"),
        QStringLiteral("\"APIM Backup\\%1\"").arg(m_spec.name), QStringLiteral("/TR"),
        QStringLiteral("\"\\\"%1\\\"\"").arg(script) };
    command += ScheduleCalendar::schtasksSchedule(m_spec);
    command << QStringLiteral("/F");
    return { QStringLiteral("mkdir \"%1\"").arg(directory), command.join(QLatin1Char(' ')) };
}

QString WindowsTaskSchedule::comments() const
{
    const ScheduleSpec &s = m_spec;
    QString text = kRem + ScheduleText::summaryLine(s) + QLatin1Char('\n');
    text += ScheduleText::generatedLine(kRem, m_generatedAt);
    text += ScheduleMarker::line(kRem, s);
    text += ScheduleText::comment(kRem,
        tr("Task Scheduler runs it (schtasks /Create, printed with this file). The commands run one\n"
           "after the other; the first that fails stops the job (the prune runs only when every\n"
           "backup succeeded) and its exit code becomes the task's \"Last Run Result\"."));
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += ScheduleText::comment(kRem,
            tr("Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET\n"
               "set by %1.env.cmd next to this script, which you fill in yourself (apim-backup-cli\n"
               "never writes a secret) and which only you may read.")
                .arg(s.name));
    else
        text += ScheduleText::comment(
            kRem, tr("Authentication: the sign-in saved by 'apim-backup-cli login' (Windows Credential Manager)."));
    return text;
}

QString WindowsTaskSchedule::script() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("@echo off\n") + comments();
    text += QStringLiteral("setlocal\n");
    if (s.auth == ScheduleSpec::Auth::Environment) {
        text += QStringLiteral("if not exist \"%~dp0%1.env.cmd\" exit /b 3\n").arg(s.name);
        text += QStringLiteral("call \"%~dp0%1.env.cmd\"\n").arg(s.name);
        text += QStringLiteral("set \"APIM_BACKUP_SECRETS=session\"\n");
    }
    if (!s.home.isEmpty())
        text += QStringLiteral("set \"APIM_BACKUP_HOME=%1\"\n")
                    .arg(QString(s.home).replace(QLatin1Char('%'), QStringLiteral("%%")));
    for (const QStringList &command : s.jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(ScheduleQuoting::cmdQuote(word));
        text += words.join(QLatin1Char(' ')) + QLatin1Char('\n');
        text += QStringLiteral("if errorlevel 1 goto failed\n");
    }
    text += QStringLiteral("exit /b 0\n\n:failed\nset \"APIM_BACKUP_EXIT=%errorlevel%\"\n");
    if (!s.onFailure.isEmpty())
        text += QStringLiteral("set \"APIM_BACKUP_JOB=%1\"\n").arg(s.name) + s.onFailure + QLatin1Char('\n');
    text += QStringLiteral("exit /b %APIM_BACKUP_EXIT%\n");
    return text;
}

} // namespace Apim::Core
