#include "schedule/SystemdSchedule.h"

#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleQuoting.h"
#include "schedule/ScheduleText.h"

namespace Apim::Core {

namespace {
const QString kHash = QStringLiteral("# ");
} // namespace

SystemdSchedule::SystemdSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt)
    : m_spec(spec.normalized())
    , m_generatedAt(generatedAt)
{ }

QList<ScheduleFile> SystemdSchedule::files() const
{
    QList<ScheduleFile> result;
    result.append({ ScheduleFile::Kind::Service, m_spec.name + QStringLiteral(".service"), service() });
    result.append({ ScheduleFile::Kind::Timer, m_spec.name + QStringLiteral(".timer"), timer() });
    if (!m_spec.onFailure.isEmpty())
        result.append(
            { ScheduleFile::Kind::FailureService, m_spec.name + QStringLiteral("-failure.service"), failureService() });
    return result;
}

QStringList SystemdSchedule::setupCommands() const
{
    return { QStringLiteral("systemctl --user daemon-reload"),
        QStringLiteral("systemctl --user enable --now %1.timer").arg(m_spec.name),
        QStringLiteral("loginctl enable-linger \"$USER\"") };
}

// The header of the service: what it does, how it fails and how it signs in.
QString SystemdSchedule::serviceComments() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("# %1.service - ").arg(s.name) + ScheduleText::summaryLine(s) + QLatin1Char('\n');
    text += ScheduleText::generatedLine(kHash, m_generatedAt);
    text += ScheduleMarker::line(kHash, s);
    text += ScheduleText::comment(kHash,
        tr("\nStarted by %1.timer. The ExecStart= lines run one after the other. The first that fails\n"
           "stops the job (the prune runs only when every backup succeeded) and marks this unit\n"
           "failed, so that 'systemctl --user list-units --failed' shows it. The output is in:\n"
           "  journalctl --user -u %1.service")
            .arg(s.name));
    if (s.onFailure.isEmpty())
        text += ScheduleText::comment(kHash,
            tr("To be told of a failure, add OnFailure=<a unit that notifies you> under\n"
               "[Unit], or generate this file again with --on-failure COMMAND."));
    else
        text += ScheduleText::comment(
            kHash, tr("When it fails, %1-failure.service runs your --on-failure command.").arg(s.name));
    text += QStringLiteral("#\n");
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += ScheduleText::comment(kHash,
            tr("Authentication: --auth env. The job reads AZURE_TENANT_ID, AZURE_CLIENT_ID and\n"
               "AZURE_CLIENT_SECRET from the EnvironmentFile below, which only you may read (mode 0600)\n"
               "and which you fill in yourself: apim-backup-cli never writes a secret. No keychain is\n"
               "used (APIM_BACKUP_SECRETS=session), so a locked keyring cannot stall the job."));
    else
        text += ScheduleText::comment(kHash,
            tr("Authentication: the sign-in saved by 'apim-backup-cli login' (in your keychain). The\n"
               "keychain must be unlocked when the timer fires, which on a desktop means while you are\n"
               "logged in. For a server, generate the job with --job-auth env instead."));
    return text;
}

QString SystemdSchedule::service() const
{
    const ScheduleSpec &s = m_spec;
    QString text = serviceComments();
    text += QStringLiteral("\n[Unit]\n");
    text += QStringLiteral("Description=") + ScheduleText::unitDescription(s) + QLatin1Char('\n');
    if (!s.onFailure.isEmpty())
        text += QStringLiteral("OnFailure=%1-failure.service\n").arg(s.name);
    text += QStringLiteral("\n[Service]\nType=oneshot\n");
    text += ScheduleText::comment(
        kHash, tr("A backup of a large service can take an hour; a stuck job must still end, and fail."));
    text += QStringLiteral("TimeoutStartSec=12h\n");
    if (s.auth == ScheduleSpec::Auth::Environment) {
        QString file = s.environmentFile;
        text += QStringLiteral("EnvironmentFile=") + file.replace(QLatin1Char('%'), QStringLiteral("%%"))
            + QLatin1Char('\n');
        text += ScheduleQuoting::systemdEnvironment(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"))
            + QLatin1Char('\n');
    }
    if (!s.home.isEmpty())
        text += ScheduleQuoting::systemdEnvironment(QStringLiteral("APIM_BACKUP_HOME"), s.home) + QLatin1Char('\n');
    for (const QStringList &command : s.jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(ScheduleQuoting::systemdQuote(word));
        text += QStringLiteral("ExecStart=") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return text;
}

QString SystemdSchedule::timer() const
{
    const ScheduleSpec &s = m_spec;
    const QString calendar = ScheduleCalendar::onCalendar(s);
    QString text = QStringLiteral("# %1.timer - ").arg(s.name)
        + tr("starts %1.service at %2 (local time).").arg(s.name, calendar) + QLatin1Char('\n');
    text += ScheduleText::generatedLine(kHash, m_generatedAt);
    text += ScheduleMarker::line(kHash, s);
    text += ScheduleText::comment(kHash,
        tr("Persistent=true: a run missed while the computer was off happens at the next start.\n"
           "Your user's timers run only while you are logged in, unless lingering is on:\n"
           "  loginctl enable-linger \"$USER\"\n"
           "Check the next run with: systemctl --user list-timers %1.timer")
            .arg(s.name));
    text += QStringLiteral("\n[Unit]\nDescription=APIM Backup: run %1.service (%2)\n").arg(s.name, calendar);
    text += QStringLiteral("\n[Timer]\nOnCalendar=%1\nPersistent=true\nUnit=%2.service\n").arg(calendar, s.name);
    text += QStringLiteral("\n[Install]\nWantedBy=timers.target\n");
    return text;
}

QString SystemdSchedule::failureService() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("# %1-failure.service - ").arg(s.name)
        + tr("runs when %1.service fails: your --on-failure command.").arg(s.name) + QLatin1Char('\n');
    text += ScheduleText::generatedLine(kHash, m_generatedAt);
    text += ScheduleText::comment(kHash, tr("APIM_BACKUP_JOB names the failed unit, for a message."));
    text += QStringLiteral("\n[Unit]\nDescription=APIM Backup: report that %1 failed\n").arg(s.name);
    text += QStringLiteral("\n[Service]\nType=oneshot\n");
    text += ScheduleQuoting::systemdEnvironment(QStringLiteral("APIM_BACKUP_JOB"), s.name + QStringLiteral(".service"))
        + QLatin1Char('\n');
    text += QStringLiteral("ExecStart=/bin/sh -c ") + ScheduleQuoting::systemdQuote(s.onFailure) + QLatin1Char('\n');
    return text;
}

} // namespace Apim::Core
