#include "ui/main/MainWindow.h"

#include "batch/BatchBackup.h"
#include "inventory/Inventory.h"
#include "settings/Settings.h"
#include "ui/models/InventoryTreeAdapter.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServicePresenter.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/Accessibility.h"
#include "ui/support/Icons.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/OperationDetailsFormatter.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/RecoveryView.h"
#include "ui/widgets/SchedulesView.h"
#include "ui/widgets/SecretsStatusButton.h"
#include "ui/widgets/ServiceBrowser.h"
#include "ui/widgets/ServiceDetailsPane.h"
#include "util/Clock.h"
#include "util/UrlOpener.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Apim::Ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");

BannerWidget::Kind outcomeKind(const OperationView &op)
{
    if (op.status != OperationView::Status::Succeeded)
        return BannerWidget::Kind::Error;
    return op.mayMissChanges() ? BannerWidget::Kind::Warning : BannerWidget::Kind::Success;
}
} // namespace

MainWindow::MainWindow(const UiContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_portalBase(QStringLiteral("https://portal.azure.com"))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("APIM Backup"));
    setWindowIcon(Icons::app());
    m_model = new ServiceTreeModel(this);
    m_proxy = new ServiceFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_adapter = new InventoryTreeAdapter(m_model, this);
    const Core::Clock *clock = context.clock;
    m_operations
        = new OperationsModel([clock] { return clock ? clock->now() : QDateTime::currentDateTimeUtc(); }, this);

    createActions();
    createCentral();
    createMenus();
    createStatusBar();
    restoreWindowState();
    onCurrentChanged();

    connect(m_adapter, &InventoryTreeAdapter::statusMessage, this, [this](const QString &text) {
        m_adapterStatus = text;
        updateStatusText();
    });
    connect(m_proxy, &ServiceFilterProxy::filterTextChanged, this, &MainWindow::updateStatusText);
    connect(m_adapter, &InventoryTreeAdapter::loadingChanged, this,
        [this](bool loading) { m_refresh->setEnabled(!loading && m_adapter->inventory()); });
    connect(m_adapter, &InventoryTreeAdapter::serviceRefreshed, this, [this](const Core::ApimService &service) {
        if (service.id.compare(selectedServiceId(), Qt::CaseInsensitive) == 0)
            onCurrentChanged();
    });
    connect(m_operations, &OperationsModel::dataChanged, this, &MainWindow::updateSelectedServiceState);
    connect(m_operations, &OperationsModel::rowsInserted, this, &MainWindow::updateSelectedServiceState);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_signIn = new QAction(Icons::account(), tr("&Sign in…"), this);
    m_signIn->setObjectName(QStringLiteral("signInAction"));
    m_signIn->setToolTip(tr("Sign in, or sign in again with another account or directory"));
    // The toolbar's copy: prominent while signing in is the next step, gone afterwards,
    // while the File and account menus keep "Sign in…" for another account or directory.
    m_signInTool = new QAction(Icons::account(), tr("&Sign in…"), this);
    m_signInTool->setObjectName(QStringLiteral("signInToolAction"));
    m_signOut = new QAction(Icons::signOut(), tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    m_switchTenant = new QAction(Icons::tenant(), tr("Switch &directory…"), this);
    m_switchTenant->setObjectName(QStringLiteral("switchTenantAction"));
    m_refresh = new QAction(Icons::refresh(), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Reload tenants, subscriptions and services (F5)"));
    m_backup = new QAction(Icons::backup(), tr("&Back up…"), this);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backup->setToolTip(tr("Back up the selected service (Ctrl+B)"));
    m_backupSelected = new QAction(Icons::backup(), tr("Back up selected…"), this);
    m_backupSelected->setObjectName(QStringLiteral("backupSelectedAction"));
    m_backupSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupSelected->setEnabled(false);
    m_restore = new QAction(Icons::restore(), tr("&Restore…"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_restore->setToolTip(tr("Restore a backup into the selected service (Ctrl+R)"));
    m_settings = new QAction(Icons::settings(), tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence::Preferences);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_findAction = new QAction(tr("&Find service"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    m_copyId = new QAction(Icons::copy(), tr("Copy resource &ID"), this);
    m_copyId->setObjectName(QStringLiteral("copyResourceIdAction"));
    m_portal = new QAction(Icons::portal(), tr("Open in Azure &portal"), this);
    m_portal->setObjectName(QStringLiteral("openPortalAction"));
    m_servicesPage = new QAction(Icons::service(), tr("S&ervices"), this);
    m_servicesPage->setObjectName(QStringLiteral("servicesPageAction"));
    m_servicesPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_recoveryPage = new QAction(Icons::success(), tr("Re&covery readiness"), this);
    m_recoveryPage->setObjectName(QStringLiteral("recoveryPageAction"));
    m_recoveryPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_recoveryPage->setToolTip(tr("Can each service be recovered now, to what point, how fast? (Ctrl+2)"));
    m_schedulesPage = new QAction(Icons::history(), tr("Sc&hedules"), this);
    m_schedulesPage->setObjectName(QStringLiteral("schedulesPageAction"));
    m_schedulesPage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_schedulesPage->setToolTip(tr("The backups that run unattended on this computer (Ctrl+3)"));
    m_refresh->setEnabled(false);

    connect(m_signIn, &QAction::triggered, this, &MainWindow::signInRequested);
    connect(m_signInTool, &QAction::triggered, m_signIn, &QAction::trigger);
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    connect(m_switchTenant, &QAction::triggered, this, &MainWindow::switchTenantRequested);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_refresh, &QAction::triggered, m_adapter, &InventoryTreeAdapter::refresh);
    connect(m_quit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_backup, &QAction::triggered, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid())
            emit backupRequested(service, false);
    });
    connect(m_backupSelected, &QAction::triggered, this, [this] {
        if (m_backupSelected->isEnabled())
            emit batchBackupRequested();
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid())
            emit restoreRequested(service);
    });
    connect(m_copyId, &QAction::triggered, this, &MainWindow::copyResourceId);
    connect(m_portal, &QAction::triggered, this, &MainWindow::openInPortal);
    connect(m_servicesPage, &QAction::triggered, this, &MainWindow::showServices);
    connect(m_recoveryPage, &QAction::triggered, this, &MainWindow::showRecovery);
    connect(m_schedulesPage, &QAction::triggered, this, &MainWindow::showSchedules);
    for (QAction *action : { m_signIn, m_signOut, m_switchTenant, m_refresh, m_backup, m_backupSelected, m_restore,
             m_settings, m_quit, m_findAction, m_copyId, m_portal, m_servicesPage, m_recoveryPage, m_schedulesPage })
        addAction(action); // shortcuts work wherever the focus is
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signIn);
    file->addAction(m_switchTenant);
    file->addAction(m_signOut);
    file->addSeparator();
    file->addAction(m_settings);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *service = menuBar()->addMenu(tr("&Service"));
    service->addAction(m_backup);
    service->addAction(m_backupSelected);
    service->addAction(m_restore);
    service->addSeparator();
    service->addAction(m_copyId);
    service->addAction(m_portal);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_servicesPage);
    view->addAction(m_recoveryPage);
    view->addAction(m_schedulesPage);
    view->addSeparator();
    view->addAction(m_refresh);
    view->addAction(m_findAction);
    view->addAction(m_dock->toggleViewAction());

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_signInTool);
    toolbar->addAction(m_refresh);
    toolbar->addSeparator();
    toolbar->addAction(m_backup);
    toolbar->addAction(m_backupSelected);
    toolbar->addAction(m_restore);
    toolbar->addSeparator();
    toolbar->addAction(m_settings);
    Accessibility::nameOverflowButton(toolbar, tr("More toolbar actions"));
}

