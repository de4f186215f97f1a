#pragma once

#include "auth/AccountInfo.h"
#include "cloud/CloudEnvironment.h"
#include "engine/Engine.h"
#include "ui/main/UiContext.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Ui {

class MainWindow;
class OperationsController;
class RecoveryController;
class SchedulesController;
class SessionController;

// Puts the desktop app together over one set of core services: the main window, the
// session (sign-in, secrets) and operations controllers, the settings dialog; rebuilds
// the services when the user signs in to another cloud. app/main.cpp makes one; the UI
// tests make one per scenario against the simulator.
class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(const UiContext &context, const Core::Engine::Parts &shared, QObject *parent = nullptr);
    ~AppController() override;

    // Builds the services for cloud and starts: secrets probe, the saved session (when
    // restoreSession) and, once that is settled, the operations left in the journal.
    void start(const Core::CloudEnvironment &cloud, bool restoreSession);
    // start(), then then(), once the window's first frame is painted, so that none of it
    // (the keychain probe's D-Bus connection, the saved session, the journal, a sign-in)
    // delays that frame; after fallbackMs if the window never paints (started minimized,
    // never shown) or right away if it already has.
    void startAfterFirstPaint(const Core::CloudEnvironment &cloud, bool restoreSession, std::function<void()> then = {},
        int fallbackMs = kStartFallbackMs);
    // step() once, when the window's first frame is painted, with the same fallbacks.
    void afterFirstPaint(std::function<void()> step, int fallbackMs = kStartFallbackMs);
    static constexpr int kStartFallbackMs = 3000;
    // Signs in without the dialog (--auth env|sp|cli).
    void signIn(const Core::SignInOptions &options);

    MainWindow *window() const { return m_window; }
    Core::Engine *services() const { return m_services.data(); }
    SessionController *session() const { return m_session; }
    OperationsController *operations() const { return m_operations; }
    RecoveryController *recovery() const { return m_recovery; }
    SchedulesController *schedules() const { return m_schedules; }

signals:
    // After the first services listing of a session ends (startup benchmark, tests).
    void servicesListed();

private:
    void useCloud(const Core::CloudEnvironment &cloud);
    void switchCloud(const QString &cloudChoice, const Core::SignInOptions &options);
    void openSettings();

    UiContext m_context;
    Core::Engine::Parts m_shared;
    MainWindow *m_window = nullptr;
    SessionController *m_session = nullptr;
    OperationsController *m_operations = nullptr;
    RecoveryController *m_recovery = nullptr;
    SchedulesController *m_schedules = nullptr;
    QPointer<Core::Engine> m_services;
    bool m_resumed = false;
    int m_cloudSwitches = 0; // the latest switchCloud(), whose sign-in waits for the proxy's password
};

} // namespace Apim::Ui
