#pragma once

#include "ui/models/ServiceTreeEntries.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QVector>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Apim::Ui {

// The tenants > subscriptions > API Management services tree of the main window.
// Fed page by page: each call inserts its rows in one beginInsertRows batch per parent,
// so ten thousand services arrive without freezing the window. A subscription whose
// services are still coming carries a "Loading…" child row; one that failed carries
// the error as a child row, so the problem shows where the user looks.
class ServiceTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Tenant, Subscription, Service, Loading, Message };
    Q_ENUM(NodeKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole, // tenant id, subscription id or service resource id
        EntryRole, // ServiceEntry for service rows
        SubscriptionIdRole,
        FilterTextRole, // what the filter box matches against
        IsErrorRole, // Message rows that report a failure
        RecoveryStateRole, // Core::RecoveryState as int on service rows; invalid until known
    };

    enum Column { NameColumn, TierColumn, LocationColumn, StateColumn, RecoveryColumn, ColumnCount };

    explicit ServiceTreeModel(QObject *parent = nullptr);
    ~ServiceTreeModel() override;

    void clear();
    // Adds or renames tenants; existing tenants keep their children.
    void setTenants(const QVector<TenantEntry> &tenants);
    // Adds subscriptions under their tenants (a tenant row is created when unknown).
    void addSubscriptions(const QVector<SubscriptionEntry> &subscriptions);
    // Shows "Loading…" under a tenant or a subscription; an empty id means the top level.
    void setLoading(const QString &id, bool loading);
    // Appends services (any mix of subscriptions), one insert batch per subscription;
    // a service already present is updated in place.
    void addServices(const QVector<ServiceEntry> &services);
    void updateService(const ServiceEntry &service);
    // Replaces the placeholder rows of a tenant or subscription by one message row
    // (e.g. the error that stopped the listing, or "No API Management services");
    // an empty id means the top level.
    void setMessage(const QString &id, const QString &text, bool isError);
    // After loading: subscriptions without services get "No API Management services".
    void markEmptySubscriptions();

    QModelIndex indexForId(const QString &id, int column = 0) const;
    // Ids of subscriptions that still show "Loading…".
    QStringList loadingSubscriptions() const;
    int serviceCount() const { return m_serviceCount; }
    // Changes whenever a row is added, removed or updated: lets a reader of allServices()
    // keep what it made of them until then.
    int servicesRevision() const { return m_servicesRevision; }
    QVector<ServiceEntry> allServices() const;
    // The services updated in place since revision (each once, as it is now), when no row
    // came or went since: a reader of allServices() then patches what it made of them
    // instead of copying 10,000 again after one service changed. std::nullopt: read
    // allServices() again.
    std::optional<QVector<ServiceEntry>> servicesUpdatedSince(int revision) const;
    // The recovery readiness of services by id (replaces the previous marks). Shown in the
    // Recovery column as an icon and the state's words; the reason is the tooltip.
    void setRecoveryMarks(RecoveryMarks marks);
    // For the filter proxy, without a QVariant per row: a row's kind, and what the filter
    // matches against (FilterTextRole) case-folded, kept per service once built.
    NodeKind kindAt(const QModelIndex &index) const;
    QString foldedFilterText(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Services and message rows are leaves: a view must not mark them expandable or expanded.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    QVariant recoveryData(const Node *node, int role) const;
    // regionWords: a region's words by location as listed, filled as it goes; a page of
    // 10,000 services in a few dozen regions then translates each region once.
    QString filterText(const Node *node, QHash<QString, QString> *regionWords = nullptr) const;
    void announceRecoveryChanges(int generation);
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    Node *ensureTenant(const QString &tenantId);
    void removeChildrenOfKind(Node *parent, NodeKind kind);
    void appendChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    void forget(Node *node);
    // Rows came or went: readers of an older revision read allServices() again.
    void noteRowsChanged();
    void noteServiceUpdated(const QString &key);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byId; // case-insensitive keys (lowercased)
    QHash<QString, RecoveryMark> m_recovery; // by serviceTreeKey()
    QStringList m_recoveryChanges; // keys of the subscriptions whose Recovery cells are yet to be announced
    int m_recoveryGeneration = 0;
    int m_serviceCount = 0;
    int m_servicesRevision = 0;
    int m_rowsRevision = 0; // the last revision at which rows came or went
    std::vector<std::pair<int, QString>> m_updates; // (revision, key) of in-place updates since then
};

} // namespace Apim::Ui
