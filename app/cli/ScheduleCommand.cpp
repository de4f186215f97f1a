#include "ScheduleCommand.h"

#include "CliContext.h"

#include "notify/WebhookStore.h"
#include "schedule/CrontabStore.h"
#include "schedule/ScheduleCatalog.h"
#include "schedule/ScheduleInstaller.h"
#include "schedule/ScheduleProcessRunner.h"
#include "schedule/ScheduleTemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {

ScheduleSpec::Format defaultFormat()
{
#if defined(Q_OS_WIN)
    return ScheduleSpec::Format::Windows;
#elif defined(Q_OS_LINUX)
    return ScheduleSpec::Format::Systemd;
#else
    return ScheduleSpec::Format::Cron;
#endif
}

QString kindName(ScheduleFile::Kind kind)
{
    switch (kind) {
    case ScheduleFile::Kind::Service:
        return QStringLiteral("service");
    case ScheduleFile::Kind::Timer:
        return QStringLiteral("timer");
    case ScheduleFile::Kind::FailureService:
        return QStringLiteral("failure-service");
    case ScheduleFile::Kind::Crontab:
        return QStringLiteral("crontab");
    case ScheduleFile::Kind::Script:
        return QStringLiteral("script");
    case ScheduleFile::Kind::Credentials:
        return QStringLiteral("credentials");
    }
    return {};
}

const QString kWindowsDir = QStringLiteral("%LOCALAPPDATA%\\apim-backup");

} // namespace

QString ScheduleCommand::summary() const
{
    return tr("Print or install a systemd timer, crontab line or Windows task for unattended backups or drills, or "
              "write a GitHub Actions or Azure Pipelines workflow");
}

void ScheduleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("service"),
        tr("An API Management service to back up (resource id); repeat for "
           "several, backed up one after the other."),
        tr("id") });
    parser.addOption({ QStringLiteral("account"), tr("The storage account for the backups."), tr("name") });
    parser.addOption({ QStringLiteral("container"), tr("The blob container for the backups."), tr("name") });
    parser.addOption(
        { QStringLiteral("subscription"), tr("The storage account's subscription, for the prune."), tr("id") });
    parser.addOption({ QStringLiteral("access-type"),
        tr("How APIM reaches the storage: key, system-identity or user-identity."), tr("type") });
    parser.addOption(
        { QStringLiteral("identity-client-id"), tr("The client id of the user-assigned identity."), tr("id") });
    parser.addOption({ QStringLiteral("every"), tr("daily, weekly, or a cron expression such as \"30 2 * * 1-5\"."),
        tr("when"), QStringLiteral("daily") });
    parser.addOption({ QStringLiteral("at"), tr("Time of day (local) for daily and weekly, HH:MM."), tr("time"),
        QStringLiteral("02:00") });
    parser.addOption({ QStringLiteral("day"), tr("Day of the week for weekly: sun, mon, ... sat."), tr("day"),
        QStringLiteral("sun") });
    parser.addOption({ QStringLiteral("format"),
        tr("systemd (user service + timer), cron (a crontab line), windows (a script + schtasks), github-actions "
           "or azure-pipelines (a workflow file; its schedule is in UTC)."),
        tr("format"), ScheduleSpec::formatName(defaultFormat()) });
    parser.addOption({ QStringLiteral("prune-older-than"),
        tr("After the backups, delete those older than this, e.g. 30d (default: the expired ones)."), tr("age") });
    parser.addOption({ QStringLiteral("keep-last"),
        tr("The prune keeps the newest <n> backups of each service (default 1)."), tr("n") });
    parser.addOption({ QStringLiteral("no-prune"), tr("Only back up; delete nothing.") });
    parser.addOption({ QStringLiteral("job-auth"),
        tr("How the job signs in: env (a service principal in a credentials file you fill in; for "
           "servers) or stored (the sign-in saved by 'login'; needs an unlocked keychain)."),
        tr("mode"), QStringLiteral("env") });
    parser.addOption(
        { QStringLiteral("name"), tr("Name of the units, task and files."), tr("name"), ScheduleSpec::kDefaultName });
    parser.addOption(
        { QStringLiteral("program"), tr("The apim-backup-cli the job runs (default: this one)."), tr("path") });
    parser.addOption({ QStringLiteral("on-failure"),
        tr("A command to run when the job fails (sh; cmd on Windows), e.g. to send a message."), tr("command") });
    parser.addOption({ QStringLiteral("notify"),
        tr("Each backup posts its result to this webhook, saved with 'notify set NAME' (the job names it; the URL "
           "stays in the keychain or the credentials file)."),
        tr("name") });
    parser.addOption({ QStringLiteral("notify-on"), tr("With --notify: failure (default) or always."), tr("when") });
    parser.addOption({ QStringLiteral("drill"),
        tr("Schedule a restore drill instead of backups: restore --backup of the one --service into --standby "
           "(apim-backup-cli drill ... --yes).") });
    parser.addOption(
        { QStringLiteral("standby"), tr("With --drill: the standby service restored into (resource id)."), tr("id") });
    parser.addOption({ QStringLiteral("backup"), tr("With --drill: the backup blob to restore."), tr("blob") });
    parser.addOption({
        QStringLiteral("install"),
        tr("Write the systemd units to ~/.config/systemd/user, or the cron block into your crontab, and the "
           "credentials template."),
    });
    addWorkflowOptions(parser);
    parser.addOption({ QStringLiteral("list"), tr("List the schedules installed on this machine (with --json too).") });
    parser.addOption(
        { QStringLiteral("remove"), tr("Disable and delete the installed schedule of this name."), tr("name") });
}

