#include "ArmJson.h"

#include "Estate.h"

#include <QHash>
#include <QJsonArray>

namespace Apim::Sim {

namespace {
QString hostPrefix(const ApimService &s)
{
    return s.name.toLower();
}

QJsonObject identityJson(const ApimService &s, const QString &tenantId)
{
    QStringList types;
    if (s.systemAssigned)
        types << QStringLiteral("SystemAssigned");
    if (!s.userAssigned.isEmpty())
        types << QStringLiteral("UserAssigned");
    if (types.isEmpty())
        return QJsonObject { { QStringLiteral("type"), QStringLiteral("None") } };
    QJsonObject identity { { QStringLiteral("type"), types.join(QStringLiteral(", ")) } };
    if (s.systemAssigned) {
        identity.insert(QStringLiteral("principalId"), s.systemPrincipalId);
        identity.insert(QStringLiteral("tenantId"), tenantId);
    }
    if (!s.userAssigned.isEmpty()) {
        QJsonObject map;
        for (const UserAssignedIdentity &u : s.userAssigned)
            map.insert(u.resourceId,
                QJsonObject {
                    { QStringLiteral("principalId"), u.principalId }, { QStringLiteral("clientId"), u.clientId } });
        identity.insert(QStringLiteral("userAssignedIdentities"), map);
    }
    return identity;
}

QString fakeIp(const QString &seed)
{
    const uint h = qHash(seed);
    return QStringLiteral("20.%1.%2.%3").arg((h >> 16) & 0xff).arg((h >> 8) & 0xff).arg(h & 0xff);
}
} // namespace

QString ArmJson::regionDisplayName(const QString &slug)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("westeurope"), QStringLiteral("West Europe") },
        { QStringLiteral("northeurope"), QStringLiteral("North Europe") },
        { QStringLiteral("eastus"), QStringLiteral("East US") },
        { QStringLiteral("eastus2"), QStringLiteral("East US 2") },
        { QStringLiteral("westus"), QStringLiteral("West US") },
        { QStringLiteral("westus2"), QStringLiteral("West US 2") },
        { QStringLiteral("centralus"), QStringLiteral("Central US") },
        { QStringLiteral("koreacentral"), QStringLiteral("Korea Central") },
        { QStringLiteral("koreasouth"), QStringLiteral("Korea South") },
        { QStringLiteral("japaneast"), QStringLiteral("Japan East") },
        { QStringLiteral("southeastasia"), QStringLiteral("Southeast Asia") },
        { QStringLiteral("uksouth"), QStringLiteral("UK South") },
        { QStringLiteral("germanywestcentral"), QStringLiteral("Germany West Central") },
        { QStringLiteral("swedencentral"), QStringLiteral("Sweden Central") },
        { QStringLiteral("australiaeast"), QStringLiteral("Australia East") },
    };
    return names.value(slug.toLower(), slug);
}

