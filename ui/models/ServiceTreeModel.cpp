#include "ui/models/ServiceTreeModel.h"
#include "ui/models/ServiceTreeNode_p.h"

#include "inventory/AzureRegion.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/Icons.h"

#include <QSet>

#include <algorithm>
#include <map>
#include <utility>

namespace Apim::Ui {

namespace {
QString key(const QString &id)
{
    return serviceTreeKey(id);
}

QString tierText(const ServiceEntry &entry)
{
    if (entry.sku.isEmpty())
        return {};
    if (entry.capacity <= 0)
        return entry.sku;
    return ServiceTreeModel::tr("%1 × %2").arg(entry.sku).arg(entry.capacity);
}
} // namespace

ServiceTreeModel::ServiceTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ServiceTreeModel::~ServiceTreeModel() = default;

void ServiceTreeModel::clear()
{
    noteRowsChanged();
    beginResetModel();
    m_root->children.clear();
    m_byId.clear();
    m_recovery.clear();
    m_recoveryChanges.clear();
    m_serviceCount = 0;
    endResetModel();
}

ServiceTreeModel::Node *ServiceTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ServiceTreeModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, node);
}

QModelIndex ServiceTreeModel::indexForId(const QString &id, int column) const
{
    return indexFor(m_byId.value(key(id)), column);
}

void ServiceTreeModel::appendChildren(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    if (children.empty())
        return;
    const int first = int(parent->children.size());
    noteRowsChanged();
    beginInsertRows(indexFor(parent), first, first + int(children.size()) - 1);
    int row = first;
    for (auto &child : children) {
        child->parent = parent;
        child->row = row++;
        if (!child->id.isEmpty()) {
            if (child->key.isEmpty())
                child->key = key(child->id);
            m_byId.insert(child->key, child.get());
        }
        if (child->kind == NodeKind::Service)
            ++m_serviceCount;
        parent->children.push_back(std::move(child));
    }
    endInsertRows();
}

void ServiceTreeModel::forget(Node *node)
{
    for (auto &child : node->children)
        forget(child.get());
    if (!node->id.isEmpty() && m_byId.value(node->key) == node)
        m_byId.remove(node->key);
    if (node->kind == NodeKind::Service)
        --m_serviceCount;
}

void ServiceTreeModel::removeChildrenOfKind(Node *parent, NodeKind kind)
{
    // Placeholder rows sit in a contiguous run at the front, so one removal batch is
    // enough in practice; the loop keeps it correct if they do not.
    for (int row = int(parent->children.size()) - 1; row >= 0; --row) {
        if (parent->children[size_t(row)]->kind != kind)
            continue;
        int first = row;
        while (first > 0 && parent->children[size_t(first - 1)]->kind == kind)
            --first;
        noteRowsChanged();
        beginRemoveRows(indexFor(parent), first, row);
        for (int r = first; r <= row; ++r)
            forget(parent->children[size_t(r)].get());
        parent->children.erase(parent->children.begin() + first, parent->children.begin() + row + 1);
        for (size_t r = size_t(first); r < parent->children.size(); ++r)
            parent->children[r]->row = int(r);
        endRemoveRows();
        row = first;
    }
}

ServiceTreeModel::Node *ServiceTreeModel::ensureTenant(const QString &tenantId)
{
    if (Node *node = m_byId.value(key(tenantId)); node && node->kind == NodeKind::Tenant)
        return node;
    auto node = std::make_unique<Node>();
    node->kind = NodeKind::Tenant;
    node->id = tenantId;
    node->key = key(tenantId);
    node->text = tenantId.isEmpty() ? tr("Default directory") : tenantId;
    Node *raw = node.get();
    std::vector<std::unique_ptr<Node>> list;
    list.push_back(std::move(node));
    appendChildren(m_root.get(), std::move(list));
    return raw;
}

void ServiceTreeModel::setTenants(const QVector<TenantEntry> &tenants)
{
    for (const TenantEntry &tenant : tenants) {
        Node *node = ensureTenant(tenant.id);
        const QString name = tenant.displayName.isEmpty() ? tenant.id : tenant.displayName;
        if (node->text != name) {
            node->text = name;
            const QModelIndex index = indexFor(node);
            emit dataChanged(index, index);
        }
    }
}

