#include "inventory/Inventory.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"

namespace Apim::Core {

Inventory::Inventory(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void Inventory::loadTenants()
{
    auto *pager = new ArmPager(m_client, ArmRequest::get(QStringLiteral("/tenants"), kSubscriptionsApiVersion), this);
    connect(pager, &ArmPager::finished, this, [this, pager](const QJsonArray &values, const ArmResponse &response) {
        pager->deleteLater();
        if (!response.ok()) {
            emit tenantsFailed(response.error);
            return;
        }
        QList<TenantInfo> tenants;
        for (const QJsonValue &value : values)
            tenants.append(TenantInfo::fromJson(value.toObject()));
        emit tenantsLoaded(tenants);
    });
    pager->start();
}

void Inventory::loadSubscriptions()
{
    auto *pager
        = new ArmPager(m_client, ArmRequest::get(QStringLiteral("/subscriptions"), kSubscriptionsApiVersion), this);
    connect(pager, &ArmPager::finished, this, [this, pager](const QJsonArray &values, const ArmResponse &response) {
        pager->deleteLater();
        if (!response.ok()) {
            emit subscriptionsFailed(response.error);
            return;
        }
        QList<SubscriptionInfo> subscriptions;
        subscriptions.reserve(values.size());
        for (const QJsonValue &value : values)
            subscriptions.append(SubscriptionInfo::fromJson(value.toObject()));
        emit subscriptionsLoaded(subscriptions);
    });
    pager->start();
}

void Inventory::loadServices(const QStringList &subscriptionIds)
{
    cancel();
    const int generation = m_generation;
    if (!subscriptionIds.isEmpty()) {
        listServices(subscriptionIds);
        return;
    }
    auto *pager
        = new ArmPager(m_client, ArmRequest::get(QStringLiteral("/subscriptions"), kSubscriptionsApiVersion), this);
    connect(pager, &ArmPager::finished, this,
        [this, pager, generation](const QJsonArray &values, const ArmResponse &response) {
            pager->deleteLater();
            if (generation != m_generation)
                return;
            if (!response.ok()) {
                emit servicesFailed(response.error);
                return;
            }
            QStringList ids;
            for (const QJsonValue &value : values) {
                const SubscriptionInfo info = SubscriptionInfo::fromJson(value.toObject());
                if (info.isEnabled() && !info.subscriptionId.isEmpty())
                    ids << info.subscriptionId;
            }
            if (ids.isEmpty()) {
                emit servicesFinished(ServiceListingSummary());
                return;
            }
            listServices(ids);
        });
    pager->start();
}

void Inventory::listServices(const QStringList &subscriptionIds)
{
    auto *listing = new ServiceListing(m_client, subscriptionIds, this);
    listing->setUseResourceGraph(m_useResourceGraph);
    listing->setConcurrency(m_concurrency);
    listing->setPageSize(m_pageSize);
    m_listing = listing;
    connect(listing, &ServiceListing::servicesLoaded, this, &Inventory::servicesLoaded);
    connect(listing, &ServiceListing::finished, this, [this, listing](const ServiceListingSummary &summary) {
        listing->deleteLater();
        emit servicesFinished(summary);
    });
    connect(listing, &ServiceListing::failed, this, [this, listing](const ArmError &error) {
        listing->deleteLater();
        emit servicesFailed(error);
    });
    listing->start();
}

void Inventory::refreshService(const QString &serviceId)
{
    m_client->call(ArmRequest::get(serviceId, kApimApiVersion), this, [this, serviceId](const ArmResponse &response) {
        if (!response.ok()) {
            emit serviceRefreshFailed(serviceId, response.error);
            return;
        }
        const ApimService service = ApimService::fromJson(response.object());
        if (!service.isValid()) {
            ArmError error
                = ArmError::local(ArmError::Kind::Malformed, tr("the service description has no id or name"));
            error.requestId = response.requestId();
            emit serviceRefreshFailed(serviceId, error);
            return;
        }
        emit serviceRefreshed(service);
    });
}

void Inventory::cancel()
{
    ++m_generation;
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->abort();
        m_listing->deleteLater();
        m_listing = nullptr;
    }
}

} // namespace Apim::Core
