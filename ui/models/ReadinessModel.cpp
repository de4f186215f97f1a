#include "ui/models/ReadinessModel.h"

#include "util/OnWorker.h"

#include <limits>
#include <utility>

namespace Apim::Ui {

namespace {
// Worst first when sorted ascending: what needs attention comes to the top.
int severity(Core::RecoveryState state)
{
    switch (state) {
    case Core::RecoveryState::Breached:
        return 0;
    case Core::RecoveryState::OnlyExpired:
        return 1;
    case Core::RecoveryState::NoBackup:
        return 2;
    case Core::RecoveryState::Unknown:
        return 3;
    case Core::RecoveryState::AtRisk:
        return 4;
    case Core::RecoveryState::Ready:
        return 5;
    case Core::RecoveryState::NotSupported:
        break;
    }
    return 6;
}
} // namespace

ReadinessModel::ReadinessModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReadinessModel::setRows(const QList<ReadinessView> &rows, const QDateTime &now)
{
    beginResetModel();
    Core::releaseOnWorker(std::exchange(m_rows, rows)); // 10,000 of them: milliseconds to free
    m_now = now;
    endResetModel();
}

void ReadinessModel::clear()
{
    setRows({}, m_now);
}

const ReadinessView *ReadinessModel::viewAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_rows.at(index.row());
}

int ReadinessModel::rowForService(const QString &serviceId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).row.service.id.compare(serviceId, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int ReadinessModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadinessModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadinessModel::display(const ReadinessView &view, int column) const
{
    const Core::ReadinessRow &row = view.row;
    switch (column) {
    case ServiceColumn:
        return row.service.name;
    case StateColumn:
        return Core::RecoveryOverview::stateText(row.readiness.state);
    case LastBackupColumn:
        return Core::RecoveryOverview::ageAgainstTarget(row);
    case ExpiresColumn:
        return Core::RecoveryOverview::expiryCountdown(row, m_now);
    case DrillColumn:
        return ReadinessPresenter::lastDrillText(view, m_now);
    case BackupsColumn:
        return row.backupCount;
    default:
        return {};
    }
}

QVariant ReadinessModel::sortKey(const ReadinessView &view, int column) const
{
    const Core::ReadinessRow &row = view.row;
    switch (column) {
    case ServiceColumn:
        return row.service.name.toLower();
    case StateColumn:
        return severity(row.readiness.state);
    case LastBackupColumn:
        // Share of the target used; no backup sorts as the oldest.
        return row.readiness.ageSeconds < 0
            ? std::numeric_limits<double>::max()
            : double(row.readiness.ageSeconds) / double(qMax<qint64>(1, row.targetRpoSeconds));
    case ExpiresColumn:
        return row.readiness.expiresOn.isValid() ? m_now.secsTo(row.readiness.expiresOn) : qint64(-1);
    case DrillColumn:
        return view.drills.isEmpty() ? qint64(0) : view.drills.last().startedAt.toSecsSinceEpoch();
    case BackupsColumn:
        return row.backupCount;
    default:
        return {};
    }
}

bool ReadinessModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const ReadinessView *a = viewAt(left);
    const ReadinessView *b = viewAt(right);
    if (!a || !b || left.column() != right.column())
        return false;
    switch (left.column()) {
    case ServiceColumn:
        return a->row.service.name.compare(b->row.service.name, Qt::CaseInsensitive) < 0;
    case StateColumn:
        return severity(a->row.readiness.state) < severity(b->row.readiness.state);
    case BackupsColumn:
        return a->row.backupCount < b->row.backupCount;
    default: // keys worked out per row: as before, through the variant
        return QPartialOrdering::Less == QVariant::compare(sortKey(*a, left.column()), sortKey(*b, left.column()));
    }
}

QVariant ReadinessModel::data(const QModelIndex &index, int role) const
{
    const ReadinessView *view = viewAt(index);
    if (!view)
        return {};
    const Core::RecoveryState state = view->row.readiness.state;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(*view, index.column());
    case Qt::DecorationRole:
        return index.column() == StateColumn ? QVariant(ReadinessPresenter::stateIcon(state)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == DrillColumn && !view->drills.isEmpty())
            return ReadinessPresenter::rtoTrendText(view->drills);
        return ReadinessPresenter::details(*view);
    case Qt::TextAlignmentRole:
        return index.column() == BackupsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortKey(*view, index.column());
    case ServiceIdRole:
        return view->row.service.id;
    case StateRole:
        return int(state);
    case NeedsAttentionRole:
        return Core::needsAttention(state);
    case ReasonRole:
        return view->row.readiness.reason;
    default:
        return {};
    }
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case LastBackupColumn:
        return tr("Last good backup");
    case ExpiresColumn:
        return tr("Expires in");
    case DrillColumn:
        return tr("Last drill");
    case BackupsColumn:
        return tr("Backups");
    default:
        return {};
    }
}

} // namespace Apim::Ui