// What the job runs and where the backups go; a usage message when something is wrong.
QString ScheduleCommand::readTarget(CliContext &context, ScheduleSpec *spec) const
{
    const QCommandLineParser &parser = context.parser();
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format == QLatin1String("systemd"))
        spec->format = ScheduleSpec::Format::Systemd;
    else if (format == QLatin1String("cron"))
        spec->format = ScheduleSpec::Format::Cron;
    else if (format == QLatin1String("windows"))
        spec->format = ScheduleSpec::Format::Windows;
    else
        return tr("Unknown --format \"%1\": use systemd, cron, windows, github-actions or azure-pipelines.")
            .arg(format);

    spec->name = parser.value(QStringLiteral("name")).trimmed();
    spec->program = parser.isSet(QStringLiteral("program")) ? parser.value(QStringLiteral("program"))
                                                            : QCoreApplication::applicationFilePath();
    if (spec->format == ScheduleSpec::Format::Windows && !parser.isSet(QStringLiteral("program"))) {
#if !defined(Q_OS_WIN)
        spec->program = QStringLiteral("apim-backup-cli.exe"); // where it lives there is unknown here
#endif
    } else if (!spec->program.isEmpty()) {
        spec->program = QFileInfo(spec->program).absoluteFilePath();
    }
    for (const QString &service : parser.values(QStringLiteral("service")))
        spec->services.append(service.trimmed());
    spec->account = parser.value(QStringLiteral("account")).trimmed();
    spec->container = parser.value(QStringLiteral("container")).trimmed();
    if (spec->services.isEmpty() || spec->account.isEmpty() || spec->container.isEmpty())
        return tr("schedule needs --service RESOURCE_ID (one or more), --account NAME and --container NAME.");
    spec->storageSubscription = parser.value(QStringLiteral("subscription")).trimmed();
    spec->accessType = parser.value(QStringLiteral("access-type")).trimmed();
    if (!spec->accessType.isEmpty() && ScheduleSpec::normalizeAccessType(spec->accessType).isEmpty())
        return tr("Unknown --access-type \"%1\": use key, system-identity or user-identity.").arg(spec->accessType);
    spec->identityClientId = parser.value(QStringLiteral("identity-client-id")).trimmed();
    return readDrill(context, spec);
}

// The drill a --drill job runs instead of backups; a usage message when something is wrong.
QString ScheduleCommand::readDrill(CliContext &context, ScheduleSpec *spec) const
{
    const QCommandLineParser &parser = context.parser();
    const bool drill = parser.isSet(QStringLiteral("drill"));
    if (!drill) {
        if (parser.isSet(QStringLiteral("standby")) || parser.isSet(QStringLiteral("backup")))
            return tr("--standby and --backup go with --drill.");
        return {};
    }
    spec->drillStandby = parser.value(QStringLiteral("standby")).trimmed();
    spec->drillBackup = parser.value(QStringLiteral("backup")).trimmed();
    if (spec->drillStandby.isEmpty() || spec->drillBackup.isEmpty())
        return tr("schedule --drill needs --standby RESOURCE_ID and --backup BLOB.");
    if (parser.isSet(QStringLiteral("prune-older-than")) || parser.isSet(QStringLiteral("keep-last")))
        return tr("A drill deletes nothing: --prune-older-than and --keep-last go with backups.");
    if (!parser.isSet(QStringLiteral("name")))
        spec->name = ScheduleSpec::kDefaultName + QStringLiteral("-drill");
    return {};
}

