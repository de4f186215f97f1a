#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Apim::Core {

// One configuration change the Activity Log recorded on a service while an operation
// ran: "these changes may be missing from the backup".
struct ChangeEvent
{
    QDateTime time;
    QString operationName; // e.g. Microsoft.ApiManagement/service/apis/write
    QString displayName; // localized operation name
    QString resourceId; // the service or one of its child resources
    QString caller;
    QString status; // Succeeded, Failed, Started, ...

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("time"), time.toString(Qt::ISODateWithMs) },
            { QStringLiteral("operationName"), operationName }, { QStringLiteral("displayName"), displayName },
            { QStringLiteral("resourceId"), resourceId }, { QStringLiteral("caller"), caller },
            { QStringLiteral("status"), status } };
    }

    static ChangeEvent fromJson(const QJsonObject &object)
    {
        ChangeEvent event;
        event.time = QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
        event.operationName = object.value(QLatin1String("operationName")).toString();
        event.displayName = object.value(QLatin1String("displayName")).toString();
        event.resourceId = object.value(QLatin1String("resourceId")).toString();
        event.caller = object.value(QLatin1String("caller")).toString();
        event.status = object.value(QLatin1String("status")).toString();
        return event;
    }
};

} // namespace Apim::Core
