#include "operations/ScheduleTemplate.h"

#include "inventory/ResourceId.h"
#include "operations/Retention.h"
#include "storage/StorageNames.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Apim::Core {

namespace {

const char *const kWeekdays[] = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };
const char *const kSystemdWeekdays[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };

int weekdayIndex(const QString &text)
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

bool isCronExpression(const QString &every)
{
    return every != QLatin1String("daily") && every != QLatin1String("weekly");
}

QStringList cronFields(const QString &every)
{
    return every.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// One cron field (minute, hour, day of month or month) in OnCalendar's syntax: lists stay
// lists, a-b becomes a..b, */n becomes first/n. Empty + *error when it has no equivalent.
QString calendarField(const QString &field, int low, int high, QString *error)
{
    static const QRegularExpression item(QStringLiteral("^(\\*|\\d{1,2})(?:-(\\d{1,2}))?(?:/(\\d{1,2}))?$"));
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = item.match(part);
        if (!match.hasMatch()) {
            *error = ScheduleTemplate::tr("\"%1\" in the cron expression has no systemd equivalent here.").arg(part);
            return {};
        }
        const QString start = match.captured(1);
        const QString end = match.captured(2);
        const QString step = match.captured(3);
        auto inRange = [&](const QString &number) {
            bool ok = false;
            const int value = number.toInt(&ok);
            return ok && value >= low && value <= high;
        };
        if ((start != QLatin1String("*") && !inRange(start)) || (!end.isEmpty() && !inRange(end))
            || (!step.isEmpty() && step.toInt() < 1)) {
            *error = ScheduleTemplate::tr("\"%1\" in the cron expression is out of range (%2-%3).")
                         .arg(part)
                         .arg(low)
                         .arg(high);
            return {};
        }
        if (start == QLatin1String("*") && !end.isEmpty()) {
            *error = ScheduleTemplate::tr("\"%1\" in the cron expression is not valid.").arg(part);
            return {};
        }
        if (!end.isEmpty() && !step.isEmpty()) {
            *error = ScheduleTemplate::tr(
                "\"%1\": a range with a step has no systemd equivalent; list the values instead.")
                         .arg(part);
            return {};
        }
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
        return text.size() == 3 ? weekdayIndex(text) : -1;
    };
    QStringList out;
    for (const QString &part : field.split(QLatin1Char(','))) {
        const QStringList range = part.split(QLatin1Char('-'));
        const int first = day(range.value(0));
        const int last = range.size() == 2 ? day(range.value(1)) : first;
        if (range.size() > 2 || first < 0 || last < 0) {
            *error = ScheduleTemplate::tr("\"%1\" is not a day of the week (0-7 or sun-sat).").arg(part);
            return {};
        }
        out.append(range.size() == 2
                ? QLatin1String(kSystemdWeekdays[first]) + QStringLiteral("..") + QLatin1String(kSystemdWeekdays[last])
                : QString::fromLatin1(kSystemdWeekdays[first]));
    }
    return out.join(QLatin1Char(','));
}