void MainWindow::createCentral()
{
    m_browser = new ServiceBrowser(m_proxy, this);
    m_tree = m_browser->tree();
    m_filter = m_browser->filterEdit();

    m_details = new ServiceDetailsPane(this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(m_browser);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_recovery = new RecoveryView(this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("mainPagesTabWidget"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(split, Icons::service(), tr("Services"));
    m_pages->addTab(m_recovery, Icons::success(), tr("Recovery"));
    m_schedules = new SchedulesView(this);
    m_pages->addTab(m_schedules, Icons::history(), tr("Schedules"));

    m_keychainBanner = new BannerWidget(this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBannerWidget"));
    m_keychainBanner->setKind(BannerWidget::Kind::Warning);
    m_keychainBanner->setActionText(tr("&Retry keychain"));
    QPushButton *sessionOnly
        = m_keychainBanner->addButton(tr("Use &session-only mode"), QStringLiteral("useSessionOnlyButton"));
    m_keychainBanner->hide();
    connect(m_keychainBanner, &BannerWidget::actionTriggered, this, &MainWindow::retryKeychainRequested);
    connect(sessionOnly, &QPushButton::clicked, this, &MainWindow::sessionOnlyRequested);
    m_noticeBanner = new BannerWidget(this);
    m_noticeBanner->setObjectName(QStringLiteral("noticeBannerWidget"));
    m_noticeBanner->hide();

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(4, 4, 4, 0);
    centralLayout->addWidget(m_keychainBanner);
    centralLayout->addWidget(m_noticeBanner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const QDateTime sessionStart = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    m_dock = new OperationsDock(m_operations, m_context.dialogs, sessionStart, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);

    connect(m_findAction, &QAction::triggered, m_browser, &ServiceBrowser::focusFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showTreeMenu);
    // Services arriving under a selected subscription count too.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateBatchAction);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateBatchAction);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateBatchAction);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateBatchAction);
    // The pane's button is the quick path: the remembered location, one confirmation.
    connect(m_details, &ServiceDetailsPane::backupRequested, this, [this] {
        const Core::ApimService service = selectedService();
        if (service.isValid() && m_backup->isEnabled())
            emit backupRequested(service, true);
    });
    connect(m_details, &ServiceDetailsPane::restoreRequested, m_restore, &QAction::trigger);
}

void MainWindow::createStatusBar()
{
    m_status = new QLabel(tr("Not signed in"), this);
    m_status->setObjectName(QStringLiteral("statusMessageLabel"));
    statusBar()->addWidget(m_status, 1);

    m_secrets = new SecretsStatusButton(this);
    statusBar()->addPermanentWidget(m_secrets);
    connect(m_secrets, &SecretsStatusButton::retryRequested, this, &MainWindow::retryKeychainRequested);
    connect(m_secrets, &SecretsStatusButton::sessionOnlyChosen, this, &MainWindow::sessionOnlyRequested);

    m_account = new QToolButton(this);
    m_account->setObjectName(QStringLiteral("accountButton"));
    m_account->setAccessibleName(tr("Signed-in account"));
    m_account->setIcon(Icons::account());
    m_account->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_account->setAutoRaise(true);
    m_account->setPopupMode(QToolButton::InstantPopup);
    m_accountMenu = new QMenu(m_account);
    m_accountMenu->addAction(m_switchTenant);
    m_accountMenu->addAction(m_signOut);
    m_accountMenu->addSeparator();
    m_accountMenu->addAction(m_signIn);
    m_account->setMenu(m_accountMenu);
    statusBar()->addPermanentWidget(m_account);
    setAccountText(QString(), QString());
}

void MainWindow::setAccountText(const QString &account, const QString &tooltip)
{
    const bool signedIn = !account.isEmpty();
    m_account->setText(signedIn ? account : tr("Not signed in"));
    m_account->setToolTip(
        tooltip.isEmpty() ? QString() : Qt::convertFromPlainText(tooltip, Qt::WhiteSpaceNormal)); // may quote Entra
    m_signOut->setEnabled(signedIn);
    m_switchTenant->setEnabled(signedIn);
    // Prominent while it is the next step; in the File and account menus throughout.
    m_signInTool->setVisible(!signedIn);
}

void MainWindow::setKeychainProblem(const QString &reason)
{
    m_keychainBanner->setText(tr("The OS keychain cannot be used, so nothing can be remembered: %1").arg(reason));
    m_keychainBanner->setVisible(!reason.isEmpty());
}

void MainWindow::setNotice(const QString &text, bool isError)
{
    m_noticeBanner->setKind(isError ? BannerWidget::Kind::Error : BannerWidget::Kind::Information);
    m_noticeBanner->setText(text);
    m_noticeBanner->setVisible(!text.isEmpty());
}

void MainWindow::updateStatusText()
{
    // With a filter, the count says how many of the services are shown ("2 of 8").
    const QString listed
        = m_adapter->servicesSummary(m_proxy->filterText().isEmpty() ? -1 : m_proxy->visibleServiceCount());
    m_status->setText(listed.isEmpty() || m_adapter->isLoading() ? m_adapterStatus : listed);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::setInventory(Core::Inventory *inventory)
{
    m_adapter->setInventory(inventory);
    m_refresh->setEnabled(inventory != nullptr);
    updateBatchAction();
    if (!inventory) {
        m_adapterStatus.clear();
        m_status->setText(tr("Not signed in"));
    }
    onCurrentChanged();
}

QModelIndex MainWindow::detailsIndex() const
{
    const QModelIndex current = m_tree->currentIndex();
    const QItemSelectionModel *selection = m_tree->selectionModel();
    if (!selection->hasSelection() || (current.isValid() && selection->isRowSelected(current.row(), current.parent())))
        return current;
    const QModelIndexList rows = selection->selectedRows(0);
    return rows.size() == 1 ? rows.first() : current;
}

void MainWindow::onSelectionChanged()
{
    const QModelIndex index = detailsIndex();
    const bool isService = index.data(ServiceTreeModel::KindRole).toInt() == int(ServiceTreeModel::NodeKind::Service);
    const QString id = isService ? index.data(ServiceTreeModel::IdRole).toString() : QString();
    // A click changes the current row and the selection: the pane is filled once.
    if (id.compare(m_details->hasService() ? m_details->resourceId() : QString(), Qt::CaseInsensitive) != 0)
        onCurrentChanged();
}

QString MainWindow::selectedServiceId() const
{
    const QModelIndex index = detailsIndex();
    if (index.data(ServiceTreeModel::KindRole).toInt() != int(ServiceTreeModel::NodeKind::Service))
        return {};
    return index.data(ServiceTreeModel::IdRole).toString();
}

Core::ApimService MainWindow::selectedService() const
{
    const QModelIndex index = detailsIndex();
    if (index.data(ServiceTreeModel::KindRole).toInt() != int(ServiceTreeModel::NodeKind::Service))
        return {};
    return ServicePresenter::service(index.data(ServiceTreeModel::EntryRole).value<ServiceEntry>());
}

bool MainWindow::selectService(const QString &resourceId)
{
    const QModelIndex source = m_model->indexForId(resourceId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex index = detailsIndex();
    const auto kind = ServiceTreeModel::NodeKind(index.data(ServiceTreeModel::KindRole).toInt());
    const Core::ApimService service = selectedService();
    const bool isService = index.isValid() && kind == ServiceTreeModel::NodeKind::Service;
    m_copyId->setEnabled(isService);
    m_portal->setEnabled(isService);
    if (!isService || !service.isValid()) {
        m_backup->setEnabled(false);
        m_restore->setEnabled(false);
        m_details->showPlaceholder(
            m_adapter->inventory() ? QString() : tr("Sign in to see your API Management services."));
        return;
    }
    m_details->setService(ServicePresenter::details(service, m_adapter->subscriptionName(service.subscriptionId)));
    updateSelectedServiceState();
    emit serviceSelected(service);
}

void MainWindow::updateSelectedServiceState()
{
    const Core::ApimService service = selectedService();
    if (!service.isValid())
        return;
    const OperationView *running = m_operations->runningFor(service.id);
    const bool supported = service.backupSupport().supported;
    m_backup->setEnabled(supported && !running);
    m_restore->setEnabled(supported && !running);
    m_details->setActionsEnabled(supported && !running, supported && !running);
    m_details->setOperationBanner(running ? OperationDetailsFormatter::runningWarning(*running) : QString());
    if (running)
        return;
    // The latest finished operation on this service, with the change report of a backup.
    for (const OperationView &op : m_operations->operations()) {
        if (op.serviceResourceId.compare(service.id, Qt::CaseInsensitive) == 0 && op.isFinished()) {
            m_details->setResult(OperationDetailsFormatter::outcome(op), outcomeKind(op));
            return;
        }
    }
    m_details->setResult(QString(), BannerWidget::Kind::Success);
}

void MainWindow::showTreeMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    const auto kind = ServiceTreeModel::NodeKind(index.data(ServiceTreeModel::KindRole).toInt());
    if (!index.isValid() || kind == ServiceTreeModel::NodeKind::Loading || kind == ServiceTreeModel::NodeKind::Message)
        return;
    // A right-click inside the selection keeps it (the batch); elsewhere it selects the row.
    if (!m_tree->selectionModel()->isSelected(index))
        m_tree->setCurrentIndex(index);
    updateBatchAction();
    QMenu menu(this);
    if (kind == ServiceTreeModel::NodeKind::Service) {
        QAction *now = menu.addAction(Icons::backup(), tr("Back up &now"));
        now->setEnabled(m_backup->isEnabled());
        connect(now, &QAction::triggered, this, [this] { emit backupRequested(selectedService(), true); });
        menu.addAction(m_backup);
    }
    menu.addAction(m_backupSelected);
    if (kind == ServiceTreeModel::NodeKind::Service) {
        menu.addAction(m_restore);
        menu.addSeparator();
        menu.addAction(m_copyId);
        menu.addAction(m_portal);
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

QList<Core::BatchTarget> MainWindow::selectedBatchTargets() const
{
    QList<Core::BatchTarget> targets;
    QSet<QString> seen; // a service selected and also under a selected subscription: once
    const std::function<void(const QModelIndex &, bool)> collect = [&](const QModelIndex &index, bool requested) {
        const auto kind = ServiceTreeModel::NodeKind(index.data(ServiceTreeModel::KindRole).toInt());
        if (kind == ServiceTreeModel::NodeKind::Service) {
            const Core::ApimService service
                = ServicePresenter::service(index.data(ServiceTreeModel::EntryRole).value<ServiceEntry>());
            const QString key = service.id.toLower();
            if (service.isValid() && !seen.contains(key)) {
                seen.insert(key);
                targets.append({ service.id, service, requested });
            }
            return;
        }
        if (kind != ServiceTreeModel::NodeKind::Tenant && kind != ServiceTreeModel::NodeKind::Subscription)
            return;
        // Every service of the subscription, also those the filter hides: the node means all.
        for (int row = 0; row < m_model->rowCount(index); ++row)
            collect(m_model->index(row, 0, index), false);
    };
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    // Services picked by hand first, so that they count as requested.
    for (const QModelIndex &row : std::as_const(rows)) {
        if (row.data(ServiceTreeModel::KindRole).toInt() == int(ServiceTreeModel::NodeKind::Service))
            collect(m_proxy->mapToSource(row), true);
    }
    for (const QModelIndex &row : std::as_const(rows))
        collect(m_proxy->mapToSource(row), true);
    return targets;
}

int MainWindow::selectedSupportedCount() const
{
    const QList<Core::BatchTarget> targets = selectedBatchTargets();
    return int(std::count_if(targets.cbegin(), targets.cend(),
        [](const Core::BatchTarget &target) { return target.service && target.service->backupSupport().supported; }));
}

void MainWindow::updateBatchAction()
{
    const int count = selectedSupportedCount();
    m_backupSelected->setText(count > 0 ? tr("Back up selected (%1)…").arg(count) : tr("Back up selected…"));
    m_backupSelected->setToolTip(
        tr("Back up the selected services, or every service of the selected subscriptions (Ctrl+Shift+B)"));
    m_backupSelected->setEnabled(count > 0 && m_adapter->inventory());
}

void MainWindow::showRecovery()
{
    m_pages->setCurrentWidget(m_recovery);
    m_recovery->table()->setFocus();
}

void MainWindow::showSchedules()
{
    m_pages->setCurrentWidget(m_schedules);
    m_schedules->table()->setFocus();
}

void MainWindow::showServices()
{
    m_pages->setCurrentIndex(0);
    m_tree->setFocus();
}

void MainWindow::copyResourceId()
{
    const QString id = selectedServiceId();
    if (id.isEmpty())
        return;
    QApplication::clipboard()->setText(id);
    statusBar()->showMessage(tr("Copied %1").arg(id), 4000);
}

void MainWindow::openInPortal()
{
    const Core::ApimService service = selectedService();
    if (!service.isValid() || !m_context.urlOpener)
        return;
    const QUrl url = service.portalUrl(m_portalBase);
    if (!m_context.urlOpener->openUrl(url))
        statusBar()->showMessage(tr("Could not open a browser; the address is %1").arg(url.toString()), 10000);
}

void MainWindow::restoreWindowState()
{
    resize(1200, 780);
    if (!m_context.settings)
        return;
    restoreGeometry(m_context.settings->value(kGeometryKey).toByteArray());
    restoreState(m_context.settings->value(kStateKey).toByteArray());
}

void MainWindow::saveWindowState()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(kGeometryKey, saveGeometry());
    m_context.settings->setValue(kStateKey, saveState());
    m_context.settings->sync();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        emit activated();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued: the children paint after this returns; the signal means the whole first
        // frame is on screen (what the startup benchmark measures, and what deferred
        // startup work waits for).
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_firstFramePainted = true;
                emit firstPainted();
            },
            Qt::QueuedConnection);
    }
}

} // namespace Apim::Ui
