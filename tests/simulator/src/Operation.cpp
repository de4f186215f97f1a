#include "Operation.h"

#include "SimClock.h"

#include <QDateTime>

namespace Apim::Sim {

QString Operation::statusName() const
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("InProgress");
    case Status::Succeeded:
        return QStringLiteral("Succeeded");
    case Status::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

QString Operation::serviceId() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
        .arg(subscriptionId, resourceGroup, serviceName);
}

void Operation::fail(int status, const QString &code, const QString &message)
{
    if (errorStatus)
        return; // the first failure is the one to report
    errorStatus = status;
    errorCode = code;
    errorMessage = message;
}

QJsonObject Operation::errorJson() const
{
    return QJsonObject { { QStringLiteral("code"), errorCode }, { QStringLiteral("message"), errorMessage } };
}

QJsonObject Operation::toJson() const
{
    QJsonObject o {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kindName() },
        { QStringLiteral("serviceId"), serviceId() },
        { QStringLiteral("status"), statusName() },
        { QStringLiteral("storageAccount"), target.account },
        { QStringLiteral("containerName"), target.container },
        { QStringLiteral("backupName"), target.blob },
        { QStringLiteral("startTime"), SimClock::iso(QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC)) },
        { QStringLiteral("durationMs"), durationMs },
        { QStringLiteral("storageDone"), ioDone },
    };
    if (endMs)
        o.insert(QStringLiteral("endTime"), SimClock::iso(QDateTime::fromMSecsSinceEpoch(endMs, Qt::UTC)));
    if (errorStatus)
        o.insert(QStringLiteral("error"), errorJson());
    return o;
}

} // namespace Apim::Sim
