#pragma once

#include "arm/ArmError.h"
#include "inventory/ApimService.h"
#include "inventory/ServiceListing.h"
#include "inventory/SubscriptionInfo.h"
#include "inventory/TenantInfo.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Apim::Core {
class Inventory;
}

namespace Apim::Ui {

class ServiceTreeModel;

// Fills the service tree from the core's Inventory: tenants, then subscriptions (each
// with "Loading…"), then services page by page; errors land on the row they concern.
// A page of 1,000 services goes into the tree a few hundred rows per turn of the event
// loop, so that the window keeps drawing and answering the keyboard while it loads.
class InventoryTreeAdapter : public QObject
{
    Q_OBJECT
public:
    InventoryTreeAdapter(ServiceTreeModel *model, QObject *parent = nullptr);

    // nullptr: signed out; the tree is cleared.
    void setInventory(Core::Inventory *inventory);
    Core::Inventory *inventory() const;

    // Reloads everything (F5).
    void refresh();
    bool isLoading() const { return m_loading; }
    QString subscriptionName(const QString &subscriptionId) const;
    // Lowercased subscription id -> display name, as listed.
    QHash<QString, QString> subscriptionNames() const { return m_subscriptionNames; }
    // Lowercased tenant id -> display name, as GET /tenants listed them.
    QHash<QString, QString> tenantNames() const { return m_tenantNames; }
    // The status-bar sentence once the services are listed: "8 API Management services",
    // or "2 of 8 …" when only shown of them pass the filter (shown < 0: no filter). Empty
    // while nothing has been listed.
    QString servicesSummary(int shown) const;

signals:
    void loadingChanged(bool loading);
    // A sentence for the status bar: "1,234 services in 12 subscriptions" or a problem.
    void statusMessage(const QString &text);
    void serviceRefreshed(const Apim::Core::ApimService &service);

private:
    // About 4 ms of the GUI thread per slice on the 2-core machine (Release): a whole
    // Resource Graph page at once held it for 20 ms and more.
    static constexpr qsizetype kServicesPerTurn = 250;

    void onTenants(const QList<Core::TenantInfo> &tenants);
    void onSubscriptions(const QList<Core::SubscriptionInfo> &subscriptions);
    void onSubscriptionsFailed(const Core::ArmError &error);
    void onServices(const QList<Core::ApimService> &services);
    void onServicesFinished(const Core::ServiceListingSummary &summary);
    void onServicesFailed(const Core::ArmError &error);
    void setLoading(bool loading);
    void addPendingServices();
    void dropPendingServices();

    ServiceTreeModel *m_model;
    QPointer<Core::Inventory> m_inventory;
    QHash<QString, QString> m_subscriptionNames;
    QHash<QString, QString> m_tenantNames; // lowercased id -> display name
    bool m_loading = false;
    bool m_listed = false;
    Core::ServiceListingSummary m_summary;
    QList<Core::ApimService> m_pendingServices; // listed, not yet in the tree
    qsizetype m_pendingStart = 0; // the first of them not yet added
    std::function<void()> m_afterPending; // the end of the listing, once its services are in
    QTimer m_addNext; // zero: the next few hundred services in the next turn
};

} // namespace Apim::Ui
