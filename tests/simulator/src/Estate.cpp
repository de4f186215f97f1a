#include "Estate.h"

#include "AzuriteAccounts.h"
#include "ConfigSeed.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

namespace Apim::Sim {

namespace {
QString str(const QJsonObject &o, const char *key, const QString &fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QString deterministicUuid(const QString &seed)
{
    static const QUuid ns(QStringLiteral("{6f3c2a1e-9b8d-4c7e-a5f4-3e2d1c0b9a87}"));
    return QUuid::createUuidV5(ns, seed).toString(QUuid::WithoutBraces);
}

QString ApimService::id() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
        .arg(subscriptionId, resourceGroup, name);
}

bool ApimService::supportsBackup() const
{
    static const QStringList supported { QStringLiteral("Developer"), QStringLiteral("Basic"),
        QStringLiteral("Standard"), QStringLiteral("Premium") };
    return supported.contains(skuName, Qt::CaseInsensitive);
}

QString StorageAccount::id() const
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.Storage/storageAccounts/%3")
        .arg(subscriptionId, resourceGroup, name);
}

QString Estate::load(const QByteArray &seedJson)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(seedJson, &parseError);
    if (!doc.isObject())
        return QStringLiteral("the seed is not a JSON object: %1").arg(parseError.errorString());
    const QJsonObject root = doc.object();
    *this = Estate();
    QString error = loadPeople(root);
    if (error.isEmpty())
        error = loadServices(root);
    if (error.isEmpty())
        error = loadStorage(root);
    config = root.value(QLatin1String("config")).toObject();
    return error;
}

QString Estate::loadPeople(const QJsonObject &root)
{
    for (const QJsonValue &v : root.value(QLatin1String("tenants")).toArray()) {
        const QJsonObject o = v.toObject();
        tenants.append({ str(o, "id"), str(o, "displayName"), str(o, "defaultDomain") });
        if (tenants.last().id.isEmpty())
            return QStringLiteral("a tenant has no id");
    }
    for (const QJsonValue &v : root.value(QLatin1String("users")).toArray()) {
        const QJsonObject o = v.toObject();
        User user { str(o, "upn"), str(o, "displayName"), str(o, "objectId"), {} };
        for (const QJsonValue &t : o.value(QLatin1String("tenants")).toArray())
            user.tenants << t.toString();
        if (user.upn.isEmpty() || user.tenants.isEmpty())
            return QStringLiteral("a user needs a upn and at least one tenant");
        if (user.displayName.isEmpty())
            user.displayName = user.upn.section(QLatin1Char('@'), 0, 0);
        if (user.objectId.isEmpty())
            user.objectId = deterministicUuid(QStringLiteral("user:") + user.upn);
        for (const QString &t : std::as_const(user.tenants)) {
            if (!findTenant(t))
                return QStringLiteral("user %1 names unknown tenant %2").arg(user.upn, t);
        }
        users.append(user);
    }
    defaultUserUpn = str(root, "defaultUser", users.isEmpty() ? QString() : users.first().upn);
    for (const QJsonValue &v : root.value(QLatin1String("servicePrincipals")).toArray()) {
        const QJsonObject o = v.toObject();
        ServicePrincipal sp { str(o, "clientId"), str(o, "secret"), str(o, "tenantId"), str(o, "displayName"),
            str(o, "objectId") };
        if (sp.clientId.isEmpty() || sp.secret.isEmpty() || !findTenant(sp.tenantId))
            return QStringLiteral("a service principal needs clientId, secret and a known tenantId");
        if (sp.objectId.isEmpty())
            sp.objectId = deterministicUuid(QStringLiteral("sp:") + sp.clientId);
        servicePrincipals.append(sp);
    }
    const QJsonObject publicClients = root.value(QLatin1String("publicClients")).toObject();
    acceptAnyPublicClient = publicClients.value(QLatin1String("acceptAny")).toBool(true);
    for (const QJsonValue &v : publicClients.value(QLatin1String("clientIds")).toArray())
        publicClientIds << v.toString();

    return {};
}

