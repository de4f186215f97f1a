#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;
class QTreeView;

namespace Apim::Ui {

class ServiceFilterProxy;

// The left side of the main window: the filter box over the tenants > subscriptions >
// services tree. Filters after a short pause in typing (thousands of rows), expands the
// matches, and keeps tenants and subscriptions open as their rows arrive.
class ServiceBrowser : public QWidget
{
    Q_OBJECT
public:
    ServiceBrowser(ServiceFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    void focusFilter();

private:
    void applyFilter();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void expandParents();

    ServiceFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QTimer *m_delay;
};

} // namespace Apim::Ui
