#include "schedule/CronSchedule.h"

#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleQuoting.h"
#include "schedule/ScheduleText.h"

namespace Apim::Core {

namespace {
const QString kHash = QStringLiteral("# ");
} // namespace

CronSchedule::CronSchedule(const ScheduleSpec &spec, const QDateTime &generatedAt)
    : m_spec(spec.normalized())
    , m_generatedAt(generatedAt)
{ }

QList<ScheduleFile> CronSchedule::files() const
{
    return { { ScheduleFile::Kind::Crontab, m_spec.name + QStringLiteral(".crontab"), crontab() } };
}

QStringList CronSchedule::setupCommands() const
{
    return { QStringLiteral("crontab -e") };
}

QString CronSchedule::comments() const
{
    const ScheduleSpec &s = m_spec;
    QString text = kHash + ScheduleText::summaryLine(s) + QLatin1Char('\n');
    text += ScheduleText::generatedLine(kHash, m_generatedAt);
    text += ScheduleText::comment(kHash,
        tr("Add it with 'crontab -e'. The commands run one after the other; the first that fails\n"
           "stops the job (the prune runs only when every backup succeeded) with a non-zero exit\n"
           "code. cron mails what the job prints to MAILTO, if this computer can send mail."));
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += ScheduleText::comment(kHash,
            tr("Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET\n"
               "read from %1, which only you may read (mode 0600) and which you fill in\n"
               "yourself: apim-backup-cli never writes a secret. No keychain is used.")
                .arg(s.environmentFile));
    else
        text += ScheduleText::comment(kHash,
            tr("Authentication: the sign-in saved by 'apim-backup-cli login' (in your keychain), which\n"
               "cron can reach only if the keychain is unlocked; for a server use --job-auth env."));
    return text;
}

QString CronSchedule::shellCommand() const
{
    const ScheduleSpec &s = m_spec;
    QStringList steps;
    if (s.auth == ScheduleSpec::Auth::Environment) {
        steps << QStringLiteral("set -a") << QStringLiteral(". ") + ScheduleQuoting::shellQuote(s.environmentFile)
              << QStringLiteral("set +a") << QStringLiteral("export APIM_BACKUP_SECRETS=session");
    }
    if (!s.home.isEmpty())
        steps << QStringLiteral("export APIM_BACKUP_HOME=") + ScheduleQuoting::shellQuote(s.home);
    for (const QStringList &command : s.jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(ScheduleQuoting::shellQuote(word));
        steps << words.join(QLatin1Char(' '));
    }
    QString line = steps.join(QStringLiteral(" && "));
    if (!s.onFailure.isEmpty())
        line += QStringLiteral(" || { APIM_BACKUP_JOB=%1; export APIM_BACKUP_JOB; %2; exit 1; }")
                    .arg(ScheduleQuoting::shellQuote(s.name), s.onFailure);
    return line;
}

QString CronSchedule::commandLine() const
{
    QString line = shellCommand();
    // cron turns an unescaped % into a line break, even inside quotes.
    line.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    return line;
}

QString CronSchedule::beginLine(const QString &name)
{
    return QStringLiteral("# BEGIN apim-backup-schedule ") + name;
}

QString CronSchedule::endLine(const QString &name)
{
    return QStringLiteral("# END apim-backup-schedule ") + name;
}

QString CronSchedule::crontab() const
{
    return beginLine(m_spec.name) + QLatin1Char('\n') + ScheduleMarker::line(kHash, m_spec) + comments()
        + ScheduleCalendar::cronTimes(m_spec) + QLatin1Char(' ') + commandLine() + QLatin1Char('\n')
        + endLine(m_spec.name) + QLatin1Char('\n');
}

} // namespace Apim::Core
