#pragma once

#include "schedule/ScheduleEntry.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Apim::Core {

class ScheduleProcessRunner;

// The schedules this tool installed on this machine, read back from where `schedule
// --install` puts them: systemd user units, blocks in the crontab, Windows scripts. Also
// installs, replaces and removes them, for the CLI and the Schedules page alike. Every
// call blocks on files and on systemctl/crontab (through the runner): the app calls it
// from a worker thread only.
class ScheduleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    struct Locations
    {
        QString systemdDirectory; // empty: no systemd here
        bool useCrontab = false;
        QString crontabFile; // APIM_BACKUP_CRONTAB_FILE; empty: crontab -l / crontab -
        QString windowsDirectory; // where the Windows scripts are saved; empty: none
        QString dataDir; // the journal's, for the last runs
    };

    struct Outcome
    {
        bool ok = true;
        QString error; // translated, says what to do next
        QStringList notes; // what else happened, translated
    };

    // What this platform has, honouring XDG_CONFIG_HOME and APIM_BACKUP_CRONTAB_FILE.
    static Locations locationsFor(const QProcessEnvironment &environment, const QString &dataDir);

    ScheduleCatalog(const Locations &locations, ScheduleProcessRunner *runner);

    const Locations &locations() const { return m_locations; }

    // Every schedule found, by kind then name. warnings: what could not be read.
    QList<ScheduleEntry> load(const QDateTime &now, QStringList *warnings = nullptr) const;

    // Writes the spec's schedule (systemd or cron); with activate, also enables a systemd
    // timer. replacing: the entry being edited, removed when its name or kind changes.
    Outcome install(
        const ScheduleSpec &spec, const QDateTime &now, bool activate, const ScheduleEntry *replacing = nullptr) const;
    // Disables and deletes the schedule. Its credentials file is kept: it may hold the secret.
    Outcome remove(const ScheduleEntry &entry) const;

    // What starts the job now (program first), without waiting for it.
    static QStringList runNowCommand(const ScheduleEntry &entry);
    // "systemd", "cron", "windows".
    static QString kindName(ScheduleEntry::Kind kind);
    // "daily at 02:00", "weekly on sun at 02:00", or the cron expression.
    static QString calendarText(const ScheduleSpec &spec);

private:
    void loadSystemd(const QDateTime &now, QList<ScheduleEntry> *entries, QStringList *warnings) const;
    void loadCron(const QDateTime &now, QList<ScheduleEntry> *entries, QStringList *warnings) const;
    void loadWindows(const QDateTime &now, QList<ScheduleEntry> *entries) const;
    void describe(ScheduleEntry *entry, const QDateTime &now) const;
    // journals: each data folder's journal, read once for every entry that writes to it (a
    // year of nightly backups is thousands of record files).
    void findLastRun(ScheduleEntry *entry, QHash<QString, QList<OperationRecord>> *journals) const;
    Outcome removeSystemd(const ScheduleEntry &entry) const;
    Outcome removeCron(const ScheduleEntry &entry) const;
    Outcome removeWindows(const ScheduleEntry &entry) const;

    Locations m_locations;
    ScheduleProcessRunner *m_runner;
};

} // namespace Apim::Core
