#include "inventory/ApimService.h"

#include "inventory/AzureRegion.h"
#include "inventory/ResourceId.h"
#include "util/StringPool.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Apim::Core {

namespace {
QString str(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

bool is(const QString &value, const char *name)
{
    return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}
} // namespace

bool ApimService::hasUserAssignedClientId(const QString &clientId) const
{
    for (const UserAssignedIdentity &identity : userAssignedIdentities) {
        if (identity.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool ApimService::isReady() const
{
    return provisioningState.isEmpty() || is(provisioningState, "Succeeded");
}

bool ApimService::isBusy() const
{
    return is(provisioningState, "Updating") || is(provisioningState, "Activating") || is(provisioningState, "Created")
        || is(provisioningState, "Terminating") || is(provisioningState, "Upgrading");
}

BackupSupport ApimService::backupSupportForSku(const QString &skuName)
{
    if (is(skuName, "Developer") || is(skuName, "Basic") || is(skuName, "Standard") || is(skuName, "Premium"))
        return { true, {} };
    if (is(skuName, "Consumption"))
        return { false,
            tr("The Consumption tier has no backup and restore: APIM offers them only in the Developer, Basic, "
               "Standard and Premium tiers. Export the configuration with APIOps or templates instead.") };
    if (is(skuName, "BasicV2") || is(skuName, "StandardV2") || is(skuName, "PremiumV2"))
        return { false,
            tr("The %1 tier (v2) does not support backup and restore: APIM offers them only in the classic Developer, "
               "Basic, Standard and Premium tiers.")
                .arg(skuName) };
    if (is(skuName, "Isolated"))
        return { false,
            tr("The Isolated tier is not covered by APIM backup and restore, which Microsoft documents only for the "
               "Developer, Basic, Standard and Premium tiers.") };
    if (skuName.isEmpty())
        return { false,
            tr("The service's pricing tier is unknown, so backup support cannot be confirmed. Refresh the service.") };
    return { false,
        tr("The %1 tier is not known to support backup and restore (only Developer, Basic, Standard and Premium are).")
            .arg(skuName) };
}

QString ApimService::locationDisplayName() const
{
    return AzureRegion::displayName(location);
}

BackupSupport ApimService::backupSupport() const
{
    return backupSupportForSku(skuName);
}

QUrl ApimService::portalUrl(const QUrl &portalBase) const
{
    QUrl url(portalBase);
    QString base = url.toString(QUrl::StripTrailingSlash);
    if (base.isEmpty())
        base = QStringLiteral("https://portal.azure.com");
    return QUrl(
        base + QStringLiteral("/#@") + tenantId + QStringLiteral("/resource") + id + QStringLiteral("/overview"));
}

ApimService ApimService::fromJson(const QJsonObject &resource)
{
    ApimService service;
    service.id = str(resource, "id");
    service.name = str(resource, "name");
    service.location = AzureRegion::canonical(str(resource, "location")); // one spelling, whoever answered
    service.tenantId = str(resource, "tenantId");
    const ResourceId rid = ResourceId::parse(service.id);
    service.subscriptionId = str(resource, "subscriptionId");
    if (service.subscriptionId.isEmpty())
        service.subscriptionId = rid.subscriptionId;
    service.resourceGroup = str(resource, "resourceGroup");
    if (service.resourceGroup.isEmpty())
        service.resourceGroup = rid.resourceGroup;
    if (service.name.isEmpty())
        service.name = rid.name;

    const QJsonObject sku = resource.value(QLatin1String("sku")).toObject();
    service.skuName = str(sku, "name");
    service.skuCapacity = sku.value(QLatin1String("capacity")).toInt();

    const QJsonObject properties = resource.value(QLatin1String("properties")).toObject();
    service.provisioningState = str(properties, "provisioningState");
    service.targetProvisioningState = str(properties, "targetProvisioningState");
    service.platformVersion = str(properties, "platformVersion");
    service.gatewayUrl = str(properties, "gatewayUrl");
    service.developerPortalUrl = str(properties, "developerPortalUrl");
    service.managementApiUrl = str(properties, "managementApiUrl");
    service.createdAt = QDateTime::fromString(str(properties, "createdAtUtc"), Qt::ISODateWithMs);
    if (service.createdAt.isValid())
        service.createdAt.setTimeSpec(Qt::UTC);

    const QJsonObject identity = resource.value(QLatin1String("identity")).toObject();
    service.identityType = str(identity, "type");
    if (service.identityType.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive))
        service.systemAssignedPrincipalId = str(identity, "principalId");
    const QJsonObject users = identity.value(QLatin1String("userAssignedIdentities")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject user = it.value().toObject();
        service.userAssignedIdentities.append({ it.key(), str(user, "clientId"), str(user, "principalId") });
    }

    const QJsonArray locations = properties.value(QLatin1String("additionalLocations")).toArray();
    for (const QJsonValue &value : locations) {
        const QJsonObject location = value.toObject();
        const QJsonObject locationSku = location.value(QLatin1String("sku")).toObject();
        service.additionalLocations.append(
            { AzureRegion::canonical(str(location, "location")), str(locationSku, "name"),
                locationSku.value(QLatin1String("capacity")).toInt(), str(location, "gatewayRegionalUrl") });
    }
    service.tags = resource.value(QLatin1String("tags")).toObject();
    return service;
}

void ApimService::shareStrings(StringPool &pool)
{
    for (QString *field : { &subscriptionId, &tenantId, &resourceGroup, &location, &skuName, &provisioningState,
             &targetProvisioningState, &platformVersion, &identityType })
        pool.share(*field);
}

QJsonObject ApimService::toJson() const
{
    QJsonArray users;
    for (const UserAssignedIdentity &identity : userAssignedIdentities)
        users.append(QJsonObject { { QStringLiteral("resourceId"), identity.resourceId },
            { QStringLiteral("clientId"), identity.clientId },
            { QStringLiteral("principalId"), identity.principalId } });
    QJsonArray locations;
    for (const AdditionalLocation &location : additionalLocations)
        locations.append(QJsonObject { { QStringLiteral("location"), location.location },
            { QStringLiteral("sku"), location.skuName }, { QStringLiteral("capacity"), location.skuCapacity } });
    const BackupSupport support = backupSupport();
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("resourceGroup"), resourceGroup },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("location"), location },
        { QStringLiteral("sku"), skuName },
        { QStringLiteral("capacity"), skuCapacity },
        { QStringLiteral("provisioningState"), provisioningState },
        { QStringLiteral("targetProvisioningState"), targetProvisioningState },
        { QStringLiteral("platformVersion"), platformVersion },
        { QStringLiteral("gatewayUrl"), gatewayUrl },
        { QStringLiteral("createdAt"), createdAt.toString(Qt::ISODate) },
        { QStringLiteral("systemAssignedPrincipalId"), systemAssignedPrincipalId },
        { QStringLiteral("userAssignedIdentities"), users },
        { QStringLiteral("additionalLocations"), locations },
        { QStringLiteral("backupSupported"), support.supported },
        { QStringLiteral("backupUnsupportedReason"), support.reason },
    };
}

} // namespace Apim::Core