// When the job runs and what its prune keeps; a usage message when something is wrong.
QString ScheduleCommand::readWhen(CliContext &context, ScheduleSpec *spec) const
{
    const QCommandLineParser &parser = context.parser();
    spec->every = parser.value(QStringLiteral("every")).trimmed();
    const bool named = spec->every.compare(QLatin1String("daily"), Qt::CaseInsensitive) == 0
        || spec->every.compare(QLatin1String("weekly"), Qt::CaseInsensitive) == 0;
    if (!named && parser.isSet(QStringLiteral("at")))
        return tr("--at goes with --every daily or weekly; a cron expression carries its own time.");
    spec->at = QTime::fromString(parser.value(QStringLiteral("at")).trimmed(), QStringLiteral("H:mm"));
    if (!spec->at.isValid())
        return tr("--at needs a time of day as HH:MM, e.g. 02:30, not \"%1\".").arg(parser.value(QStringLiteral("at")));
    spec->weekday = parser.value(QStringLiteral("day")).trimmed();

    spec->prune = !parser.isSet(QStringLiteral("no-prune"));
    spec->pruneOlderThan = parser.value(QStringLiteral("prune-older-than")).trimmed();
    if (parser.isSet(QStringLiteral("keep-last"))) {
        bool ok = false;
        spec->keepLast = parser.value(QStringLiteral("keep-last")).toInt(&ok);
        if (!ok || spec->keepLast < 0)
            return tr("--keep-last needs a number of backups, 0 or more.");
    }
    return {};
}

// How the job signs in and what it inherits from this run; a usage message when something is wrong.
QString ScheduleCommand::readJobEnvironment(CliContext &context, ScheduleSpec *spec) const
{
    const QCommandLineParser &parser = context.parser();
    const QString jobAuth = parser.value(QStringLiteral("job-auth")).trimmed().toLower();
    if (jobAuth == QLatin1String("env"))
        spec->auth = ScheduleSpec::Auth::Environment;
    else if (jobAuth == QLatin1String("stored"))
        spec->auth = ScheduleSpec::Auth::StoredSignIn;
    else
        return tr("Unknown --job-auth \"%1\": use env or stored.").arg(jobAuth);
    // Identifiers only. The secret is never read here, let alone written anywhere.
    const QProcessEnvironment environment = context.environment();
    spec->tenantId = context.options().tenant.isEmpty() ? environment.value(QStringLiteral("AZURE_TENANT_ID"))
                                                        : context.options().tenant;
    spec->clientId = context.options().clientId.isEmpty() ? environment.value(QStringLiteral("AZURE_CLIENT_ID"))
                                                          : context.options().clientId;
    spec->environmentFile = QDir(context.paths().configDir()).absoluteFilePath(spec->name + QStringLiteral(".env"));
    const QString home = environment.value(QStringLiteral("APIM_BACKUP_HOME"));
    if (!home.isEmpty())
        spec->home = QFileInfo(home).absoluteFilePath();

    // The job must reach the same cloud: a cloud file by its absolute path.
    const QString cloud = context.options().cloud;
    if (!cloud.isEmpty())
        spec->cloud = QFileInfo::exists(cloud) ? QFileInfo(cloud).absoluteFilePath() : cloud;
    else if (context.cloud().isBuiltIn() && context.cloud().name() != CloudEnvironment::azureCloud().name())
        spec->cloud = context.cloud().name();
    spec->onFailure = parser.value(QStringLiteral("on-failure")).trimmed();
    spec->notify = parser.value(QStringLiteral("notify")).trimmed();
    spec->notifyOn = parser.value(QStringLiteral("notify-on")).trimmed();
    return {};
}

