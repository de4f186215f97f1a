#pragma once

#include "FakeDialogProvider.h"
#include "RecordingNotifier.h"
#include "engine/Engine.h"
#include "ui/main/UiContext.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Apim::Core {
class KeychainSecretStore;
class MemorySecretStore;
class NetworkSetup;
class SecretsManager;
class Settings;
class SystemClock;
} // namespace Apim::Core

namespace Apim::Ui {
class AppController;
class BackupDialog;
class MainWindow;
struct OperationView;
} // namespace Apim::Ui

namespace Apim::Test {

// The desktop app as the UI tests (and the screenshot run) drive it: the real
// AppController and MainWindow over the real core, pointed at an azure-sim through its
// cloud file, with a temporary home (settings, journal), an in-memory "keychain",
// scripted dialogs and recorded notifications. restart() builds a second app over the
// same home and secrets, as a relaunch would.
class UiHarness
{
public:
    // The demo seed's automation service principal (tests/simulator/seeds/demo.json).
    static inline const QString kTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
    static inline const QString kClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
    static inline const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");

    UiHarness(const QUrl &simUrl, const QString &cloudFile);
    ~UiHarness();
    UiHarness(const UiHarness &) = delete;
    UiHarness &operator=(const UiHarness &) = delete;

    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    // Before launch(): every request of the app through network (its proxy and trusted CAs),
    // and Settings → Network shown, with the trusted certificates under home().
    void useNetworkSetup(Core::NetworkSetup *network);
    // Starts the app (restoring a saved session when restoreSession) and shows the window.
    // afterFirstPaint: the app's own order (app/main.cpp): started once the window's first
    // frame is painted, not before.
    void launch(bool restoreSession = false, bool afterFirstPaint = false);
    // Signs in as the service principal and waits until the services are listed.
    bool signIn(int timeoutMs = 15000);
    // Signs in without waiting: isListed() says when every service is in the tree.
    void startSignIn();
    bool isListed() const { return m_listed; }
    bool waitForServicesListed(int timeoutMs = 15000);
    // Destroys the app and launches a new one over the same home and secrets.
    void restart(bool restoreSession = true);

    Ui::AppController *app() const { return m_app.get(); }
    Ui::MainWindow *window() const;
    FakeDialogProvider &dialogs() { return m_dialogs; }
    RecordingNotifier &notifier() { return m_notifier; }
    RecordingUrlOpener &urlOpener() { return m_urlOpener; }
    Core::Settings *settings() const { return m_settings.get(); }
    // The in-memory stand-in for the OS keychain (setFailure makes it locked or missing).
    Core::MemorySecretStore *keychain() const { return m_keychain.get(); }
    Core::SecretsManager *secrets() const { return m_secrets.get(); }
    QString home() const { return m_home.path(); }
    // The app's one network manager (its proxy, its kept-alive connections).
    QNetworkAccessManager *network() { return &m_network; }
    QUrl simUrl() const { return m_simUrl; }

    // The resource id of a demo service by name (empty when the tree does not have it).
    QString serviceId(const QString &name) const;
    bool selectService(const QString &name);

    // Operations of a few seconds, polled every second, and no faults left from a test before.
    bool useShortOperations();
    // Selects the service and opens its backup dialog (null when the service is not listed).
    Ui::BackupDialog *openBackupDialog(const QString &service);
    // The newest operation in the operations dock, and a wait for it to end.
    const Ui::OperationView *latestOperation() const;
    bool waitLatestFinished(int timeoutMs = 20000);

    // POST/DELETE to the simulator's control endpoint; waits for the answer.
    bool simControl(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QByteArray simGet(const QString &path);

private:
    QUrl m_simUrl;
    QString m_cloudFile;
    QString m_error;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    std::unique_ptr<Core::SystemClock> m_clock;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::MemorySecretStore> m_keychain;
    std::unique_ptr<Core::SecretsManager> m_secrets;
    FakeDialogProvider m_dialogs;
    RecordingNotifier m_notifier;
    RecordingUrlOpener m_urlOpener;
    Ui::UiContext m_context;
    Core::Engine::Parts m_shared;
    std::unique_ptr<Ui::AppController> m_app;
    bool m_listed = false;
};

} // namespace Apim::Test
