#include "operations/OperationRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Apim::Core {

namespace {
const char *const kStates[] = { "Starting", "Running", "Succeeded", "Failed", "Canceled", "Unknown" };
constexpr int kFormatVersion = 1;

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}
} // namespace

QString operationStateName(OperationState state)
{
    return QLatin1String(kStates[int(state)]);
}

OperationState operationStateFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < int(sizeof(kStates) / sizeof(kStates[0])); ++i) {
        if (name == QLatin1String(kStates[i])) {
            if (ok)
                *ok = true;
            return OperationState(i);
        }
    }
    if (ok)
        *ok = false;
    return OperationState::Unknown;
}

QString OperationRecord::summary(const QDateTime &now) const
{
    const QString what = kind == OperationKind::Backup
        ? QCoreApplication::translate("Apim::Core::OperationRecord", "backup of %1 to %2/%3/%4")
        : QCoreApplication::translate("Apim::Core::OperationRecord", "restore of %1 from %2/%3/%4");
    QString text
        = what.arg(serviceName, storageAccount, container, blobName) + QStringLiteral(": ") + operationStateName(state);
    if (percentComplete >= 0 && !isFinished())
        text += QStringLiteral(" %1%").arg(int(percentComplete));
    text += QStringLiteral(" (%1 s)").arg(elapsedSeconds(now));
    return text;
}

QJsonObject OperationRecord::toJson() const
{
    QJsonObject object {
        { QStringLiteral("formatVersion"), kFormatVersion },
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), operationKindName(kind) },
        { QStringLiteral("serviceId"), serviceId },
        { QStringLiteral("serviceName"), serviceName },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("resourceGroup"), resourceGroup },
        { QStringLiteral("serviceSku"), serviceSku },
        { QStringLiteral("storageAccount"), storageAccount },
        { QStringLiteral("storageSubscriptionId"), storageSubscriptionId },
        { QStringLiteral("container"), container },
        { QStringLiteral("blobName"), blobName },
        { QStringLiteral("accessType"), accessTypeName(accessType) },
        { QStringLiteral("identityClientId"), identityClientId },
        { QStringLiteral("cloud"), cloud },
        { QStringLiteral("armEndpoint"), armEndpoint },
        { QStringLiteral("tenantId"), tenantId },
        { QStringLiteral("state"), operationStateName(state) },
        { QStringLiteral("serviceStatus"), serviceStatus },
        { QStringLiteral("serviceStatusAt"), iso(serviceStatusAt) },
        { QStringLiteral("locationUrl"), locationUrl.toString() },
        { QStringLiteral("asyncOperationUrl"), asyncOperationUrl.toString() },
        { QStringLiteral("trackingByServiceState"), trackingByServiceState },
        { QStringLiteral("sawServiceUpdating"), sawServiceUpdating },
        { QStringLiteral("serviceChecks"), serviceChecks },
        { QStringLiteral("createdAt"), iso(createdAt) },
        { QStringLiteral("acceptedAt"), iso(acceptedAt) },
        { QStringLiteral("updatedAt"), iso(updatedAt) },
        { QStringLiteral("finishedAt"), iso(finishedAt) },
        { QStringLiteral("nextPollAt"), iso(nextPollAt) },
        { QStringLiteral("percentComplete"), percentComplete },
        { QStringLiteral("pollCount"), pollCount },
        { QStringLiteral("consecutivePollFailures"), consecutivePollFailures },
        { QStringLiteral("note"), note },
        { QStringLiteral("startRequestId"), startRequestId },
        { QStringLiteral("startCorrelationId"), startCorrelationId },
        { QStringLiteral("startSent"), startSent },
        { QStringLiteral("changesChecked"), changesChecked },
        { QStringLiteral("changesError"), changesError },
    };
    if (error.isError())
        object.insert(QStringLiteral("error"), error.toJson());
    QJsonArray changeArray;
    for (const ChangeEvent &change : changes)
        changeArray.append(change.toJson());
    object.insert(QStringLiteral("changes"), changeArray);
    if (verification.state != BackupVerification::State::NotChecked || !verification.problem.isEmpty())
        object.insert(QStringLiteral("verification"), verification.toJson());
    return object;
}

