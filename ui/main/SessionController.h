#pragma once

#include "auth/AccountInfo.h"
#include "auth/TokenCredential.h"
#include "secrets/SecretsManager.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Apim::Core {
class Engine;
}

namespace Apim::Ui {

class MainWindow;
class SignInDialog;
struct UiContext;

// Sign-in and the secrets status, between the main window and the core: opens the
// sign-in dialog, shows the device code, puts the account in the status bar, hands the
// inventory to the window once signed in, restores the saved session at start, signs
// out, switches tenant, and keeps the "Secrets:" indicator and keychain banner current.
class SessionController : public QObject
{
    Q_OBJECT
public:
    SessionController(
        MainWindow *window, const UiContext &context, Core::SecretsManager *secrets, QObject *parent = nullptr);

    // Follows the services of a (new) cloud; nullptr before the first one exists.
    void bind(Core::Engine *services);
    // At start: the secrets probe and the saved session, both asynchronous.
    void start(bool restoreSession);

    // tenant / method: prefilled instead of the last used ones (switch tenant, --auth device).
    void openSignInDialog(const QString &tenant = {}, std::optional<Core::SignInMethod> method = std::nullopt);
    SignInDialog *signInDialog() const;
    bool isSignedIn() const;

signals:
    // The user chose a cloud other than the current services' one: rebuild, then sign in.
    void cloudChangeRequested(const QString &cloudChoice, const Apim::Core::SignInOptions &options);
    void signedIn();
    void signedOut();
    // The saved session was restored or could not be; either way startup may go on.
    void sessionRestoreFinished(bool restored);

private:
    void onSecretsMode(Core::SecretsManager::Mode mode, const QString &reason);
    void onSignedIn(const Core::AccountInfo &account);
    void onSignInFailed(const Core::AuthError &error);
    void onSignedOut(const QString &warning);
    void submitSignIn();
    void switchTenant();

    MainWindow *m_window;
    const UiContext &m_context;
    Core::SecretsManager *m_secrets;
    QPointer<Core::Engine> m_services;
    QPointer<SignInDialog> m_dialog;
    QString m_pendingTenant;

public:
    // Called by the app controller after it rebuilt the services for another cloud.
    void signInWith(const Core::SignInOptions &options);
};

} // namespace Apim::Ui
