#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Apim::Ui {

class DialogProvider;
class HistoryFilterProxy;
class OperationsModel;

// Past operations from the journal: a text filter, a scope (all, backups, restores,
// failures) and "Export CSV…" through the DialogProvider's file dialog. The table is
// made when the tab is first shown: at startup it sits behind the Operations tab, and a
// table whose columns all fit their contents is costly to lay out.
class HistoryWidget : public QWidget
{
    Q_OBJECT
public:
    HistoryWidget(OperationsModel *model, DialogProvider *dialogs, QWidget *parent = nullptr);

    QTableView *view();
    int visibleCount() const;
    // Writes the rows the filter shows; false with a message already shown on failure.
    bool exportCsv(const QString &path);

signals:
    void operationActivated(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void exportRequested();

    OperationsModel *m_model;
    DialogProvider *m_dialogs;
    HistoryFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_scope;
    QPushButton *m_export;
    QTableView *m_view = nullptr;
};

} // namespace Apim::Ui