void ScheduleCommand::run(CliContext &context)
{
    Output &out = context.output();
    const QCommandLineParser &parser = context.parser();
    auto usage = [this, &out](const QString &message) {
        out.error(message, QStringLiteral("usage"));
        finish(ExitCode::Usage);
    };

    if (const auto engine = workflowEngine(parser.value(QStringLiteral("format"))))
        return runWorkflow(context, *engine);
    if (const QString misused = workflowOptionsMisused(context); !misused.isEmpty())
        return usage(misused);
    if (parser.isSet(QStringLiteral("list")))
        return finish(list(context));
    if (parser.isSet(QStringLiteral("remove")))
        return finish(remove(context, parser.value(QStringLiteral("remove")).trimmed()));

    ScheduleSpec spec;
    QString problem = readTarget(context, &spec);
    if (problem.isEmpty())
        problem = readWhen(context, &spec);
    if (problem.isEmpty())
        problem = readJobEnvironment(context, &spec);
    if (!problem.isEmpty())
        return usage(problem);

    const ScheduleTemplate schedule(spec, context.clock().now());
    problem = schedule.validate();
    if (!problem.isEmpty())
        return usage(problem);

    if (parser.isSet(QStringLiteral("install"))) {
#if defined(Q_OS_WIN)
        return usage(tr("--install writes systemd user units or a crontab block, which Windows does not have. Run "
                        "again without --install and follow the printed steps."));
#else
        if (spec.format == ScheduleSpec::Format::Windows)
            return usage(tr("--install writes systemd user units or a crontab block. For --format windows, copy the "
                            "printed files yourself (run again without --install)."));
        finish(install(context, schedule));
#endif
        return;
    }
    print(context, schedule);
    finish(ExitCode::Success);
}

void ScheduleCommand::print(CliContext &context, const ScheduleTemplate &schedule)
{
    Output &out = context.output();
    const ScheduleSpec &spec = schedule.spec();
    const QString unitDir = ScheduleInstaller::systemdUserDirectory(context.environment());
    auto pathOf = [&](const ScheduleFile &file) {
        if (file.isCredentials())
            return spec.format == ScheduleSpec::Format::Windows ? kWindowsDir + QLatin1Char('\\') + file.fileName
                                                                : spec.environmentFile;
        switch (spec.format) {
        case ScheduleSpec::Format::Systemd:
            return QDir(unitDir).filePath(file.fileName);
        case ScheduleSpec::Format::Windows:
            return kWindowsDir + QLatin1Char('\\') + file.fileName;
        case ScheduleSpec::Format::Cron:
            break;
        }
        return QString(); // the crontab fragment goes through crontab -e, not a file
    };
    const QList<ScheduleFile> files = schedule.files();
    const QStringList setup = schedule.setupCommands(kWindowsDir);

    if (out.isJson()) {
        QJsonArray fileArray;
        for (const ScheduleFile &file : files)
            fileArray.append(QJsonObject { { QStringLiteral("kind"), kindName(file.kind) },
                { QStringLiteral("name"), file.fileName }, { QStringLiteral("path"), pathOf(file) },
                { QStringLiteral("mode"), file.isCredentials() ? QStringLiteral("0600") : QStringLiteral("0644") },
                { QStringLiteral("contents"), file.contents } });
        QJsonArray commands;
        for (const QStringList &command : schedule.jobCommands())
            commands.append(QJsonArray::fromStringList(command));
        out.json(QJsonObject { { QStringLiteral("format"), ScheduleSpec::formatName(spec.format) },
            { QStringLiteral("installed"), false }, { QStringLiteral("files"), fileArray },
            { QStringLiteral("jobCommands"), commands },
            { QStringLiteral("setup"), QJsonArray::fromStringList(setup) } });
        return;
    }

    const QString marker = spec.format == ScheduleSpec::Format::Windows ? QStringLiteral("rem") : QStringLiteral("#");
    for (const ScheduleFile &file : files) {
        const QString path = pathOf(file);
        if (file.kind == ScheduleFile::Kind::Crontab)
            out.line(tr("%1 ---- add to your crontab (crontab -e) ----").arg(marker));
        else if (file.isCredentials() && spec.format == ScheduleSpec::Format::Windows)
            out.line(tr("%1 ---- %2 (readable only by you; fill it in) ----").arg(marker, path));
        else if (file.isCredentials())
            out.line(tr("%1 ---- %2 (create it with mode 0600, then fill it in) ----").arg(marker, path));
        else
            out.line(tr("%1 ---- %2 ----").arg(marker, path));
        out.line(file.contents);
    }
    out.line(tr("%1 ---- then ----").arg(marker));
    switch (spec.format) {
    case ScheduleSpec::Format::Systemd:
        out.line(tr("# Save the files above (or run this command again with --install), then run:"));
        break;
    case ScheduleSpec::Format::Cron:
        if (spec.auth == ScheduleSpec::Auth::Environment)
            out.line(tr("# Create the credentials file readable only by you, e.g.: (umask 077; ${EDITOR:-vi} %1)")
                         .arg(ScheduleTemplate::shellQuote(spec.environmentFile)));
        out.line(tr("# Then add the crontab line with:"));
        break;
    case ScheduleSpec::Format::Windows:
        out.line(tr("rem Save both files in %1, then run in cmd.exe (add /RU and /RP to run while logged off):")
                     .arg(kWindowsDir));
        break;
    }
    for (const QString &command : setup)
        out.line(command);
}

