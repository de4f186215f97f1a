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
}

void ServiceFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    // Every word must match somewhere, so "prod west" finds prod services in westeurope.
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
    const auto kind = ServiceTreeModel::NodeKind(index.data(ServiceTreeModel::KindRole).toInt());
    if (kind == ServiceTreeModel::NodeKind::Loading)
        return true;
    if (kind == ServiceTreeModel::NodeKind::Message)
        return false;
    const QString text = index.data(ServiceTreeModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ServiceFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Placeholder rows ("Loading…", messages) stay above the services they stand for.
    const int leftKind = left.data(ServiceTreeModel::KindRole).toInt();
    const int rightKind = right.data(ServiceTreeModel::KindRole).toInt();
    const bool leftPlaceholder = leftKind >= int(ServiceTreeModel::NodeKind::Loading);
    const bool rightPlaceholder = rightKind >= int(ServiceTreeModel::NodeKind::Loading);
    if (leftPlaceholder != rightPlaceholder)
        return leftPlaceholder;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Apim::Ui
