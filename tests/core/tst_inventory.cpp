// Inventory against a private azure-sim: tenants, subscriptions, services through
// Resource Graph (paged by $skipToken) and through the per-subscription fallback, every
// simulator fault kind on both paths, and a single-service refresh.
#include "support_EngineHarness.h"

#include "TestEnvironment.h"
#include "inventory/Inventory.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QStringList kContosoSubs { Demo::kProdSub, Demo::kStagingSub, Demo::kDevSub };
const QString kGraphRoute = QStringLiteral("^POST /providers/Microsoft.ResourceGraph/resources$");
const QString kListRoute = QStringLiteral("^GET /subscriptions/[^/]+/providers/Microsoft.ApiManagement/service$");

struct Listing
{
    QList<ApimService> services;
    int pages = 0;
    bool finished = false;
    bool failed = false;
    ServiceListingSummary summary;
    ArmError error;

    QSet<QString> ids() const
    {
        QSet<QString> set;
        for (const ApimService &service : services)
            set.insert(service.id.toLower());
        return set;
    }
};

Listing listServices(Inventory &inventory, const QStringList &subscriptions, int timeoutMs = 30000)
{
    Listing result;
    QObject context;
    QObject::connect(&inventory, &Inventory::servicesLoaded, &context, [&](const QList<ApimService> &page) {
        result.services += page;
        ++result.pages;
    });
    QObject::connect(&inventory, &Inventory::servicesFinished, &context, [&](const ServiceListingSummary &summary) {
        result.summary = summary;
        result.finished = true;
    });
    QObject::connect(&inventory, &Inventory::servicesFailed, &context, [&](const ArmError &error) {
        result.error = error;
        result.failed = true;
    });
    inventory.loadServices(subscriptions);
    if (!QTest::qWaitFor([&] { return result.finished || result.failed; }, timeoutMs))
        qWarning("listing did not end in %d ms", timeoutMs);
    return result;
}
} // namespace

class TestInventory : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    SimControl &control() { return m_harness.control(); }

