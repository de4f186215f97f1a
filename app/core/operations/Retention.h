#pragma once

#include "storage/BackupBlob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Apim::Core {

// What `prune` may delete. Candidates are the backups older than olderThanSeconds, or, by
// default, the expired ones (older than 30 days: APIM refuses to restore them). Two guards
// always apply: the newest keepLast restorable (not expired) backups of each service stay
// whatever the threshold, and while keepLast > 0 a service never loses its last backup,
// even an expired one - it is still the only record of that configuration. A backup that
// names its service only by name while several services of that name back up to the
// container (or are given in services) is never deleted: whose it is cannot be told.
struct RetentionPolicy
{
    std::optional<qint64> olderThanSeconds; // nullopt: expired (BackupBlob::isExpired)
    int keepLast = 1;
    QStringList services; // service names or resource ids; empty: every service
};

// One backup and what prune does with it, with the reason in words.
struct RetentionDecision
{
    enum class Action { Keep, Delete };

    BackupBlob blob;
    QString service; // as the blob names it; empty when it cannot be told
    QString serviceId; // the full resource id, when the blob's metadata gives it
    Action action = Action::Keep;
    QString reason; // translated

    bool isDelete() const { return action == Action::Delete; }
};

struct RetentionPlan
{
    QList<RetentionDecision> decisions; // by service, newest first; unknown services last
    int otherServices = 0; // backups of services outside RetentionPolicy::services (untouched)

    QList<RetentionDecision> deletions() const;
    int deleteCount() const;
    int keepCount() const { return int(decisions.size()) - deleteCount(); }
    qint64 bytesToDelete() const;
};

// The retention rules, pure: a blob list and a time in, a plan out. The CLI's prune lists
// and deletes with BlobClient; everything worth testing in isolation lives here.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    // The service a backup belongs to: blob metadata ("service"/"apimservice") when present,
    // else the naming convention {service}-{yyyyMMdd-HHmmss}.apimbackup (and PowerShell's
    // {service}-{yyyy-MM-dd-HH-mm}.apimbackup). Empty when neither tells.
    static QString serviceOf(const BackupBlob &blob);
    static QString serviceFromName(const QString &blobName);
    // The service's full resource id when the metadata gives one ("serviceid", "resourceid",
    // or a resource id in "service"); empty otherwise. Backups are grouped by it, so that
    // same-named services of different subscriptions sharing a container stay apart.
    static QString serviceIdOf(const BackupBlob &blob);
    // "contoso" for "contoso" and for ".../providers/Microsoft.ApiManagement/service/contoso".
    static QString serviceName(const QString &nameOrResourceId);

    // Why a file in a backup container is not counted as an API Management backup; empty when
    // it may be one. The one rule for every listing of backups (the catalog and readiness,
    // `backups`, prune, which never deletes such a file): an empty file, a text file, or a file
    // that names no service (no service metadata, and a name that does not follow the naming
    // convention). madeHere: the journal says this tool wrote it as a backup, so its name
    // need not follow the convention. A file named like a backup whose content is something
    // else cannot be told from a listing; a restore drill finds it.
    static QString notBackupReason(const BackupBlob &blob, bool madeHere = false);

    // "30d", "720h", "2w" -> seconds. nullopt + *error (translated) for anything else.
    static std::optional<qint64> parseAge(const QString &text, QString *error = nullptr);
    // "45 d", "5 h", "12 min": an age for a table.
    static QString formatAge(qint64 seconds);

    static RetentionPlan plan(const QList<BackupBlob> &blobs, const RetentionPolicy &policy, const QDateTime &now);

private:
    // Backups that name their service only by a name more than one service may have:
    // all kept, with the reason; false when the name is not ambiguous.
    static bool keepAmbiguous(
        QList<RetentionDecision> &group, const QSet<QString> &inContainer, const QSet<QString> &given);
    // One service's backups, newest first: which go and why each stays.
    static void decideGroup(QList<RetentionDecision> &group, const RetentionPolicy &policy, const QDateTime &now);
};

} // namespace Apim::Core
