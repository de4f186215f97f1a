#pragma once

#include "arm/ArmError.h"
#include "inventory/ApimService.h"
#include "inventory/ServiceListing.h"
#include "inventory/SubscriptionInfo.h"
#include "inventory/TenantInfo.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Apim::Core {

class ArmClient;

// What the signed-in account can see: tenants, subscriptions and APIM services. Results
// arrive through signals, services page by page so that a tree can fill while the rest
// loads. One listing of services at a time: a new loadServices() replaces the running one.
class Inventory : public QObject
{
    Q_OBJECT
public:
    static inline const QString kSubscriptionsApiVersion = QStringLiteral("2022-12-01");
    static inline const QString kApimApiVersion = QStringLiteral("2024-05-01");

    explicit Inventory(ArmClient *client, QObject *parent = nullptr);

    void setUseResourceGraph(bool use) { m_useResourceGraph = use; }
    void setConcurrency(int requests) { m_concurrency = requests; }
    void setResourceGraphPageSize(int top) { m_pageSize = top; }

    void loadTenants();
    void loadSubscriptions();
    // Empty list: the subscriptions are loaded first (enabled ones only).
    void loadServices(const QStringList &subscriptionIds = {});
    void refreshService(const QString &serviceId);
    void cancel();

    bool isLoadingServices() const { return !m_listing.isNull(); }

signals:
    void tenantsLoaded(const QList<Apim::Core::TenantInfo> &tenants);
    void tenantsFailed(const Apim::Core::ArmError &error);
    void subscriptionsLoaded(const QList<Apim::Core::SubscriptionInfo> &subscriptions);
    void subscriptionsFailed(const Apim::Core::ArmError &error);
    void servicesLoaded(const QList<Apim::Core::ApimService> &services); // one page
    void servicesFinished(const Apim::Core::ServiceListingSummary &summary);
    void servicesFailed(const Apim::Core::ArmError &error);
    void serviceRefreshed(const Apim::Core::ApimService &service);
    void serviceRefreshFailed(const QString &serviceId, const Apim::Core::ArmError &error);

private:
    void listServices(const QStringList &subscriptionIds);

    QPointer<ArmClient> m_client;
    QPointer<ServiceListing> m_listing;
    bool m_useResourceGraph = true;
    int m_concurrency = ServiceListing::kDefaultConcurrency;
    int m_pageSize = 1000;
    int m_generation = 0; // a cancel or a new load makes answers of older loads stale
};

} // namespace Apim::Core
