#include "ui/widgets/ServiceBrowser.h"

#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/Accessibility.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Apim::Ui {

ServiceBrowser::ServiceBrowser(ServiceFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_delay(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("serviceFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Find a service by name, resource group, region or tier (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Find service"));
    // The clear button comes with the first character typed: an empty filter does not show
    // it, yet drawing it (hidden) loaded its icon in the main window's first frame.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() || m_filter->isClearButtonEnabled())
            return;
        m_filter->setClearButtonEnabled(true);
        Accessibility::nameClearButton(m_filter, tr("Clear the filter"));
    });
    m_tree->setObjectName(QStringLiteral("serviceTreeView"));
    m_tree->setAccessibleName(tr("Tenants, subscriptions and services"));
    m_tree->setModel(proxy);
    // Ctrl/Shift-click picks several services (or subscriptions) for one batch backup.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true); // keeps ten thousand rows cheap to lay out
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ServiceTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ServiceTreeModel::NameColumn, QHeaderView::Stretch);
    for (int column : { int(ServiceTreeModel::TierColumn), int(ServiceTreeModel::LocationColumn),
             int(ServiceTreeModel::StateColumn), int(ServiceTreeModel::RecoveryColumn) })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // Sized from the rows on screen: measuring the default 1,000 rows' text, four columns,
    // after every page of services held the GUI thread for tens of milliseconds.
    header->setResizeContentsPrecision(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    // Typing over thousands of rows: filter once the user pauses.
    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(m_filter, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, &ServiceBrowser::applyFilter);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &ServiceBrowser::onRowsInserted);
}

void ServiceBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ServiceBrowser::applyFilter()
{
    m_proxy->setFilterText(m_filter->text());
    if (!m_filter->text().trimmed().isEmpty())
        expandParents();
}

void ServiceBrowser::expandParents()
{
    // Tenants and subscriptions only: expandAll() would also mark the service rows (leaves)
    // expanded, and a screen reader would announce them so.
    for (int tenant = 0; tenant < m_proxy->rowCount(); ++tenant) {
        const QModelIndex tenantIndex = m_proxy->index(tenant, 0);
        m_tree->expand(tenantIndex);
        for (int row = 0; row < m_proxy->rowCount(tenantIndex); ++row) {
            const QModelIndex child = m_proxy->index(row, 0, tenantIndex);
            if (m_proxy->hasChildren(child))
                m_tree->expand(child);
        }
    }
}

void ServiceBrowser::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    // Tenants and subscriptions open as they arrive, so services show as they load.
    const int parentKind = parent.data(ServiceTreeModel::KindRole).toInt();
    if (parent.isValid() && parentKind != int(ServiceTreeModel::NodeKind::Tenant))
        return;
    if (parent.isValid())
        m_tree->expand(parent);
    for (int row = first; row <= last; ++row)
        m_tree->expand(m_proxy->index(row, 0, parent));
}

} // namespace Apim::Ui
