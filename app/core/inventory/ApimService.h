#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Apim::Core {

class StringPool;

// A user-assigned managed identity attached to a service: the clientId is what a backup
// with UserAssignedManagedIdentity needs.
struct UserAssignedIdentity
{
    QString resourceId;
    QString clientId;
    QString principalId;

    QString name() const { return resourceId.section(QLatin1Char('/'), -1); }
};

struct AdditionalLocation
{
    QString location; // canonical, like ApimService::location
    QString skuName;
    int skuCapacity = 0;
    QString gatewayRegionalUrl;
};

// Whether APIM's backup/restore works for a tier, with the reason in words when not.
struct BackupSupport
{
    bool supported = false;
    QString reason; // empty when supported
};

// One API Management service, parsed from an ARM resource (GET service, the list) or a
// Resource Graph row projected with the same fields.
struct ApimService
{
    // tr() under the context "Apim::Core::ApimService", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ApimService)

public:
    QString id;
    QString name;
    QString resourceGroup;
    QString subscriptionId;
    QString tenantId;
    QString location; // canonical: "westeurope", however ARM spelled it (see AzureRegion)
    QString skuName;
    int skuCapacity = 0;
    QString provisioningState;
    QString targetProvisioningState;
    QString platformVersion;
    QString gatewayUrl;
    QString developerPortalUrl;
    QString managementApiUrl;
    QDateTime createdAt;
    QString identityType; // "SystemAssigned, UserAssigned", "None", ...
    QString systemAssignedPrincipalId; // empty when there is no system-assigned identity
    QList<UserAssignedIdentity> userAssignedIdentities;
    QList<AdditionalLocation> additionalLocations;
    QJsonObject tags;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty(); }
    bool hasSystemAssignedIdentity() const { return !systemAssignedPrincipalId.isEmpty(); }
    bool hasUserAssignedClientId(const QString &clientId) const;
    // Succeeded, or no state at all (ARM: a resource without provisioningState is Succeeded).
    bool isReady() const;
    bool isBusy() const; // Updating, Activating, ... an operation is in progress
    // The region for people: "West Europe".
    QString locationDisplayName() const;

    BackupSupport backupSupport() const;
    static BackupSupport backupSupportForSku(const QString &skuName);

    // The service's page in the Azure portal of the given cloud (portal base, e.g.
    // https://portal.azure.com).
    QUrl portalUrl(const QUrl &portalBase) const;

    static ApimService fromJson(const QJsonObject &resource);
    // The fields that many services repeat (subscription, tenant, resource group, region,
    // tier, states, identity type) made to share pool's copies: 10,000 services hold a few
    // hundred of them instead of 10,000 of each.
    void shareStrings(StringPool &pool);
    QJsonObject toJson() const; // the fields above, for caches and --json output
};

} // namespace Apim::Core
