#include "ui/widgets/RecoveryView.h"

#include "ui/models/ReadinessFilterProxy.h"
#include "ui/models/ReadinessModel.h"
#include "ui/support/Icons.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>

namespace Apim::Ui {

RecoveryView::RecoveryView(QWidget *parent)
    : LazyPage(parent)
    , m_model(new ReadinessModel(this))
    , m_proxy(new ReadinessFilterProxy(this))
{
    setObjectName(QStringLiteral("recoveryView"));
    m_proxy->setSourceModel(m_model);
}

void RecoveryView::build()
{
    m_summary = new QLabel(tr("Sign in to see whether your services can be recovered."), this);
    m_summary->setObjectName(QStringLiteral("recoverySummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setTextFormat(Qt::PlainText); // what Azure says is shown as written, never as markup
    m_attention = new QCheckBox(tr("Needs &attention only"), this);
    m_attention->setObjectName(QStringLiteral("needsAttentionCheckBox"));
    m_refresh = new QPushButton(Icons::refresh(), tr("R&eload"), this);
    m_refresh->setObjectName(QStringLiteral("recoveryRefreshButton"));
    m_refresh->setToolTip(tr("Read every backup location again"));
    m_verify = new QPushButton(Icons::success(), tr("Ver&ify backups"), this);
    m_verify->setObjectName(QStringLiteral("recoveryVerifyButton"));
    m_verify->setToolTip(tr("Check that the backups this tool made are still there and unchanged"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_attention);
    top->addWidget(m_verify);
    top->addWidget(m_refresh);

    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("recoveryVerifyResultLabel"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->setVisible(false);

    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("recoveryTreeView"));
    m_table->setAccessibleName(tr("Recovery readiness"));
    m_table->setModel(m_proxy);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReadinessModel::StateColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->header()->setStretchLastSection(false);
    // The drill column holds the longest words (when, RTO, differences): it takes the room.
    for (int column = ReadinessModel::ServiceColumn; column < ReadinessModel::DrillColumn; ++column)
        m_table->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(ReadinessModel::DrillColumn, QHeaderView::Stretch);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("recoveryReasonLabel"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_verifyResult);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_reason);
    layout->addWidget(createButtons());
    createActions();

    connect(m_attention, &QCheckBox::toggled, m_proxy, &ReadinessFilterProxy::setNeedsAttentionOnly);
    connect(m_refresh, &QPushButton::clicked, this, &RecoveryView::refreshRequested);
    connect(m_verify, &QPushButton::clicked, this, &RecoveryView::verifyRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecoveryView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecoveryView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecoveryView::onCurrentChanged);
    connect(m_table, &QTreeView::customContextMenuRequested, this, &RecoveryView::showMenu);
    onCurrentChanged();
}

QWidget *RecoveryView::createButtons()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_backup = new QPushButton(Icons::backup(), tr("&Back up now"), box);
    m_backup->setObjectName(QStringLiteral("recoveryBackupButton"));
    m_drill = new QPushButton(Icons::restore(), tr("Run &drill…"), box);
    m_drill->setObjectName(QStringLiteral("recoveryDrillButton"));
    m_drill->setToolTip(tr("Restore a backup into a standby service of the same tier and measure the recovery time"));
    m_target = new QPushButton(Icons::settings(), tr("Set target &RPO…"), box);
    m_target->setObjectName(QStringLiteral("recoveryTargetButton"));
    m_target->setToolTip(tr("How old the newest backup of this service may be"));
    row->addWidget(m_backup);
    row->addWidget(m_drill);
    row->addWidget(m_target);
    row->addStretch(1);
    connect(m_backup, &QPushButton::clicked, this, [this] { m_backupAction->trigger(); });
    connect(m_drill, &QPushButton::clicked, this, [this] { m_drillAction->trigger(); });
    connect(m_target, &QPushButton::clicked, this, [this] { m_targetAction->trigger(); });
    return box;
}

void RecoveryView::createActions()
{
    m_backupAction = new QAction(Icons::backup(), tr("&Back up now"), this);
    m_backupAction->setObjectName(QStringLiteral("recoveryBackupAction"));
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_drillAction = new QAction(Icons::restore(), tr("Run &drill…"), this);
    m_drillAction->setObjectName(QStringLiteral("recoveryDrillAction"));
    m_drillAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_targetAction = new QAction(Icons::settings(), tr("Set target &RPO…"), this);
    m_targetAction->setObjectName(QStringLiteral("recoveryTargetAction"));
    m_targetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    for (QAction *action : { m_backupAction, m_drillAction, m_targetAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_backup->setToolTip(tr("Back up the selected service to its remembered location (%1)")
                             .arg(m_backupAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid() && m_backupAction->isEnabled())
            emit backupNowRequested(service);
    });
    connect(m_drillAction, &QAction::triggered, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid() && m_drillAction->isEnabled())
            emit drillRequested(service);
    });
    connect(m_targetAction, &QAction::triggered, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid())
            emit targetRequested(service);
    });
}