namespace {
QJsonObject serviceProperties(const ApimService &s)
{
    const QString host = hostPrefix(s);
    const bool consumption = s.skuName == QLatin1String("Consumption");
    QJsonArray additional;
    for (const QJsonValue &v : s.additionalLocations) {
        const QJsonObject loc = v.toObject();
        const QString slug = loc.value(QLatin1String("location")).toString();
        additional.append(QJsonObject {
            { QStringLiteral("location"), ArmJson::regionDisplayName(slug) },
            { QStringLiteral("sku"),
                QJsonObject { { QStringLiteral("name"), s.skuName },
                    { QStringLiteral("capacity"), loc.value(QLatin1String("capacity")).toInt(1) } } },
            { QStringLiteral("zones"), QJsonArray {} },
            { QStringLiteral("publicIPAddresses"), QJsonArray { fakeIp(s.name + slug) } },
            { QStringLiteral("gatewayRegionalUrl"),
                QStringLiteral("https://%1-%2-01.regional.azure-api.net").arg(host, slug) },
            { QStringLiteral("disableGateway"), false },
            { QStringLiteral("platformVersion"), s.platformVersion },
        });
    }
    QJsonArray hostnames { QJsonObject {
        { QStringLiteral("type"), QStringLiteral("Proxy") },
        { QStringLiteral("hostName"), host + QStringLiteral(".azure-api.net") },
        { QStringLiteral("negotiateClientCertificate"), false },
        { QStringLiteral("defaultSslBinding"), true },
        { QStringLiteral("certificateSource"), QStringLiteral("BuiltIn") },
    } };
    return QJsonObject {
        { QStringLiteral("publisherEmail"), s.publisherEmail },
        { QStringLiteral("publisherName"), s.publisherName },
        { QStringLiteral("notificationSenderEmail"), QStringLiteral("apimgmt-noreply@mail.windowsazure.com") },
        { QStringLiteral("provisioningState"), s.provisioningState },
        { QStringLiteral("targetProvisioningState"), s.targetProvisioningState },
        { QStringLiteral("createdAtUtc"), s.createdAtUtc },
        { QStringLiteral("gatewayUrl"), QStringLiteral("https://%1.azure-api.net").arg(host) },
        { QStringLiteral("gatewayRegionalUrl"),
            consumption ? QJsonValue()
                        : QJsonValue(QStringLiteral("https://%1-%2-01.regional.azure-api.net").arg(host, s.location)) },
        { QStringLiteral("portalUrl"),
            consumption ? QJsonValue() : QJsonValue(QStringLiteral("https://%1.portal.azure-api.net").arg(host)) },
        { QStringLiteral("developerPortalUrl"),
            consumption ? QJsonValue() : QJsonValue(QStringLiteral("https://%1.developer.azure-api.net").arg(host)) },
        { QStringLiteral("managementApiUrl"),
            consumption ? QJsonValue() : QJsonValue(QStringLiteral("https://%1.management.azure-api.net").arg(host)) },
        { QStringLiteral("scmUrl"),
            consumption ? QJsonValue() : QJsonValue(QStringLiteral("https://%1.scm.azure-api.net").arg(host)) },
        { QStringLiteral("hostnameConfigurations"), hostnames },
        { QStringLiteral("publicIPAddresses"), consumption ? QJsonArray {} : QJsonArray { fakeIp(s.id()) } },
        { QStringLiteral("additionalLocations"), additional },
        { QStringLiteral("customProperties"),
            QJsonObject { { QStringLiteral("Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls10"),
                              QStringLiteral("False") },
                { QStringLiteral("Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls11"),
                    QStringLiteral("False") },
                { QStringLiteral("Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Ciphers.TripleDes168"),
                    QStringLiteral("False") } } },
        { QStringLiteral("certificates"), QJsonArray {} },
        { QStringLiteral("virtualNetworkType"), QStringLiteral("None") },
        { QStringLiteral("disableGateway"), false },
        { QStringLiteral("apiVersionConstraint"),
            QJsonObject { { QStringLiteral("minApiVersion"), QStringLiteral("2019-01-01") } } },
        { QStringLiteral("publicNetworkAccess"), QStringLiteral("Enabled") },
        { QStringLiteral("privateEndpointConnections"), QJsonArray {} },
        { QStringLiteral("platformVersion"), s.platformVersion },
        { QStringLiteral("configurationApi"),
            QJsonObject { { QStringLiteral("legacyApi"), QStringLiteral("Enabled") } } },
        { QStringLiteral("developerPortalStatus"), QStringLiteral("Enabled") },
        { QStringLiteral("legacyPortalStatus"), QStringLiteral("Disabled") },
    };
}
} // namespace

QJsonObject ArmJson::service(const ApimService &s, const QString &tenantId)
{
    const QJsonObject properties = serviceProperties(s);
    QJsonObject sku { { QStringLiteral("name"), s.skuName }, { QStringLiteral("capacity"), s.capacity } };
    return QJsonObject {
        { QStringLiteral("id"), s.id() },
        { QStringLiteral("name"), s.name },
        { QStringLiteral("type"), QStringLiteral("Microsoft.ApiManagement/service") },
        { QStringLiteral("tags"), s.tags },
        { QStringLiteral("location"), regionDisplayName(s.location) },
        { QStringLiteral("etag"),
            QString::fromLatin1(QByteArray("AAAAAA").append(QByteArray::number(s.version)).toBase64()) },
        { QStringLiteral("properties"), properties },
        { QStringLiteral("sku"), sku },
        { QStringLiteral("identity"), identityJson(s, tenantId) },
        { QStringLiteral("zones"), QJsonArray {} },
        { QStringLiteral("systemData"),
            QJsonObject { { QStringLiteral("createdBy"), s.publisherEmail },
                { QStringLiteral("createdByType"), QStringLiteral("User") },
                { QStringLiteral("createdAt"), s.createdAtUtc }, { QStringLiteral("lastModifiedBy"), s.publisherEmail },
                { QStringLiteral("lastModifiedByType"), QStringLiteral("User") },
                { QStringLiteral("lastModifiedAt"), s.createdAtUtc } } },
    };
}

QJsonObject ArmJson::serviceGraphRow(const ApimService &s, const QString &tenantId)
{
    QJsonObject row = service(s, tenantId);
    row.insert(QStringLiteral("type"), QStringLiteral("microsoft.apimanagement/service"));
    row.insert(QStringLiteral("location"), s.location.toLower());
    row.insert(QStringLiteral("resourceGroup"), s.resourceGroup.toLower());
    row.insert(QStringLiteral("subscriptionId"), s.subscriptionId);
    row.insert(QStringLiteral("tenantId"), tenantId);
    row.insert(QStringLiteral("kind"), QString());
    row.insert(QStringLiteral("managedBy"), QString());
    row.remove(QStringLiteral("etag"));
    return row;
}

