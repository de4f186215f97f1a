#pragma once

#include "ui/models/OperationView.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

#include <functional>

class QTimer;

namespace Apim::Ui {

// Every backup and restore the app knows of, newest first: the running ones, the ones
// resumed from the journal and the history. Elapsed time and "next poll in" tick once
// a second from the injected clock.
class OperationsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        ServiceColumn,
        StartedColumn,
        ElapsedColumn,
        StatusColumn,
        ProgressColumn,
        NextPollColumn,
        ColumnCount
    };
    enum Role {
        OperationRole = Qt::UserRole + 1, // OperationView
        IdRole,
        FinishedRole,
        PercentRole, // -1 busy
        StatusRole, // OperationView::Status as int
    };
    using Now = std::function<QDateTime()>;

    explicit OperationsModel(Now now, QObject *parent = nullptr);

    // Adds or updates by id; returns the row.
    int upsert(const OperationView &operation);
    // The journal's history, made on a worker: its rows, newest first, and their ids.
    struct History
    {
        QVector<OperationView> rows;
        QSet<QString> ids; // of rows: made by of(), which keeps them in step
        // rows that known does not hold, and their ids (on the worker: thousands of them).
        static History of(const QVector<OperationView> &newestFirst, const QSet<QString> &known = {});
    };
    // The history, read after the window was shown: the operations the model does not have
    // yet. Into an empty model in one reset (one signal, not one per row: a year of nightly
    // backups is thousands), taking the rows without a copy; a few more (what another
    // process wrote since the last read) each where it belongs. The rows the model has
    // (from the live manager, or an earlier read) stay as they are.
    void addHistory(History history);
    // The ids of its operations.
    const QSet<QString> &ids() const { return m_ids; }
    void remove(const QString &id);
    void clear();
    const OperationView *find(const QString &id) const;
    // The running operation on a service, if any.
    const OperationView *runningFor(const QString &serviceResourceId) const;
    const QVector<OperationView> &operations() const { return m_operations; }

    static QString kindText(OperationView::Kind kind);
    static QString statusText(const OperationView &operation);
    // What the progress column says while the service gives no percentage.
    // "in 2 min 05 s": when the next status check goes out.
    static QString nextPollText(qint64 seconds);
    static QString busyText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // addHistory() inserts up to this many rows into a model that has rows one by one, and
    // more in one reset.
    static constexpr int kFewRows = 32;
    void tick();
    // Ticks while any operation runs.
    void updateTicker();
    int rowOf(const QString &id) const;

    Now m_now;
    QVector<OperationView> m_operations;
    QSet<QString> m_ids; // of m_operations
    QTimer *m_ticker = nullptr;
};

} // namespace Apim::Ui
