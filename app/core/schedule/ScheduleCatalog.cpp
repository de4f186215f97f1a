#include "schedule/ScheduleCatalog.h"

#include "operations/OperationJournal.h"
#include "schedule/CronSchedule.h"
#include "schedule/CrontabStore.h"
#include "schedule/ScheduleCalendar.h"
#include "schedule/ScheduleInstaller.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleNextRun.h"
#include "schedule/ScheduleProcessRunner.h"
#include "schedule/ScheduleTemplate.h"
#include "settings/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>

namespace Apim::Core {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// What an older job's command lines say, for a list: its services and target.
void describeFromCommands(const QString &text, ScheduleEntry *entry)
{
    static const QRegularExpression service(QStringLiteral("--service\\s+'?([^'\\s]+)"));
    static const QRegularExpression account(QStringLiteral("--account\\s+'?([^'\\s]+)"));
    static const QRegularExpression container(QStringLiteral("--container\\s+'?([^'\\s]+)"));
    for (auto it = service.globalMatch(text); it.hasNext();) {
        const QString id = it.next().captured(1);
        if (!entry->services.contains(id, Qt::CaseInsensitive))
            entry->services.append(id);
    }
    const QString a = account.match(text).captured(1);
    const QString c = container.match(text).captured(1);
    if (!a.isEmpty() || !c.isEmpty())
        entry->target = a + QLatin1Char('/') + c;
}

void applyMarker(const ScheduleMarker::Found &found, ScheduleEntry *entry)
{
    if (found.spec) {
        entry->state = ScheduleEntry::State::Current;
        entry->spec = found.spec->normalized();
    } else if (found.present) {
        entry->state = ScheduleEntry::State::Damaged;
        entry->problem = found.problem;
    } else {
        entry->state = ScheduleEntry::State::Older;
    }
}

bool isOurUnitName(const QString &name)
{
    return name.startsWith(QLatin1String("apim-backup"), Qt::CaseInsensitive);
}

} // namespace

ScheduleCatalog::Locations ScheduleCatalog::locationsFor(const QProcessEnvironment &environment, const QString &dataDir)
{
    Locations locations;
    locations.dataDir = dataDir;
    locations.crontabFile = environment.value(CrontabStore::kFileVariable);
#if defined(Q_OS_WIN)
    const QString local = environment.value(QStringLiteral("LOCALAPPDATA"));
    if (!local.isEmpty())
        locations.windowsDirectory = QDir(local).filePath(QStringLiteral("apim-backup"));
#else
#if defined(Q_OS_LINUX)
    locations.systemdDirectory = ScheduleInstaller::systemdUserDirectory(environment);
#endif
    locations.useCrontab
        = !locations.crontabFile.isEmpty() || !QStandardPaths::findExecutable(QStringLiteral("crontab")).isEmpty();
#endif
    if (!locations.crontabFile.isEmpty())
        locations.useCrontab = true;
    return locations;
}

ScheduleCatalog::ScheduleCatalog(const Locations &locations, ScheduleProcessRunner *runner)
    : m_locations(locations)
    , m_runner(runner)
{ }

QString ScheduleCatalog::kindName(ScheduleEntry::Kind kind)
{
    switch (kind) {
    case ScheduleEntry::Kind::Systemd:
        return QStringLiteral("systemd");
    case ScheduleEntry::Kind::Cron:
        return QStringLiteral("cron");
    case ScheduleEntry::Kind::Windows:
        return QStringLiteral("windows");
    }
    return {};
}

QString ScheduleCatalog::calendarText(const ScheduleSpec &spec)
{
    const QString time = spec.at.toString(QStringLiteral("HH:mm"));
    if (spec.every == QLatin1String("daily"))
        return tr("daily at %1").arg(time);
    if (spec.every == QLatin1String("weekly"))
        return tr("weekly on %1 at %2").arg(spec.weekday, time);
    return spec.every;
}