QJsonObject ArmJson::subscription(const Subscription &sub)
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("/subscriptions/") + sub.id },
        { QStringLiteral("subscriptionId"), sub.id },
        { QStringLiteral("tenantId"), sub.tenantId },
        { QStringLiteral("displayName"), sub.displayName },
        { QStringLiteral("state"), sub.state },
        { QStringLiteral("subscriptionPolicies"),
            QJsonObject { { QStringLiteral("locationPlacementId"), QStringLiteral("Public_2014-09-01") },
                { QStringLiteral("quotaId"), QStringLiteral("EnterpriseAgreement_2014-09-01") },
                { QStringLiteral("spendingLimit"), QStringLiteral("Off") } } },
        { QStringLiteral("authorizationSource"), QStringLiteral("RoleBased") },
        { QStringLiteral("managedByTenants"), QJsonArray {} },
        { QStringLiteral("tags"), sub.tags },
    };
}

QJsonObject ArmJson::tenant(const Tenant &t)
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("/tenants/") + t.id },
        { QStringLiteral("tenantId"), t.id },
        { QStringLiteral("tenantCategory"), QStringLiteral("Home") },
        { QStringLiteral("country"), QStringLiteral("US") },
        { QStringLiteral("countryCode"), QStringLiteral("US") },
        { QStringLiteral("displayName"), t.displayName },
        { QStringLiteral("domains"), QJsonArray { t.defaultDomain } },
        { QStringLiteral("defaultDomain"), t.defaultDomain },
        { QStringLiteral("tenantType"), QStringLiteral("AAD") },
    };
}

QJsonObject ArmJson::storageAccount(const StorageAccount &a, const QString &blobEndpoint)
{
    const QJsonObject encryptionService { { QStringLiteral("keyType"), QStringLiteral("Account") },
        { QStringLiteral("enabled"), true }, { QStringLiteral("lastEnabledTime"), a.createdAtUtc } };
    const QJsonObject properties {
        { QStringLiteral("isHnsEnabled"), false },
        { QStringLiteral("creationTime"), a.createdAtUtc },
        { QStringLiteral("primaryEndpoints"),
            QJsonObject { { QStringLiteral("blob"), blobEndpoint },
                { QStringLiteral("dfs"), QStringLiteral("https://%1.dfs.core.windows.net/").arg(a.name) },
                { QStringLiteral("web"), QStringLiteral("https://%1.z6.web.core.windows.net/").arg(a.name) },
                { QStringLiteral("file"), QStringLiteral("https://%1.file.core.windows.net/").arg(a.name) },
                { QStringLiteral("queue"), QStringLiteral("https://%1.queue.core.windows.net/").arg(a.name) },
                { QStringLiteral("table"), QStringLiteral("https://%1.table.core.windows.net/").arg(a.name) } } },
        { QStringLiteral("primaryLocation"), a.location },
        { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") },
        { QStringLiteral("routingPreference"),
            QJsonObject { { QStringLiteral("routingChoice"), QStringLiteral("MicrosoftRouting") },
                { QStringLiteral("publishMicrosoftEndpoints"), false },
                { QStringLiteral("publishInternetEndpoints"), false } } },
        { QStringLiteral("encryption"),
            QJsonObject { { QStringLiteral("services"),
                              QJsonObject { { QStringLiteral("file"), encryptionService },
                                  { QStringLiteral("blob"), encryptionService } } },
                { QStringLiteral("keySource"), QStringLiteral("Microsoft.Storage") } } },
        { QStringLiteral("secondaryLocation"),
            a.location == QLatin1String("westeurope") ? QStringLiteral("northeurope") : QStringLiteral("westus") },
        { QStringLiteral("statusOfPrimary"), QStringLiteral("available") },
        { QStringLiteral("statusOfSecondary"), QStringLiteral("available") },
        { QStringLiteral("supportsHttpsTrafficOnly"), true },
        { QStringLiteral("minimumTlsVersion"), QStringLiteral("TLS1_2") },
        { QStringLiteral("allowBlobPublicAccess"), false },
        { QStringLiteral("allowSharedKeyAccess"), true },
        { QStringLiteral("accessTier"), QStringLiteral("Hot") },
        { QStringLiteral("networkAcls"),
            QJsonObject { { QStringLiteral("bypass"), QStringLiteral("AzureServices") },
                { QStringLiteral("virtualNetworkRules"), QJsonArray {} }, { QStringLiteral("ipRules"), QJsonArray {} },
                { QStringLiteral("resourceAccessRules"), QJsonArray {} },
                { QStringLiteral("defaultAction"), QStringLiteral("Allow") } } },
    };
    return QJsonObject {
        { QStringLiteral("id"), a.id() },
        { QStringLiteral("kind"), a.kind },
        { QStringLiteral("location"), a.location },
        { QStringLiteral("name"), a.name },
        { QStringLiteral("properties"), properties },
        { QStringLiteral("sku"),
            QJsonObject { { QStringLiteral("name"), a.skuName },
                { QStringLiteral("tier"),
                    a.skuName.startsWith(QLatin1String("Premium")) ? QStringLiteral("Premium")
                                                                   : QStringLiteral("Standard") } } },
        { QStringLiteral("tags"), QJsonObject { { QStringLiteral("purpose"), QStringLiteral("apim-backups") } } },
        { QStringLiteral("type"), QStringLiteral("Microsoft.Storage/storageAccounts") },
    };
}

} // namespace Apim::Sim
