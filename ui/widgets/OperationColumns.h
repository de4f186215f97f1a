#pragma once

#include <QObject>

class QTableView;

namespace Apim::Ui {

// Sizes the columns of a table of operations (the dock's recent operations, the history)
// from what each column can hold, never by measuring its rows: ResizeToContents laid out
// every row's text again at each change of any cell, and the elapsed time of each running
// operation changes every second. With twenty operations running that was 1,600 texts a
// second, and the GUI thread's longest stall while a batch polled. The service column
// widens when an operation on a service with a longer name arrives, up to 24 characters
// (longer names are elided, whole in the tooltip). The widths are measured again when the
// view's font, style or language changes. Every column stays resizable by hand.
class OperationColumns : public QObject
{
    Q_OBJECT
public:
    // Sizes view's columns now and follows its model's rows; owned by view. Call after
    // setModel() and after hiding columns.
    static void attach(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit OperationColumns(QTableView *view);
    void fitAll();
    void sizeFixedColumns();
    // The width a cell needs to show the widest of texts whole.
    int cellWidth(const QStringList &texts, bool withIcon) const;
    // Widens the service column to the widest name among rows first..last, if needed.
    void fitServices(int first, int last);

    QTableView *m_view;
};

} // namespace Apim::Ui
