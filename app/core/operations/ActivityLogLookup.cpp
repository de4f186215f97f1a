#include "operations/ActivityLogLookup.h"

#include "inventory/ResourceId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Apim::Core {

namespace {
const QString kApiVersion = QStringLiteral("2015-04-01");

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// Activity Log values are either plain strings or {value, localizedValue}.
QString valueOf(const QJsonValue &field)
{
    return field.isObject() ? field.toObject().value(QLatin1String("value")).toString() : field.toString();
}

// properties.statusMessage is a JSON string holding {"error": {"code", "message"}} when
// the action failed; anything else is shown as it is.
QString failureMessage(const QJsonObject &event)
{
    const QString raw
        = event.value(QLatin1String("properties")).toObject().value(QLatin1String("statusMessage")).toString();
    const QJsonObject parsed = QJsonDocument::fromJson(raw.toUtf8()).object();
    const QJsonObject error = parsed.value(QLatin1String("error")).toObject();
    const QString message = error.value(QLatin1String("message")).toString();
    return message.isEmpty() ? raw.left(500) : message.left(500);
}
} // namespace

ArmRequest ActivityLogLookup::request(const OperationRecord &record, const QDateTime &now)
{
    const ResourceId service = ResourceId::parse(record.serviceId);
    // Minutes of slack either side: this machine's clock and Azure's may disagree.
    const QDateTime from = record.createdAt.addSecs(-10 * 60);
    const QDateTime to = now.addSecs(10 * 60);
    ArmRequest request
        = ArmRequest::get(QStringLiteral("/subscriptions/%1/providers/Microsoft.Insights/eventtypes/management/values")
                              .arg(service.subscriptionId),
            kApiVersion);
    request.withQuery(QStringLiteral("$filter"),
        QStringLiteral("eventTimestamp ge '%1' and eventTimestamp le '%2' and correlationId eq '%3'")
            .arg(isoUtc(from), isoUtc(to), record.startCorrelationId));
    request.retry.maxAttempts = 2; // the tracker asks again on its own schedule
    return request;
}

bool ActivityLogLookup::read(
    const ArmResponse &response, const OperationRecord &record, StartEvents *events, QString *problem)
{
    const QJsonValue value = response.json.object().value(QLatin1String("value"));
    if (!response.json.isObject() || !value.isArray()) {
        *problem = tr("the Activity Log's answer has no list of events (request id %1)").arg(response.requestId());
        return false;
    }
    // The action as ARM names it: Microsoft.ApiManagement/service/restore/action.
    const QString action
        = QStringLiteral("/service/%1/action")
              .arg(record.kind == OperationKind::Backup ? QLatin1String("backup") : QLatin1String("restore"));
    *events = StartEvents();
    const QJsonArray list = value.toArray();
    for (const QJsonValue &entry : list) {
        const QJsonObject event = entry.toObject();
        if (event.value(QLatin1String("correlationId"))
                .toString()
                .compare(record.startCorrelationId, Qt::CaseInsensitive)
            != 0)
            continue;
        if (!valueOf(event.value(QLatin1String("operationName"))).endsWith(action, Qt::CaseInsensitive))
            continue;
        const QString status = valueOf(event.value(QLatin1String("status")));
        const QDateTime at
            = QDateTime::fromString(event.value(QLatin1String("eventTimestamp")).toString(), Qt::ISODateWithMs);
        StartEvents::Result result = StartEvents::Result::Accepted;
        if (status.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
            result = StartEvents::Result::Succeeded;
        else if (status.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
            result = StartEvents::Result::Failed;
        // An end event outweighs the begin event, whatever order the page lists them in.
        if (int(result) < int(events->result))
            continue;
        events->result = result;
        events->at = at;
        if (result == StartEvents::Result::Failed)
            events->message = failureMessage(event);
    }
    return true;
}

} // namespace Apim::Core
