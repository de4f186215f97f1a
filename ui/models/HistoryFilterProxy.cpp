#include "ui/models/HistoryFilterProxy.h"

#include "ui/models/OperationsModel.h"

namespace Apim::Ui {

HistoryFilterProxy::HistoryFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void HistoryFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void HistoryFilterProxy::setRecentSince(const QDateTime &since)
{
    m_since = since;
    invalidateRowsFilter();
}

void HistoryFilterProxy::setScope(Scope scope)
{
    m_scope = scope;
    invalidateRowsFilter();
}

bool HistoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto op = index.data(OperationsModel::OperationRole).value<OperationView>();
    switch (m_scope) {
    case Scope::All:
        break;
    case Scope::Backups:
        if (op.kind != OperationView::Kind::Backup)
            return false;
        break;
    case Scope::Restores:
        if (op.kind != OperationView::Kind::Restore)
            return false;
        break;
    case Scope::Failures:
        if (op.status != OperationView::Status::Failed && op.status != OperationView::Status::Canceled)
            return false;
        break;
    case Scope::ChangedDuringBackup:
        if (!op.mayMissChanges())
            return false;
        break;
    case Scope::Running:
        if (op.isFinished())
            return false;
        break;
    case Scope::Recent:
        if (op.isFinished() && !(op.finished.isValid() && op.finished >= m_since))
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const QString haystack = QStringList { op.serviceName, op.serviceResourceId, op.storageAccount, op.container,
        op.backupName, op.errorText, OperationsModel::kindText(op.kind) }
                                 .join(QLatin1Char(' '));
    return haystack.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Apim::Ui
