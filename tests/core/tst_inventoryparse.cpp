// Parsing of the official ARM examples (tests/data) into inventory and storage value
// types: what the service list, the service GET, subscriptions, storage accounts and
// Resource Graph really look like.
#include "TestEnvironment.h"

#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "inventory/SubscriptionInfo.h"
#include "storage/StorageAccount.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
QJsonObject example(const QString &name)
{
    QFile file(TestEnvironment::dataFile(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject responseBody(const QString &name, const QString &status = QStringLiteral("200"))
{
    return example(name)
        .value(QLatin1String("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QLatin1String("body"))
        .toObject();
}
} // namespace

class TestInventoryParse : public QObject
{
    Q_OBJECT
private slots:
    void serviceGet_example_parsesEveryField()
    {
        const ApimService service
            = ApimService::fromJson(responseBody(QStringLiteral("ApiManagementServiceGetService.json")));
        QVERIFY(service.isValid());
        QCOMPARE(service.name, QStringLiteral("OGF-Z3-06162021-Premium"));
        QCOMPARE(service.subscriptionId, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(service.resourceGroup, QStringLiteral("rg1"));
        QCOMPARE(service.location, QStringLiteral("eastus")); // the example says "East US"
        QCOMPARE(service.locationDisplayName(), QStringLiteral("East US"));
        QCOMPARE(service.skuName, QStringLiteral("Premium"));
        QCOMPARE(service.provisioningState, QStringLiteral("Succeeded"));
        QVERIFY(service.isReady());
        QVERIFY(!service.isBusy());
        QCOMPARE(service.gatewayUrl, QStringLiteral("https://ogf-z3-06162021-premium.azure-api.net"));
        QCOMPARE(service.createdAt.toSecsSinceEpoch(),
            QDateTime(QDate(2021, 6, 16), QTime(9, 40, 0), Qt::UTC).toSecsSinceEpoch());
        QVERIFY(service.backupSupport().supported);
        QVERIFY(service.hasSystemAssignedIdentity());
    }

    void serviceList_example_identitiesLocationsAndTiers()
    {
        const QJsonArray values = responseBody(QStringLiteral("ApiManagementListServiceBySubscription.json"))
                                      .value(QLatin1String("value"))
                                      .toArray();
        QCOMPARE(values.size(), 4);
        QList<ApimService> services;
        for (const QJsonValue &value : values)
            services.append(ApimService::fromJson(value.toObject()));

        const ApimService &premium = services.at(0);
        QCOMPARE(premium.skuName, QStringLiteral("Premium"));
        QCOMPARE(premium.skuCapacity, 1);
        QCOMPARE(premium.systemAssignedPrincipalId, QStringLiteral("306205e7-b21a-41bf-92e2-3e28af30041e"));
        QCOMPARE(premium.userAssignedIdentities.size(), 1);
        QCOMPARE(
            premium.userAssignedIdentities.first().clientId, QStringLiteral("8d9791f2-0cdf-41f4-9e66-cdc39b496789"));
        QCOMPARE(premium.userAssignedIdentities.first().name(), QStringLiteral("ogf-identity"));
        QVERIFY(premium.hasUserAssignedClientId(QStringLiteral("8D9791F2-0CDF-41F4-9E66-CDC39B496789")));
        QVERIFY(!premium.hasUserAssignedClientId(QStringLiteral("00000000-0000-0000-0000-000000000001")));
        QCOMPARE(premium.additionalLocations.size(), 1);
        QCOMPARE(premium.additionalLocations.first().location, QStringLiteral("eastus2")); // "East US 2"
        QCOMPARE(premium.additionalLocations.first().skuName, QStringLiteral("Premium"));

        const ApimService &consumption = services.at(1);
        QCOMPARE(consumption.skuName, QStringLiteral("Consumption"));
        QVERIFY(!consumption.hasSystemAssignedIdentity());
        QVERIFY(consumption.userAssignedIdentities.isEmpty());
        const BackupSupport support = consumption.backupSupport();
        QVERIFY(!support.supported);
        QVERIFY(support.reason.contains(QLatin1String("Consumption")));

        const ApimService &systemOnly = services.at(3);
        QVERIFY(systemOnly.hasSystemAssignedIdentity());
        QVERIFY(systemOnly.userAssignedIdentities.isEmpty());
        QCOMPARE(systemOnly.additionalLocations.first().skuCapacity, 9);
    }

    void backupSupport_perTier_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("reasonMentions");
        QTest::newRow("Developer") << "Developer" << true << "";
        QTest::newRow("Basic") << "Basic" << true << "";
        QTest::newRow("Standard") << "Standard" << true << "";
        QTest::newRow("Premium") << "Premium" << true << "";
        QTest::newRow("Consumption") << "Consumption" << false << "Consumption";
        QTest::newRow("BasicV2") << "BasicV2" << false << "v2";
        QTest::newRow("StandardV2") << "StandardV2" << false << "v2";
        QTest::newRow("PremiumV2") << "PremiumV2" << false << "v2";
        QTest::newRow("Isolated") << "Isolated" << false << "Isolated";
        QTest::newRow("empty") << "" << false << "unknown";
    }
    void backupSupport_perTier()
    {
        QFETCH(QString, sku);
        QFETCH(bool, supported);
        QFETCH(QString, reasonMentions);
        const BackupSupport support = ApimService::backupSupportForSku(sku);
        QCOMPARE(support.supported, supported);
        QCOMPARE(support.reason.isEmpty(), supported);
        QVERIFY2(support.reason.contains(reasonMentions), qPrintable(support.reason));
    }

    void resourceGraphRow_sameParserAsArm()
    {
        // Resource Graph projects the same fields the ARM resource has, at the top level.
        const QJsonObject row {
            { QStringLiteral("id"),
                QStringLiteral("/subscriptions/s1/resourceGroups/RG/providers/Microsoft.ApiManagement/service/svc") },
            { QStringLiteral("name"), QStringLiteral("svc") },
            { QStringLiteral("resourceGroup"), QStringLiteral("rg") },
            { QStringLiteral("subscriptionId"), QStringLiteral("s1") },
            { QStringLiteral("tenantId"), QStringLiteral("t1") },
            { QStringLiteral("sku"),
                QJsonObject {
                    { QStringLiteral("name"), QStringLiteral("Developer") }, { QStringLiteral("capacity"), 1 } } },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("provisioningState"), QStringLiteral("Updating") } } }
        };
        const ApimService service = ApimService::fromJson(row);
        QCOMPARE(service.resourceGroup, QStringLiteral("rg"));
        QCOMPARE(service.tenantId, QStringLiteral("t1"));
        QVERIFY(service.isBusy());
        QVERIFY(!service.isReady());
        QCOMPARE(service.portalUrl(QUrl(QStringLiteral("https://portal.azure.com"))).toString(),
            QStringLiteral("https://portal.azure.com/#@t1/resource/subscriptions/s1/resourceGroups/RG/providers/"
                           "Microsoft.ApiManagement/service/svc/overview"));
    }

    // GET service says "West Europe", Resource Graph "westeurope": one spelling either way,
    // so the region does not change after a refresh.
    void location_eitherSpelling_sameCanonicalForm_data()
    {
        QTest::addColumn<QString>("answered");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("display");
        QTest::newRow("ARM GET") << "West Europe"
                                 << "westeurope"
                                 << "West Europe";
        QTest::newRow("Resource Graph") << "westeurope"
                                        << "westeurope"
                                        << "West Europe";
        QTest::newRow("digit") << "West US 2"
                               << "westus2"
                               << "West US 2";
        QTest::newRow("acronym") << "uksouth"
                                 << "uksouth"
                                 << "UK South";
        QTest::newRow("unknown region") << "Mars North"
                                        << "marsnorth"
                                        << "marsnorth";
        QTest::newRow("none") << ""
                              << ""
                              << "";
    }
    void location_eitherSpelling_sameCanonicalForm()
    {
        QFETCH(QString, answered);
        QFETCH(QString, canonical);
        QFETCH(QString, display);
        const QJsonObject resource {
            { QStringLiteral("id"),
                QStringLiteral("/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc") },
            { QStringLiteral("name"), QStringLiteral("svc") }, { QStringLiteral("location"), answered },
            { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("additionalLocations"),
                    QJsonArray { QJsonObject { { QStringLiteral("location"), answered } } } } } }
        };
        const ApimService service = ApimService::fromJson(resource);
        QCOMPARE(service.location, canonical);
        QCOMPARE(service.additionalLocations.first().location, canonical);
        QCOMPARE(service.locationDisplayName(), display);
        // A cache round trip keeps the canonical form.
        QCOMPARE(ApimService::fromJson(service.toJson()).location, canonical);
    }

    void malformedService_notValid()
    {
        QVERIFY(!ApimService::fromJson(QJsonObject {}).isValid());
        QVERIFY(!ApimService::fromJson(QJsonObject { { QStringLiteral("name"), 12 } }).isValid());
    }

    void resourceId_parse()
    {
        const ResourceId id = ResourceId::parse(
            QStringLiteral("/subscriptions/S/resourcegroups/G/providers/Microsoft.ApiManagement/service/N/apis/a"));
        QVERIFY(id.isValid());
        QCOMPARE(id.subscriptionId, QStringLiteral("S"));
        QCOMPARE(id.resourceGroup, QStringLiteral("G"));
        QCOMPARE(id.providerNamespace, QStringLiteral("Microsoft.ApiManagement"));
        QCOMPARE(id.type, QStringLiteral("service"));
        QCOMPARE(id.name, QStringLiteral("N"));
        QVERIFY(!ResourceId::parse(QStringLiteral("not/an/id")).isValid());
        QVERIFY(!ResourceId::parse(QString()).isValid());
    }

    void subscriptions_example()
    {
        const QJsonArray values
            = responseBody(QStringLiteral("GetSubscriptions.json")).value(QLatin1String("value")).toArray();
        QCOMPARE(values.size(), 2);
        const SubscriptionInfo info = SubscriptionInfo::fromJson(values.first().toObject());
        QCOMPARE(info.subscriptionId, QStringLiteral("291bba3f-e0a5-47bc-a099-3bdcb2a50a05"));
        QCOMPARE(info.displayName, QStringLiteral("Example Subscription"));
        QCOMPARE(info.tenantId, QStringLiteral("31c75423-32d6-4322-88b7-c478bdde4858"));
        QVERIFY(info.isEnabled());
        SubscriptionInfo disabled = info;
        disabled.state = QStringLiteral("Disabled");
        QVERIFY(!disabled.isEnabled());
    }

    void storageAccounts_example()
    {
        const QJsonArray values
            = responseBody(QStringLiteral("StorageAccountList.json")).value(QLatin1String("value")).toArray();
        QVERIFY(values.size() >= 3);
        const StorageAccount first = StorageAccount::fromJson(values.first().toObject());
        QCOMPARE(first.name, QStringLiteral("sto1125"));
        QCOMPARE(first.resourceGroup, QStringLiteral("res2627"));
        QCOMPARE(first.blobEndpoint, QUrl(QStringLiteral("https://sto1125.blob.core.windows.net/")));
        QVERIFY(first.allowSharedKeyAccess); // absent means allowed
        bool sawAllow = false;
        for (const QJsonValue &value : values) {
            const StorageAccount account = StorageAccount::fromJson(value.toObject());
            if (account.networkDefaultAction == QLatin1String("Allow"))
                sawAllow = true;
            QVERIFY(!account.firewallDeniesByDefault());
        }
        QVERIFY(sawAllow);
        QJsonObject locked = values.first().toObject();
        QJsonObject properties = locked.value(QLatin1String("properties")).toObject();
        properties.insert(QStringLiteral("allowSharedKeyAccess"), false);
        properties.insert(QStringLiteral("networkAcls"),
            QJsonObject { { QStringLiteral("defaultAction"), QStringLiteral("Deny") },
                { QStringLiteral("bypass"), QStringLiteral("AzureServices, Logging") } });
        locked.insert(QStringLiteral("properties"), properties);
        const StorageAccount account = StorageAccount::fromJson(locked);
        QVERIFY(!account.allowSharedKeyAccess);
        QVERIFY(account.firewallDeniesByDefault());
        QVERIFY(account.trustedServicesBypass());
    }

    void blobContainers_example()
    {
        const QJsonArray values
            = responseBody(QStringLiteral("BlobContainersList.json")).value(QLatin1String("value")).toArray();
        const BlobContainerInfo container = BlobContainerInfo::fromJson(values.first().toObject());
        QCOMPARE(container.name, QStringLiteral("container1644"));
        QCOMPARE(container.publicAccess, QStringLiteral("Container"));
    }
};

QTEST_GUILESS_MAIN(TestInventoryParse)
#include "tst_inventoryparse.moc"
