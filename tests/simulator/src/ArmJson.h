#pragma once

#include <QJsonObject>
#include <QString>

namespace Apim::Sim {

struct ApimService;
struct StorageAccount;
struct Subscription;
struct Tenant;

// ARM resource bodies, shaped like the official REST examples (tests/data).
class ArmJson
{
public:
    static QJsonObject service(const ApimService &service, const QString &tenantId);
    // Resource Graph row: the resource plus resourceGroup, subscriptionId, tenantId; lower-case type and location.
    static QJsonObject serviceGraphRow(const ApimService &service, const QString &tenantId);
    static QJsonObject subscription(const Subscription &subscription);
    static QJsonObject tenant(const Tenant &tenant);
    static QJsonObject storageAccount(const StorageAccount &account, const QString &blobEndpoint);

    static QString regionDisplayName(const QString &slug); // westeurope -> West Europe
};

} // namespace Apim::Sim
