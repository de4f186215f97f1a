#include "operations/Retention.h"

#include "inventory/ResourceId.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Apim::Core {

namespace {

bool newerFirst(const RetentionDecision &a, const RetentionDecision &b)
{
    if (a.blob.createdOn != b.blob.createdOn)
        return a.blob.createdOn > b.blob.createdOn;
    return a.blob.name > b.blob.name; // the timestamp in the name breaks ties
}

} // namespace

QList<RetentionDecision> RetentionPlan::deletions() const
{
    QList<RetentionDecision> result;
    for (const RetentionDecision &decision : decisions) {
        if (decision.isDelete())
            result.append(decision);
    }
    return result;
}

int RetentionPlan::deleteCount() const
{
    return int(std::count_if(
        decisions.cbegin(), decisions.cend(), [](const RetentionDecision &decision) { return decision.isDelete(); }));
}

qint64 RetentionPlan::bytesToDelete() const
{
    qint64 bytes = 0;
    for (const RetentionDecision &decision : decisions) {
        if (decision.isDelete())
            bytes += decision.blob.size;
    }
    return bytes;
}

QString Retention::serviceName(const QString &nameOrResourceId)
{
    const QString trimmed = nameOrResourceId.trimmed();
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? trimmed : trimmed.mid(slash + 1);
}

QString Retention::serviceFromName(const QString &blobName)
{
    // APIM service names: a letter first, then letters, digits and hyphens. The date is the
    // default naming pattern's or Backup-AzApiManagement's; a folder prefix is allowed.
    static const QRegularExpression convention(
        QStringLiteral(
            "^(?:.*/)?([A-Za-z][A-Za-z0-9-]*?)-(?:\\d{8}-\\d{6}|\\d{4}-\\d{2}-\\d{2}-\\d{2}-\\d{2}(?:-\\d{2})?)"
            "\\.apimbackup$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = convention.match(blobName);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString Retention::serviceOf(const BackupBlob &blob)
{
    const QString recorded = serviceName(blob.sourceService());
    return recorded.isEmpty() ? serviceFromName(blob.name) : recorded;
}

QString Retention::notBackupReason(const BackupBlob &blob, bool madeHere)
{
    if (blob.size == 0)
        return tr("it is empty (0 bytes); an API Management backup never is");
    if (blob.contentType.startsWith(QLatin1String("text/"), Qt::CaseInsensitive))
        return tr("it is a text file (%1)").arg(blob.contentType);
    if (!madeHere && serviceIdOf(blob).isEmpty() && serviceOf(blob).isEmpty())
        return tr("no service in its metadata, and its name does not follow {service}-{yyyyMMdd-HHmmss}.apimbackup");
    return {};
}

QString Retention::serviceIdOf(const BackupBlob &blob)
{
    for (const char *key : { "serviceid", "resourceid", "apimserviceid", "service", "apimservice" }) {
        const QString value = blob.metadata.value(QLatin1String(key)).trimmed();
        if (ResourceId::parse(value).isValid())
            return value;
    }
    return {};
}

std::optional<qint64> Retention::parseAge(const QString &text, QString *error)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*(d|h|w)\\s*$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        if (error)
            *error
                = tr("\"%1\" is not an age: write a number of days, hours or weeks, e.g. 30d, 720h or 4w.").arg(text);
        return std::nullopt;
    }
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0).toLower();
    const qint64 unitSeconds = unit == QLatin1Char('w') ? 7 * 86400 : unit == QLatin1Char('d') ? 86400 : 3600;
    return amount * unitSeconds;
}

QString Retention::formatAge(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds >= 86400)
        return tr("%1 d").arg(seconds / 86400);
    if (seconds >= 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 min").arg(seconds / 60);
}

void Retention::decideGroup(QList<RetentionDecision> &group, const RetentionPolicy &policy, const QDateTime &now)
{
    const QString threshold = policy.olderThanSeconds ? formatAge(*policy.olderThanSeconds) : QString();
    int restorableSeen = 0;
    for (RetentionDecision &decision : group) {
        const BackupBlob &blob = decision.blob;
        if (!blob.createdOn.isValid()) {
            decision.reason = tr("kept: its creation time is unknown");
            continue;
        }
        const bool expired = blob.isExpired(now);
        const qint64 age = blob.ageSeconds(now);
        const bool old = policy.olderThanSeconds ? age > *policy.olderThanSeconds : expired;
        const bool protectedByKeepLast = !expired && ++restorableSeen <= policy.keepLast;
        if (!old) {
            decision.reason = policy.olderThanSeconds
                ? tr("kept: not older than %1").arg(threshold)
                : tr("kept: still restorable (expires in %1)").arg(formatAge(now.secsTo(blob.expiresOn())));
        } else if (protectedByKeepLast) {
            decision.reason = policy.keepLast == 1
                ? tr("kept: the newest restorable backup of this service (--keep-last)")
                : tr("kept: one of the %n newest restorable backups of this service (--keep-last)", nullptr,
                    policy.keepLast);
        } else {
            decision.action = RetentionDecision::Action::Delete;
            decision.reason = expired ? tr("expired: older than 30 days, APIM will not restore it")
                                      : tr("older than %1").arg(threshold);
        }
    }
    const bool anyKept = std::any_of(
        group.cbegin(), group.cend(), [](const RetentionDecision &decision) { return !decision.isDelete(); });
    if (!anyKept && policy.keepLast > 0 && !group.isEmpty()) {
        // Never leave a service with nothing: even an expired backup documents its setup.
        group.first().action = RetentionDecision::Action::Keep;
        group.first().reason = tr("kept: the last backup of this service (--keep-last 0 would delete it)");
    }
}