// A systemd Environment= assignment, quoted when it needs it (no $ expansion there).
QString environmentLine(const QString &name, const QString &value)
{
    QString assignment = name + QLatin1Char('=') + value;
    assignment.replace(QLatin1Char('%'), QStringLiteral("%%"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,%-]+$"));
    if (plain.match(assignment).hasMatch())
        return QStringLiteral("Environment=") + assignment;
    assignment.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("Environment=\"") + assignment + QLatin1Char('"');
}

QString comment(const QString &prefix, const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines.append(line.isEmpty() ? prefix.trimmed() : prefix + line);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

ScheduleTemplate::ScheduleTemplate(ScheduleSpec spec, const QDateTime &generatedAt)
    : m_spec(std::move(spec))
    , m_generatedAt(generatedAt)
{
    m_spec.every = m_spec.every.trimmed();
    if (!isCronExpression(m_spec.every.toLower()))
        m_spec.every = m_spec.every.toLower();
    if (!m_spec.accessType.isEmpty() && !normalizeAccessType(m_spec.accessType).isEmpty())
        m_spec.accessType = normalizeAccessType(m_spec.accessType);
}

bool ScheduleTemplate::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

QString ScheduleTemplate::normalizeAccessType(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key == QLatin1String("key") || key == QLatin1String("accesskey"))
        return QStringLiteral("key");
    if (key == QLatin1String("system-identity") || key == QLatin1String("systemassignedmanagedidentity"))
        return QStringLiteral("system-identity");
    if (key == QLatin1String("user-identity") || key == QLatin1String("userassignedmanagedidentity"))
        return QStringLiteral("user-identity");
    return {};
}

QString ScheduleTemplate::validate() const
{
    const ScheduleSpec &s = m_spec;
    if (!isValidName(s.name))
        return tr("\"%1\" cannot name the job: use up to 64 letters, digits, dots, hyphens and underscores.")
            .arg(s.name);
    if (s.program.isEmpty())
        return tr("The path of apim-backup-cli is unknown: give it with --program.");
    if (s.format != ScheduleSpec::Format::Windows && !QFileInfo(s.program).isAbsolute())
        return tr("The job needs the absolute path of apim-backup-cli, not \"%1\": schedulers do not search PATH the "
                  "way your shell does.")
            .arg(s.program);
    if (s.services.isEmpty())
        return tr("Name at least one service to back up with --service RESOURCE_ID.");
    for (const QString &service : s.services) {
        const ResourceId id = ResourceId::parse(service);
        if (!id.isValid()
            || id.providerNamespace.compare(QLatin1String("Microsoft.ApiManagement"), Qt::CaseInsensitive) != 0
            || id.type.compare(QLatin1String("service"), Qt::CaseInsensitive) != 0)
            return tr("\"%1\" is not the resource id of an API Management service "
                      "(/subscriptions/…/resourceGroups/…/providers/Microsoft.ApiManagement/service/NAME). "
                      "'apim-backup-cli services' lists them.")
                .arg(service);
    }
    QStringList unique = s.services;
    if (unique.removeDuplicates() != 0)
        return tr("A service is listed twice: each --service once.");
    QString problem = StorageNames::accountNameError(s.account);
    if (!problem.isEmpty())
        return problem;
    problem = StorageNames::containerNameError(s.container);
    if (!problem.isEmpty())
        return problem;
    if (!s.accessType.isEmpty() && normalizeAccessType(s.accessType).isEmpty())
        return tr("Unknown access type \"%1\": use key, system-identity or user-identity.").arg(s.accessType);
    if (s.accessType == QLatin1String("user-identity") && s.identityClientId.isEmpty())
        return tr("A user-assigned identity needs its client id: add --identity-client-id.");
    if (!s.pruneOlderThan.isEmpty() && !Retention::parseAge(s.pruneOlderThan, &problem))
        return problem;
    if (!s.at.isValid())
        return tr("The time of day is not valid: write it as HH:MM, e.g. 02:30.");
    if (s.every == QLatin1String("weekly") && weekdayIndex(s.weekday) < 0)
        return tr("\"%1\" is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.").arg(s.weekday);
    if (s.auth == ScheduleSpec::Auth::Environment && s.format != ScheduleSpec::Format::Windows
        && !QFileInfo(s.environmentFile).isAbsolute())
        return tr("The credentials file needs an absolute path.");
    switch (s.format) {
    case ScheduleSpec::Format::Systemd:
        onCalendar(&problem);
        break;
    case ScheduleSpec::Format::Cron:
        cronTimes(&problem);
        break;
    case ScheduleSpec::Format::Windows:
        schtasksSchedule(&problem);
        break;
    }
    if (!problem.isEmpty())
        return problem;
    // A line break would end a unit line or a crontab entry early and run the rest as
    // something else: refuse it anywhere it could reach a generated file.
    QStringList words = { s.program, s.cloud, s.environmentFile, s.home, s.onFailure, s.identityClientId,
        s.storageSubscription, s.tenantId, s.clientId };
    words += s.services;
    for (const QString &word : std::as_const(words)) {
        if (word.contains(QLatin1Char('\n')) || word.contains(QLatin1Char('\r')))
            return tr("A value contains a line break, which no scheduler file can hold: \"%1\".")
                .arg(word.simplified());
    }
    // Both go into a file that sh sources: nothing but the characters of ids and domains.
    static const QRegularExpression guid(QStringLiteral("^[0-9A-Fa-f-]{0,64}$"));
    static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]{0,253}$"));
    if (!domain.match(s.tenantId).hasMatch())
        return tr("\"%1\" is not a tenant id or domain.").arg(s.tenantId);
    if (!guid.match(s.clientId).hasMatch())
        return tr("\"%1\" is not a client id (a GUID).").arg(s.clientId);
    return {};
}

