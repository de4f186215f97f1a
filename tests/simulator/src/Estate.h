#pragma once

#include "ServiceConfig.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Apim::Sim {

struct Tenant
{
    QString id;
    QString displayName;
    QString defaultDomain;
};

struct User
{
    QString upn;
    QString displayName;
    QString objectId;
    QStringList tenants; // the first is the home tenant
};

struct ServicePrincipal
{
    QString clientId;
    QString secret;
    QString tenantId;
    QString displayName;
    QString objectId;
};

struct Subscription
{
    QString id;
    QString tenantId;
    QString displayName;
    QString state;
    QJsonObject tags;
};

struct UserAssignedIdentity
{
    QString resourceId;
    QString clientId;
    QString principalId;
};

struct ApimService
{
    QString subscriptionId;
    QString resourceGroup;
    QString name;
    QString location; // region slug: westeurope
    QString skuName;
    int capacity = 1;
    bool systemAssigned = false;
    QString systemPrincipalId;
    QList<UserAssignedIdentity> userAssigned;
    QString platformVersion;
    QString publisherEmail;
    QString publisherName;
    QString createdAtUtc;
    QJsonObject tags;
    QJsonArray additionalLocations; // [{location, capacity}]
    ServiceConfig config; // the child resources a backup captures
    QString provisioningState = QStringLiteral("Succeeded");
    QString targetProvisioningState;
    int version = 1; // bumped on every change; feeds the etag

    QString id() const;
    bool supportsBackup() const;
};

struct StorageAccount
{
    QString subscriptionId;
    QString resourceGroup;
    QString name; // one of AzuriteAccounts
    QString location;
    QString skuName = QStringLiteral("Standard_RAGRS");
    QString kind = QStringLiteral("StorageV2");
    bool allowListKeys = true;
    bool corsEnabled = false; // a CORS rule on the blob service (APIM backup wants none)
    QString createdAtUtc;

    QString id() const;
};

struct ContainerSeed
{
    QString account;
    QString name;
};

struct ExistingBackup
{
    QString account;
    QString container;
    QString blob; // may contain {date}: the backup's creation time as yyyy-MM-dd-HH-mm
    QString service;
    QString sku;
    double ageDays = 0;
    // The service's configuration at seed time, with the collections the entry names
    // (givenCollections) taken from the entry instead.
    ServiceConfig config;
    QStringList givenCollections;

    // What the backup holds, given the service's configuration at seed time.
    ServiceConfig resolve(const ServiceConfig &serviceConfig) const;
};

// The simulated estate: loaded from a seed, then changed by the requests the simulator serves.
struct Estate
{
    QList<Tenant> tenants;
    QList<User> users;
    QString defaultUserUpn;
    QList<ServicePrincipal> servicePrincipals;
    bool acceptAnyPublicClient = true;
    QStringList publicClientIds;
    QList<Subscription> subscriptions;
    QList<ApimService> services;
    QList<StorageAccount> storageAccounts;
    QList<ContainerSeed> containers;
    QList<ExistingBackup> existingBackups;
    QJsonObject config; // SimConfig overrides

    // Returns an empty string on success, else what is wrong with the seed.
    QString load(const QByteArray &seedJson);

    const Tenant *findTenant(const QString &idOrDomain) const;
    const User *findUser(const QString &upn) const;
    const User *defaultUser() const;
    const ServicePrincipal *findServicePrincipal(const QString &clientId) const;
    const Subscription *findSubscription(const QString &id) const;
    ApimService *findService(const QString &subscriptionId, const QString &resourceGroup, const QString &name);
    const StorageAccount *findStorageAccount(const QString &name) const;
    bool isPublicClient(const QString &clientId) const;

private:
    QString loadPeople(const QJsonObject &root);
    QString loadServices(const QJsonObject &root);
    QString loadStorage(const QJsonObject &root);
    QString readService(const QJsonObject &o, ApimService *out) const;
    static void readIdentity(const QJsonObject &identity, ApimService *out);
    static QString serviceKey(const QString &subscriptionId, const QString &resourceGroup, const QString &name);

    // Lower-case id -> index, filled as load() appends (subscriptions and services are
    // fixed once loaded): a 10,000-service estate loads and answers without a linear
    // search per lookup.
    QHash<QString, qsizetype> m_subscriptionIndex;
    QHash<QString, qsizetype> m_serviceIndex;
};

QString deterministicUuid(const QString &seed);

} // namespace Apim::Sim
