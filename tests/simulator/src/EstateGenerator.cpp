#include "EstateGenerator.h"

#include "AzuriteAccounts.h"
#include "Estate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace Apim::Sim {

namespace {
// ARM list pages (subscriptions, services, storage accounts, APIM collections) as large as
// Azure's: ARM caps a list page at 1,000 items ($top) and follows with nextLink, as Resource
// Graph does with $skipToken (its $top is at most 1,000 whatever the estate says).
constexpr int ArmListPageSize = 1000;

// What a fresh APIM service holds, plus a little configuration, so a generated estate
// can be backed up, restored and compared.
QJsonObject withDefaultChildren(QJsonObject service)
{
    const QString name = service.value(QLatin1String("name")).toString();
    service.insert(QStringLiteral("apis"), QJsonArray { QStringLiteral("echo-api"), QStringLiteral("orders-api") });
    service.insert(QStringLiteral("products"), QJsonArray { QStringLiteral("starter"), QStringLiteral("unlimited") });
    service.insert(QStringLiteral("namedValues"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("backend-host") },
                         { QStringLiteral("value"), QStringLiteral("%1.backend.example.net").arg(name) } },
            QJsonObject { { QStringLiteral("id"), QStringLiteral("backend-key") },
                { QStringLiteral("value"), QStringLiteral("sim-secret~%1").arg(name) },
                { QStringLiteral("secret"), true } } });
    service.insert(QStringLiteral("backends"), QJsonArray { QStringLiteral("orders-backend") });
    service.insert(QStringLiteral("policy"),
        QStringLiteral(
            "<policies><inbound /><backend><forward-request /></backend><outbound /><on-error /></policies>"));
    service.insert(QStringLiteral("users"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("1") },
            { QStringLiteral("firstName"), QStringLiteral("Administrator") },
            { QStringLiteral("email"), QStringLiteral("apim-admins@example.com") } } });
    service.insert(QStringLiteral("subscriptions"),
        QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("starter-default") },
            { QStringLiteral("displayName"), QStringLiteral("Starter (default)") },
            { QStringLiteral("scope"), QStringLiteral("/products/starter") } } });
    return service;
}
} // namespace

QJsonObject EstateGenerator::generate(int subscriptions, int servicesPerSubscription)
{
    const QString contoso = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
    const QString fabrikam = QStringLiteral("12bf08ca-1244-42d2-b610-8ba832ce968b");
    static const QStringList tiers { QStringLiteral("Developer"), QStringLiteral("Basic"), QStringLiteral("Standard"),
        QStringLiteral("Premium"), QStringLiteral("Consumption"), QStringLiteral("StandardV2") };
    static const QStringList regions { QStringLiteral("westeurope"), QStringLiteral("eastus"),
        QStringLiteral("koreacentral"), QStringLiteral("northeurope"), QStringLiteral("japaneast") };
    QJsonArray subs;
    QJsonArray services;
    QJsonArray accounts;
    QJsonArray containers;
    for (int i = 0; i < subscriptions; ++i) {
        const QString subId = deterministicUuid(QStringLiteral("bench-sub-%1").arg(i));
        const QString tenant = i % 4 == 3 ? fabrikam : contoso;
        subs.append(QJsonObject { { QStringLiteral("subscriptionId"), subId }, { QStringLiteral("tenantId"), tenant },
            { QStringLiteral("displayName"),
                QStringLiteral("%1 Workload %2")
                    .arg(tenant == contoso ? QStringLiteral("Contoso") : QStringLiteral("Fabrikam"))
                    .arg(i + 1, 3, 10, QLatin1Char('0')) } });
        for (int j = 0; j < servicesPerSubscription; ++j) {
            const int n = i * servicesPerSubscription + j;
            const QString tier = tiers.at(n % tiers.size());
            QJsonObject identity { { QStringLiteral("type"),
                n % 3 == 0 ? QStringLiteral("None") : QStringLiteral("SystemAssigned") } };
            services.append(withDefaultChildren(QJsonObject {
                { QStringLiteral("subscriptionId"), subId },
                { QStringLiteral("resourceGroup"), QStringLiteral("rg-apim-%1").arg(i + 1, 3, 10, QLatin1Char('0')) },
                { QStringLiteral("name"),
                    QStringLiteral("bench-apim-%1-%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(j + 1) },
                { QStringLiteral("location"), regions.at(n % regions.size()) },
                { QStringLiteral("sku"),
                    QJsonObject { { QStringLiteral("name"), tier },
                        { QStringLiteral("capacity"), tier == QLatin1String("Consumption") ? 0 : 1 } } },
                { QStringLiteral("identity"), identity },
            }));
        }
    }
    // Storage account names are global and fixed (Azurite knows them): spread them over the first subscriptions.
    const QList<AzuriteAccount> &fixed = AzuriteAccounts::all();
    for (int k = 0; k < fixed.size() && subscriptions > 0; ++k) {
        const int owner = (k * 4) % subscriptions;
        accounts.append(QJsonObject {
            { QStringLiteral("subscriptionId"), subs.at(owner).toObject().value(QLatin1String("subscriptionId")) },
            { QStringLiteral("resourceGroup"), QStringLiteral("rg-backups") },
            { QStringLiteral("name"), fixed.at(k).name },
            { QStringLiteral("location"), regions.at(k % regions.size()) },
        });
        containers.append(QJsonObject { { QStringLiteral("account"), fixed.at(k).name },
            { QStringLiteral("name"), QStringLiteral("apim-backups") } });
    }
    return QJsonObject {
        { QStringLiteral("tenants"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), contoso },
                             { QStringLiteral("displayName"), QStringLiteral("Contoso") },
                             { QStringLiteral("defaultDomain"), QStringLiteral("contoso.onmicrosoft.com") } },
                QJsonObject { { QStringLiteral("id"), fabrikam },
                    { QStringLiteral("displayName"), QStringLiteral("Fabrikam") },
                    { QStringLiteral("defaultDomain"), QStringLiteral("fabrikam.onmicrosoft.com") } } } },
        { QStringLiteral("users"),
            QJsonArray { QJsonObject { { QStringLiteral("upn"), QStringLiteral("alex.wilber@contoso.onmicrosoft.com") },
                { QStringLiteral("displayName"), QStringLiteral("Alex Wilber") },
                { QStringLiteral("tenants"), QJsonArray { contoso, fabrikam } } } } },
        { QStringLiteral("servicePrincipals"),
            QJsonArray {
                QJsonObject { { QStringLiteral("clientId"), QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4") },
                    { QStringLiteral("secret"), QStringLiteral("sim-secret~Contoso.Backup.2024") },
                    { QStringLiteral("tenantId"), contoso },
                    { QStringLiteral("displayName"), QStringLiteral("apim-backup-automation") } } } },
        { QStringLiteral("subscriptions"), subs },
        { QStringLiteral("services"), services },
        { QStringLiteral("storageAccounts"), accounts },
        { QStringLiteral("containers"), containers },
        { QStringLiteral("config"), QJsonObject { { QStringLiteral("pageSize"), ArmListPageSize } } },
    };
}

QString EstateGenerator::write(int subscriptions, int servicesPerSubscription, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write(QJsonDocument(generate(subscriptions, servicesPerSubscription)).toJson(QJsonDocument::Indented));
    return file.commit() ? QString() : file.errorString();
}

} // namespace Apim::Sim
