#include "ui/models/ReadinessFilterProxy.h"

#include "ui/models/ReadinessModel.h"

namespace Apim::Ui {

ReadinessFilterProxy::ReadinessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReadinessModel::SortRole);
    setDynamicSortFilter(true);
}

void ReadinessFilterProxy::setNeedsAttentionOnly(bool only)
{
    if (only == m_attentionOnly)
        return;
    m_attentionOnly = only;
    invalidateFilter();
}

bool ReadinessFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *model = qobject_cast<const ReadinessModel *>(sourceModel()))
        return model->lessThan(left, right);
    return QSortFilterProxyModel::lessThan(left, right);
}

bool ReadinessFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_attentionOnly)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ReadinessModel::NeedsAttentionRole).toBool();
}

} // namespace Apim::Ui
