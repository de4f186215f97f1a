#include "ui/models/ServicePresenter.h"

namespace Apim::Ui {

ServiceEntry ServicePresenter::entry(const Core::ApimService &service)
{
    ServiceEntry entry;
    entry.resourceId = service.id;
    entry.name = service.name;
    entry.subscriptionId = service.subscriptionId;
    entry.resourceGroup = service.resourceGroup;
    entry.sku = service.skuName;
    entry.capacity = service.skuCapacity;
    entry.location = service.location; // canonical; the tree shows it in the user's language
    entry.provisioningState = service.provisioningState;
    entry.payload = QVariant::fromValue(service);
    return entry;
}

Core::ApimService ServicePresenter::service(const ServiceEntry &entry)
{
    return entry.payload.value<Core::ApimService>();
}

ServiceDetailsView ServicePresenter::details(const Core::ApimService &service, const QString &subscriptionName)
{
    ServiceDetailsView view;
    view.name = service.name;
    view.resourceId = service.id;
    view.resourceGroup = service.resourceGroup;
    view.subscriptionName = subscriptionName.isEmpty() ? service.subscriptionId : subscriptionName;
    view.sku = service.skuName;
    view.capacity = service.skuCapacity;
    view.location = service.location;
    view.provisioningState = service.provisioningState;
    if (service.hasSystemAssignedIdentity())
        view.identities << tr("System-assigned (principal %1)").arg(service.systemAssignedPrincipalId);
    for (const Core::UserAssignedIdentity &identity : service.userAssignedIdentities)
        view.identities << tr("User-assigned %1 (client ID %2)").arg(identity.name(), identity.clientId);
    view.platformVersion = service.platformVersion;
    const Core::BackupSupport support = service.backupSupport();
    view.backupSupported = support.supported;
    view.backupUnsupportedReason = support.reason;
    view.gatewayUrl = service.gatewayUrl;
    return view;
}

} // namespace Apim::Ui