QList<ScheduleEntry> ScheduleCatalog::load(const QDateTime &now, QStringList *warnings) const
{
    QList<ScheduleEntry> entries;
    QStringList ignored;
    QStringList *sink = warnings ? warnings : &ignored;
    loadSystemd(now, &entries, sink);
    loadCron(now, &entries, sink);
    loadWindows(now, &entries);
    QHash<QString, QList<OperationRecord>> journals;
    for (ScheduleEntry &entry : entries)
        findLastRun(&entry, &journals);
    std::stable_sort(entries.begin(), entries.end(), [](const ScheduleEntry &a, const ScheduleEntry &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return entries;
}

// Services, target, calendar and next run from the spec (or what an older file says).
void ScheduleCatalog::describe(ScheduleEntry *entry, const QDateTime &now) const
{
    if (entry->state != ScheduleEntry::State::Current)
        return;
    const ScheduleSpec &spec = entry->spec;
    entry->services = spec.services;
    entry->target = spec.account + QLatin1Char('/') + spec.container;
    entry->calendar = calendarText(spec);
    entry->nextRun = ScheduleNextRun::after(ScheduleCalendar::cronTimes(spec), now);
}

void ScheduleCatalog::loadSystemd(const QDateTime &now, QList<ScheduleEntry> *entries, QStringList *warnings) const
{
    Q_UNUSED(warnings)
    if (m_locations.systemdDirectory.isEmpty())
        return;
    const QDir dir(m_locations.systemdDirectory);
    for (const QString &timerName : dir.entryList({ QStringLiteral("*.timer") }, QDir::Files, QDir::Name)) {
        ScheduleEntry entry;
        entry.kind = ScheduleEntry::Kind::Systemd;
        entry.name = timerName.chopped(6);
        const QString servicePath = dir.filePath(entry.name + QStringLiteral(".service"));
        const QString timer = readText(dir.filePath(timerName));
        const QString service = readText(servicePath);
        ScheduleMarker::Found found = ScheduleMarker::find(service);
        if (!found.present)
            found = ScheduleMarker::find(timer);
        const bool ours = found.present || isOurUnitName(entry.name)
            || service.contains(QLatin1String("\nDescription=APIM Backup:"));
        if (!ours)
            continue;
        applyMarker(found, &entry);
        entry.files << dir.filePath(timerName);
        if (QFileInfo::exists(servicePath))
            entry.files << servicePath;
        const QString failure = dir.filePath(entry.name + QStringLiteral("-failure.service"));
        if (QFileInfo::exists(failure))
            entry.files << failure;
        if (entry.state == ScheduleEntry::State::Current) {
            describe(&entry, now);
        } else {
            describeFromCommands(service, &entry);
            static const QRegularExpression onCalendar(
                QStringLiteral("^OnCalendar=(.*)$"), QRegularExpression::MultilineOption);
            entry.calendar = onCalendar.match(timer).captured(1).trimmed();
        }
        entries->append(entry);
    }
}

void ScheduleCatalog::loadCron(const QDateTime &now, QList<ScheduleEntry> *entries, QStringList *warnings) const
{
    if (!m_locations.useCrontab)
        return;
    const CrontabStore store(m_locations.crontabFile, m_runner);
    QString text;
    QString error;
    if (!store.read(&text, &error)) {
        warnings->append(error);
        return;
    }
    static const QRegularExpression begin(QStringLiteral("^#\\s*BEGIN apim-backup-schedule\\s+(\\S+)\\s*$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QRegularExpressionMatch match = begin.match(line);
        if (match.hasMatch()) {
            ScheduleEntry entry;
            entry.kind = ScheduleEntry::Kind::Cron;
            entry.name = match.captured(1);
            QStringList block;
            const QString end = CronSchedule::endLine(entry.name);
            for (++i; i < lines.size() && lines.at(i).trimmed() != end; ++i)
                block.append(lines.at(i));
            const QString blockText = block.join(QLatin1Char('\n'));
            applyMarker(ScheduleMarker::find(blockText), &entry);
            if (entry.state == ScheduleEntry::State::Current) {
                describe(&entry, now);
            } else {
                describeFromCommands(blockText, &entry);
                for (const QString &jobLine : std::as_const(block)) {
                    if (!jobLine.trimmed().startsWith(QLatin1Char('#')) && !jobLine.trimmed().isEmpty())
                        entry.calendar = jobLine.simplified().section(QLatin1Char(' '), 0, 4);
                }
                entry.nextRun = ScheduleNextRun::after(entry.calendar, now);
            }
            entries->append(entry);
            continue;
        }
        // An entry of an older version: a job line that runs apim-backup-cli, outside any block.
        if (!line.startsWith(QLatin1Char('#')) && line.contains(QLatin1String("apim-backup-cli"))) {
            ScheduleEntry entry;
            entry.kind = ScheduleEntry::Kind::Cron;
            entry.state = ScheduleEntry::State::Older;
            entry.name = tr("crontab line %1").arg(i + 1);
            entry.cronLine = lines.at(i);
            entry.calendar = line.simplified().section(QLatin1Char(' '), 0, 4);
            entry.nextRun = ScheduleNextRun::after(entry.calendar, now);
            describeFromCommands(line, &entry);
            entries->append(entry);
        }
    }
}

void ScheduleCatalog::loadWindows(const QDateTime &now, QList<ScheduleEntry> *entries) const
{
    if (m_locations.windowsDirectory.isEmpty())
        return;
    const QDir dir(m_locations.windowsDirectory);
    for (const QString &scriptName : dir.entryList({ QStringLiteral("*.cmd") }, QDir::Files, QDir::Name)) {
        if (scriptName.endsWith(QLatin1String(".env.cmd"), Qt::CaseInsensitive))
            continue; // a credentials file
        const QString script = readText(dir.filePath(scriptName));
        const ScheduleMarker::Found found = ScheduleMarker::find(script);
        ScheduleEntry entry;
        entry.kind = ScheduleEntry::Kind::Windows;
        entry.name = scriptName.chopped(4);
        if (!found.present && !script.contains(QLatin1String("apim-backup-cli")))
            continue;
        applyMarker(found, &entry);
        entry.files << dir.filePath(scriptName);
        if (entry.state == ScheduleEntry::State::Current)
            describe(&entry, now);
        else
            describeFromCommands(script, &entry);
        entries->append(entry);
    }
}

// The latest operation on the job's services, from the journal the job writes to.
void ScheduleCatalog::findLastRun(ScheduleEntry *entry, QHash<QString, QList<OperationRecord>> *journals) const
{
    if (entry->services.isEmpty())
        return;
    const QString dataDir = entry->state == ScheduleEntry::State::Current && !entry->spec.home.isEmpty()
        ? AppPaths(entry->spec.home).dataDir()
        : m_locations.dataDir;
    if (dataDir.isEmpty())
        return;
    const OperationKind kind = entry->isDrill() ? OperationKind::Restore : OperationKind::Backup;
    auto journal = journals->find(dataDir);
    if (journal == journals->end())
        journal = journals->insert(dataDir, OperationJournal(dataDir).loadAll());
    for (const OperationRecord &record : std::as_const(*journal)) {
        if (record.kind != kind || !entry->services.contains(record.serviceId, Qt::CaseInsensitive))
            continue;
        if (!entry->lastRun || entry->lastRun->createdAt <= record.createdAt)
            entry->lastRun = record;
    }
}

ScheduleCatalog::Outcome ScheduleCatalog::install(
    const ScheduleSpec &spec, const QDateTime &now, bool activate, const ScheduleEntry *replacing) const
{
    Outcome outcome;
    const ScheduleTemplate schedule(spec, now);
    if (const QString problem = schedule.validate(); !problem.isEmpty())
        return { false, problem, {} };
    if (spec.format == ScheduleSpec::Format::Windows)
        return { false,
            tr("Windows tasks are registered with schtasks: install them with 'apim-backup-cli schedule "
               "--format windows' and the commands it prints."),
            {} };
    const CrontabStore crontab(m_locations.crontabFile, m_runner);
    const ScheduleInstaller::Result result
        = ScheduleInstaller::install(schedule, m_locations.systemdDirectory, &crontab);
    if (!result.ok()) {
        outcome.ok = false;
        outcome.error = result.failure == ScheduleInstaller::Result::Failure::CreateDirectory
            ? tr("Cannot create %1: check its permissions.").arg(result.failedPath)
            : tr("Cannot write %1: %2").arg(result.failedPath, result.errorString);
        return outcome;
    }
    for (const ScheduleInstaller::InstalledFile &file : result.files) {
        if (file.kind == ScheduleFile::Kind::Credentials && file.written)
            outcome.notes << tr("Fill in AZURE_CLIENT_SECRET in %1 (mode 0600, no secret in it yet).").arg(file.path);
        if (file.othersMayRead)
            outcome.notes << tr("%1 can be read by other users: run chmod 600 %1").arg(file.path);
    }
    if (replacing && (replacing->name != schedule.spec().name || kindName(replacing->kind) != [&] {
            return schedule.spec().format == ScheduleSpec::Format::Cron ? QStringLiteral("cron")
                                                                        : QStringLiteral("systemd");
        }())) {
        const Outcome removed = remove(*replacing);
        outcome.notes += removed.notes;
        if (!removed.ok)
            outcome.notes << removed.error;
    }
    if (activate && schedule.spec().format == ScheduleSpec::Format::Systemd && m_runner) {
        const QString timer = schedule.spec().name + QStringLiteral(".timer");
        ScheduleProcessRunner::Result run
            = m_runner->run(QStringLiteral("systemctl"), { QStringLiteral("--user"), QStringLiteral("daemon-reload") });
        if (run.ok())
            run = m_runner->run(QStringLiteral("systemctl"),
                { QStringLiteral("--user"), QStringLiteral("enable"), QStringLiteral("--now"), timer });
        if (!run.ok())
            outcome.notes << tr("The units are in place, but the timer could not be enabled (%1): run "
                                "'systemctl --user daemon-reload' and 'systemctl --user enable --now %2'.")
                                 .arg(run.errorText, timer);
    }
    return outcome;
}

ScheduleCatalog::Outcome ScheduleCatalog::remove(const ScheduleEntry &entry) const
{
    switch (entry.kind) {
    case ScheduleEntry::Kind::Systemd:
        return removeSystemd(entry);
    case ScheduleEntry::Kind::Cron:
        return removeCron(entry);
    case ScheduleEntry::Kind::Windows:
        return removeWindows(entry);
    }
    return {};
}

ScheduleCatalog::Outcome ScheduleCatalog::removeSystemd(const ScheduleEntry &entry) const
{
    Outcome outcome;
    const QString timer = entry.name + QStringLiteral(".timer");
    if (m_runner) {
        const ScheduleProcessRunner::Result run = m_runner->run(QStringLiteral("systemctl"),
            { QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), timer });
        if (!run.ok())
            outcome.notes << tr("systemctl could not stop %1 (%2); its files are deleted all the same.")
                                 .arg(timer, run.errorText);
    }
    for (const QString &path : entry.files) {
        if (QFileInfo::exists(path) && !QFile::remove(path)) {
            outcome.ok = false;
            outcome.error = tr("Cannot delete %1: check its permissions.").arg(path);
            return outcome;
        }
    }
    if (m_runner)
        m_runner->run(QStringLiteral("systemctl"), { QStringLiteral("--user"), QStringLiteral("daemon-reload") });
    if (entry.state == ScheduleEntry::State::Current && !entry.spec.environmentFile.isEmpty()
        && QFileInfo::exists(entry.spec.environmentFile))
        outcome.notes << tr("Kept the credentials file %1: it may hold a secret. Delete it yourself when no job "
                            "needs it.")
                             .arg(entry.spec.environmentFile);
    return outcome;
}

ScheduleCatalog::Outcome ScheduleCatalog::removeCron(const ScheduleEntry &entry) const
{
    const CrontabStore store(m_locations.crontabFile, m_runner);
    QString text;
    QString error;
    if (!store.read(&text, &error))
        return { false, error, {} };
    bool found = false;
    const QString updated = entry.cronLine.isEmpty() ? CrontabStore::withoutBlock(text, entry.name, &found)
                                                     : CrontabStore::withoutLine(text, entry.cronLine, &found);
    if (!found)
        return { false, tr("%1 is no longer in %2: reload the list.").arg(entry.name, store.location()), {} };
    if (!store.write(updated, &error))
        return { false, error, {} };
    return {};
}

ScheduleCatalog::Outcome ScheduleCatalog::removeWindows(const ScheduleEntry &entry) const
{
    Outcome outcome;
    if (m_runner) {
        const ScheduleProcessRunner::Result run = m_runner->run(QStringLiteral("schtasks"),
            { QStringLiteral("/Delete"), QStringLiteral("/TN"), QStringLiteral("APIM Backup\\") + entry.name,
                QStringLiteral("/F") });
        if (!run.ok())
            outcome.notes << tr("schtasks could not delete the task (%1).").arg(run.errorText);
    }
    for (const QString &path : entry.files) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return { false, tr("Cannot delete %1: check its permissions.").arg(path), outcome.notes };
    }
    return outcome;
}

QStringList ScheduleCatalog::runNowCommand(const ScheduleEntry &entry)
{
    switch (entry.kind) {
    case ScheduleEntry::Kind::Systemd:
        return { QStringLiteral("systemctl"), QStringLiteral("--user"), QStringLiteral("start"),
            QStringLiteral("--no-block"), entry.name + QStringLiteral(".service") };
    case ScheduleEntry::Kind::Windows:
        return { QStringLiteral("schtasks"), QStringLiteral("/Run"), QStringLiteral("/TN"),
            QStringLiteral("APIM Backup\\") + entry.name };
    case ScheduleEntry::Kind::Cron:
        break;
    }
    if (entry.state == ScheduleEntry::State::Current)
        return { QStringLiteral("/bin/sh"), QStringLiteral("-c"), CronSchedule(entry.spec).shellCommand() };
    if (!entry.cronLine.isEmpty()) {
        QString command = entry.cronLine.simplified().section(QLatin1Char(' '), 5);
        command.replace(QStringLiteral("\\%"), QStringLiteral("%"));
        return { QStringLiteral("/bin/sh"), QStringLiteral("-c"), command };
    }
    return {};
}

} // namespace Apim::Core
