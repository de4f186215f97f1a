#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Apim::Core {

// What a scheduled backup job does and how it is run: the services backed up one after
// the other, the prune that follows, when, and how the job signs in. A plain value, so a
// form can fill one in and ask validate() what is still wrong before anything is written.
struct ScheduleSpec
{
    enum class Format { Systemd, Cron, Windows };
    // The --format word of a format, also its name in a schedule's marker line.
    static QString formatName(Format format);
    enum class Auth {
        Environment, // --auth env: AZURE_* from a private file the user fills in
        StoredSignIn, // the sign-in saved by `apim-backup-cli login` (keychain)
    };

    static inline const QString kDefaultName = QStringLiteral("apim-backup");

    Format format = Format::Systemd;
    QString name = kDefaultName; // unit, task and file names
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
    // A webhook the backups report to, by name (backup --notify NAME): its URL stays in the
    // keychain or the credentials file, never in the job. Empty: none.
    QString notify;
    QString notifyOn; // failure (the default when empty) or always
    // A restore drill instead of backups: the one service in services is the source, this
    // backup of it (in account/container) is restored into drillStandby. No prune.
    QString drillStandby; // empty: a backup job
    QString drillBackup;

    bool isDrill() const { return !drillStandby.trimmed().isEmpty(); }

    // The same spec as the generators read it: every trimmed (and lower-cased unless it is
    // a cron expression), a known access type in its short form.
    ScheduleSpec normalized() const;
    // Empty when the (normalized) spec can be generated for its format; else what to
    // change, translated.
    QString validate() const;
    // The job's command lines, program first: one backup per service, then the prune; or
    // the one drill.
    QList<QStringList> jobCommands() const;

    static bool isValidName(const QString &name);
    // key | system-identity | user-identity from those or from the ARM names; empty: unknown.
    static QString normalizeAccessType(const QString &value);

    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

private:
    QString fieldsError() const;
    QString valuesError() const;
    QString drillError() const;
    QString notifyError() const;
    QStringList globalArguments() const;
    QStringList drillCommand() const;
};

} // namespace Apim::Core
