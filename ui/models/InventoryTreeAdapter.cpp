#include "ui/models/InventoryTreeAdapter.h"

#include "inventory/Inventory.h"
#include "ui/models/ServicePresenter.h"
#include "ui/models/ServiceTreeModel.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace Apim::Ui {

InventoryTreeAdapter::InventoryTreeAdapter(ServiceTreeModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_addNext.setSingleShot(true);
    m_addNext.setInterval(0);
    connect(&m_addNext, &QTimer::timeout, this, &InventoryTreeAdapter::addPendingServices);
}

Core::Inventory *InventoryTreeAdapter::inventory() const
{
    return m_inventory;
}

void InventoryTreeAdapter::setInventory(Core::Inventory *inventory)
{
    if (m_inventory)
        m_inventory->disconnect(this);
    m_inventory = inventory;
    dropPendingServices();
    m_model->clear();
    m_subscriptionNames.clear();
    m_listed = false;
    setLoading(false);
    if (!inventory)
        return;
    connect(inventory, &Core::Inventory::tenantsLoaded, this, &InventoryTreeAdapter::onTenants);
    connect(inventory, &Core::Inventory::subscriptionsLoaded, this, &InventoryTreeAdapter::onSubscriptions);
    connect(inventory, &Core::Inventory::subscriptionsFailed, this, &InventoryTreeAdapter::onSubscriptionsFailed);
    connect(inventory, &Core::Inventory::servicesLoaded, this, &InventoryTreeAdapter::onServices);
    connect(inventory, &Core::Inventory::servicesFinished, this, &InventoryTreeAdapter::onServicesFinished);
    connect(inventory, &Core::Inventory::servicesFailed, this, &InventoryTreeAdapter::onServicesFailed);
    connect(inventory, &Core::Inventory::serviceRefreshed, this, [this](const Core::ApimService &service) {
        // A copy still waiting for the tree would otherwise bring the listed state back.
        for (qsizetype i = m_pendingStart; i < m_pendingServices.size(); ++i) {
            if (m_pendingServices.at(i).id.compare(service.id, Qt::CaseInsensitive) == 0)
                m_pendingServices[i] = service;
        }
        m_model->updateService(ServicePresenter::entry(service));
        emit serviceRefreshed(service);
    });
}

QString InventoryTreeAdapter::subscriptionName(const QString &subscriptionId) const
{
    return m_subscriptionNames.value(subscriptionId.toLower(), subscriptionId);
}

void InventoryTreeAdapter::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void InventoryTreeAdapter::refresh()
{
    if (!m_inventory)
        return;
    m_inventory->cancel();
    dropPendingServices();
    m_model->clear();
    m_subscriptionNames.clear();
    m_listed = false;
    m_model->setLoading(QString(), true);
    setLoading(true);
    emit statusMessage(tr("Loading subscriptions…"));
    m_inventory->loadTenants();
    m_inventory->loadSubscriptions();
}

void InventoryTreeAdapter::onTenants(const QList<Core::TenantInfo> &tenants)
{
    QVector<TenantEntry> entries;
    for (const Core::TenantInfo &tenant : tenants)
        entries.append({ tenant.tenantId, tenant.displayName });
    // Tenant rows only appear once a subscription lives in them; naming them needs no row.
    QVector<TenantEntry> known;
    for (const TenantEntry &entry : entries) {
        if (m_model->indexForId(entry.id).isValid())
            known << entry;
    }
    m_model->setTenants(known);
    m_tenantNames.clear();
    for (const TenantEntry &entry : entries)
        m_tenantNames.insert(entry.id.toLower(), entry.displayName);
}

void InventoryTreeAdapter::onSubscriptions(const QList<Core::SubscriptionInfo> &subscriptions)
{
    QVector<SubscriptionEntry> entries;
    QStringList enabled;
    for (const Core::SubscriptionInfo &info : subscriptions) {
        entries.append({ info.subscriptionId, info.tenantId, info.displayName, info.state });
        m_subscriptionNames.insert(info.subscriptionId.toLower(), info.displayName);
        if (info.isEnabled())
            enabled << info.subscriptionId;
    }
    m_model->setLoading(QString(), false);
    if (entries.isEmpty()) {
        m_model->setMessage(QString(),
            tr("This account sees no subscriptions. Check that it has at least "
               "Reader access, or switch to another directory."),
            false);
        setLoading(false);
        emit statusMessage(tr("No subscriptions"));
        return;
    }
    m_model->addSubscriptions(entries);
    QVector<TenantEntry> tenants;
    for (auto it = m_tenantNames.cbegin(); it != m_tenantNames.cend(); ++it)
        tenants.append({ it.key(), it.value() });
    // Rename the tenant rows the subscriptions just created when the names came first.
    QVector<TenantEntry> known;
    for (const TenantEntry &tenant : tenants) {
        if (m_model->indexForId(tenant.id).isValid())
            known << tenant;
    }
    m_model->setTenants(known);
    for (const Core::SubscriptionInfo &info : subscriptions) {
        if (info.isEnabled())
            m_model->setLoading(info.subscriptionId, true);
        else
            m_model->setMessage(info.subscriptionId,
                tr("Subscription is %1: its services are not listed.").arg(info.state.toLower()), false);
    }
    if (enabled.isEmpty()) {
        setLoading(false);
        return;
    }
    emit statusMessage(tr("Loading API Management services in %n subscription(s)…", nullptr, int(enabled.size())));
    m_inventory->loadServices(enabled);
}

