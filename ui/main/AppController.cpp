#include "ui/main/AppController.h"

#include "net/NetworkSetup.h"
#include "operations/BackupNaming.h"
#include "operations/OperationManager.h"
#include "secrets/SecretsManager.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/SchedulesController.h"
#include "ui/main/SessionController.h"
#include "ui/models/InventoryTreeAdapter.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Notifier.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/NetworkSettingsWidget.h"

#include <QTimer>

#include <memory>

namespace Apim::Ui {

AppController::AppController(const UiContext &context, const Core::Engine::Parts &shared, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_shared(shared)
{
    m_window = new MainWindow(m_context);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_session = new SessionController(m_window, m_context, shared.secrets, this);
    m_operations = new OperationsController(m_window, m_context, this);
    m_recovery = new RecoveryController(m_window, m_operations, m_context, this);
    m_schedules = new SchedulesController(m_window, m_context,
        SchedulesController::Setup::fromEnvironment(QProcessEnvironment::systemEnvironment(), shared.dataDir), this);
    m_schedules->setSecretStore(shared.secrets);
    if (m_context.notifier) {
        m_context.notifier->setEnabled(UiSettings(m_context.settings).notificationsEnabled());
        connect(m_window, &MainWindow::activated, this, [this] { m_context.notifier->markRead(); });
    }

    connect(m_session, &SessionController::cloudChangeRequested, this, &AppController::switchCloud);
    connect(m_session, &SessionController::sessionRestoreFinished, this, [this] {
        // Operations are followed once the saved session is back, so the first poll has a
        // token; after a failed restore they still show, and resume at the next sign-in.
        if (m_session->isSignedIn() && !m_resumed) {
            m_resumed = true;
            m_operations->resume();
        }
    });
    connect(m_session, &SessionController::signedIn, this, [this] {
        if (!m_resumed) {
            m_resumed = true;
            m_operations->resume();
        }
    });
    connect(m_window->inventoryAdapter(), &InventoryTreeAdapter::loadingChanged, this, [this](bool loading) {
        if (!loading && m_window->inventoryAdapter()->inventory())
            emit servicesListed();
    });
    connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
}

AppController::~AppController()
{
    delete m_window;
}

void AppController::useCloud(const Core::CloudEnvironment &cloud)
{
    Core::Engine *old = m_services;
    m_services = new Core::Engine(m_shared, cloud, this);
    m_session->bind(m_services);
    m_operations->bind(m_services);
    m_recovery->bind(m_services);
    m_resumed = false;
    if (old)
        old->deleteLater();
}

void AppController::start(const Core::CloudEnvironment &cloud, bool restoreSession)
{
    useCloud(cloud);
    m_session->start(restoreSession);
}

void AppController::startAfterFirstPaint(
    const Core::CloudEnvironment &cloud, bool restoreSession, std::function<void()> then, int fallbackMs)
{
    afterFirstPaint(
        [this, cloud, restoreSession, then] {
            start(cloud, restoreSession);
            if (then)
                then();
        },
        fallbackMs);
}

void AppController::afterFirstPaint(std::function<void()> step, int fallbackMs)
{
    // Shared by the paint connection and the fallback timer: whichever comes first runs.
    auto pending = std::make_shared<bool>(true);
    auto go = [step, pending] {
        if (!*pending)
            return;
        *pending = false;
        step();
    };
    if (m_window->isFirstFramePainted()) {
        go();
        return;
    }
    connect(m_window, &MainWindow::firstPainted, this, go, Qt::SingleShotConnection);
    QTimer::singleShot(fallbackMs, this, go);
}

void AppController::signIn(const Core::SignInOptions &options)
{
    m_session->signInWith(options);
}

void AppController::switchCloud(const QString &cloudChoice, const Core::SignInOptions &options)
{
    QString error;
    const Core::CloudEnvironment cloud = Core::CloudEnvironment::resolve(cloudChoice, &error);
    if (!cloud.isValid()) {
        m_context.dialogs->error(m_window, tr("Cannot use this cloud"), error);
        return;
    }
    useCloud(cloud);
    // The proxy's password was read for the cloud the app started in (app/main.cpp). The
    // new cloud's endpoints may go through another proxy, or the same as another user: its
    // password is read first, or the sign-in's first request takes the proxy's 407 for a
    // refused password. A later switch supersedes this one.
    const int switchNumber = ++m_cloudSwitches;
    const auto signIn = [this, options, switchNumber] {
        if (switchNumber == m_cloudSwitches)
            m_session->signInWith(options);
    };
    if (!m_context.network) {
        signIn();
        return;
    }
    m_context.network->loadProxyPassword(m_shared.secrets, cloud.resourceManager(), this, signIn);
}

void AppController::openSettings()
{
    auto *dialog = new SettingsDialog(m_context.settings, m_window->inventoryAdapter()->subscriptionNames(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.network) {
        NetworkSettingsWidget::Parts network;
        network.network = m_context.network;
        network.secrets = m_shared.secrets;
        network.settings = m_context.settings;
        network.dialogs = m_context.dialogs;
        network.trustedCertificatesDir = m_context.trustedCertificatesDir;
        network.probeUrl = m_services ? m_services->cloud().resourceManager()
                                      : Core::CloudEnvironment::azureCloud().resourceManager();
        dialog->addNetworkSettings(new NetworkSettingsWidget(network));
    }
    connect(dialog, &SettingsDialog::applied, this, [this](bool languageChanged, bool secretsChanged) {
        UiSettings settings(m_context.settings);
        if (m_context.notifier)
            m_context.notifier->setEnabled(settings.notificationsEnabled());
        if (m_services)
            m_services->reloadSettings();
        if (secretsChanged && m_shared.secrets) {
            if (settings.sessionOnlySecrets())
                m_shared.secrets->useSessionOnly();
            else
                m_shared.secrets->retryKeychain();
        }
        if (languageChanged)
            m_window->showStatus(tr("The new language applies when APIM Backup restarts."), 10000);
    });
    m_context.dialogs->showDialog(dialog);
}

} // namespace Apim::Ui
