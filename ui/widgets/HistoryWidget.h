#pragma once

#include "ui/widgets/LazyPage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Apim::Ui {

class DialogProvider;
class HistoryFilterProxy;
class OperationsModel;

// Past operations from the journal: a text filter, a scope (all, backups, restores,
// failures) and "Export CSV…" through the DialogProvider's file dialog. Its widgets are
// made when the tab is first shown: at startup it sits behind the Operations tab, and a
// table whose columns all fit their contents is costly to lay out.
class HistoryWidget : public LazyPage
{
    Q_OBJECT
public:
    HistoryWidget(OperationsModel *model, DialogProvider *dialogs, QWidget *parent = nullptr);

    QTableView *view() const { return built(m_view); }
    int visibleCount() const;
    // Writes the rows the filter shows; false with a message already shown on failure.
    bool exportCsv(const QString &path);

signals:
    void operationActivated(const QString &id);

protected:
    void build() override;

private:
    void exportRequested();

    OperationsModel *m_model;
    DialogProvider *m_dialogs;
    HistoryFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Apim::Ui
