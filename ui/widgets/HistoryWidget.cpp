#include "ui/widgets/HistoryWidget.h"

#include "ui/models/CsvExporter.h"
#include "ui/models/HistoryFilterProxy.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/Accessibility.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Icons.h"
#include "ui/widgets/OperationColumns.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Apim::Ui {

HistoryWidget::HistoryWidget(OperationsModel *model, DialogProvider *dialogs, QWidget *parent)
    : LazyPage(parent)
    , m_model(model)
    , m_dialogs(dialogs)
{ }

void HistoryWidget::build()
{
    m_proxy = new HistoryFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("historyFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by service, storage account, backup name or error"));
    m_filter->setAccessibleName(tr("Filter history"));
    m_filter->setClearButtonEnabled(true);
    Accessibility::nameClearButton(m_filter, tr("Clear the history filter"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("historyScopeComboBox"));
    // Linked to its label: a screen reader says what the combo chooses, not only its value.
    auto *scopeLabel = new QLabel(tr("Sh&ow:"), this);
    scopeLabel->setObjectName(QStringLiteral("historyScopeLabel"));
    scopeLabel->setBuddy(m_scope);
    m_scope->addItem(tr("All operations"), int(HistoryFilterProxy::Scope::All));
    m_scope->addItem(tr("Backups"), int(HistoryFilterProxy::Scope::Backups));
    m_scope->addItem(tr("Restores"), int(HistoryFilterProxy::Scope::Restores));
    m_scope->addItem(tr("Failed or canceled"), int(HistoryFilterProxy::Scope::Failures));
    m_scope->addItem(Icons::warning(), tr("Backups with changes while running"),
        int(HistoryFilterProxy::Scope::ChangedDuringBackup));
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportHistoryButton"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTableView"));
    m_view->setAccessibleName(tr("Operation history"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setColumnHidden(OperationsModel::ProgressColumn, true);
    m_view->setColumnHidden(OperationsModel::NextPollColumn, true);
    OperationColumns::attach(m_view);

    auto *bar = new QHBoxLayout();
    bar->addWidget(m_filter, 1);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &HistoryFilterProxy::setText);
    connect(m_scope, &QComboBox::currentIndexChanged, this,
        [this](int) { m_proxy->setScope(HistoryFilterProxy::Scope(m_scope->currentData().toInt())); });
    connect(m_export, &QPushButton::clicked, this, &HistoryWidget::exportRequested);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { emit operationActivated(index.data(OperationsModel::IdRole).toString()); });
}

int HistoryWidget::visibleCount() const
{
    return built(m_proxy)->rowCount();
}

bool HistoryWidget::exportCsv(const QString &path)
{
    const HistoryFilterProxy *proxy = built(m_proxy);
    QVector<OperationView> rows;
    rows.reserve(proxy->rowCount());
    for (int row = 0; row < proxy->rowCount(); ++row)
        rows << proxy->index(row, 0).data(OperationsModel::OperationRole).value<OperationView>();
    QString error;
    if (!CsvExporter::writeFile(path, rows, &error)) {
        m_dialogs->error(this, tr("Export failed"), error);
        return false;
    }
    return true;
}

void HistoryWidget::exportRequested()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("apim-backup-history.csv"));
    const QString path = m_dialogs->saveFileName(this, tr("Export history"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Apim::Ui