ExitCode ScheduleCommand::install(CliContext &context, const ScheduleTemplate &schedule)
{
    Output &out = context.output();
    const ScheduleSpec &spec = schedule.spec();
    SystemProcessRunner runner;
    const CrontabStore crontab(context.environment().value(CrontabStore::kFileVariable), &runner);
    const ScheduleInstaller::Result result = ScheduleInstaller::install(
        schedule, ScheduleInstaller::systemdUserDirectory(context.environment()), &crontab);
    QJsonArray written;
    QStringList notes;
    for (const ScheduleInstaller::InstalledFile &file : result.files) {
        QJsonObject entry { { QStringLiteral("path"), file.path }, { QStringLiteral("kind"), kindName(file.kind) },
            { QStringLiteral("written"), file.written } };
        if (file.kind != ScheduleFile::Kind::Credentials)
            entry.insert(QStringLiteral("replaced"), file.replaced);
        written.append(entry);
        if (file.othersMayRead)
            notes.append(tr("%1 can be read by other users: run chmod 600 %1").arg(file.path));
        if (!file.written)
            out.info(tr("Kept %1 as it is (it may hold your secret already).").arg(file.path));
        else if (out.isJson())
            continue;
        else if (file.kind == ScheduleFile::Kind::Crontab)
            out.line(file.replaced ? tr("Replaced the block %1 in %2").arg(spec.name, file.path)
                                   : tr("Added the block %1 to %2").arg(spec.name, file.path));
        else if (file.kind == ScheduleFile::Kind::Credentials)
            out.line(tr("Wrote %1 (mode 0600, no secret in it: fill it in)").arg(file.path));
        else
            out.line(file.replaced ? tr("Replaced %1").arg(file.path) : tr("Wrote %1").arg(file.path));
    }
    if (!result.ok()) {
        out.error(result.failure == ScheduleInstaller::Result::Failure::CreateDirectory
                ? tr("Cannot create %1: check its permissions.").arg(result.failedPath)
                : tr("Cannot write %1: %2").arg(result.failedPath, result.errorString),
            QStringLiteral("io"));
        return ExitCode::Failed;
    }
    const QStringList setup = schedule.setupCommands(QString());
    if (out.isJson()) {
        out.json(QJsonObject { { QStringLiteral("format"), ScheduleSpec::formatName(spec.format) },
            { QStringLiteral("installed"), true }, { QStringLiteral("files"), written },
            { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
            { QStringLiteral("setup"),
                spec.format == ScheduleSpec::Format::Systemd ? QJsonArray::fromStringList(setup) : QJsonArray() } });
    } else {
        for (const QString &note : std::as_const(notes))
            out.line(note);
        out.line();
        if (spec.auth == ScheduleSpec::Auth::Environment)
            out.line(tr("Fill in AZURE_CLIENT_SECRET (and the ids, if empty) in %1 with an editor; keep it mode 0600.")
                         .arg(spec.environmentFile));
        if (!spec.notify.isEmpty())
            out.line(tr("The job notifies webhook %1: save its URL with 'apim-backup-cli notify set %1'%2.")
                         .arg(spec.notify,
                             spec.auth == ScheduleSpec::Auth::Environment
                                 ? tr(", or put it in %1 as %2")
                                       .arg(spec.environmentFile, WebhookStore::environmentVariable(spec.notify))
                                 : QString()));
        if (spec.format == ScheduleSpec::Format::Systemd) {
            out.line(tr("Then enable the timer:"));
            for (const QString &command : setup)
                out.line(QStringLiteral("  ") + command);
        } else {
            out.line(tr("cron runs it from now on; 'apim-backup-cli schedule --list' shows it."));
        }
    }
    return ExitCode::Success;
}

ScheduleCatalog ScheduleCommand::catalog(CliContext &context, ScheduleProcessRunner *runner)
{
    return ScheduleCatalog(ScheduleCatalog::locationsFor(context.environment(), context.paths().dataDir()), runner);
}

ExitCode ScheduleCommand::list(CliContext &context)
{
    Output &out = context.output();
    SystemProcessRunner runner;
    QStringList warnings;
    const QDateTime now = context.clock().now();
    const QList<ScheduleEntry> entries = catalog(context, &runner).load(now, &warnings);
    for (const QString &warning : std::as_const(warnings))
        out.info(warning);
    auto stateName = [](ScheduleEntry::State state) {
        switch (state) {
        case ScheduleEntry::State::Current:
            return QStringLiteral("current");
        case ScheduleEntry::State::Older:
            return QStringLiteral("older");
        case ScheduleEntry::State::Damaged:
            return QStringLiteral("damaged");
        }
        return QString();
    };
    if (out.isJson()) {
        QJsonArray array;
        for (const ScheduleEntry &entry : entries) {
            QJsonObject object { { QStringLiteral("name"), entry.name },
                { QStringLiteral("kind"), ScheduleCatalog::kindName(entry.kind) },
                { QStringLiteral("state"), stateName(entry.state) },
                { QStringLiteral("services"), QJsonArray::fromStringList(entry.services) },
                { QStringLiteral("target"), entry.target }, { QStringLiteral("schedule"), entry.calendar },
                { QStringLiteral("drill"), entry.isDrill() },
                { QStringLiteral("nextRun"),
                    entry.nextRun.isValid() ? entry.nextRun.toUTC().toString(Qt::ISODate) : QString() },
                { QStringLiteral("files"), QJsonArray::fromStringList(entry.files) } };
            if (!entry.problem.isEmpty())
                object.insert(QStringLiteral("problem"), entry.problem);
            if (entry.lastRun)
                object.insert(QStringLiteral("lastRun"),
                    QJsonObject { { QStringLiteral("operationId"), entry.lastRun->id },
                        { QStringLiteral("state"), operationStateName(entry.lastRun->state) },
                        { QStringLiteral("startedAt"), entry.lastRun->createdAt.toUTC().toString(Qt::ISODate) } });
            array.append(object);
        }
        out.json(QJsonObject { { QStringLiteral("schedules"), array } });
        return ExitCode::Success;
    }
    if (entries.isEmpty()) {
        out.line(tr("No schedules installed by apim-backup-cli on this machine."));
        return ExitCode::Success;
    }
    for (const ScheduleEntry &entry : entries) {
        QString line = QStringLiteral("%1 [%2] %3 -> %4, %5")
                           .arg(entry.name, ScheduleCatalog::kindName(entry.kind))
                           .arg(entry.services.size())
                           .arg(entry.target, entry.calendar);
        if (entry.nextRun.isValid())
            line += tr(", next %1").arg(entry.nextRun.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (entry.lastRun)
            line += tr(", last %1").arg(operationStateName(entry.lastRun->state));
        if (entry.state == ScheduleEntry::State::Older)
            line += tr(" (installed by an older version)");
        if (entry.state == ScheduleEntry::State::Damaged)
            line += QStringLiteral(" (") + entry.problem + QLatin1Char(')');
        out.line(line);
    }
    return ExitCode::Success;
}

ExitCode ScheduleCommand::remove(CliContext &context, const QString &name)
{
    Output &out = context.output();
    SystemProcessRunner runner;
    const ScheduleCatalog schedules = catalog(context, &runner);
    const QList<ScheduleEntry> entries = schedules.load(context.clock().now());
    QList<ScheduleEntry> matches;
    for (const ScheduleEntry &entry : entries) {
        if (entry.name == name)
            matches.append(entry);
    }
    if (matches.isEmpty()) {
        out.error(tr("No installed schedule is named \"%1\": 'apim-backup-cli schedule --list' shows them.").arg(name),
            QStringLiteral("usage"));
        return ExitCode::Usage;
    }
    ExitCode code = ExitCode::Success;
    QJsonArray removed;
    for (const ScheduleEntry &entry : std::as_const(matches)) {
        const ScheduleCatalog::Outcome outcome = schedules.remove(entry);
        for (const QString &note : outcome.notes)
            out.info(note);
        if (!outcome.ok) {
            out.error(outcome.error, QStringLiteral("io"));
            code = ExitCode::Failed;
            continue;
        }
        removed.append(QJsonObject { { QStringLiteral("name"), entry.name },
            { QStringLiteral("kind"), ScheduleCatalog::kindName(entry.kind) } });
        if (!out.isJson())
            out.line(tr("Removed %1 (%2).").arg(entry.name, ScheduleCatalog::kindName(entry.kind)));
    }
    if (out.isJson())
        out.json(QJsonObject { { QStringLiteral("removed"), removed } });
    return code;
}

} // namespace Apim::Cli
