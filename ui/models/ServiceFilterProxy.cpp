#include "ui/models/ServiceFilterProxy.h"

#include "ui/models/ServiceTreeModel.h"

#include <functional>

namespace Apim::Ui {

ServiceFilterProxy::ServiceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    // Only a change of what the filter reads tests a row (and its parents) again: the
    // Recovery column's marks or a state's icon leave the filter's answer as it was.
    setFilterRole(ServiceTreeModel::FilterTextRole);
    connect(this, &QAbstractProxyModel::sourceModelChanged, this,
        [this] { m_tree = qobject_cast<const ServiceTreeModel *>(sourceModel()); });
}

void ServiceFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Every word must match somewhere, so "prod west" finds prod services in westeurope.
    // Case-folded once here and in the model, so that each row costs a plain search.
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
    emit filterTextChanged();
}

int ServiceFilterProxy::visibleServiceCount() const
{
    int count = 0;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (child.data(ServiceTreeModel::KindRole).toInt() == int(ServiceTreeModel::NodeKind::Service))
                ++count;
            else
                walk(child);
        }
    };
    walk({});
    return count;
}

bool ServiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind
        = m_tree ? m_tree->kindAt(index) : ServiceTreeModel::NodeKind(index.data(ServiceTreeModel::KindRole).toInt());
    if (kind == ServiceTreeModel::NodeKind::Loading)
        return true;
    if (kind == ServiceTreeModel::NodeKind::Message)
        return false;
    const QString text = m_tree ? m_tree->foldedFilterText(index)
                                : index.data(ServiceTreeModel::FilterTextRole).toString().toCaseFolded();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

bool ServiceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Placeholder rows ("Loading…", messages) stay above the services they stand for.
    const int leftKind = m_tree ? int(m_tree->kindAt(left)) : left.data(ServiceTreeModel::KindRole).toInt();
    const int rightKind = m_tree ? int(m_tree->kindAt(right)) : right.data(ServiceTreeModel::KindRole).toInt();
    const bool leftPlaceholder = leftKind >= int(ServiceTreeModel::NodeKind::Loading);
    const bool rightPlaceholder = rightKind >= int(ServiceTreeModel::NodeKind::Loading);
    if (leftPlaceholder != rightPlaceholder)
        return leftPlaceholder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Apim::Ui
