#include "operations/Retention.h"

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

RetentionPlan Retention::plan(const QList<BackupBlob> &blobs, const RetentionPolicy &policy, const QDateTime &now)
{
    QSet<QString> wanted;
    for (const QString &service : policy.services)
        wanted.insert(serviceName(service).toLower());

    RetentionPlan plan;
    QHash<QString, QList<RetentionDecision>> byService; // lowercased name -> its backups
    QList<QString> serviceOrder;
    QList<RetentionDecision> unknown;
    for (const BackupBlob &blob : blobs) {
        RetentionDecision decision;
        decision.blob = blob;
        decision.service = serviceOf(blob);
        const QString key = decision.service.toLower();
        if (!wanted.isEmpty() && !wanted.contains(key)) {
            ++plan.otherServices;
            continue;
        }
        if (decision.service.isEmpty()) {
            // Perhaps not a backup at all: whatever it is, it is not ours to delete.
            decision.reason = tr("kept: not recognised as a backup (no service in its metadata, and its name does not "
                                 "follow {service}-{yyyyMMdd-HHmmss}.apimbackup)");
            unknown.append(decision);
            continue;
        }
        if (!byService.contains(key))
            serviceOrder.append(key);
        byService[key].append(decision);
    }
    std::sort(serviceOrder.begin(), serviceOrder.end());

    const QString threshold = policy.olderThanSeconds ? formatAge(*policy.olderThanSeconds) : QString();
    for (const QString &key : std::as_const(serviceOrder)) {
        QList<RetentionDecision> group = byService.value(key);
        std::stable_sort(group.begin(), group.end(), newerFirst);
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
        plan.decisions.append(group);
    }
    std::stable_sort(unknown.begin(), unknown.end(), newerFirst);
    plan.decisions.append(unknown);
    return plan;
}

} // namespace Apim::Core