QString Estate::loadServices(const QJsonObject &root)
{
    for (const QJsonValue &v : root.value(QLatin1String("subscriptions")).toArray()) {
        const QJsonObject o = v.toObject();
        Subscription sub { str(o, "subscriptionId"), str(o, "tenantId"), str(o, "displayName"),
            str(o, "state", QStringLiteral("Enabled")), o.value(QLatin1String("tags")).toObject() };
        if (sub.id.isEmpty() || !findTenant(sub.tenantId))
            return QStringLiteral("subscription '%1' needs a subscriptionId and a known tenantId").arg(sub.displayName);
        m_subscriptionIndex.insert(sub.id.toLower(), subscriptions.size());
        subscriptions.append(sub);
    }

    for (const QJsonValue &v : root.value(QLatin1String("services")).toArray()) {
        ApimService s;
        const QString error = readService(v.toObject(), &s);
        if (!error.isEmpty())
            return error;
        if (findService(s.subscriptionId, s.resourceGroup, s.name))
            return QStringLiteral("service '%1' is listed twice").arg(s.name);
        m_serviceIndex.insert(serviceKey(s.subscriptionId, s.resourceGroup, s.name), services.size());
        services.append(s);
    }
    return {};
}

void Estate::readIdentity(const QJsonObject &identity, ApimService *out)
{
    ApimService &s = *out;
    const QString type = str(identity, "type", QStringLiteral("None"));
    s.systemAssigned = type.contains(QLatin1String("SystemAssigned"), Qt::CaseInsensitive);
    s.systemPrincipalId = str(identity, "principalId", deterministicUuid(QStringLiteral("mi:") + s.id()));
    for (const QJsonValue &u : identity.value(QLatin1String("userAssigned")).toArray()) {
        const QJsonObject uo = u.toObject();
        const QString name = str(uo, "name", QStringLiteral("id-") + s.name);
        const QString rid = QStringLiteral(
            "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ManagedIdentity/userAssignedIdentities/%3")
                                .arg(s.subscriptionId, str(uo, "resourceGroup", s.resourceGroup), name);
        s.userAssigned.append({ rid, str(uo, "clientId", deterministicUuid(QStringLiteral("uai-client:") + rid)),
            str(uo, "principalId", deterministicUuid(QStringLiteral("uai:") + rid)) });
    }
}

QString Estate::readService(const QJsonObject &o, ApimService *out) const
{
    ApimService &s = *out;
    s.subscriptionId = str(o, "subscriptionId");
    s.resourceGroup = str(o, "resourceGroup");
    s.name = str(o, "name");
    s.location = str(o, "location", QStringLiteral("westeurope"));
    const QJsonObject sku = o.value(QLatin1String("sku")).toObject();
    s.skuName = str(sku, "name", QStringLiteral("Developer"));
    s.capacity = sku.value(QLatin1String("capacity")).toInt(s.skuName == QLatin1String("Consumption") ? 0 : 1);
    if (s.name.isEmpty() || s.resourceGroup.isEmpty() || !findSubscription(s.subscriptionId))
        return QStringLiteral("service '%1' needs a name, a resourceGroup and a known subscriptionId").arg(s.name);
    readIdentity(o.value(QLatin1String("identity")).toObject(), &s);
    s.platformVersion = str(o, "platformVersion",
        s.skuName.endsWith(QLatin1String("V2")) ? QStringLiteral("mtv1") : QStringLiteral("stv2"));
    if (s.skuName == QLatin1String("Consumption"))
        s.platformVersion = str(o, "platformVersion", QStringLiteral("mtv1"));
    s.publisherEmail = str(o, "publisherEmail", QStringLiteral("apim-admins@example.com"));
    s.publisherName = str(o, "publisherName", QStringLiteral("Example"));
    s.createdAtUtc = str(o, "createdAtUtc", QStringLiteral("2023-03-14T09:12:44.1234567Z"));
    s.tags = o.value(QLatin1String("tags")).toObject();
    s.additionalLocations = o.value(QLatin1String("additionalLocations")).toArray();
    QStringList given;
    const QString configError = ConfigSeed::read(o, s.createdAtUtc, &s.config, &given);
    if (!configError.isEmpty())
        return QStringLiteral("service '%1': %2").arg(s.name, configError);
    return {};
}