OperationRecord OperationRecord::fromJson(const QJsonObject &object, bool *ok, QString *error)
{
    OperationRecord record;
    const auto fail = [&](const QString &why) {
        if (ok)
            *ok = false;
        if (error)
            *error = why;
        return OperationRecord();
    };
    record.id = object.value(QLatin1String("id")).toString();
    if (record.id.isEmpty())
        return fail(QStringLiteral("no operation id"));
    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("backup") && kind != QLatin1String("restore"))
        return fail(QStringLiteral("unknown kind '%1'").arg(kind));
    record.kind = kind == QLatin1String("backup") ? OperationKind::Backup : OperationKind::Restore;
    bool stateOk = false;
    record.state = operationStateFromName(object.value(QLatin1String("state")).toString(), &stateOk);
    if (!stateOk)
        return fail(QStringLiteral("unknown state '%1'").arg(object.value(QLatin1String("state")).toString()));
    record.serviceId = object.value(QLatin1String("serviceId")).toString();
    if (record.serviceId.isEmpty())
        return fail(QStringLiteral("no service id"));
    record.serviceName = object.value(QLatin1String("serviceName")).toString();
    record.subscriptionId = object.value(QLatin1String("subscriptionId")).toString();
    record.resourceGroup = object.value(QLatin1String("resourceGroup")).toString();
    record.serviceSku = object.value(QLatin1String("serviceSku")).toString();
    record.storageAccount = object.value(QLatin1String("storageAccount")).toString();
    record.storageSubscriptionId = object.value(QLatin1String("storageSubscriptionId")).toString();
    record.container = object.value(QLatin1String("container")).toString();
    record.blobName = object.value(QLatin1String("blobName")).toString();
    record.accessType = accessTypeFromName(object.value(QLatin1String("accessType")).toString());
    record.identityClientId = object.value(QLatin1String("identityClientId")).toString();
    record.cloud = object.value(QLatin1String("cloud")).toString();
    record.armEndpoint = object.value(QLatin1String("armEndpoint")).toString();
    record.tenantId = object.value(QLatin1String("tenantId")).toString();
    record.serviceStatus = object.value(QLatin1String("serviceStatus")).toString();
    record.serviceStatusAt = fromIso(object.value(QLatin1String("serviceStatusAt")));
    record.locationUrl = QUrl(object.value(QLatin1String("locationUrl")).toString());
    record.asyncOperationUrl = QUrl(object.value(QLatin1String("asyncOperationUrl")).toString());
    record.trackingByServiceState = object.value(QLatin1String("trackingByServiceState")).toBool();
    record.sawServiceUpdating = object.value(QLatin1String("sawServiceUpdating")).toBool();
    record.serviceChecks = object.value(QLatin1String("serviceChecks")).toInt();
    record.createdAt = fromIso(object.value(QLatin1String("createdAt")));
    record.acceptedAt = fromIso(object.value(QLatin1String("acceptedAt")));
    record.updatedAt = fromIso(object.value(QLatin1String("updatedAt")));
    record.finishedAt = fromIso(object.value(QLatin1String("finishedAt")));
    record.nextPollAt = fromIso(object.value(QLatin1String("nextPollAt")));
    record.percentComplete = object.value(QLatin1String("percentComplete")).toDouble(-1);
    record.pollCount = object.value(QLatin1String("pollCount")).toInt();
    record.consecutivePollFailures = object.value(QLatin1String("consecutivePollFailures")).toInt();
    record.note = object.value(QLatin1String("note")).toString();
    record.startRequestId = object.value(QLatin1String("startRequestId")).toString();
    record.startCorrelationId = object.value(QLatin1String("startCorrelationId")).toString();
    record.startSent = object.value(QLatin1String("startSent")).toBool(true);
    if (object.contains(QLatin1String("error")))
        record.error = ArmError::fromJson(object.value(QLatin1String("error")).toObject());
    record.changesChecked = object.value(QLatin1String("changesChecked")).toBool();
    record.changesError = object.value(QLatin1String("changesError")).toString();
    const QJsonArray changes = object.value(QLatin1String("changes")).toArray();
    for (const QJsonValue &value : changes)
        record.changes.append(ChangeEvent::fromJson(value.toObject()));
    record.verification = BackupVerification::fromJson(object.value(QLatin1String("verification")).toObject());
    if (ok)
        *ok = true;
    return record;
}

} // namespace Apim::Core