void ServiceTreeModel::addSubscriptions(const QVector<SubscriptionEntry> &subscriptions)
{
    std::map<QString, std::vector<std::unique_ptr<Node>>> byTenant;
    for (const SubscriptionEntry &entry : subscriptions) {
        if (Node *existing = m_byId.value(key(entry.id)); existing && existing->kind == NodeKind::Subscription) {
            existing->subscription = entry;
            existing->text = entry.displayName.isEmpty() ? entry.id : entry.displayName;
            const QModelIndex index = indexFor(existing);
            emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Subscription;
        node->id = entry.id;
        node->key = key(entry.id);
        node->text = entry.displayName.isEmpty() ? entry.id : entry.displayName;
        node->subscription = entry;
        byTenant[entry.tenantId].push_back(std::move(node));
    }
    if (!byTenant.empty()) {
        removeChildrenOfKind(m_root.get(), NodeKind::Loading);
        removeChildrenOfKind(m_root.get(), NodeKind::Message);
    }
    for (auto &[tenantId, children] : byTenant) {
        Node *tenant = ensureTenant(tenantId);
        removeChildrenOfKind(tenant, NodeKind::Loading);
        removeChildrenOfKind(tenant, NodeKind::Message);
        appendChildren(tenant, std::move(children));
    }
}

void ServiceTreeModel::setLoading(const QString &id, bool loading)
{
    Node *node = id.isEmpty() ? m_root.get() : m_byId.value(key(id));
    if (!node)
        return;
    const bool has = std::any_of(node->children.begin(), node->children.end(),
        [](const auto &child) { return child->kind == NodeKind::Loading; });
    if (loading == has)
        return;
    if (!loading) {
        removeChildrenOfKind(node, NodeKind::Loading);
        return;
    }
    removeChildrenOfKind(node, NodeKind::Message);
    auto child = std::make_unique<Node>();
    child->kind = NodeKind::Loading;
    child->text = tr("Loading…");
    std::vector<std::unique_ptr<Node>> list;
    list.push_back(std::move(child));
    appendChildren(node, std::move(list));
}

void ServiceTreeModel::addServices(const QVector<ServiceEntry> &services)
{
    // Group by subscription so that a Resource Graph page spanning many subscriptions
    // still costs one insert batch per subscription, not one per row.
    std::map<QString, std::vector<std::unique_ptr<Node>>> bySubscription;
    QHash<QString, QString> regionWords; // per call: the language may change between calls
    for (const ServiceEntry &entry : services) {
        if (Node *existing = m_byId.value(key(entry.resourceId)); existing && existing->kind == NodeKind::Service) {
            noteServiceUpdated(existing->key);
            existing->service = entry;
            existing->text = entry.name;
            existing->foldedFilterText = filterText(existing, &regionWords).toCaseFolded();
            const QModelIndex index = indexFor(existing);
            emit dataChanged(index, index.siblingAtColumn(ColumnCount - 1));
            continue;
        }
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Service;
        node->id = entry.resourceId;
        node->key = key(entry.resourceId);
        node->text = entry.name;
        node->service = entry;
        // Made now, a page at a time, rather than by the first keystroke in the filter box,
        // which then made 10,000 of them at once.
        node->foldedFilterText = filterText(node.get(), &regionWords).toCaseFolded();
        bySubscription[entry.subscriptionId].push_back(std::move(node));
    }
    for (auto &[subscriptionId, children] : bySubscription) {
        Node *subscription = m_byId.value(key(subscriptionId));
        if (!subscription || subscription->kind != NodeKind::Subscription) {
            // A service whose subscription we were not told about (Resource Graph can be
            // ahead of the subscription list): give it a row under an unnamed tenant.
            SubscriptionEntry entry;
            entry.id = subscriptionId;
            addSubscriptions({ entry });
            subscription = m_byId.value(key(subscriptionId));
        }
        removeChildrenOfKind(subscription, NodeKind::Message);
        appendChildren(subscription, std::move(children));
    }
}

void ServiceTreeModel::updateService(const ServiceEntry &service)
{
    addServices({ service });
}

void ServiceTreeModel::setMessage(const QString &id, const QString &text, bool isError)
{
    Node *node = id.isEmpty() ? m_root.get() : m_byId.value(key(id));
    if (!node)
        return;
    removeChildrenOfKind(node, NodeKind::Loading);
    removeChildrenOfKind(node, NodeKind::Message);
    auto child = std::make_unique<Node>();
    child->kind = NodeKind::Message;
    child->text = text;
    child->isError = isError;
    std::vector<std::unique_ptr<Node>> list;
    list.push_back(std::move(child));
    appendChildren(node, std::move(list));
}

void ServiceTreeModel::markEmptySubscriptions()
{
    for (const auto &tenant : m_root->children) {
        for (const auto &subscription : tenant->children) {
            if (subscription->kind == NodeKind::Subscription && subscription->children.empty())
                setMessage(subscription->id, tr("No API Management services"), false);
        }
    }
}

QVector<ServiceEntry> ServiceTreeModel::allServices() const
{
    QVector<ServiceEntry> services;
    services.reserve(m_serviceCount);
    for (const auto &tenant : m_root->children) {
        for (const auto &subscription : tenant->children) {
            for (const auto &child : subscription->children) {
                if (child->kind == NodeKind::Service)
                    services << child->service;
            }
        }
    }
    return services;
}

void ServiceTreeModel::noteRowsChanged()
{
    m_rowsRevision = ++m_servicesRevision;
    m_updates.clear();
}

void ServiceTreeModel::noteServiceUpdated(const QString &key)
{
    // Past a few hundred updates (a refresh of every service), a reader is better off
    // reading them all again than patching them one by one.
    constexpr size_t kUpdatesKept = 256;
    if (m_updates.size() >= kUpdatesKept) {
        noteRowsChanged();
        return;
    }
    m_updates.emplace_back(++m_servicesRevision, key);
}

std::optional<QVector<ServiceEntry>> ServiceTreeModel::servicesUpdatedSince(int revision) const
{
    if (revision < m_rowsRevision || revision > m_servicesRevision)
        return std::nullopt;
    QVector<ServiceEntry> updated;
    QSet<QString> seen;
    for (auto it = m_updates.crbegin(); it != m_updates.crend() && it->first > revision; ++it) {
        if (seen.contains(it->second))
            continue; // an older update of a service already taken as it is now
        seen.insert(it->second);
        const Node *node = m_byId.value(it->second);
        if (!node || node->kind != NodeKind::Service)
            return std::nullopt;
        updated << node->service;
    }
    return updated;
}

QStringList ServiceTreeModel::loadingSubscriptions() const
{
    QStringList ids;
    for (const auto &tenant : m_root->children) {
        for (const auto &subscription : tenant->children) {
            if (subscription->kind != NodeKind::Subscription)
                continue;
            for (const auto &child : subscription->children) {
                if (child->kind == NodeKind::Loading) {
                    ids << subscription->id;
                    break;
                }
            }
        }
    }
    return ids;
}

QModelIndex ServiceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ServiceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ServiceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

Qt::ItemFlags ServiceTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (index.isValid()) {
        const NodeKind kind = nodeFor(index)->kind;
        if (kind != NodeKind::Tenant && kind != NodeKind::Subscription)
            flags |= Qt::ItemNeverHasChildren;
    }
    return flags;
}

int ServiceTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ServiceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case SubscriptionIdRole:
        if (node->kind == NodeKind::Service)
            return node->service.subscriptionId;
        return node->kind == NodeKind::Subscription ? node->id : QString();
    case EntryRole:
        return node->kind == NodeKind::Service ? QVariant::fromValue(node->service) : QVariant();
    case IsErrorRole:
        return node->isError;
    case RecoveryStateRole:
        return recoveryData(node, role);
    case FilterTextRole:
        return filterText(node);
    default:
        break;
    }

    if (index.column() == RecoveryColumn)
        return recoveryData(node, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (index.column() == NameColumn)
            return node->text;
        if (node->kind != NodeKind::Service)
            return {};
        switch (index.column()) {
        case TierColumn:
            return tierText(node->service);
        case LocationColumn:
            return AzureTerms::regionName(node->service.location);
        case StateColumn:
            return AzureTerms::stateName(node->service.provisioningState);
        default:
            return {};
        }
    }
    // What Azure wrote, next to the (translated) words the cell shows.
    if (role == Qt::ToolTipRole && node->kind == NodeKind::Service && index.column() == LocationColumn)
        return Core::AzureRegion::canonical(node->service.location);
    if (role == Qt::ToolTipRole && node->kind == NodeKind::Service && index.column() == StateColumn)
        return node->service.provisioningState;
    if (role == Qt::DecorationRole && index.column() == NameColumn) {
        switch (node->kind) {
        case NodeKind::Tenant:
            return Icons::tenant();
        case NodeKind::Subscription:
            return Icons::subscription();
        case NodeKind::Service:
            return Icons::service();
        case NodeKind::Loading:
            return Icons::running();
        case NodeKind::Message:
            return node->isError ? Icons::error() : Icons::info();
        }
    }
    if (role == Qt::DecorationRole && index.column() == StateColumn && node->kind == NodeKind::Service) {
        const QString state = node->service.provisioningState;
        if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
            return Icons::error();
        if (!state.isEmpty() && state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) != 0)
            return Icons::running();
    }
    if (role == Qt::ToolTipRole) {
        if (node->kind == NodeKind::Subscription)
            return tr("Subscription %1").arg(node->id);
        if (node->kind == NodeKind::Tenant)
            return tr("Directory (tenant) %1").arg(node->id);
        if (node->kind == NodeKind::Service)
            return node->service.resourceId;
        return node->text;
    }
    return {};
}

QVariant ServiceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TierColumn:
        return tr("Tier");
    case LocationColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    case RecoveryColumn:
        return tr("Recovery");
    default:
        return {};
    }
}

} // namespace Apim::Ui
