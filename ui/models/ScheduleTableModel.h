#pragma once

#include "schedule/ScheduleEntry.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Apim::Ui {

// The Schedules page's table: one row per schedule found on this machine, with its
// services, target, when it runs (in words) and next, and how the latest backup of its
// services ended. An entry that cannot be edited (older or damaged) says why in its row.
// Replaced as a whole after each read of the catalog.
class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServicesColumn,
        TargetColumn,
        ScheduleColumn,
        NextRunColumn,
        LastResultColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // Core::ScheduleEntry::State as int
        ProblemRole, // what is wrong with the entry, or why it cannot be edited; empty: nothing
    };

    explicit ScheduleTableModel(QObject *parent = nullptr);

    void setEntries(const QList<Core::ScheduleEntry> &entries, const QDateTime &now);
    const QList<Core::ScheduleEntry> &entries() const { return m_entries; }
    // nullptr when the index is not a row.
    const Core::ScheduleEntry *entryAt(const QModelIndex &index) const;
    int rowForName(const QString &name) const;

    // The service names of resource ids, "a, b" or "a and 2 more".
    static QString servicesText(const QStringList &serviceIds);
    // How the latest operation ended, "Succeeded 3 hours ago"; "Never ran" without one.
    static QString lastResultText(const Core::ScheduleEntry &entry, const QDateTime &now);
    // Why the entry cannot be edited, translated; empty for a current one.
    static QString problemText(const Core::ScheduleEntry &entry);
    static QString schedulerText(Core::ScheduleEntry::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Core::ScheduleEntry &entry, int column) const;

    QList<Core::ScheduleEntry> m_entries;
    QDateTime m_now;
};

} // namespace Apim::Ui