QString Estate::loadStorage(const QJsonObject &root)
{
    for (const QJsonValue &v : root.value(QLatin1String("storageAccounts")).toArray()) {
        const QJsonObject o = v.toObject();
        StorageAccount a;
        a.subscriptionId = str(o, "subscriptionId");
        a.resourceGroup = str(o, "resourceGroup");
        a.name = str(o, "name");
        a.location = str(o, "location", QStringLiteral("westeurope"));
        a.skuName = str(o, "sku", a.skuName);
        a.kind = str(o, "kind", a.kind);
        a.allowListKeys = o.value(QLatin1String("allowListKeys")).toBool(true);
        a.corsEnabled = o.value(QLatin1String("cors")).toBool(false);
        a.createdAtUtc = str(o, "createdAtUtc", QStringLiteral("2023-01-09T08:21:37.5462187Z"));
        if (!AzuriteAccounts::find(a.name))
            return QStringLiteral("storage account '%1' is not one of the fixed Azurite accounts (azure-sim "
                                  "--print-azurite-accounts)")
                .arg(a.name);
        if (!findSubscription(a.subscriptionId) || a.resourceGroup.isEmpty())
            return QStringLiteral("storage account '%1' needs a resourceGroup and a known subscriptionId").arg(a.name);
        if (findStorageAccount(a.name))
            return QStringLiteral("storage account '%1' is listed twice (names are global)").arg(a.name);
        storageAccounts.append(a);
    }
    for (const QJsonValue &v : root.value(QLatin1String("containers")).toArray()) {
        const QJsonObject o = v.toObject();
        containers.append({ str(o, "account"), str(o, "name") });
        if (!AzuriteAccounts::find(containers.last().account))
            return QStringLiteral("container '%1' is in an unknown account").arg(containers.last().name);
    }
    for (const QJsonValue &v : root.value(QLatin1String("existingBackups")).toArray()) {
        const QJsonObject o = v.toObject();
        ExistingBackup b { str(o, "account"), str(o, "container"), str(o, "blob"), str(o, "service"), str(o, "sku"),
            o.value(QLatin1String("ageDays")).toDouble(), {}, {} };
        const QString configError
            = ConfigSeed::read(o, QStringLiteral("2023-03-14T09:12:44.123Z"), &b.config, &b.givenCollections);
        if (!configError.isEmpty())
            return QStringLiteral("existing backup '%1': %2").arg(b.blob, configError);
        if (!AzuriteAccounts::find(b.account) || b.container.isEmpty() || b.blob.isEmpty() || b.sku.isEmpty())
            return QStringLiteral("an existing backup needs a known account, a container, a blob and a sku");
        existingBackups.append(b);
    }
    return {};
}

ServiceConfig ExistingBackup::resolve(const ServiceConfig &serviceConfig) const
{
    ServiceConfig resolved = serviceConfig;
    for (const QString &collection : givenCollections)
        resolved.setItems(collection, config.items(collection));
    return resolved;
}

const Tenant *Estate::findTenant(const QString &idOrDomain) const
{
    for (const Tenant &t : tenants) {
        if (sameText(t.id, idOrDomain) || sameText(t.defaultDomain, idOrDomain))
            return &t;
    }
    return nullptr;
}

const User *Estate::findUser(const QString &upn) const
{
    for (const User &u : users) {
        if (sameText(u.upn, upn))
            return &u;
    }
    return nullptr;
}

const User *Estate::defaultUser() const
{
    return findUser(defaultUserUpn);
}

const ServicePrincipal *Estate::findServicePrincipal(const QString &clientId) const
{
    for (const ServicePrincipal &sp : servicePrincipals) {
        if (sameText(sp.clientId, clientId))
            return &sp;
    }
    return nullptr;
}

const Subscription *Estate::findSubscription(const QString &id) const
{
    const qsizetype i = m_subscriptionIndex.value(id.toLower(), -1);
    return i >= 0 && i < subscriptions.size() ? &subscriptions.at(i) : nullptr;
}

QString Estate::serviceKey(const QString &subscriptionId, const QString &resourceGroup, const QString &name)
{
    return (subscriptionId + QLatin1Char('/') + resourceGroup + QLatin1Char('/') + name).toLower();
}

ApimService *Estate::findService(const QString &subscriptionId, const QString &resourceGroup, const QString &name)
{
    const qsizetype i = m_serviceIndex.value(serviceKey(subscriptionId, resourceGroup, name), -1);
    return i >= 0 && i < services.size() ? &services[i] : nullptr;
}

const StorageAccount *Estate::findStorageAccount(const QString &name) const
{
    for (const StorageAccount &a : storageAccounts) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

bool Estate::isPublicClient(const QString &clientId) const
{
    if (clientId.isEmpty())
        return false;
    return acceptAnyPublicClient || publicClientIds.contains(clientId, Qt::CaseInsensitive);
}

} // namespace Apim::Sim