void RecoveryView::setRows(const QList<ReadinessView> &rows, const QString &summary, const QDateTime &now)
{
    ensureBuilt();
    const QString current = selectedService().id;
    m_model->setRows(rows, now);
    m_summaryText = summary;
    m_summary->setText(m_loading ? tr("%1 (reading backups…)").arg(summary) : summary);
    if (!current.isEmpty())
        selectService(current);
    onCurrentChanged();
}

void RecoveryView::setLoading(bool loading)
{
    ensureBuilt();
    m_loading = loading;
    m_refresh->setEnabled(!loading);
    if (loading)
        m_summary->setText(m_summaryText.isEmpty() ? tr("Reading every backup location…")
                                                   : tr("%1 (reading backups…)").arg(m_summaryText));
    else
        m_summary->setText(m_summaryText);
}

void RecoveryView::setMessage(const QString &text)
{
    ensureBuilt();
    m_summaryText = text;
    m_summary->setText(text);
}

void RecoveryView::setVerifyResult(const QString &text, bool problems)
{
    ensureBuilt();
    // Words first, the mark second: a problem reads as one without colour.
    m_verifyResult->setText(problems ? tr("Attention: %1").arg(text) : text);
    m_verifyResult->setAccessibleName(m_verifyResult->text());
    m_verifyResult->setVisible(!text.isEmpty());
}

void RecoveryView::setVerifying(bool verifying)
{
    ensureBuilt();
    m_verify->setEnabled(!verifying);
    if (verifying)
        setVerifyResult(tr("Checking the backups this tool made…"), false);
}

Core::ApimService RecoveryView::selectedService() const
{
    ensureBuilt();
    const ReadinessView *view = m_model->viewAt(m_proxy->mapToSource(m_table->currentIndex()));
    return view ? view->row.service : Core::ApimService();
}

bool RecoveryView::selectService(const QString &serviceId)
{
    ensureBuilt();
    const int row = m_model->rowForService(serviceId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void RecoveryView::onCurrentChanged()
{
    const ReadinessView *view = m_model->viewAt(m_proxy->mapToSource(m_table->currentIndex()));
    const bool supported = view && view->row.service.backupSupport().supported;
    m_backupAction->setEnabled(supported);
    m_drillAction->setEnabled(supported);
    m_targetAction->setEnabled(view != nullptr);
    m_backup->setEnabled(supported);
    m_drill->setEnabled(supported);
    m_target->setEnabled(view != nullptr);
    if (!view) {
        m_reason->setText(tr("Select a service to see why it is in its state."));
        return;
    }
    QString text = tr("%1: %2").arg(view->row.service.name, view->row.readiness.reason);
    const QString trend = ReadinessPresenter::rtoTrendText(view->drills);
    if (!trend.isEmpty())
        text += QLatin1Char('\n') + tr("Drills: %1").arg(trend);
    m_reason->setText(text);
    m_reason->setToolTip(Qt::convertFromPlainText(ReadinessPresenter::details(*view), Qt::WhiteSpaceNormal));
}

void RecoveryView::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid())
        m_table->setCurrentIndex(index);
    if (!selectedService().isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_backupAction);
    menu.addAction(m_drillAction);
    menu.addAction(m_targetAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace Apim::Ui
