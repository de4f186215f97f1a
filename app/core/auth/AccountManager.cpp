#include "auth/AccountManager.h"

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/DeviceCodeCredential.h"
#include "auth/EntraClient.h"
#include "auth/EnvironmentCredential.h"
#include "auth/ForwardingCredential.h"
#include "auth/InteractiveBrowserCredential.h"
#include "auth/JwtClaims.h"
#include "auth/RefreshTokenSession.h"
#include "auth/UserCredential.h"
#include "secrets/SecretStore.h"
#include "secrets/StorageKeyStore.h"
#include "settings/Settings.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonDocument>
#include <QTimer>

#include <memory>

namespace Apim::Core {

namespace {
const QString kGroup = QStringLiteral("session/");

QString key(const char *name)
{
    return kGroup + QLatin1String(name);
}

bool isUserMethod(SignInMethod method)
{
    return method == SignInMethod::Browser || method == SignInMethod::DeviceCode;
}
} // namespace

AccountManager::AccountManager(QNetworkAccessManager *network, const CloudEnvironment &cloud, SecretStore *secrets,
    Settings *settings, UrlOpener *opener, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_cloud(cloud)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_opener(opener)
    , m_clock(clock)
    , m_entra(new EntraClient(network, cloud, clock, this))
    , m_environment(QProcessEnvironment::systemEnvironment())
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
    if (credential)
        return credential;
    // One sign-in, many tenants: the same refresh token (or service principal, or az) asks
    // the other tenant's authority.
    switch (m_info.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
        if (m_userSession)
            credential = new UserCredential(m_userSession, tenant, m_info.accountName, this);
        break;
    case SignInMethod::ServicePrincipal:
    case SignInMethod::Environment:
        credential = new ClientSecretCredential(m_entra, tenant, m_info.clientId, m_clientSecret, this);
        break;
    case SignInMethod::AzureCli:
        credential = new AzureCliCredential(m_clock, tenant, m_azProgram, this);
        break;
    case SignInMethod::None:
        break;
    }
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
    AccountInfo info;
    info.method = options.method;
    info.cloudName = m_cloud.name();
    const QString armScope = m_cloud.armScope();
    auto failLater
        = [this](const AuthError &error) { QTimer::singleShot(0, this, [this, error] { failSignIn(error); }); };

    switch (options.method) {
    case SignInMethod::Browser: {
        AuthorizationCodeFlow::Options flow;
        if (!options.tenant.isEmpty())
            flow.tenant = options.tenant.trimmed();
        if (!options.clientId.isEmpty())
            flow.clientId = options.clientId.trimmed();
        flow.scopes = { armScope };
        flow.timeoutMs = options.browserTimeoutMs;
        flow.loginHint = options.loginHint;
        info.clientId = flow.clientId;
        auto *credential = new InteractiveBrowserCredential(m_entra, m_opener, flow, this);
        m_pending = credential;
        connect(credential, &InteractiveBrowserCredential::authorizeUrlReady, this, &AccountManager::authorizeUrlReady);
        connect(credential, &InteractiveBrowserCredential::redirectRejected, this, &AccountManager::redirectRejected);
        connect(credential, &InteractiveBrowserCredential::authenticated, this,
            [this, credential, info](const AuthError &error) { finishUserSignIn(credential, info, error); });
        credential->authenticate();
        return;
    }
    case SignInMethod::DeviceCode: {
        DeviceCodeFlow::Options flow;
        if (!options.tenant.isEmpty())
            flow.tenant = options.tenant.trimmed();
        if (!options.clientId.isEmpty())
            flow.clientId = options.clientId.trimmed();
        flow.scopes = { armScope };
        info.clientId = flow.clientId;
        auto *credential = new DeviceCodeCredential(m_entra, flow, this);
        m_pending = credential;
        connect(credential, &DeviceCodeCredential::deviceCodeReady, this, &AccountManager::deviceCodeReady);
        connect(credential, &DeviceCodeCredential::authenticated, this,
            [this, credential, info](const AuthError &error) { finishUserSignIn(credential, info, error); });
        credential->authenticate();
        return;
    }
    case SignInMethod::ServicePrincipal: {
        const QString tenant = options.tenant.trimmed();
        const QString clientId = options.clientId.trimmed();
        if (const QString problem = ClientSecretCredential::tenantProblem(tenant); !problem.isEmpty()) {
            failLater({ AuthError::Kind::InvalidCredentials, QStringLiteral("invalid_tenant"), problem });
            return;
        }
        if (clientId.isEmpty() || options.clientSecret.isEmpty()) {
            failLater({ AuthError::Kind::InvalidCredentials, QStringLiteral("missing_credentials"),
                tr("A service principal needs its client ID and a client secret.") });
            return;
        }
        info.tenantId = tenant;
        info.homeTenantId = tenant;
        info.clientId = clientId;
        info.accountName = clientId;
        auto *credential = new ClientSecretCredential(m_entra, tenant, clientId, options.clientSecret, this);
        verifyAndAdopt(credential, info, options.clientSecret);
        return;
    }
    case SignInMethod::Environment: {
        AuthError error;
        ClientSecretCredential *credential = EnvironmentCredential::create(m_environment, m_entra, &error, this);
        if (!credential) {
            failLater(error);
            return;
        }
        info.tenantId = credential->tenantId();
        info.homeTenantId = info.tenantId;
        info.clientId = credential->clientId();
        info.accountName = credential->clientId();
        // The secret stays in the environment: nothing of it is stored.
        verifyAndAdopt(credential, info, m_environment.value(QStringLiteral("AZURE_CLIENT_SECRET")));
        return;
    }
    case SignInMethod::AzureCli: {
        auto *credential = new AzureCliCredential(m_clock, options.tenant.trimmed(), m_azProgram, this);
        info.tenantId = options.tenant.trimmed();
        verifyAndAdopt(credential, info, {});
        return;
    }
    case SignInMethod::None:
        break;
    }
    failLater({ AuthError::Kind::Other, QStringLiteral("no_method"), tr("Choose how to sign in.") });
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
    const AccountInfo previous = m_info.isSignedIn() ? m_info : savedAccount(*m_settings);
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
        m_secrets->remove(previousKey, this, [](const SecretError &) {});

    persist([this](const AccountInfo &info) { emit signedIn(info); });
}

void AccountManager::persist(std::function<void(const AccountInfo &)> done)
{
    if (!m_secrets->isPersistent()) {
        // Session-only secrets: nothing about the session is written, so nothing half-restores later.
        m_info.remembered = false;
        m_info.notRememberedReason = tr("Secrets are kept for this session only.");
        QTimer::singleShot(0, this, [this, done] { done(m_info); });
        return;
    }
    auto finish = [this, done](const SecretError &error) {
        if (error.isError()) {
            m_info.remembered = false;
            m_info.notRememberedReason = error.message;
            qCWarning(lcAuth) << "the sign-in works now but is not remembered:" << error.message;
        } else {
            writeSettings(m_info);
            m_info.remembered = true;
            m_info.notRememberedReason.clear();
        }
        done(m_info);
    };
    const SecretKey key = secretKeyFor(m_info);
    if (isUserMethod(m_info.method) && m_userSession) {
        m_userSession->persistTo(m_secrets, key, this, finish);
    } else if (m_info.method == SignInMethod::ServicePrincipal) {
        m_secrets->write(key, m_clientSecret, this, finish);
    } else {
        QTimer::singleShot(0, this, [finish] { finish({}); }); // az and the environment keep their own secrets
    }
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

void AccountManager::writeSettings(const AccountInfo &info)
{
    m_settings->remove(QStringLiteral("session"));
    m_settings->setValue(key("method"), signInMethodName(info.method));
    m_settings->setValue(key("cloud"), info.cloudName);
    m_settings->setValue(
        key("cloudDefinition"), QString::fromUtf8(QJsonDocument(m_cloud.toJson()).toJson(QJsonDocument::Compact)));
    m_settings->setValue(key("tenant"), info.tenantId);
    m_settings->setValue(key("homeTenant"), info.homeTenantId);
    m_settings->setValue(key("clientId"), info.clientId);
    m_settings->setValue(key("account"), info.accountName);
    m_settings->setValue(key("objectId"), info.objectId);
    m_settings->setValue(key("signedInAt"), info.signedInAt.toString(Qt::ISODate));
    QString error;
    if (!m_settings->sync(&error))
        emit sessionWarning(error);
}

AccountInfo AccountManager::savedAccount(const Settings &settings)
{
    AccountInfo info;
    const auto method = signInMethodFromName(settings.value(key("method")).toString());
    if (!method)
        return info;
    info.method = *method;
    info.cloudName = settings.value(key("cloud")).toString();
    info.tenantId = settings.value(key("tenant")).toString();
    info.homeTenantId = settings.value(key("homeTenant")).toString();
    info.clientId = settings.value(key("clientId")).toString();
    info.accountName = settings.value(key("account")).toString();
    info.objectId = settings.value(key("objectId")).toString();
    info.signedInAt = QDateTime::fromString(settings.value(key("signedInAt")).toString(), Qt::ISODate);
    info.remembered = true;
    return info;
}

std::optional<CloudEnvironment> AccountManager::savedCloud(const Settings &settings)
{
    const QString name = settings.value(key("cloud")).toString();
    if (name.isEmpty())
        return std::nullopt;
    if (const auto builtIn = CloudEnvironment::builtIn(name))
        return builtIn;
    QString error;
    const CloudEnvironment cloud
        = CloudEnvironment::fromJson(settings.value(key("cloudDefinition")).toString().toUtf8(), &error);
    if (!cloud.isValid())
        return std::nullopt;
    return cloud;
}

SecretKey AccountManager::secretKeyFor(const AccountInfo &info)
{
    switch (info.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
        return SecretKey::refreshToken(info.cloudName, info.homeTenantId, info.clientId, info.accountName);
    case SignInMethod::ServicePrincipal:
        return SecretKey::clientSecret(info.cloudName, info.tenantId, info.clientId);
    case SignInMethod::AzureCli:
    case SignInMethod::Environment:
    case SignInMethod::None:
        break;
    }
    return {};
}

void AccountManager::restoreSession()
{
    const AccountInfo saved = savedAccount(*m_settings);
    auto finishLater = [this](bool restored, const AuthError &error) {
        QTimer::singleShot(0, this, [this, restored, error] { emit restoreFinished(restored, error); });
    };
    if (!saved.isSignedIn()) {
        finishLater(false, {});
        return;
    }
    if (saved.cloudName != m_cloud.name()) {
        finishLater(false,
            { AuthError::Kind::SignInRequired, QStringLiteral("other_cloud"),
                tr("The saved sign-in belongs to the cloud %1, not %2. Sign in again, or choose the cloud "
                   "%1.")
                    .arg(saved.cloudName, m_cloud.name()) });
        return;
    }

    auto restored = [this](TokenCredential *credential, RefreshTokenSession *session, const AccountInfo &info,
                        const QString &secret) {
        adopt(credential, session, info, secret, false);
        emit restoreFinished(true, {});
    };

    switch (saved.method) {
    case SignInMethod::Browser:
    case SignInMethod::DeviceCode:
    case SignInMethod::ServicePrincipal: {
        const SecretKey secretKey = secretKeyFor(saved);
        m_secrets->read(
            secretKey, this, [this, saved, secretKey, restored](const QString &secret, const SecretError &error) {
                if (error.kind == SecretError::Kind::NotFound || (!error.isError() && secret.isEmpty())) {
                    emit restoreFinished(false,
                        { AuthError::Kind::SignInRequired, QStringLiteral("secret_missing"),
                            tr("The saved sign-in of %1 has no secret in the keychain any more. "
                               "Sign in again.")
                                .arg(saved.accountName) });
                    return;
                }
                if (error.isError()) {
                    // Keep the saved session: the keychain may work again after an unlock.
                    emit restoreFinished(false,
                        { AuthError::Kind::Other, QStringLiteral("keychain"),
                            tr("The saved sign-in of %1 could not be read from the keychain: %2")
                                .arg(saved.accountName, error.message) });
                    return;
                }
                if (saved.method == SignInMethod::ServicePrincipal) {
                    auto *credential
                        = new ClientSecretCredential(m_entra, saved.tenantId, saved.clientId, secret, this);
                    restored(credential, nullptr, saved, secret);
                    return;
                }
                auto *session = new RefreshTokenSession(m_entra, saved.clientId, this);
                session->setRefreshToken(secret);
                session->attachStore(m_secrets, secretKey);
                auto *credential = new UserCredential(session, saved.tenantId, saved.accountName, this);
                restored(credential, session, saved, {});
            });
        return;
    }
    case SignInMethod::AzureCli: {
        auto *credential = new AzureCliCredential(m_clock, saved.tenantId, m_azProgram, this);
        QTimer::singleShot(0, this, [restored, credential, saved] { restored(credential, nullptr, saved, {}); });
        return;
    }
    case SignInMethod::Environment: {
        AuthError error;
        ClientSecretCredential *credential = EnvironmentCredential::create(m_environment, m_entra, &error, this);
        if (!credential) {
            finishLater(false, error);
            return;
        }
        AccountInfo info = saved;
        info.tenantId = credential->tenantId();
        info.clientId = credential->clientId();
        info.accountName = credential->clientId();
        const QString secret = m_environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));
        QTimer::singleShot(
            0, this, [restored, credential, info, secret] { restored(credential, nullptr, info, secret); });
        return;
    }
    case SignInMethod::None:
        break;
    }
    finishLater(false, {});
}

