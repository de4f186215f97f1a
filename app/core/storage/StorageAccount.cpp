#include "storage/StorageAccount.h"

#include "inventory/ResourceId.h"
#include "storage/BlobEndpointPolicy.h"

namespace Apim::Core {

StorageAccount StorageAccount::fromJson(const QJsonObject &resource, const QString &storageSuffix)
{
    StorageAccount account;
    account.id = resource.value(QLatin1String("id")).toString();
    account.name = resource.value(QLatin1String("name")).toString();
    account.location = resource.value(QLatin1String("location")).toString();
    account.kind = resource.value(QLatin1String("kind")).toString();
    const ResourceId rid = ResourceId::parse(account.id);
    account.resourceGroup = rid.resourceGroup;
    account.subscriptionId = rid.subscriptionId;
    const QJsonObject properties = resource.value(QLatin1String("properties")).toObject();
    QString blob
        = properties.value(QLatin1String("primaryEndpoints")).toObject().value(QLatin1String("blob")).toString();
    if (!blob.isEmpty() && !blob.endsWith(QLatin1Char('/')))
        blob += QLatin1Char('/');
    const QUrl endpoint(blob);
    // Keys and storage tokens go to this address: a forged or misconfigured answer must
    // not send them elsewhere.
    account.blobEndpointProblem = BlobEndpointPolicy::problem(endpoint, storageSuffix, account.name);
    if (account.blobEndpointProblem.isEmpty())
        account.blobEndpoint = endpoint;
    const QJsonValue sharedKey = properties.value(QLatin1String("allowSharedKeyAccess"));
    account.allowSharedKeyAccess = sharedKey.isBool() ? sharedKey.toBool() : true;
    const QJsonObject acls = properties.value(QLatin1String("networkAcls")).toObject();
    account.networkDefaultAction = acls.value(QLatin1String("defaultAction")).toString();
    account.networkBypass = acls.value(QLatin1String("bypass")).toString();
    return account;
}

QJsonObject StorageAccount::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("resourceGroup"), resourceGroup },
        { QStringLiteral("subscriptionId"), subscriptionId },
        { QStringLiteral("location"), location },
        { QStringLiteral("kind"), kind },
        { QStringLiteral("blobEndpoint"), blobEndpoint.toString() },
        { QStringLiteral("allowSharedKeyAccess"), allowSharedKeyAccess },
        { QStringLiteral("networkDefaultAction"), networkDefaultAction },
    };
}

} // namespace Apim::Core