void InventoryTreeAdapter::onSubscriptionsFailed(const Core::ArmError &error)
{
    m_model->setMessage(QString(), tr("Could not list subscriptions: %1").arg(error.userMessage()), true);
    setLoading(false);
    emit statusMessage(tr("Could not list subscriptions"));
}

void InventoryTreeAdapter::onServices(const QList<Core::ApimService> &services)
{
    if (m_pendingStart >= m_pendingServices.size()) {
        m_pendingServices = services;
        m_pendingStart = 0;
    } else {
        m_pendingServices.append(services);
    }
    if (m_addNext.isActive())
        return;
    // A page larger than a slice starts in the next turn: the listing spent this one taking
    // it in. A refreshed service goes in at once.
    if (services.size() > kServicesPerTurn)
        m_addNext.start();
    else
        addPendingServices();
}

void InventoryTreeAdapter::addPendingServices()
{
    const qsizetype end = std::min(m_pendingServices.size(), m_pendingStart + kServicesPerTurn);
    QVector<ServiceEntry> entries;
    entries.reserve(end - m_pendingStart);
    for (qsizetype i = m_pendingStart; i < end; ++i)
        entries.append(ServicePresenter::entry(m_pendingServices.at(i)));
    m_pendingStart = end;
    m_model->addServices(entries);
    if (m_pendingStart < m_pendingServices.size()) {
        m_addNext.start();
        return;
    }
    m_pendingServices.clear();
    m_pendingStart = 0;
    if (m_afterPending)
        std::exchange(m_afterPending, {})();
}

void InventoryTreeAdapter::dropPendingServices()
{
    m_addNext.stop();
    m_pendingServices.clear();
    m_pendingStart = 0;
    m_afterPending = {};
}

void InventoryTreeAdapter::onServicesFinished(const Core::ServiceListingSummary &summary)
{
    if (m_addNext.isActive()) { // told once its last services are in the tree
        m_afterPending = [this, summary] { onServicesFinished(summary); };
        return;
    }
    for (auto it = summary.failedSubscriptions.cbegin(); it != summary.failedSubscriptions.cend(); ++it)
        m_model->setMessage(it.key(), tr("Could not list services: %1").arg(it.value().userMessage()), true);
    for (const QString &id : m_model->loadingSubscriptions())
        m_model->setLoading(id, false);
    m_model->markEmptySubscriptions();
    setLoading(false);
    m_summary = summary;
    m_listed = true;
    emit statusMessage(servicesSummary(-1));
}

QString InventoryTreeAdapter::servicesSummary(int shown) const
{
    if (!m_listed)
        return {};
    const int total = m_model->serviceCount();
    QString text = shown >= 0 && shown < total
        ? tr("%1 of %n API Management service(s)", "shown of all, when a filter hides some", total).arg(shown)
        : tr("%n API Management service(s)", nullptr, total);
    if (!m_summary.failedSubscriptions.isEmpty())
        text += tr("; %n subscription(s) could not be listed", nullptr, int(m_summary.failedSubscriptions.size()));
    if (!m_summary.fallbackReason.isEmpty())
        text += tr(" (listed per subscription: %1)").arg(m_summary.fallbackReason);
    return text;
}

void InventoryTreeAdapter::onServicesFailed(const Core::ArmError &error)
{
    if (m_addNext.isActive()) {
        m_afterPending = [this, error] { onServicesFailed(error); };
        return;
    }
    const QString text = tr("Could not list services: %1").arg(error.userMessage());
    for (const QString &id : m_model->loadingSubscriptions())
        m_model->setMessage(id, text, true);
    setLoading(false);
    emit statusMessage(tr("Could not list services"));
}

} // namespace Apim::Ui
