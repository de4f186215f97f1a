#pragma once

#include "ui/models/ReadinessPresenter.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace Apim::Ui {

// The Recovery view's table: one row per loaded service with its readiness, the age of
// its last good backup against its target, the expiry countdown, the last drill and the
// number of restorable backups. Replaced as a whole after each catalog refresh.
class ReadinessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ServiceColumn,
        StateColumn,
        LastBackupColumn,
        ExpiresColumn,
        BackupsColumn,
        DrillColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a number or a lower-case name per column
        ServiceIdRole,
        StateRole, // Core::RecoveryState as int
        NeedsAttentionRole,
        ReasonRole,
    };

    explicit ReadinessModel(QObject *parent = nullptr);

    void setRows(const QList<ReadinessView> &rows, const QDateTime &now);
    void clear();
    const QList<ReadinessView> &rows() const { return m_rows; }
    // nullptr when the index is not a row.
    const ReadinessView *viewAt(const QModelIndex &index) const;
    int rowForService(const QString &serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ReadinessView &view, int column) const;
    QVariant sortKey(const ReadinessView &view, int column) const;

public:
    // SortRole's order, without a QVariant per comparison: sorting 10,000 rows through
    // data() held the window for a frame and more. ReadinessFilterProxy sorts with it.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const;

    QList<ReadinessView> m_rows;
    QDateTime m_now;
};

} // namespace Apim::Ui
