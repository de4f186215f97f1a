#pragma once

#include "ui/main/UiContext.h"

#include <QDateTime>
#include <QMainWindow>
#include <QUrl>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace Apim::Core {
class Inventory;
struct ApimService;
struct BatchTarget;
} // namespace Apim::Core

namespace Apim::Ui {

class BannerWidget;
class InventoryTreeAdapter;
class OperationsDock;
class OperationsModel;
class RecoveryView;
class SchedulesView;
class SecretsStatusButton;
class ServiceBrowser;
class ServiceDetailsPane;
class ServiceFilterProxy;
class ServiceTreeModel;

// The main window: the tenants > subscriptions > services tree with its filter, the
// details pane of the selected service, the operations dock, and the account and
// secrets status in the status bar. It owns no core object: the composition root (or a
// test) hands them in, and the window asks the controllers to act on user commands.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const UiContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // nullptr when signed out.
    void setInventory(Core::Inventory *inventory);
    void setPortalBase(const QUrl &portal) { m_portalBase = portal; }
    void setAccountText(const QString &account, const QString &tooltip);
    // Shows the keychain problem above the tree with Retry and "Use session-only mode";
    // an empty reason hides it.
    void setKeychainProblem(const QString &reason);
    // A problem with the session (expired sign-in, journal warnings) above the tree.
    void setNotice(const QString &text, bool isError);
    void showStatus(const QString &text, int timeoutMs = 6000);

    ServiceTreeModel *serviceModel() const { return m_model; }
    ServiceFilterProxy *serviceProxy() const { return m_proxy; }
    QTreeView *serviceTree() const { return m_tree; }
    ServiceDetailsPane *detailsPane() const { return m_details; }
    OperationsModel *operationsModel() const { return m_operations; }
    OperationsDock *operationsDock() const { return m_dock; }
    SecretsStatusButton *secretsStatus() const { return m_secrets; }
    InventoryTreeAdapter *inventoryAdapter() const { return m_adapter; }
    QMenu *accountMenu() const { return m_accountMenu; }
    BannerWidget *keychainBanner() const { return m_keychainBanner; }
    BannerWidget *noticeBanner() const { return m_noticeBanner; }
    RecoveryView *recoveryView() const { return m_recovery; }
    SchedulesView *schedulesView() const { return m_schedules; }
    QTabWidget *pages() const { return m_pages; }
    // Brings the Recovery page (or the services page) to the front.
    void showRecovery();
    void showServices();
    void showSchedules();

    // The service selected in the tree (invalid when none or not a service).
    Core::ApimService selectedService() const;
    bool selectService(const QString &resourceId);
    QString selectedServiceId() const;
    // Every service the tree's selection means: a selected service (requested), and each
    // service under a selected subscription or tenant (picked up). Once each, in tree order.
    QList<Core::BatchTarget> selectedBatchTargets() const;
    // How many of them have backup in their tier: what "Back up selected (N)…" counts.
    int selectedSupportedCount() const;

    QAction *refreshAction() const { return m_refresh; }
    QAction *backupAction() const { return m_backup; }
    QAction *restoreAction() const { return m_restore; }
    QAction *backupSelectedAction() const { return m_backupSelected; }
    QAction *signInAction() const { return m_signIn; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *switchTenantAction() const { return m_switchTenant; }
    QAction *settingsAction() const { return m_settings; }
    QAction *recoveryPageAction() const { return m_recoveryPage; }
    QAction *schedulesPageAction() const { return m_schedulesPage; }

    // Recomputes the details pane banner and actions (after an operation changed).
    void updateSelectedServiceState();

    // True once firstPainted() has been emitted.
    bool isFirstFramePainted() const { return m_firstFramePainted; }

signals:
    void signInRequested();
    void signOutRequested();
    void switchTenantRequested();
    void settingsRequested();
    void backupRequested(const Apim::Core::ApimService &service, bool quick);
    void restoreRequested(const Apim::Core::ApimService &service);
    // "Back up selected (N)…": the controller reads selectedBatchTargets().
    void batchBackupRequested();
    void serviceSelected(const Apim::Core::ApimService &service);
    // Once, when the first frame (children included) has been painted: deferred startup
    // work, --quit-after-paint and the startup benchmark wait for it.
    void firstPainted();
    void retryKeychainRequested();
    void sessionOnlyRequested();
    // The window became the active one: what it shows has been seen.
    void activated();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentral();
    void createStatusBar();
    void onCurrentChanged();
    // The row the details pane and the service actions follow: the current row when it is
    // selected (or nothing is), else the one selected row. A screen reader selects rows
    // without moving the current index.
    QModelIndex detailsIndex() const;
    void onSelectionChanged();
    void showTreeMenu(const QPoint &pos);
    void updateBatchAction();
    void updateStatusText();
    void copyResourceId();
    void openInPortal();
    void restoreWindowState();
    void saveWindowState();

    UiContext m_context;
    QUrl m_portalBase;
    ServiceTreeModel *m_model = nullptr;
    ServiceFilterProxy *m_proxy = nullptr;
    InventoryTreeAdapter *m_adapter = nullptr;
    OperationsModel *m_operations = nullptr;
    QLineEdit *m_filter = nullptr;
    ServiceBrowser *m_browser = nullptr;
    QTreeView *m_tree = nullptr;
    ServiceDetailsPane *m_details = nullptr;
    RecoveryView *m_recovery = nullptr;
    SchedulesView *m_schedules = nullptr;
    QTabWidget *m_pages = nullptr;
    OperationsDock *m_dock = nullptr;
    QToolButton *m_account = nullptr;
    QMenu *m_accountMenu = nullptr;
    SecretsStatusButton *m_secrets = nullptr;
    QLabel *m_status = nullptr;
    QString m_adapterStatus; // the adapter's last sentence (loading, a problem)
    BannerWidget *m_keychainBanner = nullptr;
    BannerWidget *m_noticeBanner = nullptr;
    QAction *m_signIn = nullptr;
    QAction *m_signInTool = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_switchTenant = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_backupSelected = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyId = nullptr;
    QAction *m_portal = nullptr;
    QAction *m_servicesPage = nullptr;
    QAction *m_recoveryPage = nullptr;
    QAction *m_schedulesPage = nullptr;
    bool m_painted = false;
    bool m_firstFramePainted = false;
};

} // namespace Apim::Ui
