#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace Apim::Core {

// A storage account as ARM lists it, with what backup needs to know: where its Blob
// endpoint is, whether Shared Key is allowed, whether a firewall denies by default.
struct StorageAccount
{
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString location;
    QString kind;
    QUrl blobEndpoint; // primaryEndpoints.blob, ends with '/'; empty when it may not receive credentials
    QString blobEndpointProblem; // why ARM's primaryEndpoints.blob was not accepted (BlobEndpointPolicy)
    bool allowSharedKeyAccess = true; // ARM omits the property when it is true (the default)
    QString networkDefaultAction; // "Allow" or "Deny"
    QString networkBypass; // e.g. "AzureServices"

    bool isValid() const { return !name.isEmpty() && !id.isEmpty(); }
    bool firewallDeniesByDefault() const
    {
        return networkDefaultAction.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0;
    }
    bool trustedServicesBypass() const
    {
        return networkBypass.contains(QLatin1String("AzureServices"), Qt::CaseInsensitive);
    }

    // storageSuffix: the cloud's (CloudEnvironment::storageSuffix()); empty: any built-in
    // cloud's. An endpoint that BlobEndpointPolicy refuses is dropped, with the reason kept.
    static StorageAccount fromJson(const QJsonObject &resource, const QString &storageSuffix = {});
    QJsonObject toJson() const;
};

// A blob container as ARM lists it.
struct BlobContainerInfo
{
    QString name;
    QString id;
    QString publicAccess;
    QString lastModified;

    static BlobContainerInfo fromJson(const QJsonObject &resource)
    {
        const QJsonObject properties = resource.value(QLatin1String("properties")).toObject();
        return { resource.value(QLatin1String("name")).toString(), resource.value(QLatin1String("id")).toString(),
            properties.value(QLatin1String("publicAccess")).toString(),
            properties.value(QLatin1String("lastModifiedTime")).toString() };
    }
};

} // namespace Apim::Core
