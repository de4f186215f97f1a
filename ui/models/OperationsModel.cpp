#include "ui/models/OperationsModel.h"

#include "ui/support/Formatting.h"
#include "ui/support/Icons.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Apim::Ui {

OperationsModel::OperationsModel(Now now, QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(std::move(now))
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &OperationsModel::tick);
}

int OperationsModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (int row = 0; row < m_operations.size(); ++row) {
        if (m_operations[row].id == id)
            return row;
    }
    return -1;
}

int OperationsModel::upsert(const OperationView &operation)
{
    int row = rowOf(operation.id);
    if (row >= 0) {
        m_operations[row] = operation;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        // Newest first: insert before the first operation that started earlier.
        row = 0;
        while (row < m_operations.size() && m_operations[row].started > operation.started)
            ++row;
        beginInsertRows({}, row, row);
        m_operations.insert(row, operation);
        m_ids.insert(operation.id);
        endInsertRows();
    }
    updateTicker();
    return row;
}

void OperationsModel::updateTicker()
{
    const bool anyRunning = std::any_of(
        m_operations.cbegin(), m_operations.cend(), [](const OperationView &op) { return !op.isFinished(); });
    if (anyRunning && !m_ticker->isActive())
        m_ticker->start();
    else if (!anyRunning)
        m_ticker->stop();
}

OperationsModel::History OperationsModel::History::of(
    const QVector<OperationView> &newestFirst, const QSet<QString> &known)
{
    History history;
    history.rows.reserve(newestFirst.size());
    history.ids.reserve(newestFirst.size());
    for (const OperationView &row : newestFirst) {
        if (known.contains(row.id) || history.ids.contains(row.id))
            continue;
        history.rows.append(row);
        history.ids.insert(row.id);
    }
    return history;
}

void OperationsModel::addHistory(History history)
{
    const auto newestFirst = [](const OperationView &a, const OperationView &b) { return a.started > b.started; };
    if (m_operations.isEmpty()) {
        if (history.rows.isEmpty())
            return;
        if (!std::is_sorted(history.rows.cbegin(), history.rows.cend(), newestFirst))
            std::stable_sort(history.rows.begin(), history.rows.end(), newestFirst); // as upsert() keeps them
        beginResetModel();
        m_operations = std::move(history.rows);
        m_ids = std::move(history.ids);
        endResetModel();
        updateTicker();
        return;
    }
    QVector<OperationView> added;
    for (const OperationView &row : std::as_const(history.rows)) {
        if (!m_ids.contains(row.id))
            added.append(row);
    }
    if (added.size() <= kFewRows) {
        for (const OperationView &row : std::as_const(added))
            upsert(row);
        return;
    }
    beginResetModel();
    for (const OperationView &row : std::as_const(added))
        m_ids.insert(row.id);
    m_operations.append(added);
    std::stable_sort(m_operations.begin(), m_operations.end(), newestFirst);
    endResetModel();
    updateTicker();
}

void OperationsModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.remove(id);
    m_operations.removeAt(row);
    endRemoveRows();
}

void OperationsModel::clear()
{
    beginResetModel();
    m_operations.clear();
    m_ids.clear();
    endResetModel();
}

const OperationView *OperationsModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_operations[row] : nullptr;
}

const OperationView *OperationsModel::runningFor(const QString &serviceResourceId) const
{
    for (const OperationView &op : m_operations) {
        if (!op.isFinished() && op.serviceResourceId.compare(serviceResourceId, Qt::CaseInsensitive) == 0)
            return &op;
    }
    return nullptr;
}

void OperationsModel::tick()
{
    // One signal per run of adjacent running rows, not one per row (each reaches every
    // view, proxy and listener of the model), and none over finished rows between runs
    // (the history's filter would test them again, every second).
    for (int row = 0; row < m_operations.size();) {
        if (m_operations.at(row).isFinished()) { // at(): reading must not detach shared rows
            ++row;
            continue;
        }
        const int first = row;
        while (row < m_operations.size() && !m_operations.at(row).isFinished())
            ++row;
        emit dataChanged(index(first, ElapsedColumn), index(row - 1, NextPollColumn), { Qt::DisplayRole });
    }
}

QString OperationsModel::kindText(OperationView::Kind kind)
{
    return kind == OperationView::Kind::Backup ? tr("Backup") : tr("Restore");
}

QString OperationsModel::nextPollText(qint64 seconds)
{
    return tr("in %1").arg(Formatting::duration(std::max<qint64>(0, seconds)));
}

QString OperationsModel::busyText()
{
    return tr("Working…");
}

QString OperationsModel::statusText(const OperationView &operation)
{
    switch (operation.status) {
    case OperationView::Status::Starting:
        return tr("Starting");
    case OperationView::Status::Running:
        return operation.resumed ? tr("Running (resumed)") : tr("Running");
    case OperationView::Status::Succeeded:
        // The marker of a backup that may be missing changes, in words, not only an icon.
        if (operation.mayMissChanges())
            return tr("Succeeded, %n change(s) while running", nullptr, operation.changeCount);
        return tr("Succeeded");
    case OperationView::Status::Failed:
        return operation.errorSummary.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(operation.errorSummary);
    case OperationView::Status::Canceled:
        return tr("Canceled");
    case OperationView::Status::Unknown:
        return tr("Unknown: check the service");
    }
    return {};
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operations.size());
}

int OperationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operations.size())
        return {};
    const OperationView &op = m_operations[index.row()];
    switch (role) {
    case OperationRole:
        return QVariant::fromValue(op);
    case IdRole:
        return op.id;
    case FinishedRole:
        return op.isFinished();
    case PercentRole:
        return op.percent;
    case StatusRole:
        return int(op.status);
    default:
        break;
    }
    const QDateTime now = m_now();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case KindColumn:
            return kindText(op.kind);
        case ServiceColumn:
            return op.serviceName;
        case StartedColumn:
            return Formatting::dateTime(op.started);
        case ElapsedColumn:
            return Formatting::duration(
                op.started.secsTo(op.isFinished() && op.finished.isValid() ? op.finished : now));
        case StatusColumn:
            return statusText(op);
        case ProgressColumn:
            if (op.isFinished())
                return op.status == OperationView::Status::Succeeded ? tr("100%") : QString();
            return op.percent >= 0 ? tr("%1%").arg(op.percent) : busyText();
        case NextPollColumn:
            if (op.isFinished() || !op.nextPoll.isValid())
                return QString();
            return nextPollText(now.secsTo(op.nextPoll));
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == KindColumn)
            return op.kind == OperationView::Kind::Backup ? Icons::backup() : Icons::restore();
        if (index.column() == StatusColumn) {
            switch (op.status) {
            case OperationView::Status::Succeeded:
                return op.mayMissChanges() ? Icons::warning() : Icons::success();
            case OperationView::Status::Failed:
                return Icons::error();
            case OperationView::Status::Canceled:
            case OperationView::Status::Unknown:
                return Icons::warning();
            default:
                return Icons::running();
            }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ServiceColumn)
        return op.serviceName; // whole, when the cell elides a long name
    if (role == Qt::ToolTipRole && index.column() == StatusColumn) {
        if (!op.errorText.isEmpty())
            return op.errorText;
        if (op.mayMissChanges())
            return op.changeReport;
        return statusText(op); // the whole text when the cell elides
    }
    return {};
}

QVariant OperationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Operation");
    case ServiceColumn:
        return tr("Service");
    case StartedColumn:
        return tr("Started");
    case ElapsedColumn:
        return tr("Elapsed");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case NextPollColumn:
        return tr("Next check");
    default:
        return {};
    }
}

} // namespace Apim::Ui
