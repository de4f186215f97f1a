#include "ui/main/SessionController.h"

#include "auth/AccountManager.h"
#include "auth/TokenResponse.h"
#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/UiContext.h"
#include "ui/models/AccountPresenter.h"
#include "ui/models/InventoryTreeAdapter.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/SecretsStatusButton.h"

#include <QAction>
#include <QRegularExpression>

namespace Apim::Ui {

SessionController::SessionController(
    MainWindow *window, const UiContext &context, Core::SecretsManager *secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_secrets(secrets)
{
    connect(window, &MainWindow::signInRequested, this, [this] { openSignInDialog(); });
    connect(window, &MainWindow::signOutRequested, this, [this] {
        if (m_services)
            m_services->accounts()->signOut();
    });
    connect(window, &MainWindow::switchTenantRequested, this, &SessionController::switchTenant);
    if (secrets) {
        connect(secrets, &Core::SecretsManager::modeChanged, this, &SessionController::onSecretsMode);
        connect(secrets, &Core::SecretsManager::probeFinished, this, &SessionController::onSecretsMode);
        connect(window, &MainWindow::retryKeychainRequested, this, [this] {
            m_window->secretsStatus()->setState(SecretsStatusButton::Mode::Probing, QString(), false);
            m_secrets->retryKeychain();
        });
        connect(window, &MainWindow::sessionOnlyRequested, this, [this] {
            m_secrets->useSessionOnly();
            UiSettings(m_context.settings).setSessionOnlySecrets(true);
        });
    }
}

SignInDialog *SessionController::signInDialog() const
{
    return m_dialog;
}

void SessionController::bind(Core::Engine *services)
{
    if (m_services)
        m_services->accounts()->disconnect(this);
    m_services = services;
    m_window->setInventory(nullptr);
    m_window->setAccountText(QString(), QString());
    if (!services)
        return;
    m_window->setPortalBase(services->cloud().portal().isValid() ? services->cloud().portal()
                                                                 : QUrl(QStringLiteral("https://portal.azure.com")));
    Core::AccountManager *accounts = services->accounts();
    connect(accounts, &Core::AccountManager::signedIn, this, &SessionController::onSignedIn);
    connect(accounts, &Core::AccountManager::signInFailed, this, &SessionController::onSignInFailed);
    connect(accounts, &Core::AccountManager::signedOut, this, &SessionController::onSignedOut);
    connect(
        accounts, &Core::AccountManager::restoreFinished, this, [this](bool restored, const Core::AuthError &error) {
            if (restored && m_services)
                onSignedIn(m_services->accounts()->accountInfo());
            else if (error.isError() && error.kind != Core::AuthError::Kind::SignInRequired)
                m_window->setNotice(tr("Your last session could not be restored: %1").arg(error.message), true);
            emit sessionRestoreFinished(restored);
        });
    connect(accounts, &Core::AccountManager::deviceCodeReady, this, [this](const Core::DeviceCodeInfo &info) {
        if (m_dialog)
            m_dialog->showDeviceCode(info.userCode, info.verificationUri, info.message);
    });
    connect(accounts, &Core::AccountManager::authorizeUrlReady, this, [this](const QUrl &url) {
        if (m_dialog) {
            m_dialog->setBusy(true,
                tr("Finish signing in in your browser. If no browser opened, open this "
                   "address: <a href=\"%1\">sign-in page</a>")
                    .arg(url.toString().toHtmlEscaped()),
                Qt::RichText);
        }
    });
    connect(accounts, &Core::AccountManager::sessionExpired, this, [this](const Core::AuthError &error) {
        m_window->setNotice(tr("Your sign-in has expired: %1 Sign in again to continue.").arg(error.message), true);
        m_window->setAccountText(tr("Sign in again"), error.message);
        m_window->signInAction()->setVisible(true);
    });
    connect(accounts, &Core::AccountManager::sessionWarning, this,
        [this](const QString &message) { m_window->setNotice(message, false); });
}

void SessionController::start(bool restoreSession)
{
    if (m_secrets) {
        if (UiSettings(m_context.settings).sessionOnlySecrets()) {
            m_secrets->useSessionOnly();
        } else {
            m_window->secretsStatus()->setState(SecretsStatusButton::Mode::Probing, QString(), false);
            m_secrets->probe();
        }
    }
    if (restoreSession && m_services)
        m_services->accounts()->restoreSession();
    else
        emit sessionRestoreFinished(false);
}

bool SessionController::isSignedIn() const
{
    return m_services && m_services->accounts()->isSignedIn();
}

void SessionController::onSecretsMode(Core::SecretsManager::Mode mode, const QString &reason)
{
    SecretsStatusButton *status = m_window->secretsStatus();
    switch (mode) {
    case Core::SecretsManager::Mode::Unchecked:
        status->setState(
            m_secrets->isProbing() ? SecretsStatusButton::Mode::Probing : SecretsStatusButton::Mode::Keychain,
            QString(), false);
        m_window->setKeychainProblem(QString());
        break;
    case Core::SecretsManager::Mode::Keychain:
        status->setState(SecretsStatusButton::Mode::Keychain, QString(), false);
        m_window->setKeychainProblem(QString());
        if (UiSettings(m_context.settings).sessionOnlySecrets())
            UiSettings(m_context.settings).setSessionOnlySecrets(false);
        // A session signed in while the keychain was down can be remembered now.
        if (m_services && m_services->accounts()->isSignedIn() && !m_services->accounts()->accountInfo().remembered)
            m_services->accounts()->rememberSession();
        break;
    case Core::SecretsManager::Mode::SessionOnly:
        status->setState(SecretsStatusButton::Mode::SessionOnly, reason, true);
        m_window->setKeychainProblem(QString());
        break;
    case Core::SecretsManager::Mode::Unavailable:
        status->setState(SecretsStatusButton::Mode::Unavailable, reason, false);
        m_window->setKeychainProblem(reason);
        break;
    }
}

void SessionController::openSignInDialog(const QString &tenant, std::optional<Core::SignInMethod> method)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_context.dialogs, m_context.urlOpener, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SignInDialog::signInRequested, this, &SessionController::submitSignIn);
        connect(m_dialog, &SignInDialog::cancelRequested, this, [this] {
            if (m_services && m_services->accounts()->isSigningIn())
                m_services->accounts()->cancelSignIn();
        });
    }
    UiSettings settings(m_context.settings);
    Core::SignInMethod chosen
        = method.value_or(Core::signInMethodFromName(settings.signInMethod()).value_or(Core::SignInMethod::Browser));
    if (chosen == Core::SignInMethod::Environment) // not offered in the dialog
        chosen = Core::SignInMethod::Browser;
    m_dialog->setInitial(settings.cloud(), chosen, tenant.isEmpty() ? settings.tenant() : tenant, settings.clientId());
    m_context.dialogs->showDialog(m_dialog);
}