void AccountManager::signOut()
{
    if (m_pending) {
        cancelSignIn();
    }
    // Also a saved session that was never restored (e.g. the keychain was locked at start).
    const AccountInfo info = m_info.isSignedIn() ? m_info : savedAccount(*m_settings);
    const SecretKey secretKey = secretKeyFor(info);
    dropCurrent();
    m_settings->remove(QStringLiteral("session"));
    QString settingsError;
    m_settings->sync(&settingsError);
    qCInfo(lcAuth) << "signed out" << info.accountName;

    auto warnings = std::make_shared<QStringList>();
    if (!settingsError.isEmpty())
        warnings->append(settingsError);
    auto forgetStorageKeys = [this, warnings] {
        if (!m_storageKeys) {
            emit signedOut(warnings->join(QLatin1Char(' ')));
            return;
        }
        m_storageKeys->forgetAll(this, [this, warnings](const SecretError &error) {
            if (error.isError())
                warnings->append(tr("Saved storage keys could not all be removed: %1").arg(error.message));
            emit signedOut(warnings->join(QLatin1Char(' ')));
        });
    };
    if (!secretKey.isValid()) {
        QTimer::singleShot(0, this, forgetStorageKeys);
        return;
    }
    m_secrets->remove(secretKey, this, [this, warnings, forgetStorageKeys](const SecretError &error) {
        if (error.isError())
            warnings->append(tr("The sign-in could not be removed from the keychain: %1").arg(error.message));
        forgetStorageKeys();
    });
}

} // namespace Apim::Core
