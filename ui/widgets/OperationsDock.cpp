#include "ui/widgets/OperationsDock.h"

#include "ui/models/HistoryFilterProxy.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/Icons.h"
#include "ui/widgets/HistoryWidget.h"
#include "ui/widgets/OperationColumns.h"
#include "ui/widgets/OperationDetailsFormatter.h"
#include "ui/widgets/ProgressDelegate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Apim::Ui {

OperationsDock::OperationsDock(
    OperationsModel *model, DialogProvider *dialogs, const QDateTime &sessionStart, QWidget *parent)
    : QDockWidget(tr("Operations"), parent)
    , m_model(model)
    , m_recent(new HistoryFilterProxy(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(Icons::copy(), tr("Copy details"), this))
    , m_history(new HistoryWidget(model, dialogs, this))
{
    setObjectName(QStringLiteral("operationsDockWidget"));
    setAccessibleName(tr("Operations"));
    m_tabs->setObjectName(QStringLiteral("operationsTabWidget"));

    m_recent->setSourceModel(model);
    m_recent->setRecentSince(sessionStart);
    m_recent->setScope(HistoryFilterProxy::Scope::Recent);

    m_view->setObjectName(QStringLiteral("operationsTableView"));
    m_view->setAccessibleName(tr("Running and recent operations"));
    m_view->setModel(m_recent);
    m_view->setItemDelegateForColumn(OperationsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    OperationColumns::attach(m_view);

    m_details->setObjectName(QStringLiteral("operationDetailsBrowser"));
    m_details->setAccessibleName(tr("Operation details"));
    m_details->setPlaceholderText(tr("Select an operation to see its details."));
    m_copy->setObjectName(QStringLiteral("copyOperationDetailsButton"));
    m_copy->setEnabled(false);

    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_copy);
    detailsLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detailsBox);
    // The table has seven columns to show in full; the details text wraps.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);

    m_tabs->addTab(split, Icons::running(), tr("Operations"));
    m_tabs->addTab(m_history, Icons::history(), tr("History"));
    setWidget(m_tabs);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OperationsDock::showDetails);
    connect(m_model, &OperationsModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.data(OperationsModel::IdRole).toString() == selectedOperationId() && topLeft.column() == 0)
            showDetails();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const OperationView *op = m_model->find(selectedOperationId()))
            QGuiApplication::clipboard()->setText(OperationDetailsFormatter::plainText(*op));
    });
    connect(m_history, &HistoryWidget::operationActivated, this, [this](const QString &id) {
        if (const OperationView *op = m_model->find(id)) {
            m_details->setHtml(OperationDetailsFormatter::html(*op));
            m_tabs->setCurrentIndex(0);
        }
    });
}

QString OperationsDock::selectedOperationId() const
{
    return m_view->currentIndex().data(OperationsModel::IdRole).toString();
}

void OperationsDock::selectOperation(const QString &id)
{
    for (int row = 0; row < m_recent->rowCount(); ++row) {
        const QModelIndex index = m_recent->index(row, 0);
        if (index.data(OperationsModel::IdRole).toString() == id) {
            m_view->setCurrentIndex(index);
            m_tabs->setCurrentIndex(0);
            return;
        }
    }
}

void OperationsDock::showDetails()
{
    const OperationView *op = m_model->find(selectedOperationId());
    m_copy->setEnabled(op != nullptr);
    if (!op) {
        m_details->clear();
        return;
    }
    m_details->setHtml(OperationDetailsFormatter::html(*op));
}

} // namespace Apim::Ui
