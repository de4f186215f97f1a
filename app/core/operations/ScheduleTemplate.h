#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Apim::Core {

// What a scheduled backup job does and how it is run: the services backed up one after
// the other, the prune that follows, when, and how the job signs in.
struct ScheduleSpec
{
    enum class Format { Systemd, Cron, Windows };
    enum class Auth {
        Environment, // --auth env: AZURE_* from a private file the user fills in
        StoredSignIn, // the sign-in saved by `apim-backup-cli login` (keychain)
    };

    Format format = Format::Systemd;
    QString name = QStringLiteral("apim-backup"); // unit, task and file names
    QString program; // the apim-backup-cli the job runs (absolute path)
    QStringList services; // APIM resource ids, backed up in this order
    QString account;
    QString container;
    QString storageSubscription; // optional; prune searches every subscription without it
    QString accessType; // key | system-identity | user-identity; empty: the backup default
    QString identityClientId; // user-identity only
    QString every = QStringLiteral("daily"); // daily | weekly | a five-field cron expression
    QTime at = QTime(2, 0); // local time, for daily and weekly
    QString weekday = QStringLiteral("sun"); // for weekly: sun, mon, ... sat
    QString cloud; // --cloud for the job (a name or an absolute file); empty: none
    Auth auth = Auth::Environment;
    QString tenantId; // prefilled in the credentials template: identifiers, not secrets
    QString clientId;
    QString environmentFile; // absolute path of the credentials file (Auth::Environment)
    QString home; // APIM_BACKUP_HOME handed to the job; empty: none
    bool prune = true;
    QString pruneOlderThan; // e.g. 30d; empty: prune's default (expired)
    int keepLast = -1; // < 0: prune's default
    QString onFailure; // a command run when the job fails (sh; cmd on Windows); empty: none
};

// One generated file: a systemd unit, the crontab fragment, the Windows script, or the
// credentials template (which holds no secret and must be created with mode 0600).
struct ScheduleFile
{
    enum class Kind { Service, Timer, FailureService, Crontab, Script, Credentials };

    Kind kind = Kind::Service;
    QString fileName; // base name
    QString contents;

    bool isCredentials() const { return kind == Kind::Credentials; }
};

// Turns a ScheduleSpec into scheduler files: a systemd user service + timer, a crontab
// line, or a Windows batch script + `schtasks /Create`. Pure text, so every quoting rule
// is tested in isolation; writing the files is the caller's business. No secret value is
// ever part of the output: the job reads it at run time from the credentials file.
class ScheduleTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    // generatedAt goes into the header comments (empty: not mentioned).
    explicit ScheduleTemplate(ScheduleSpec spec, const QDateTime &generatedAt = {});

    const ScheduleSpec &spec() const { return m_spec; }
    // Empty when the spec can be generated for its format; else what to change, translated.
    QString validate() const;

    // The job's command lines, program first: one backup per service, then the prune.
    QList<QStringList> jobCommands() const;
    QList<ScheduleFile> files() const;
    // What to run once the files are in place (systemctl, crontab, schtasks).
    QStringList setupCommands(const QString &directory) const;

    // The schedule in each scheduler's syntax; empty + *error when it cannot be said.
    QString onCalendar(QString *error = nullptr) const; // systemd
    QString cronTimes(QString *error = nullptr) const; // "30 2 * * *"
    QStringList schtasksSchedule(QString *error = nullptr) const; // {"/SC", "DAILY", "/ST", "02:00"}

    // Quoting for each target: a word that the scheduler hands over unchanged.
    static QString systemdQuote(const QString &word); // ExecStart= (also escapes % and $)
    static QString shellQuote(const QString &word); // POSIX sh
    static QString cmdQuote(const QString &word); // Windows cmd.exe, inside a .cmd file
    static bool isValidName(const QString &name);
    // key | system-identity | user-identity from those or from the ARM names; empty: unknown.
    static QString normalizeAccessType(const QString &value);

    static inline const QString kDefaultName = QStringLiteral("apim-backup");

private:
    QString systemdService() const;
    QString systemdTimer() const;
    QString systemdFailureService() const;
    QString crontab() const;
    QString windowsScript() const;
    QString credentialsTemplate() const;
    QString summaryLine() const;
    QString generatedLine(const QString &commentPrefix) const;
    QStringList globalArguments() const;

    ScheduleSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
