#include "notify/NotificationEvent.h"

#include "batch/BatchSummary.h"
#include "inventory/ResourceId.h"
#include "operations/OperationRecord.h"

#include <algorithm>

namespace Apim::Core {

int NotificationEvent::count(const QString &serviceResult) const
{
    return int(std::count_if(services.cbegin(), services.cend(),
        [&serviceResult](const Service &service) { return service.result == serviceResult; }));
}

QString NotificationEvent::resultName(Result result)
{
    switch (result) {
    case Result::Succeeded:
        return QStringLiteral("succeeded");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Test:
        return QStringLiteral("test");
    }
    return {};
}

NotificationEvent NotificationEvent::fromBatch(const BatchSummary &summary, const QString &host)
{
    NotificationEvent event;
    event.host = host;
    event.startedAt = summary.startedAt;
    event.finishedAt = summary.finishedAt;
    switch (summary.result()) {
    case BatchSummary::Result::Succeeded:
        event.result = Result::Succeeded;
        event.title = tr("APIM backup succeeded: %n service(s)", nullptr, summary.succeeded());
        break;
    case BatchSummary::Result::Skipped:
        event.result = Result::Skipped;
        event.title = tr("APIM backup: %n service(s) skipped", nullptr, summary.skipped());
        break;
    case BatchSummary::Result::Failed:
        event.result = Result::Failed;
        event.title = tr("APIM backup failed for %n service(s)", nullptr, summary.failed());
        break;
    }
    event.message = summary.countsText() + QLatin1Char('.');
    if (summary.canceled)
        event.message += QLatin1Char(' ') + tr("The services whose turn had not come were cancelled.");
    for (const BatchItem &item : summary.items) {
        Service service;
        service.id = item.serviceId;
        service.name = item.serviceName;
        service.result = BatchItem::stateName(item.state);
        service.reason = BatchItem::skipReasonName(item.skipReason);
        service.code = item.code;
        service.message = item.message;
        service.storageAccount = item.storageAccount;
        service.container = item.container;
        service.blobName = item.blobName;
        service.operationId = item.operationId;
        service.startedAt = item.startedAt;
        service.finishedAt = item.finishedAt;
        event.services.append(service);
    }
    return event;
}

NotificationEvent NotificationEvent::fromOperation(const OperationRecord &record, const QString &host)
{
    NotificationEvent event;
    event.host = host;
    event.operation = operationKindName(record.kind);
    event.startedAt = record.createdAt;
    event.finishedAt = record.finishedAt;
    const bool ok = record.state == OperationState::Succeeded;
    event.result = ok ? Result::Succeeded : Result::Failed;
    event.title = ok ? tr("APIM backup succeeded: %1").arg(record.serviceName)
                     : tr("APIM backup failed: %1").arg(record.serviceName);
    Service service;
    service.id = record.serviceId;
    service.name = record.serviceName;
    service.result = ok ? QStringLiteral("Succeeded") : QStringLiteral("Failed");
    service.code = record.error.code;
    service.message = !record.error.message.isEmpty() ? record.error.message
        : record.error.isError()                      ? record.error.userMessage()
                                                      : record.note;
    service.storageAccount = record.storageAccount;
    service.container = record.container;
    service.blobName = record.blobName;
    service.operationId = record.id;
    service.startedAt = record.createdAt;
    service.finishedAt = record.finishedAt;
    event.message = ok ? tr("Backup file: %1/%2/%3").arg(record.storageAccount, record.container, record.blobName)
                       : service.message;
    event.services.append(service);
    return event;
}

NotificationEvent NotificationEvent::fromEarlyEnd(const QStringList &serviceIds, bool refused, const QString &message,
    const QDateTime &startedAt, const QDateTime &now, const QString &host)
{
    NotificationEvent event;
    event.host = host;
    event.startedAt = startedAt;
    event.finishedAt = now;
    event.result = refused ? Result::Skipped : Result::Failed;
    event.message = message;
    for (const QString &id : serviceIds) {
        Service service;
        service.id = id;
        service.name = ResourceId::parse(id).name;
        service.result = refused ? QStringLiteral("Skipped") : QStringLiteral("Failed");
        service.message = message;
        service.startedAt = startedAt;
        service.finishedAt = now;
        event.services.append(service);
    }
    if (serviceIds.isEmpty()) {
        event.title = refused ? tr("APIM backup refused") : tr("APIM backup failed");
        return event;
    }
    const QString what = serviceIds.size() == 1 ? ResourceId::parse(serviceIds.first()).name
                                                : tr("%n service(s)", nullptr, int(serviceIds.size()));
    event.title = refused ? tr("APIM backup refused: %1").arg(what) : tr("APIM backup failed: %1").arg(what);
    return event;
}

NotificationEvent NotificationEvent::test(const QString &host, const QDateTime &now)
{
    NotificationEvent event;
    event.operation = QStringLiteral("test");
    event.result = Result::Test;
    event.host = host;
    event.startedAt = now;
    event.finishedAt = now;
    event.title = tr("APIM Backup test notification");
    event.message = tr("This webhook works: failed unattended backups on %1 will be reported here.").arg(host);
    return event;
}

} // namespace Apim::Core
