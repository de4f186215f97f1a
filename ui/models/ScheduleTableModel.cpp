#include "ui/models/ScheduleTableModel.h"

#include "inventory/ResourceId.h"
#include "ui/support/Formatting.h"
#include "ui/support/Icons.h"

namespace Apim::Ui {

using Core::ScheduleEntry;

ScheduleTableModel::ScheduleTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ScheduleTableModel::setEntries(const QList<ScheduleEntry> &entries, const QDateTime &now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

const ScheduleEntry *ScheduleTableModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int ScheduleTableModel::rowForName(const QString &name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).name == name)
            return row;
    }
    return -1;
}

QString ScheduleTableModel::servicesText(const QStringList &serviceIds)
{
    QStringList names;
    for (const QString &id : serviceIds) {
        const QString name = Core::ResourceId::parse(id).name;
        names << (name.isEmpty() ? id : name);
    }
    if (names.size() <= 2)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(names.size() - 1)).arg(names.first());
}

QString ScheduleTableModel::lastResultText(const ScheduleEntry &entry, const QDateTime &now)
{
    if (!entry.lastRun)
        return tr("Never ran");
    const Core::OperationRecord &run = *entry.lastRun;
    QString state;
    switch (run.state) {
    case Core::OperationState::Starting:
    case Core::OperationState::Running:
        state = tr("Running");
        break;
    case Core::OperationState::Succeeded:
        state = tr("Succeeded");
        break;
    case Core::OperationState::Failed:
        state = tr("Failed");
        break;
    case Core::OperationState::Canceled:
        state = tr("Canceled");
        break;
    case Core::OperationState::Unknown:
        state = tr("Unknown");
        break;
    }
    return run.createdAt.isValid() ? tr("%1 %2").arg(state, Formatting::age(run.createdAt, now)) : state;
}

QString ScheduleTableModel::problemText(const ScheduleEntry &entry)
{
    switch (entry.state) {
    case ScheduleEntry::State::Current:
        return {};
    case ScheduleEntry::State::Older:
        return tr("Installed by an older version: it can be deleted and created again here, not edited.");
    case ScheduleEntry::State::Damaged:
        return entry.problem.isEmpty() ? tr("Its description cannot be read: delete it and create it again.")
                                       : entry.problem;
    }
    return {};
}

QString ScheduleTableModel::schedulerText(ScheduleEntry::Kind kind)
{
    switch (kind) {
    case ScheduleEntry::Kind::Systemd:
        return tr("systemd timer");
    case ScheduleEntry::Kind::Cron:
        return tr("crontab");
    case ScheduleEntry::Kind::Windows:
        return tr("Windows task");
    }
    return {};
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleTableModel::display(const ScheduleEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.isDrill() ? tr("%1 (drill)").arg(entry.name) : entry.name;
    case ServicesColumn:
        return servicesText(entry.services);
    case TargetColumn:
        return entry.target;
    case ScheduleColumn:
        if (entry.state == ScheduleEntry::State::Damaged)
            return tr("Damaged");
        return tr("%1 (%2)").arg(entry.calendar, schedulerText(entry.kind));
    case NextRunColumn:
        return entry.nextRun.isValid() ? Formatting::dateTime(entry.nextRun.toUTC()) : tr("Unknown");
    case LastResultColumn:
        return lastResultText(entry, m_now);
    default:
        return {};
    }
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    const ScheduleEntry *entry = entryAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, index.column());
    case Qt::ToolTipRole: {
        const QString problem = problemText(*entry);
        if (index.column() == ServicesColumn)
            return entry->services.join(QLatin1Char('\n'));
        if (!problem.isEmpty())
            return problem;
        if (index.column() == LastResultColumn && entry->lastRun && !entry->lastRun->error.message.isEmpty())
            return entry->lastRun->error.message;
        return {};
    }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && entry->state == ScheduleEntry::State::Damaged)
            return Icons::error();
        if (index.column() == NameColumn && entry->state == ScheduleEntry::State::Older)
            return Icons::warning();
        if (index.column() == LastResultColumn && entry->lastRun) {
            if (entry->lastRun->state == Core::OperationState::Succeeded)
                return Icons::success();
            if (entry->lastRun->state == Core::OperationState::Failed)
                return Icons::error();
        }
        return {};
    case StateRole:
        return int(entry->state);
    case ProblemRole:
        return problemText(*entry);
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ServicesColumn:
        return tr("Services");
    case TargetColumn:
        return tr("Target");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRunColumn:
        return tr("Next run");
    case LastResultColumn:
        return tr("Last result");
    default:
        return {};
    }
}

} // namespace Apim::Ui