private slots:
    void initTestCase() { QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString())); }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
        QVERIFY(control().setConfig(
            { { QStringLiteral("resourceGraphEnabled"), true }, { QStringLiteral("pageSize"), 2 } }));
    }

    void loadTenants_listsHomeTenant()
    {
        Inventory inventory(m_harness.arm());
        QSignalSpy loaded(&inventory, &Inventory::tenantsLoaded);
        inventory.loadTenants();
        QVERIFY(loaded.wait(10000));
        const auto tenants = loaded.first().first().value<QList<TenantInfo>>();
        QVERIFY(!tenants.isEmpty());
        bool found = false;
        for (const TenantInfo &tenant : tenants)
            found = found || tenant.tenantId == Demo::kTenant;
        QVERIFY(found);
    }

    void loadSubscriptions_acrossPages()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("pageSize"), 1 } }));
        Inventory inventory(m_harness.arm());
        QSignalSpy loaded(&inventory, &Inventory::subscriptionsLoaded);
        inventory.loadSubscriptions();
        QVERIFY(loaded.wait(10000));
        const auto subscriptions = loaded.first().first().value<QList<SubscriptionInfo>>();
        QCOMPARE(subscriptions.size(), 3);
        QSet<QString> ids;
        for (const SubscriptionInfo &info : subscriptions)
            ids.insert(info.subscriptionId);
        QCOMPARE(ids, QSet<QString>(kContosoSubs.begin(), kContosoSubs.end()));
        QVERIFY(control().count(QStringLiteral("^GET /subscriptions$")) >= 3);
    }

    void loadServices_resourceGraph_oneQueryForAll()
    {
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY2(listing.finished, qPrintable(listing.error.technicalSummary()));
        QCOMPARE(listing.summary.source, ServiceListingSummary::Source::ResourceGraph);
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount);
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
        QCOMPARE(control().count(kGraphRoute), 1);
        QCOMPARE(control().count(kListRoute), 0);
        bool sawConsumption = false;
        for (const ApimService &service : listing.services) {
            QVERIFY(!service.skuName.isEmpty());
            QVERIFY(!service.resourceGroup.isEmpty());
            if (service.skuName == QLatin1String("Consumption")) {
                sawConsumption = true;
                QVERIFY(!service.backupSupport().supported);
            }
        }
        QVERIFY(sawConsumption);
    }

    void loadServices_resourceGraph_pagedBySkipToken()
    {
        Inventory inventory(m_harness.arm());
        inventory.setResourceGraphPageSize(3);
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY(listing.finished);
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount);
        QCOMPARE(control().count(kGraphRoute), 3); // 3 + 3 + 2
        QCOMPARE(listing.pages, 3);
    }

    void loadServices_withoutSubscriptions_loadsThemFirst()
    {
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, {});
        QVERIFY(listing.finished);
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
    }

    void loadServices_resourceGraphRefused_fallsBackPerSubscription()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY(listing.finished);
        QCOMPARE(listing.summary.source, ServiceListingSummary::Source::PerSubscription);
        QVERIFY(!listing.summary.fallbackReason.isEmpty());
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount);
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
        QVERIFY(control().count(kListRoute) >= 3); // one per subscription, more with paging
        QVERIFY(listing.summary.failedSubscriptions.isEmpty());
    }

    void loadServices_faults_stillCompleteWithoutDuplicates_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<QJsonObject>("fault");
        const QList<QPair<const char *, QJsonObject>> faults {
            { "throttle",
                { { QStringLiteral("kind"), QStringLiteral("throttle") }, { QStringLiteral("retryAfter"), 1 } } },
            { "500", { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 500 } } },
            { "503", { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 503 } } },
            { "drop", { { QStringLiteral("kind"), QStringLiteral("drop") } } },
            { "truncate", { { QStringLiteral("kind"), QStringLiteral("truncate") } } },
            { "latency",
                { { QStringLiteral("kind"), QStringLiteral("latency") }, { QStringLiteral("latencyMs"), 400 } } },
            { "expireToken", { { QStringLiteral("kind"), QStringLiteral("expireToken") } } },
        };
        for (const auto &fault : faults) {
            QTest::newRow(qPrintable(QStringLiteral("graph %1").arg(QLatin1String(fault.first))))
                << kGraphRoute << fault.second;
            QTest::newRow(qPrintable(QStringLiteral("fallback %1").arg(QLatin1String(fault.first))))
                << kListRoute << fault.second;
        }
    }
    void loadServices_faults_stillCompleteWithoutDuplicates()
    {
        QFETCH(QString, route);
        QFETCH(QJsonObject, fault);
        if (route == kListRoute)
            QVERIFY(control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        fault.insert(QStringLiteral("route"), route);
        fault.insert(QStringLiteral("times"), 2);
        QVERIFY(control().addFault(fault));
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY2(listing.finished, qPrintable(listing.error.technicalSummary()));
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount);
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
        QVERIFY(listing.summary.failedSubscriptions.isEmpty());
    }

    void loadServices_graphFailsMidway_fallbackAddsOnlyTheRest()
    {
        Inventory inventory(m_harness.arm());
        inventory.setResourceGraphPageSize(3);
        bool faulted = false;
        connect(&inventory, &Inventory::servicesLoaded, this, [&] {
            if (!faulted) {
                faulted = true;
                control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
                    { QStringLiteral("status"), 400 }, { QStringLiteral("route"), kGraphRoute } });
            }
        });
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY(listing.finished);
        QCOMPARE(listing.summary.source, ServiceListingSummary::Source::PerSubscription);
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount); // the first page is not repeated
        QCOMPARE(listing.ids().size(), Demo::kContosoServiceCount);
    }

    void loadServices_everythingRefused_fails()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("code"), QStringLiteral("AuthorizationFailed") },
            { QStringLiteral("route"), kListRoute } }));
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY(listing.failed);
        QCOMPARE(listing.error.httpStatus, 403);
        QVERIFY(listing.error.userMessage().contains(QLatin1String("Permission denied")));
    }

    void loadServices_oneSubscriptionRefused_restStillListed()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        QVERIFY(
            control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 403 },
                { QStringLiteral("route"),
                    QStringLiteral("^GET /subscriptions/%1/providers/Microsoft.ApiManagement/service$")
                        .arg(Demo::kDevSub) } }));
        Inventory inventory(m_harness.arm());
        const Listing listing = listServices(inventory, kContosoSubs);
        QVERIFY(listing.finished);
        QCOMPARE(listing.summary.failedSubscriptions.size(), 1);
        QVERIFY(listing.summary.failedSubscriptions.contains(Demo::kDevSub));
        QCOMPARE(listing.services.size(), Demo::kContosoServiceCount - 2); // the dev subscription holds two
    }

    void refreshService_freshState()
    {
        Inventory inventory(m_harness.arm());
        QSignalSpy refreshed(&inventory, &Inventory::serviceRefreshed);
        inventory.refreshService(Demo::kProdApim);
        QVERIFY(refreshed.wait(10000));
        const ApimService service = refreshed.first().first().value<ApimService>();
        QCOMPARE(service.name, QStringLiteral("contoso-prod-apim"));
        QCOMPARE(service.skuName, QStringLiteral("Premium"));
        QCOMPARE(service.skuCapacity, 2);
        QVERIFY(service.hasSystemAssignedIdentity());
        QVERIFY(service.hasUserAssignedClientId(Demo::kUserIdentityClientId));
    }

    void refreshService_unknown_notFoundError()
    {
        Inventory inventory(m_harness.arm());
        QSignalSpy failed(&inventory, &Inventory::serviceRefreshFailed);
        inventory.refreshService(
            Demo::serviceId(Demo::kProdSub, QStringLiteral("rg-apim-prod"), QStringLiteral("nope")));
        QVERIFY(failed.wait(10000));
        const ArmError error = failed.first().at(1).value<ArmError>();
        QCOMPARE(error.httpStatus, 404);
        QVERIFY(error.userMessage().contains(QLatin1String("Not found")));
    }

    void generatedEstate_bothPathsAgreeAcrossManyPages()
    {
        QTemporaryDir dir;
        const QString seed = dir.filePath(QStringLiteral("estate.json"));
        QCOMPARE(QProcess::execute(TestEnvironment::simBinary(),
                     { QStringLiteral("--generate-estate"), QStringLiteral("24"), QStringLiteral("3"), seed }),
            0);
        EngineHarness big;
        QVERIFY2(big.start(seed), qPrintable(big.errorString()));
        QVERIFY(big.control().setConfig({ { QStringLiteral("pageSize"), 2 } }));
        Inventory graph(big.arm());
        graph.setResourceGraphPageSize(7);
        const Listing viaGraph = listServices(graph, {});
        QVERIFY(viaGraph.finished);
        QCOMPARE(viaGraph.summary.source, ServiceListingSummary::Source::ResourceGraph);
        QVERIFY(viaGraph.services.size() >= 40);
        QVERIFY(viaGraph.pages >= 6);

        QVERIFY(big.control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        Inventory fallback(big.arm());
        const Listing viaList = listServices(fallback, {});
        QVERIFY(viaList.finished);
        QCOMPARE(viaList.summary.source, ServiceListingSummary::Source::PerSubscription);
        QCOMPARE(viaList.ids(), viaGraph.ids());
        QCOMPARE(viaList.services.size(), viaGraph.services.size());
    }

    // Pages of 1,000 rows (well over the 256 KB that ArmJob parses on a worker thread) list
    // the same services as the per-subscription listing.
    void generatedEstate_largePagesParsedOffThread_listEveryService()
    {
        QTemporaryDir dir;
        const QString seed = dir.filePath(QStringLiteral("estate.json"));
        QCOMPARE(QProcess::execute(TestEnvironment::simBinary(),
                     { QStringLiteral("--generate-estate"), QStringLiteral("6"), QStringLiteral("400"), seed }),
            0);
        EngineHarness big;
        QVERIFY2(big.start(seed), qPrintable(big.errorString()));
        QVERIFY(big.control().setConfig({ { QStringLiteral("pageSize"), 1000 } }));
        Inventory graph(big.arm());
        graph.setResourceGraphPageSize(1000);
        const Listing viaGraph = listServices(graph, {});
        QVERIFY(viaGraph.finished);
        QCOMPARE(viaGraph.summary.source, ServiceListingSummary::Source::ResourceGraph);
        QVERIFY(viaGraph.services.size() >= 1000);
        QVERIFY(viaGraph.pages >= 2);

        QVERIFY(big.control().setConfig({ { QStringLiteral("resourceGraphEnabled"), false } }));
        Inventory fallback(big.arm());
        const Listing viaList = listServices(fallback, {});
        QVERIFY(viaList.finished);
        QCOMPARE(viaList.ids(), viaGraph.ids());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
