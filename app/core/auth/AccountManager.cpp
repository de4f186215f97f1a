#include "auth/AccountManager.h"

#include "auth/DeviceCodeCredential.h"
#include "auth/EntraClient.h"
#include "auth/ForwardingCredential.h"
#include "auth/InteractiveBrowserCredential.h"
#include "auth/JwtClaims.h"
#include "auth/RefreshTokenSession.h"
#include "auth/SessionStore.h"
#include "auth/UserCredential.h"
#include "secrets/StorageKeyStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QTimer>

namespace Apim::Core {

AccountManager::AccountManager(QNetworkAccessManager *network, const CloudEnvironment &cloud, SecretStore *secrets,
    Settings *settings, UrlOpener *opener, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_cloud(cloud)
    , m_clock(clock)
    , m_entra(new EntraClient(network, cloud, clock, this))
    , m_credentials(m_entra, opener, clock)
    , m_session(new SessionStore(secrets, settings, cloud, this))
    , m_current(new ForwardingCredential([this] { return m_primary.data(); }, {}, this))
{ }

AccountManager::~AccountManager() = default;

void AccountManager::setStorageKeyStore(StorageKeyStore *store)
{
    m_storageKeys = store;
}

TokenCredential *AccountManager::currentCredential() const
{
    return m_current;
}

TokenCredential *AccountManager::credentialForTenant(const QString &tenantId)
{
    const QString tenant = tenantId.trimmed().toLower();
    if (tenant.isEmpty())
        return m_current;
    ForwardingCredential *&proxy = m_tenantProxies[tenant];
    if (!proxy)
        proxy = new ForwardingCredential([this, tenant] { return realCredentialForTenant(tenant); }, tenant, this);
    return proxy;
}

TokenCredential *AccountManager::realCredentialForTenant(const QString &tenant)
{
    if (!m_info.isSignedIn() || m_primary.isNull())
        return nullptr;
    if (tenant.compare(m_info.tenantId, Qt::CaseInsensitive) == 0)
        return m_primary;
    QPointer<TokenCredential> &credential = m_tenantCredentials[tenant];
    // One sign-in, many tenants: the same refresh token (or service principal, or az) asks
    // the other tenant's authority.
    if (!credential)
        credential = m_credentials.forTenant(m_info, tenant, m_userSession, m_clientSecret, this);
    return credential;
}

void AccountManager::finishUserSignIn(UserCredential *credential, AccountInfo info, const AuthError &error)
{
    if (error.isError()) {
        failSignIn(error);
        return;
    }
    info.tenantId = credential->tenantId();
    info.homeTenantId = credential->homeTenantId();
    info.accountName = credential->accountName();
    info.objectId = credential->objectId();
    adopt(credential, credential->session(), info, {}, m_rememberPending);
}

void AccountManager::failSignIn(const AuthError &error)
{
    qCWarning(lcAuth) << "sign-in failed:" << error.code << error.message;
    if (m_pending)
        m_pending->deleteLater();
    m_pending.clear();
    emit signInFailed(error);
}

void AccountManager::signIn(const SignInOptions &options)
{
    if (isSigningIn()) {
        QTimer::singleShot(0, this, [this] {
            emit signInFailed({ AuthError::Kind::Other, QStringLiteral("busy"),
                tr("A sign-in is already in progress: finish or cancel it first.") });
        });
        return;
    }
    m_rememberPending = options.remember;
    const CredentialFactory::Made made = m_credentials.signIn(options, m_cloud, this);
    if (!made.credential) {
        QTimer::singleShot(0, this, [this, error = made.error] { failSignIn(error); });
        return;
    }
    if (auto *user = qobject_cast<UserCredential *>(made.credential)) {
        startInteractive(user, made.info);
        return;
    }
    verifyAndAdopt(made.credential, made.info, made.clientSecret);
}

void AccountManager::startInteractive(UserCredential *credential, const AccountInfo &info)
{
    m_pending = credential;
    auto finish = [this, credential, info](const AuthError &error) { finishUserSignIn(credential, info, error); };
    if (auto *browser = qobject_cast<InteractiveBrowserCredential *>(credential)) {
        connect(browser, &InteractiveBrowserCredential::authorizeUrlReady, this, &AccountManager::authorizeUrlReady);
        connect(browser, &InteractiveBrowserCredential::redirectRejected, this, &AccountManager::redirectRejected);
        connect(browser, &InteractiveBrowserCredential::authenticated, this, finish);
        browser->authenticate();
    } else if (auto *device = qobject_cast<DeviceCodeCredential *>(credential)) {
        connect(device, &DeviceCodeCredential::deviceCodeReady, this, &AccountManager::deviceCodeReady);
        connect(device, &DeviceCodeCredential::authenticated, this, finish);
        device->authenticate();
    }
}

void AccountManager::verifyAndAdopt(TokenCredential *credential, AccountInfo info, const QString &clientSecret)
{
    // Methods without an interactive step prove themselves by getting an ARM token now, so a
    // wrong secret fails the sign-in instead of the first backup.
    m_pending = credential;
    credential->token(m_cloud.armScope(), this,
        [this, credential, info, clientSecret](const AccessToken &token, const AuthError &error) mutable {
            if (m_pending != credential)
                return; // cancelled meanwhile
            if (error.isError()) {
                failSignIn(error);
                return;
            }
            const JwtClaims claims = JwtClaims::decode(token.token);
            if (info.tenantId.isEmpty())
                info.tenantId = token.tenantId.isEmpty() ? claims.tenantId() : token.tenantId;
            if (info.homeTenantId.isEmpty())
                info.homeTenantId = info.tenantId;
            info.objectId = claims.objectId();
            if (info.method == SignInMethod::ServicePrincipal || info.method == SignInMethod::Environment)
                info.displayName = claims.value(QStringLiteral("app_displayname"));
            if (info.method == SignInMethod::AzureCli) {
                info.accountName = credential->accountName();
                info.clientId = claims.appId();
            }
            adopt(credential, nullptr, info, clientSecret, m_rememberPending);
        });
}

void AccountManager::cancelSignIn()
{
    if (auto *browser = qobject_cast<InteractiveBrowserCredential *>(m_pending.data())) {
        browser->cancel();
        return;
    }
    if (auto *device = qobject_cast<DeviceCodeCredential *>(m_pending.data())) {
        device->cancel();
        return;
    }
    if (m_pending)
        failSignIn({ AuthError::Kind::Cancelled, QStringLiteral("cancelled"), tr("The sign-in was cancelled.") });
}

void AccountManager::connectSession(RefreshTokenSession *session)
{
    connect(session, &RefreshTokenSession::expired, this, &AccountManager::sessionExpired);
    connect(session, &RefreshTokenSession::persistFailed, this, [this](const SecretError &error) {
        emit sessionWarning(tr("The renewed sign-in could not be saved in the keychain, so the next start may ask you "
                               "to sign in again: %1")
                                .arg(error.message));
    });
}

void AccountManager::dropCurrent()
{
    if (m_userSession)
        m_userSession->forget();
    for (const auto &credential : std::as_const(m_tenantCredentials)) {
        if (credential)
            credential->deleteLater();
    }
    m_tenantCredentials.clear();
    if (m_primary)
        m_primary->deleteLater();
    // A restored session belongs to the manager; a signed-in one to its credential.
    if (m_userSession && m_userSession->parent() == this)
        m_userSession->deleteLater();
    m_primary.clear();
    m_userSession.clear();
    m_clientSecret.clear();
    m_info = {};
}

void AccountManager::adopt(TokenCredential *credential, RefreshTokenSession *session, const AccountInfo &account,
    const QString &clientSecret, bool persistNow)
{
    const AccountInfo previous = m_info.isSignedIn() ? m_info : m_session->savedAccount();
    const SecretKey previousKey = secretKeyFor(previous);
    dropCurrent();
    m_pending.clear();
    m_primary = credential;
    m_userSession = session;
    m_clientSecret = clientSecret;
    m_info = account;
    m_info.signedInAt = m_clock.now();
    if (session)
        connectSession(session);

    qCInfo(lcAuth) << "signed in as" << m_info.accountName << "in tenant" << m_info.tenantId << "with"
                   << signInMethodName(m_info.method);
    if (!persistNow) {
        QTimer::singleShot(0, this, [this] { emit signedIn(m_info); });
        return;
    }
    // Another account's secret must not linger after this one took its place.
    if (previousKey.isValid() && previousKey.toString() != secretKeyFor(m_info).toString())
        m_session->removeSecret(previousKey);

    persist([this](const AccountInfo &info) { emit signedIn(info); });
}

void AccountManager::persist(std::function<void(const AccountInfo &)> done)
{
    if (!m_session->isPersistent()) {
        // Session-only secrets: nothing about the session is written, so nothing half-restores later.
        m_info.remembered = false;
        m_info.notRememberedReason = tr("Secrets are kept for this session only.");
        QTimer::singleShot(0, this, [this, done] { done(m_info); });
        return;
    }
    // The account is written only once its secret is saved, and as it is by then.
    m_session->saveSecret(m_info, m_userSession, m_clientSecret, [this, done](const SecretError &error) {
        if (error.isError()) {
            m_info.remembered = false;
            m_info.notRememberedReason = error.message;
            qCWarning(lcAuth) << "the sign-in works now but is not remembered:" << error.message;
        } else {
            if (const QString settingsError = m_session->saveAccount(m_info); !settingsError.isEmpty())
                emit sessionWarning(settingsError);
            m_info.remembered = true;
            m_info.notRememberedReason.clear();
        }
        done(m_info);
    });
}

void AccountManager::rememberSession()
{
    if (!m_info.isSignedIn())
        return;
    persist([this](const AccountInfo &info) {
        if (!info.remembered)
            emit sessionWarning(info.notRememberedReason);
    });
}

AccountInfo AccountManager::savedAccount(const Settings &settings)
{
    return SessionStore::savedAccount(settings);
}

std::optional<CloudEnvironment> AccountManager::savedCloud(const Settings &settings)
{
    return SessionStore::savedCloud(settings);
}

SecretKey AccountManager::secretKeyFor(const AccountInfo &info)
{
    return SessionStore::secretKeyFor(info);
}

void AccountManager::restoreSession()
{
    m_session->restore([this](const AccountInfo &saved, const QString &secret, const AuthError &error) {
        adoptRestored(saved, secret, error);
    });
}

void AccountManager::adoptRestored(const AccountInfo &saved, const QString &secret, const AuthError &error)
{
    if (error.isError() || !saved.isSignedIn()) {
        emit restoreFinished(false, error);
        return;
    }
    const CredentialFactory::Made made = m_credentials.restore(saved, secret, this);
    if (!made.credential) {
        emit restoreFinished(false, made.error);
        return;
    }
    if (made.session)
        m_session->attach(made.session, saved);
    adopt(made.credential, made.session, made.info, made.clientSecret, false);
    emit restoreFinished(true, {});
}

void AccountManager::signOut()
{
    if (m_pending) {
        cancelSignIn();
    }
    // Also a saved session that was never restored (e.g. the keychain was locked at start).
    const AccountInfo info = m_info.isSignedIn() ? m_info : m_session->savedAccount();
    const SecretKey secretKey = secretKeyFor(info);
    dropCurrent();
    m_session->forget(secretKey, [this](const QString &settingsError, const SecretError &secretError) {
        QStringList warnings;
        if (!settingsError.isEmpty())
            warnings.append(settingsError);
        if (secretError.isError())
            warnings.append(tr("The sign-in could not be removed from the keychain: %1").arg(secretError.message));
        forgetStorageKeys(warnings);
    });
    qCInfo(lcAuth) << "signed out" << info.accountName;
}

void AccountManager::forgetStorageKeys(const QStringList &warnings)
{
    if (!m_storageKeys) {
        emit signedOut(warnings.join(QLatin1Char(' ')));
        return;
    }
    m_storageKeys->forgetAll(this, [this, warnings](const SecretError &error) {
        QStringList all = warnings;
        if (error.isError())
            all.append(tr("Saved storage keys could not all be removed: %1").arg(error.message));
        emit signedOut(all.join(QLatin1Char(' ')));
    });
}

} // namespace Apim::Core
