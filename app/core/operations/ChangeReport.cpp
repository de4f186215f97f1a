#include "operations/ChangeReport.h"

#include "arm/ArmClient.h"
#include "arm/ArmPager.h"
#include "inventory/ResourceId.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Apim::Core {

namespace {
QString localizedValue(const QJsonValue &value, bool localized = false)
{
    if (value.isString())
        return value.toString();
    const QJsonObject object = value.toObject();
    const QString text = object.value(localized ? QLatin1String("localizedValue") : QLatin1String("value")).toString();
    return text.isEmpty() ? object.value(QLatin1String("value")).toString() : text;
}

bool isBackupOrRestore(const QString &operationName)
{
    const QString lower = operationName.toLower();
    return lower.endsWith(QLatin1String("/backup/action")) || lower.endsWith(QLatin1String("/restore/action"));
}

// Started < Accepted < a final status (Succeeded, Failed, Canceled): the report shows the
// furthest status an operation reached, whatever order the log lists its events in (newest first).
int statusRank(const QString &status)
{
    if (status.compare(QLatin1String("Started"), Qt::CaseInsensitive) == 0)
        return 0;
    if (status.compare(QLatin1String("Accepted"), Qt::CaseInsensitive) == 0)
        return 1;
    return 2;
}

bool isChange(const QString &operationName)
{
    const QString lower = operationName.toLower();
    if (lower.endsWith(QLatin1String("/read")) || lower.contains(QLatin1String("/list")))
        return false;
    return lower.endsWith(QLatin1String("/write")) || lower.endsWith(QLatin1String("/delete"))
        || lower.endsWith(QLatin1String("/action"));
}
} // namespace

ChangeReport::ChangeReport(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString ChangeReport::filterFor(const QString &serviceId, const QDateTime &from, const QDateTime &to)
{
    const auto stamp
        = [](const QDateTime &time) { return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); };
    return QStringLiteral("eventTimestamp ge '%1' and eventTimestamp le '%2' and resourceUri eq '%3'")
        .arg(stamp(from), stamp(to), serviceId);
}

QList<ChangeEvent> ChangeReport::changesFrom(const QJsonArray &events, const QString &serviceId)
{
    // One change appears as several events (BeginRequest "Started", maybe "Accepted",
    // EndRequest "Succeeded"), all with the request's correlation id; keep one per correlation
    // id (and resource and operation, as one deployment may touch several), with its final status.
    QHash<QString, int> byOperation;
    QList<ChangeEvent> changes;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString operationName = localizedValue(event.value(QLatin1String("operationName")));
        const QString resourceId = event.value(QLatin1String("resourceId")).toString();
        if (!isChange(operationName) || isBackupOrRestore(operationName))
            continue;
        if (resourceId.compare(serviceId, Qt::CaseInsensitive) != 0
            && !resourceId.startsWith(serviceId + QLatin1Char('/'), Qt::CaseInsensitive))
            continue;
        ChangeEvent change;
        change.time
            = QDateTime::fromString(event.value(QLatin1String("eventTimestamp")).toString(), Qt::ISODateWithMs).toUTC();
        change.operationName = operationName;
        change.displayName = localizedValue(event.value(QLatin1String("operationName")), true);
        change.resourceId = resourceId;
        change.caller = event.value(QLatin1String("caller")).toString();
        change.status = localizedValue(event.value(QLatin1String("status")));
        QString key = event.value(QLatin1String("correlationId")).toString();
        if (key.isEmpty())
            key = event.value(QLatin1String("operationId")).toString();
        if (key.isEmpty()) // nothing ties it to other events: a change of its own
            key = QStringLiteral("#%1").arg(changes.size());
        key += QLatin1Char('|') + operationName.toLower() + QLatin1Char('|') + resourceId.toLower();
        const auto existing = byOperation.constFind(key);
        if (existing == byOperation.constEnd()) {
            byOperation.insert(key, changes.size());
            changes.append(change);
        } else {
            ChangeEvent &kept = changes[existing.value()];
            const QDateTime firstSeen = std::min(kept.time, change.time);
            const int rank = statusRank(change.status);
            const int keptRank = statusRank(kept.status);
            if (rank > keptRank || (rank == keptRank && change.time > kept.time))
                kept = change;
            kept.time = firstSeen;
        }
    }
    std::sort(
        changes.begin(), changes.end(), [](const ChangeEvent &a, const ChangeEvent &b) { return a.time < b.time; });
    return changes;
}

void ChangeReport::read(
    const QString &serviceId, const QDateTime &from, const QDateTime &to, QObject *context, Callback callback)
{
    const ResourceId rid = ResourceId::parse(serviceId);
    ArmRequest request
        = ArmRequest::get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Insights/eventtypes/management/values")
                              .arg(rid.subscriptionId),
            kApiVersion);
    request.withQuery(QStringLiteral("$filter"), filterFor(serviceId, from, to));
    auto *pager = new ArmPager(m_client, request, this);
    QPointer<QObject> guard(context);
    connect(pager, &ArmPager::finished, this,
        [pager, guard, callback, serviceId](const QJsonArray &values, const ArmResponse &response) {
            pager->deleteLater();
            if (!guard)
                return;
            callback(changesFrom(values, serviceId), response.error);
        });
    pager->start();
}

} // namespace Apim::Core