QStringList ScheduleTemplate::globalArguments() const
{
    QStringList arguments;
    if (!m_spec.cloud.isEmpty())
        arguments << QStringLiteral("--cloud") << m_spec.cloud;
    if (m_spec.auth == ScheduleSpec::Auth::Environment)
        arguments << QStringLiteral("--auth") << QStringLiteral("env");
    return arguments;
}

QList<QStringList> ScheduleTemplate::jobCommands() const
{
    const ScheduleSpec &s = m_spec;
    QList<QStringList> commands;
    for (const QString &service : s.services) {
        QStringList backup = QStringList { s.program } + globalArguments();
        backup << QStringLiteral("backup") << QStringLiteral("--service") << service << QStringLiteral("--account")
               << s.account << QStringLiteral("--container") << s.container;
        if (!s.storageSubscription.isEmpty())
            backup << QStringLiteral("--storage-subscription") << s.storageSubscription;
        if (!s.accessType.isEmpty())
            backup << QStringLiteral("--access-type") << s.accessType;
        if (!s.identityClientId.isEmpty())
            backup << QStringLiteral("--identity-client-id") << s.identityClientId;
        commands.append(backup);
    }
    if (s.prune) {
        QStringList prune = QStringList { s.program } + globalArguments();
        prune << QStringLiteral("prune") << QStringLiteral("--account") << s.account << QStringLiteral("--container")
              << s.container;
        if (!s.storageSubscription.isEmpty())
            prune << QStringLiteral("--subscription") << s.storageSubscription;
        // Only these services' backups: the container may hold other jobs' backups too.
        for (const QString &service : s.services)
            prune << QStringLiteral("--service") << service;
        if (!s.pruneOlderThan.isEmpty())
            prune << QStringLiteral("--older-than") << s.pruneOlderThan.trimmed();
        if (s.keepLast >= 0)
            prune << QStringLiteral("--keep-last") << QString::number(s.keepLast);
        prune << QStringLiteral("--yes");
        commands.append(prune);
    }
    return commands;
}

// ---------------------------------------------------------------------------- when