bool Retention::keepAmbiguous(
    QList<RetentionDecision> &group, const QSet<QString> &inContainer, const QSet<QString> &given)
{
    // Only a name: ambiguous when a backup here names a service of that name by resource
    // id (it may or may not be the same one), or the caller gave two services of that name.
    if (inContainer.isEmpty() && given.size() <= 1)
        return false;
    const QSet<QString> all = inContainer + given;
    QStringList ids(all.cbegin(), all.cend());
    ids.sort();
    for (RetentionDecision &decision : group)
        decision.reason = tr("kept: it names its service only as \"%1\", and more than one service of that "
                             "name could be meant (%2); whose backup it is cannot be told, so it is never "
                             "deleted. Delete it by hand if it is not needed.")
                              .arg(decision.service, ids.join(QStringLiteral(", ")));
    return true;
}

RetentionPlan Retention::plan(const QList<BackupBlob> &blobs, const RetentionPolicy &policy, const QDateTime &now)
{
    // What the caller asked for: bare names match any service of that name, resource ids
    // only that service (and the backups that name their service only by name).
    QSet<QString> wantedNames;
    QSet<QString> wantedIds;
    QHash<QString, QSet<QString>> idsGiven; // lowercased name -> the lowercased ids given for it
    for (const QString &service : policy.services) {
        const QString name = serviceName(service).toLower();
        if (ResourceId::parse(service.trimmed()).isValid()) {
            wantedIds.insert(service.trimmed().toLower());
            idsGiven[name].insert(service.trimmed().toLower());
        } else {
            wantedNames.insert(name);
        }
    }
    const bool everyService = wantedNames.isEmpty() && wantedIds.isEmpty();
    // Every resource id the container's backups carry, whether selected or not: they say
    // which names may be shared by more than one service.
    QHash<QString, QSet<QString>> idsInContainer;
    for (const BackupBlob &blob : blobs) {
        const QString id = serviceIdOf(blob).toLower();
        if (!id.isEmpty())
            idsInContainer[serviceName(id)].insert(id);
    }

    RetentionPlan plan;
    QHash<QString, QList<RetentionDecision>> byService; // "id:..." or "name:..." -> its backups
    QList<QString> serviceOrder;
    QList<RetentionDecision> unknown;
    for (const BackupBlob &blob : blobs) {
        RetentionDecision decision;
        decision.blob = blob;
        decision.serviceId = serviceIdOf(blob);
        decision.service = decision.serviceId.isEmpty() ? serviceOf(blob) : serviceName(decision.serviceId);
        const QString name = decision.service.toLower();
        const QString id = decision.serviceId.toLower();
        const bool wanted = everyService || wantedNames.contains(name)
            || (id.isEmpty() ? idsGiven.contains(name) : wantedIds.contains(id));
        if (!wanted) {
            ++plan.otherServices;
            continue;
        }
        const QString notBackup = notBackupReason(blob);
        if (!notBackup.isEmpty()) {
            // Whatever it is, it is not a backup this rule may delete, and it must not stand
            // in for one either (as "the newest backup" that --keep-last protects).
            decision.reason = tr("kept: not recognised as a backup (%1)").arg(notBackup);
            unknown.append(decision);
            continue;
        }
        const QString key = id.isEmpty() ? QStringLiteral("name:") + name : QStringLiteral("id:") + id;
        if (!byService.contains(key))
            serviceOrder.append(key);
        byService[key].append(decision);
    }
    // By service name, then by resource id: the same order whether or not ids are known.
    const auto nameOf = [&byService](const QString &key) { return byService.value(key).first().service.toLower(); };
    std::sort(serviceOrder.begin(), serviceOrder.end(), [&nameOf](const QString &a, const QString &b) {
        const QString nameA = nameOf(a);
        const QString nameB = nameOf(b);
        return nameA != nameB ? nameA < nameB : a < b;
    });

    for (const QString &key : std::as_const(serviceOrder)) {
        QList<RetentionDecision> group = byService.value(key);
        std::stable_sort(group.begin(), group.end(), newerFirst);
        if (key.startsWith(QLatin1String("name:"))
            && keepAmbiguous(group, idsInContainer.value(key.mid(5)), idsGiven.value(key.mid(5)))) {
            plan.decisions.append(group);
            continue;
        }
        decideGroup(group, policy, now);
        plan.decisions.append(group);
    }
    std::stable_sort(unknown.begin(), unknown.end(), newerFirst);
    plan.decisions.append(unknown);
    return plan;
}

} // namespace Apim::Core
