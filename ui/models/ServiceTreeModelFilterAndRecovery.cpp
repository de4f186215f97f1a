// ServiceTreeModel: what the filter reads and the Recovery column, the parts that change
// when readiness is judged again or the filter is typed.
#include "ui/models/ServiceTreeModel.h"
#include "ui/models/ServiceTreeNode_p.h"

#include "inventory/AzureRegion.h"
#include "recovery/RecoveryReadiness.h"
#include "ui/models/ReadinessPresenter.h"
#include "ui/support/AzureTerms.h"

namespace Apim::Ui {

QString ServiceTreeModel::filterText(const Node *node)
{
    if (node->kind == NodeKind::Loading || node->kind == NodeKind::Message)
        return {};
    if (node->kind != NodeKind::Service)
        return node->text + QLatin1Char(' ') + node->id;
    const ServiceEntry &s = node->service;
    // The region as shown (maybe translated: "한국 중부"), in English ("Korea Central") and
    // as ARM writes it ("koreacentral").
    const QString region = Core::AzureRegion::canonical(s.location);
    return QStringList { s.name, s.resourceGroup, AzureTerms::regionName(region),
        Core::AzureRegion::displayName(region), region, s.sku, s.resourceId }
        .join(QLatin1Char(' '));
}

ServiceTreeModel::NodeKind ServiceTreeModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->kind : NodeKind::Message;
}

QString ServiceTreeModel::foldedFilterText(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    if (node->kind != NodeKind::Service)
        return filterText(node).toCaseFolded();
    // Built once per service: a keystroke then costs one search per row, no allocation.
    if (node->foldedFilterText.isEmpty())
        node->foldedFilterText = filterText(node).toCaseFolded();
    return node->foldedFilterText;
}

void ServiceTreeModel::setRecoveryMarks(const QHash<QString, RecoveryMark> &marks)
{
    m_recovery.clear();
    m_recovery.reserve(marks.size());
    for (auto it = marks.cbegin(); it != marks.cend(); ++it)
        m_recovery.insert(serviceTreeKey(it.key()), it.value());
    // One change per subscription (its rows' Recovery cells), naming the roles it touches.
    // A change per service cost the view a search of its rows each (10,000 of them), and a
    // change that names no role makes the filter proxy test the parents' every child again.
    static const QList<int> roles { Qt::DisplayRole, Qt::AccessibleTextRole, Qt::DecorationRole, Qt::ToolTipRole,
        Qt::AccessibleDescriptionRole, RecoveryStateRole };
    for (const auto &tenant : m_root->children) {
        for (const auto &subscription : tenant->children) {
            if (subscription->children.empty())
                continue;
            emit dataChanged(indexFor(subscription->children.front().get(), RecoveryColumn),
                indexFor(subscription->children.back().get(), RecoveryColumn), roles);
        }
    }
}

QVariant ServiceTreeModel::recoveryData(const Node *node, int role) const
{
    if (node->kind != NodeKind::Service || m_recovery.isEmpty())
        return {};
    const auto it = m_recovery.constFind(node->key);
    if (it == m_recovery.constEnd())
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return it->text;
    case Qt::DecorationRole:
        return ReadinessPresenter::stateIcon(Core::RecoveryState(it->state));
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return it->reason;
    case RecoveryStateRole:
        return it->state;
    default:
        return {};
    }
}

} // namespace Apim::Ui