QString ScheduleTemplate::onCalendar(QString *error) const
{
    QString problem;
    const QString time = m_spec.at.toString(QStringLiteral("HH:mm")) + QStringLiteral(":00");
    QString result;
    if (m_spec.every == QLatin1String("daily")) {
        result = QStringLiteral("*-*-* ") + time;
    } else if (m_spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(m_spec.weekday);
        if (day < 0)
            problem
                = tr("\"%1\" is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.").arg(m_spec.weekday);
        else
            result = QLatin1String(kSystemdWeekdays[day]) + QStringLiteral(" *-*-* ") + time;
    } else {
        const QStringList fields = cronFields(m_spec.every);
        if (fields.size() != 5) {
            problem = tr("\"%1\" is neither daily, weekly nor a cron expression of five fields (minute hour "
                         "day-of-month month day-of-week), e.g. \"30 2 * * 1-5\".")
                          .arg(m_spec.every);
        } else if (fields.at(2) != QLatin1String("*") && fields.at(4) != QLatin1String("*")) {
            // cron runs when either matches, systemd only when both do.
            problem = tr("A cron expression with both a day of the month and a day of the week means \"either\" to "
                         "cron but \"both\" to systemd: use one of them, or --format cron.");
        } else {
            const QString minute = calendarField(fields.at(0), 0, 59, &problem);
            const QString hour = problem.isEmpty() ? calendarField(fields.at(1), 0, 23, &problem) : QString();
            const QString dom = problem.isEmpty() ? calendarField(fields.at(2), 1, 31, &problem) : QString();
            const QString month = problem.isEmpty() ? calendarField(fields.at(3), 1, 12, &problem) : QString();
            const QString days = problem.isEmpty() ? calendarWeekdays(fields.at(4), &problem) : QString();
            if (problem.isEmpty())
                result = (days.isEmpty() ? QString() : days + QLatin1Char(' ')) + QStringLiteral("*-") + month
                    + QLatin1Char('-') + dom + QLatin1Char(' ') + hour + QLatin1Char(':') + minute
                    + QStringLiteral(":00");
        }
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : QString();
}

QString ScheduleTemplate::cronTimes(QString *error) const
{
    QString problem;
    QString result;
    const QString minuteHour = QStringLiteral("%1 %2").arg(m_spec.at.minute()).arg(m_spec.at.hour());
    if (m_spec.every == QLatin1String("daily")) {
        result = minuteHour + QStringLiteral(" * * *");
    } else if (m_spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(m_spec.weekday);
        if (day < 0)
            problem
                = tr("\"%1\" is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.").arg(m_spec.weekday);
        else
            result = minuteHour + QStringLiteral(" * * ") + QString::number(day);
    } else {
        static const QRegularExpression field(QStringLiteral("^[0-9A-Za-z*/,-]+$"));
        const QStringList fields = cronFields(m_spec.every);
        bool ok = fields.size() == 5;
        for (const QString &f : fields)
            ok = ok && field.match(f).hasMatch();
        if (!ok)
            problem = tr("\"%1\" is neither daily, weekly nor a cron expression of five fields (minute hour "
                         "day-of-month month day-of-week), e.g. \"30 2 * * 1-5\".")
                          .arg(m_spec.every);
        else
            result = fields.join(QLatin1Char(' '));
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : QString();
}

QStringList ScheduleTemplate::schtasksSchedule(QString *error) const
{
    QString problem;
    QStringList result;
    const QString time = m_spec.at.toString(QStringLiteral("HH:mm"));
    if (m_spec.every == QLatin1String("daily")) {
        result = { QStringLiteral("/SC"), QStringLiteral("DAILY"), QStringLiteral("/ST"), time };
    } else if (m_spec.every == QLatin1String("weekly")) {
        const int day = weekdayIndex(m_spec.weekday);
        if (day < 0)
            problem
                = tr("\"%1\" is not a day of the week: use sun, mon, tue, wed, thu, fri or sat.").arg(m_spec.weekday);
        else
            result = { QStringLiteral("/SC"), QStringLiteral("WEEKLY"), QStringLiteral("/D"),
                QString::fromLatin1(kWeekdays[day]).toUpper(), QStringLiteral("/ST"), time };
    } else {
        problem = tr("Windows Task Scheduler takes daily or weekly here, not a cron expression: use --every daily or "
                     "weekly with --at HH:MM.");
    }
    if (error)
        *error = problem;
    return problem.isEmpty() ? result : QStringList();
}

// ---------------------------------------------------------------------------- quoting

QString ScheduleTemplate::systemdQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%")) // a specifier otherwise (%h, %n)
        .replace(QLatin1Char('$'), QStringLiteral("$$")); // an environment variable otherwise
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString ScheduleTemplate::shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ScheduleTemplate::cmdQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,\\\\-]+$"));
    QString quoted = word;
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%")); // a variable otherwise, even inside quotes
    if (plain.match(word).hasMatch())
        return quoted;
    // Inside double quotes cmd takes & | < > ^ ( ) literally; a quote is doubled.
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// ---------------------------------------------------------------------------- files

QString ScheduleTemplate::summaryLine() const
{
    const ScheduleSpec &s = m_spec;
    QString text
        = tr("Backs up %n API Management service(s) to %1/%2, one after the other", nullptr, int(s.services.size()))
              .arg(s.account, s.container);
    if (s.prune) {
        text += s.pruneOlderThan.isEmpty()
            ? tr(", then deletes their expired backups (older than 30 days; the newest is always kept).")
            : tr(", then deletes their backups older than %1 (the newest is always kept).").arg(s.pruneOlderThan);
    } else {
        text += QLatin1Char('.');
    }
    return text;
}

QString ScheduleTemplate::generatedLine(const QString &commentPrefix) const
{
    QString text = m_generatedAt.isValid()
        ? tr("Generated by 'apim-backup-cli schedule' on %1.").arg(m_generatedAt.toString(Qt::ISODate))
        : tr("Generated by 'apim-backup-cli schedule'.");
    return commentPrefix + text + QLatin1Char('\n');
}

QString ScheduleTemplate::credentialsTemplate() const
{
    const ScheduleSpec &s = m_spec;
    const bool windows = s.format == ScheduleSpec::Format::Windows;
    const QString prefix = windows ? QStringLiteral("@rem ") : QStringLiteral("# ");
    QString text = comment(prefix,
        tr("Credentials of the scheduled APIM Backup job \"%1\" (apim-backup-cli --auth env).\n"
           "apim-backup-cli created this file WITHOUT any secret. Fill in a service principal\n"
           "(app registration) that may back up the services (API Management Service\n"
           "Contributor) and list the storage account's keys, or that has Storage Blob Data\n"
           "Contributor on it.")
            .arg(s.name));
    if (windows) {
        text += comment(prefix,
            tr("Only you may read this file. Remove inherited access with:\n"
               "  icacls \"%LOCALAPPDATA%\\apim-backup\\%1.env.cmd\" /inheritance:r /grant:r \"%USERNAME%:F\"")
                .arg(s.name));
        text += QStringLiteral("set \"AZURE_TENANT_ID=%1\"\nset \"AZURE_CLIENT_ID=%2\"\nset \"AZURE_CLIENT_SECRET=\"\n")
                    .arg(s.tenantId, s.clientId);
        return text;
    }
    text += comment(prefix,
        tr("Keep it private: mode 0600 (chmod 600 %1). Put a value in single quotes\n"
           "if it contains spaces, $ or quotes.")
            .arg(shellQuote(s.environmentFile)));
    text
        += QStringLiteral("AZURE_TENANT_ID=%1\nAZURE_CLIENT_ID=%2\nAZURE_CLIENT_SECRET=\n").arg(s.tenantId, s.clientId);
    return text;
}

QString ScheduleTemplate::systemdService() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("# %1.service - ").arg(s.name) + summaryLine() + QLatin1Char('\n');
    text += generatedLine(QStringLiteral("# "));
    text += comment(QStringLiteral("# "),
        tr("\nStarted by %1.timer. The ExecStart= lines run one after the other. The first that fails\n"
           "stops the job (the prune runs only when every backup succeeded) and marks this unit\n"
           "failed, so that 'systemctl --user list-units --failed' shows it. The output is in:\n"
           "  journalctl --user -u %1.service")
            .arg(s.name));
    if (s.onFailure.isEmpty())
        text += comment(QStringLiteral("# "),
            tr("To be told of a failure, add OnFailure=<a unit that notifies you> under\n"
               "[Unit], or generate this file again with --on-failure COMMAND."));
    else
        text += comment(
            QStringLiteral("# "), tr("When it fails, %1-failure.service runs your --on-failure command.").arg(s.name));
    text += QStringLiteral("#\n");
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += comment(QStringLiteral("# "),
            tr("Authentication: --auth env. The job reads AZURE_TENANT_ID, AZURE_CLIENT_ID and\n"
               "AZURE_CLIENT_SECRET from the EnvironmentFile below, which only you may read (mode 0600)\n"
               "and which you fill in yourself: apim-backup-cli never writes a secret. No keychain is\n"
               "used (APIM_BACKUP_SECRETS=session), so a locked keyring cannot stall the job."));
    else
        text += comment(QStringLiteral("# "),
            tr("Authentication: the sign-in saved by 'apim-backup-cli login' (in your keychain). The\n"
               "keychain must be unlocked when the timer fires, which on a desktop means while you are\n"
               "logged in. For a server, generate the job with --job-auth env instead."));
    text += QStringLiteral("\n[Unit]\n");
    text += QStringLiteral("Description=APIM Backup: back up %1 service(s) to %2/%3\n")
                .arg(s.services.size())
                .arg(s.account, s.container);
    if (!s.onFailure.isEmpty())
        text += QStringLiteral("OnFailure=%1-failure.service\n").arg(s.name);
    text += QStringLiteral("\n[Service]\nType=oneshot\n");
    text += comment(QStringLiteral("# "),
        tr("A backup of a large service can take an hour; a stuck job must still end, and fail."));
    text += QStringLiteral("TimeoutStartSec=12h\n");
    if (s.auth == ScheduleSpec::Auth::Environment) {
        QString file = s.environmentFile;
        text += QStringLiteral("EnvironmentFile=") + file.replace(QLatin1Char('%'), QStringLiteral("%%"))
            + QLatin1Char('\n');
        text += environmentLine(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session")) + QLatin1Char('\n');
    }
    if (!s.home.isEmpty())
        text += environmentLine(QStringLiteral("APIM_BACKUP_HOME"), s.home) + QLatin1Char('\n');
    for (const QStringList &command : jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(systemdQuote(word));
        text += QStringLiteral("ExecStart=") + words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return text;
}

QString ScheduleTemplate::systemdTimer() const
{
    const ScheduleSpec &s = m_spec;
    const QString calendar = onCalendar();
    QString text = QStringLiteral("# %1.timer - ").arg(s.name)
        + tr("starts %1.service at %2 (local time).").arg(s.name, calendar) + QLatin1Char('\n');
    text += generatedLine(QStringLiteral("# "));
    text += comment(QStringLiteral("# "),
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

QString ScheduleTemplate::systemdFailureService() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("# %1-failure.service - ").arg(s.name)
        + tr("runs when %1.service fails: your --on-failure command.").arg(s.name) + QLatin1Char('\n');
    text += generatedLine(QStringLiteral("# "));
    text += comment(QStringLiteral("# "), tr("APIM_BACKUP_JOB names the failed unit, for a message."));
    text += QStringLiteral("\n[Unit]\nDescription=APIM Backup: report that %1 failed\n").arg(s.name);
    text += QStringLiteral("\n[Service]\nType=oneshot\n");
    text += environmentLine(QStringLiteral("APIM_BACKUP_JOB"), s.name + QStringLiteral(".service")) + QLatin1Char('\n');
    text += QStringLiteral("ExecStart=/bin/sh -c ") + systemdQuote(s.onFailure) + QLatin1Char('\n');
    return text;
}

QString ScheduleTemplate::crontab() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("# ") + summaryLine() + QLatin1Char('\n');
    text += generatedLine(QStringLiteral("# "));
    text += comment(QStringLiteral("# "),
        tr("Add it with 'crontab -e'. The commands run one after the other; the first that fails\n"
           "stops the job (the prune runs only when every backup succeeded) with a non-zero exit\n"
           "code. cron mails what the job prints to MAILTO, if this computer can send mail."));
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += comment(QStringLiteral("# "),
            tr("Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET\n"
               "read from %1, which only you may read (mode 0600) and which you fill in\n"
               "yourself: apim-backup-cli never writes a secret. No keychain is used.")
                .arg(s.environmentFile));
    else
        text += comment(QStringLiteral("# "),
            tr("Authentication: the sign-in saved by 'apim-backup-cli login' (in your keychain), which\n"
               "cron can reach only if the keychain is unlocked; for a server use --job-auth env."));

    QStringList steps;
    if (s.auth == ScheduleSpec::Auth::Environment) {
        steps << QStringLiteral("set -a") << QStringLiteral(". ") + shellQuote(s.environmentFile)
              << QStringLiteral("set +a") << QStringLiteral("export APIM_BACKUP_SECRETS=session");
    }
    if (!s.home.isEmpty())
        steps << QStringLiteral("export APIM_BACKUP_HOME=") + shellQuote(s.home);
    for (const QStringList &command : jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(shellQuote(word));
        steps << words.join(QLatin1Char(' '));
    }
    QString line = steps.join(QStringLiteral(" && "));
    if (!s.onFailure.isEmpty())
        line += QStringLiteral(" || { APIM_BACKUP_JOB=%1; export APIM_BACKUP_JOB; %2; exit 1; }")
                    .arg(shellQuote(s.name), s.onFailure);
    // cron turns an unescaped % into a line break, even inside quotes.
    line.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text += cronTimes() + QLatin1Char(' ') + line + QLatin1Char('\n');
    return text;
}

QString ScheduleTemplate::windowsScript() const
{
    const ScheduleSpec &s = m_spec;
    QString text = QStringLiteral("@echo off\n");
    text += QStringLiteral("rem ") + summaryLine() + QLatin1Char('\n');
    text += generatedLine(QStringLiteral("rem "));
    text += comment(QStringLiteral("rem "),
        tr("Task Scheduler runs it (schtasks /Create, printed with this file). The commands run one\n"
           "after the other; the first that fails stops the job (the prune runs only when every\n"
           "backup succeeded) and its exit code becomes the task's \"Last Run Result\"."));
    if (s.auth == ScheduleSpec::Auth::Environment)
        text += comment(QStringLiteral("rem "),
            tr("Authentication: --auth env with AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET\n"
               "set by %1.env.cmd next to this script, which you fill in yourself (apim-backup-cli\n"
               "never writes a secret) and which only you may read.")
                .arg(s.name));
    else
        text += comment(QStringLiteral("rem "),
            tr("Authentication: the sign-in saved by 'apim-backup-cli login' (Windows Credential Manager)."));
    text += QStringLiteral("setlocal\n");
    if (s.auth == ScheduleSpec::Auth::Environment) {
        text += QStringLiteral("if not exist \"%~dp0%1.env.cmd\" exit /b 3\n").arg(s.name);
        text += QStringLiteral("call \"%~dp0%1.env.cmd\"\n").arg(s.name);
        text += QStringLiteral("set \"APIM_BACKUP_SECRETS=session\"\n");
    }
    if (!s.home.isEmpty())
        text += QStringLiteral("set \"APIM_BACKUP_HOME=%1\"\n")
                    .arg(QString(s.home).replace(QLatin1Char('%'), QStringLiteral("%%")));
    for (const QStringList &command : jobCommands()) {
        QStringList words;
        for (const QString &word : command)
            words.append(cmdQuote(word));
        text += words.join(QLatin1Char(' ')) + QLatin1Char('\n');
        text += QStringLiteral("if errorlevel 1 goto failed\n");
    }
    text += QStringLiteral("exit /b 0\n\n:failed\nset \"APIM_BACKUP_EXIT=%errorlevel%\"\n");
    if (!s.onFailure.isEmpty())
        text += QStringLiteral("set \"APIM_BACKUP_JOB=%1\"\n").arg(s.name) + s.onFailure + QLatin1Char('\n');
    text += QStringLiteral("exit /b %APIM_BACKUP_EXIT%\n");
    return text;
}

QList<ScheduleFile> ScheduleTemplate::files() const
{
    const ScheduleSpec &s = m_spec;
    QList<ScheduleFile> result;
    switch (s.format) {
    case ScheduleSpec::Format::Systemd:
        result.append({ ScheduleFile::Kind::Service, s.name + QStringLiteral(".service"), systemdService() });
        result.append({ ScheduleFile::Kind::Timer, s.name + QStringLiteral(".timer"), systemdTimer() });
        if (!s.onFailure.isEmpty())
            result.append({ ScheduleFile::Kind::FailureService, s.name + QStringLiteral("-failure.service"),
                systemdFailureService() });
        break;
    case ScheduleSpec::Format::Cron:
        result.append({ ScheduleFile::Kind::Crontab, s.name + QStringLiteral(".crontab"), crontab() });
        break;
    case ScheduleSpec::Format::Windows:
        result.append({ ScheduleFile::Kind::Script, s.name + QStringLiteral(".cmd"), windowsScript() });
        break;
    }
    if (s.auth == ScheduleSpec::Auth::Environment) {
        const QString name = s.format == ScheduleSpec::Format::Windows ? s.name + QStringLiteral(".env.cmd")
                                                                       : QFileInfo(s.environmentFile).fileName();
        result.append({ ScheduleFile::Kind::Credentials, name, credentialsTemplate() });
    }
    return result;
}

QStringList ScheduleTemplate::setupCommands(const QString &directory) const
{
    const ScheduleSpec &s = m_spec;
    switch (s.format) {
    case ScheduleSpec::Format::Systemd:
        return { QStringLiteral("systemctl --user daemon-reload"),
            QStringLiteral("systemctl --user enable --now %1.timer").arg(s.name),
            QStringLiteral("loginctl enable-linger \"$USER\"") };
    case ScheduleSpec::Format::Cron:
        return { QStringLiteral("crontab -e") };
    case ScheduleSpec::Format::Windows: {
        QString script = directory + QLatin1Char('\\') + s.name + QStringLiteral(".cmd");
        QStringList command = { QStringLiteral("schtasks"), QStringLiteral("/Create"), QStringLiteral("/TN"),
            QStringLiteral("\"APIM Backup\\%1\"").arg(s.name), QStringLiteral("/TR"),
            QStringLiteral("\"\\\"%1\\\"\"").arg(script) };
        command += schtasksSchedule();
        command << QStringLiteral("/F");
        return { QStringLiteral("mkdir \"%1\"").arg(directory), command.join(QLatin1Char(' ')) };
    }
    }
    return {};
}

} // namespace Apim::Core
