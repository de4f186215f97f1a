#pragma once

#include <QDateTime>
#include <QDockWidget>

class QTabWidget;
class QTableView;
class QTextBrowser;
class QPushButton;

namespace Apim::Ui {

class DialogProvider;
class HistoryFilterProxy;
class HistoryWidget;
class OperationsModel;

// The operations panel: running and recent operations with a progress column, the
// selected one's details (request ids, the full error text as the service gave it, the
// change report), and the History tab.
class OperationsDock : public QDockWidget
{
    Q_OBJECT
public:
    OperationsDock(
        OperationsModel *model, DialogProvider *dialogs, const QDateTime &sessionStart, QWidget *parent = nullptr);

    QTableView *operationsView() const { return m_view; }
    HistoryWidget *history() const { return m_history; }
    QTextBrowser *detailsBrowser() const { return m_details; }
    void selectOperation(const QString &id);
    QString selectedOperationId() const;

private:
    void showDetails();

    OperationsModel *m_model;
    HistoryFilterProxy *m_recent;
    QTabWidget *m_tabs;
    QTableView *m_view;
    QTextBrowser *m_details;
    QPushButton *m_copy;
    HistoryWidget *m_history;
};

} // namespace Apim::Ui