void SessionController::submitSignIn()
{
    if (!m_dialog)
        return;
    QString error;
    const Core::CloudEnvironment cloud = m_dialog->cloud(&error);
    if (!cloud.isValid()) {
        m_dialog->showError(error);
        return;
    }
    const Core::SignInOptions options = m_dialog->options();
    UiSettings settings(m_context.settings);
    settings.setCloud(m_dialog->cloudChoice());
    settings.setSignInMethod(Core::signInMethodName(options.method));
    settings.setTenant(options.tenant);
    settings.setClientId(options.clientId);
    settings.sync();
    m_dialog->setBusy(
        true, options.method == Core::SignInMethod::DeviceCode ? tr("Asking for a device code…") : tr("Signing in…"));
    if (!m_services || m_services->cloud() != cloud) {
        emit cloudChangeRequested(m_dialog->cloudChoice(), options);
        return;
    }
    signInWith(options);
}

void SessionController::signInWith(const Core::SignInOptions &options)
{
    if (m_services)
        m_services->accounts()->signIn(options);
}

void SessionController::onSignedIn(const Core::AccountInfo &account)
{
    if (!m_services)
        return;
    m_window->setAccountText(
        AccountPresenter::label(account), AccountPresenter::toolTip(account, m_services->cloud().name()));
    m_window->setNotice(QString(), false);
    if (m_dialog) {
        m_dialog->setBusy(false);
        m_dialog->accept();
    }
    m_window->setInventory(m_services->inventory());
    m_window->inventoryAdapter()->refresh();
    emit signedIn();
}

void SessionController::onSignInFailed(const Core::AuthError &error)
{
    if (error.kind == Core::AuthError::Kind::Cancelled) {
        if (m_dialog)
            m_dialog->setBusy(false);
        return;
    }
    const QString text = error.message.isEmpty() ? tr("Sign-in failed (%1).").arg(error.code) : error.message;
    if (m_dialog)
        m_dialog->showError(text);
    else
        m_window->setNotice(tr("Sign-in failed: %1").arg(text), true);
}

void SessionController::onSignedOut(const QString &warning)
{
    m_window->setInventory(nullptr);
    m_window->setAccountText(QString(), QString());
    m_window->setNotice(warning.isEmpty() ? QString() : tr("Signed out, but: %1").arg(warning), !warning.isEmpty());
    m_window->showStatus(tr("Signed out"));
    emit signedOut();
}

void SessionController::switchTenant()
{
    if (!m_services)
        return;
    // The directories this account can reach, as the inventory listed them; typing another
    // tenant id or domain works too. Then a sign-in to it with the same method.
    const QString current = m_services->accounts()->accountInfo().tenantId;
    QStringList items;
    QString currentItem;
    const QHash<QString, QString> tenants = m_window->inventoryAdapter()->tenantNames();
    for (auto it = tenants.cbegin(); it != tenants.cend(); ++it) {
        const QString item = QStringLiteral("%1 (%2)").arg(it.value(), it.key());
        items << item;
        if (it.key().compare(current, Qt::CaseInsensitive) == 0)
            currentItem = item;
    }
    items.sort(Qt::CaseInsensitive);
    const QString choice = m_context.dialogs->chooseItem(
        m_window, tr("Switch directory"), tr("Directory (tenant) to switch to:"), items, currentItem, true);
    // "Name (id)" from the list, or whatever the user typed.
    static const QRegularExpression idInParentheses(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    const QRegularExpressionMatch match = idInParentheses.match(choice);
    const QString tenant = match.hasMatch() ? match.captured(1).trimmed() : choice.trimmed();
    if (tenant.isEmpty() || tenant.compare(current, Qt::CaseInsensitive) == 0)
        return;
    openSignInDialog(tenant);
}

} // namespace Apim::Ui
