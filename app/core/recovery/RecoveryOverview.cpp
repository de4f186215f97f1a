#include "recovery/RecoveryOverview.h"

#include "operations/Retention.h"

#include <QHash>
#include <QJsonArray>

namespace Apim::Core {

namespace {
const RecoveryState kStateOrder[] = { RecoveryState::Ready, RecoveryState::AtRisk, RecoveryState::Breached,
    RecoveryState::NoBackup, RecoveryState::OnlyExpired, RecoveryState::Unknown, RecoveryState::NotSupported };
} // namespace

QJsonObject ReadinessRow::toJson(const QDateTime &now) const
{
    QJsonObject object {
        { QStringLiteral("service"), service.name },
        { QStringLiteral("id"), service.id },
        { QStringLiteral("subscription"), service.subscriptionId },
        { QStringLiteral("tier"), service.skuName },
        { QStringLiteral("state"), recoveryStateCode(readiness.state) },
        { QStringLiteral("needsAttention"), needsAttention(readiness.state) },
        { QStringLiteral("reason"), readiness.reason },
        { QStringLiteral("targetRpoSeconds"), targetRpoSeconds },
        { QStringLiteral("targetFrom"), RecoverySettings::sourceCode(targetSource) },
        { QStringLiteral("backups"), backupCount },
    };
    if (readiness.lastGood) {
        object.insert(QStringLiteral("lastGoodBackup"), readiness.lastGood->name);
        object.insert(QStringLiteral("lastGoodAt"), readiness.lastGood->createdOn.toString(Qt::ISODate));
        object.insert(QStringLiteral("ageSeconds"), readiness.ageSeconds);
        object.insert(QStringLiteral("expiresOn"), readiness.expiresOn.toString(Qt::ISODate));
        object.insert(QStringLiteral("expiresInSeconds"), now.secsTo(readiness.expiresOn));
    }
    if (lastDrillAt.isValid()) {
        object.insert(QStringLiteral("lastDrillAt"), lastDrillAt.toString(Qt::ISODate));
        object.insert(QStringLiteral("lastDrillRtoSeconds"), lastDrillRtoSeconds);
        object.insert(QStringLiteral("lastDrillPassed"), lastDrillPassed);
    }
    return object;
}

int ReadinessSummary::needingAttention() const
{
    int sum = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (needsAttention(it.key()))
            sum += it.value();
    }
    return sum;
}

QString ReadinessSummary::text() const
{
    QStringList parts;
    for (RecoveryState state : kStateOrder) {
        const int n = count(state);
        if (n > 0)
            parts << tr("%1 %2").arg(n).arg(RecoveryOverview::stateText(state).toLower());
    }
    const QString head = tr("%n service(s)", nullptr, total);
    return parts.isEmpty() ? head : tr("%1: %2").arg(head, parts.join(QStringLiteral(", ")));
}

QList<ReadinessRow> RecoveryOverview::rows(const QList<ApimService> &services, const CatalogSnapshot &snapshot,
    const RecoverySettings &settings, const QDateTime &now, qint64 targetOverride)
{
    QList<ReadinessRow> rows;
    rows.reserve(services.size());
    const QHash<QString, QList<CatalogEntry>> entriesByService = snapshot.entriesFor(services);
    for (const ApimService &service : services) {
        ReadinessRow row;
        row.service = service;
        if (targetOverride > 0) {
            row.targetRpoSeconds = targetOverride;
            row.targetSource = RecoverySettings::RpoSource::Global;
        } else {
            row.targetRpoSeconds = service.subscriptionId.isEmpty()
                ? settings.targetRpoSeconds(service.id, &row.targetSource)
                : settings.targetRpoSeconds(service.id, service.subscriptionId, &row.targetSource);
        }
        const QList<CatalogEntry> entries = entriesByService.value(service.id.toLower());
        row.readiness = snapshot.assess(service, entries, row.targetRpoSeconds, now);
        for (const CatalogEntry &entry : entries) {
            if (!entry.blob.isExpired(now) && !entry.verification.failed())
                ++row.backupCount;
        }
        rows.append(row);
    }
    return rows;
}

void RecoveryOverview::addDrills(QList<ReadinessRow> &rows, const QList<DrillRecord> &drills)
{
    QHash<QString, const DrillRecord *> last; // by lower-case source id: the newest that ended
    for (const DrillRecord &drill : drills) {
        if (drill.state == DrillState::Running)
            continue;
        const QString key = drill.sourceServiceId.toLower();
        const DrillRecord *known = last.value(key);
        if (!known || known->startedAt < drill.startedAt)
            last.insert(key, &drill);
    }
    for (ReadinessRow &row : rows) {
        const DrillRecord *drill = last.value(row.service.id.toLower());
        if (!drill)
            continue;
        row.lastDrillAt = drill->finishedAt.isValid() ? drill->finishedAt : drill->startedAt;
        row.lastDrillRtoSeconds = drill->rtoMs >= 0 ? drill->rtoMs / 1000 : -1;
        row.lastDrillPassed = drill->state == DrillState::Succeeded;
    }
}

ReadinessSummary RecoveryOverview::summarize(const QList<ReadinessRow> &rows)
{
    ReadinessSummary summary;
    summary.total = int(rows.size());
    for (const ReadinessRow &row : rows)
        summary.counts[row.readiness.state] += 1;
    return summary;
}

QString RecoveryOverview::stateText(RecoveryState state)
{
    switch (state) {
    case RecoveryState::Ready:
        return tr("Ready");
    case RecoveryState::AtRisk:
        return tr("At risk");
    case RecoveryState::Breached:
        return tr("Breached");
    case RecoveryState::NoBackup:
        return tr("No backup");
    case RecoveryState::OnlyExpired:
        return tr("Only expired backups");
    case RecoveryState::NotSupported:
        return tr("Not supported");
    case RecoveryState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString RecoveryOverview::ageAgainstTarget(const ReadinessRow &row)
{
    const QString target = Retention::formatAge(row.targetRpoSeconds);
    if (row.readiness.ageSeconds < 0)
        return tr("- of %1").arg(target);
    return tr("%1 of %2").arg(Retention::formatAge(row.readiness.ageSeconds), target);
}

QString RecoveryOverview::expiryCountdown(const ReadinessRow &row, const QDateTime &now)
{
    if (!row.readiness.expiresOn.isValid())
        return QStringLiteral("-");
    const qint64 left = now.secsTo(row.readiness.expiresOn);
    return left <= 0 ? tr("expired") : Retention::formatAge(left);
}

} // namespace Apim::Core
