#include "recovery/DrillRecord.h"

#include "inventory/ResourceId.h"

#include <QJsonArray>

namespace Apim::Core {

namespace {
const QString kFormat = QStringLiteral("apim-backup/drill/1");
const char *const kStateNames[] = { "Running", "Succeeded", "Differences", "Failed" };

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeOf(const QJsonObject &object, const char *key)
{
    return QDateTime::fromString(object.value(QLatin1String(key)).toString(), Qt::ISODateWithMs);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

QString drillStateName(DrillState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

DrillState drillStateFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(kStateNames[i])) {
            if (ok)
                *ok = true;
            return DrillState(i);
        }
    }
    if (ok)
        *ok = false;
    return DrillState::Failed;
}

RestoreRequest DrillRequest::restoreRequest() const
{
    RestoreRequest request;
    request.kind = OperationKind::Restore;
    request.serviceId = standbyServiceId;
    request.storageAccount = storageAccount;
    request.storageSubscriptionId = storageSubscriptionFor(storageSubscriptionId, sourceServiceId);
    request.container = container;
    request.blobName = backupName;
    request.accessType = accessType;
    request.identityClientId = identityClientId;
    request.accessKey = accessKey;
    return request;
}

QString DrillRequest::validate() const
{
    if (!ResourceId::parse(sourceServiceId).isValid())
        return tr("The source must be the resource id of an API Management service, not \"%1\".").arg(sourceServiceId);
    if (!ResourceId::parse(standbyServiceId).isValid())
        return tr("The standby must be the resource id of an API Management service, not \"%1\".")
            .arg(standbyServiceId);
    if (backupName.trimmed().isEmpty())
        return tr("Name the backup to restore.");
    return restoreRequest().validate();
}

bool DrillRequest::sameService(const QString &a, const QString &b)
{
    const auto normalized = [](const QString &id) {
        QString trimmed = id.trimmed();
        while (trimmed.endsWith(QLatin1Char('/')))
            trimmed.chop(1);
        return trimmed;
    };
    return normalized(a).compare(normalized(b), Qt::CaseInsensitive) == 0;
}

QString DrillRecord::sourceName() const
{
    return ResourceId::parse(sourceServiceId).name;
}

QString DrillRecord::standbyName() const
{
    return ResourceId::parse(standbyServiceId).name;
}

int DrillRecord::unexplainedCount() const
{
    int count = 0;
    for (const DrillDifference &difference : differences)
        count += difference.explanation ? 0 : 1;
    return count;
}

QString DrillRecord::rtoText() const
{
    return rtoMs < 0 ? QStringLiteral("-") : tr("%1 s").arg(double(rtoMs) / 1000.0, 0, 'f', 1);
}

QString DrillRecord::stateText() const
{
    switch (state) {
    case DrillState::Running:
        return tr("running");
    case DrillState::Succeeded:
        return tr("succeeded");
    case DrillState::Differences:
        return tr("differences found");
    case DrillState::Failed:
        return tr("failed");
    }
    return {};
}

QJsonObject DrillRecord::toJson() const
{
    QJsonArray differenceArray;
    for (const DrillDifference &difference : differences)
        differenceArray.append(difference.toJson());
    QJsonObject object { { QStringLiteral("format"), kFormat }, { QStringLiteral("id"), id },
        { QStringLiteral("sourceServiceId"), sourceServiceId },
        { QStringLiteral("standbyServiceId"), standbyServiceId }, { QStringLiteral("storageAccount"), storageAccount },
        { QStringLiteral("storageSubscriptionId"), storageSubscriptionId }, { QStringLiteral("container"), container },
        { QStringLiteral("backupName"), backupName }, { QStringLiteral("backupTime"), stamp(backupTime) },
        { QStringLiteral("backupSku"), backupSku }, { QStringLiteral("operationId"), operationId },
        { QStringLiteral("state"), drillStateName(state) }, { QStringLiteral("reason"), reason },
        { QStringLiteral("startedAt"), stamp(startedAt) }, { QStringLiteral("acceptedAt"), stamp(acceptedAt) },
        { QStringLiteral("restoreFinishedAt"), stamp(restoreFinishedAt) },
        { QStringLiteral("standbyReadyAt"), stamp(standbyReadyAt) },
        { QStringLiteral("finishedAt"), stamp(finishedAt) }, { QStringLiteral("rtoMs"), rtoMs },
        { QStringLiteral("differences"), differenceArray }, { QStringLiteral("changesChecked"), changesChecked },
        { QStringLiteral("changesError"), changesError } };
    if (error.isError())
        object.insert(QStringLiteral("error"), error.toJson());
    if (source)
        object.insert(QStringLiteral("source"), source->toJson());
    if (standby)
        object.insert(QStringLiteral("standby"), standby->toJson());
    return object;
}

DrillRecord DrillRecord::fromJson(const QJsonObject &object, bool *ok, QString *error)
{
    DrillRecord record;
    bool stateOk = false;
    record.state = drillStateFromName(text(object, "state"), &stateOk);
    record.id = text(object, "id");
    const bool valid = text(object, "format") == kFormat && !record.id.isEmpty() && stateOk;
    if (ok)
        *ok = valid;
    if (!valid) {
        if (error)
            *error = DrillRequest::tr("not a drill record (format, id or state missing)");
        return record;
    }
    record.sourceServiceId = text(object, "sourceServiceId");
    record.standbyServiceId = text(object, "standbyServiceId");
    record.storageAccount = text(object, "storageAccount");
    record.storageSubscriptionId = text(object, "storageSubscriptionId");
    record.container = text(object, "container");
    record.backupName = text(object, "backupName");
    record.backupTime = timeOf(object, "backupTime");
    record.backupSku = text(object, "backupSku");
    record.operationId = text(object, "operationId");
    record.reason = text(object, "reason");
    if (object.value(QLatin1String("error")).isObject())
        record.error = ArmError::fromJson(object.value(QLatin1String("error")).toObject());
    record.startedAt = timeOf(object, "startedAt");
    record.acceptedAt = timeOf(object, "acceptedAt");
    record.restoreFinishedAt = timeOf(object, "restoreFinishedAt");
    record.standbyReadyAt = timeOf(object, "standbyReadyAt");
    record.finishedAt = timeOf(object, "finishedAt");
    record.rtoMs = qint64(object.value(QLatin1String("rtoMs")).toDouble(-1));
    for (const QJsonValue &value : object.value(QLatin1String("differences")).toArray())
        record.differences.append(DrillDifference::fromJson(value.toObject()));
    record.changesChecked = object.value(QLatin1String("changesChecked")).toBool();
    record.changesError = text(object, "changesError");
    if (object.value(QLatin1String("source")).isObject())
        record.source = ServiceInventory::fromJson(object.value(QLatin1String("source")).toObject());
    if (object.value(QLatin1String("standby")).isObject())
        record.standby = ServiceInventory::fromJson(object.value(QLatin1String("standby")).toObject());
    return record;
}

} // namespace Apim::Core
