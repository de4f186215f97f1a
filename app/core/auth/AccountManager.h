#pragma once

#include "auth/AccountInfo.h"
#include "auth/CredentialFactory.h"
#include "auth/TokenCredential.h"
#include "auth/TokenResponse.h"
#include "cloud/CloudEnvironment.h"
#include "secrets/SecretKey.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QNetworkAccessManager;

namespace Apim::Core {

class CachingCredential;
class Clock;
class EntraClient;
class ForwardingCredential;
class RefreshTokenSession;
class SecretStore;
class SessionStore;
class Settings;
class StorageKeyStore;
class UrlOpener;
class UserCredential;

// The signed-in account of the app (one at a time): signs in with any method (the
// credentials come from CredentialFactory), remembers the session through SessionStore -
// metadata in Settings, the refresh token or client secret in the SecretStore - restores
// it at start without touching the network, hands out credentials for the default tenant
// and for any other tenant of the account, and signs out by forgetting everything of the
// account in memory and in the keychain.
//
// currentCredential() and credentialForTenant() return objects that live as long as the
// manager and follow sign-in and sign-out, so callers may keep them.
class AccountManager : public QObject
{
    Q_OBJECT
public:
    AccountManager(QNetworkAccessManager *network, const CloudEnvironment &cloud, SecretStore *secrets,
        Settings *settings, UrlOpener *opener, const Clock &clock, QObject *parent = nullptr);
    ~AccountManager() override;

    // For --auth cli (tests point this at a fake az) and --auth env (defaults to the process's).
    void setAzureCliProgram(const QString &program) { m_credentials.setAzureCliProgram(program); }
    void setEnvironment(const QProcessEnvironment &environment) { m_credentials.setEnvironment(environment); }
    // When set, sign-out also forgets the storage keys the user saved.
    void setStorageKeyStore(StorageKeyStore *store); // in the .cpp: StorageKeyStore is only declared here

    const CloudEnvironment &cloud() const { return m_cloud; }
    EntraClient *entraClient() const { return m_entra; }

    void signIn(const SignInOptions &options);
    void cancelSignIn();
    bool isSigningIn() const { return !m_pending.isNull(); }

    // Reads the saved session (settings + its secret); no network. Ends with restoreFinished.
    void restoreSession();
    // Saves the current session again (e.g. after the user fixed the keychain).
    void rememberSession();
    // Forgets the account in memory, settings and keychain (also a saved session that
    // could not be restored). Ends with signedOut.
    void signOut();

    bool isSignedIn() const { return m_info.isSignedIn(); }
    AccountInfo accountInfo() const { return m_info; }
    TokenCredential *currentCredential() const;
    TokenCredential *credentialForTenant(const QString &tenantId);

    // The session the settings describe, whether or not it was restored.
    static AccountInfo savedAccount(const Settings &settings);
    // The cloud the saved session belongs to (a CLI without --cloud uses it).
    static std::optional<CloudEnvironment> savedCloud(const Settings &settings);
    static SecretKey secretKeyFor(const AccountInfo &info);

signals:
    void deviceCodeReady(const Apim::Core::DeviceCodeInfo &info);
    void authorizeUrlReady(const QUrl &url);
    void redirectRejected(const QString &reason);
    void signedIn(const Apim::Core::AccountInfo &account);
    void signInFailed(const Apim::Core::AuthError &error);
    void restoreFinished(bool restored, const Apim::Core::AuthError &error);
    void signedOut(const QString &warning); // warning empty: everything was forgotten
    void sessionExpired(const Apim::Core::AuthError &error); // the refresh token was refused
    void sessionWarning(const QString &message); // e.g. a rotated refresh token could not be saved

private:
    // Browser and device code: relays their interactive step, then finishUserSignIn.
    void startInteractive(UserCredential *credential, const AccountInfo &info);
    void verifyAndAdopt(TokenCredential *credential, AccountInfo info, const QString &clientSecret);
    void adopt(TokenCredential *credential, RefreshTokenSession *session, const AccountInfo &info,
        const QString &clientSecret, bool persist);
    void persist(std::function<void(const AccountInfo &)> done);
    void adoptRestored(const AccountInfo &saved, const QString &secret, const AuthError &error);
    void dropCurrent();
    void failSignIn(const AuthError &error);
    // Browser and device-code sign-ins end alike: record who signed in and adopt the session.
    void finishUserSignIn(UserCredential *credential, AccountInfo info, const AuthError &error);
    void connectSession(RefreshTokenSession *session);
    void forgetStorageKeys(const QStringList &warnings);
    TokenCredential *realCredentialForTenant(const QString &tenantId);

    CloudEnvironment m_cloud;
    const Clock &m_clock;
    EntraClient *m_entra;
    CredentialFactory m_credentials;
    SessionStore *m_session;
    QPointer<StorageKeyStore> m_storageKeys;

    AccountInfo m_info;
    QPointer<TokenCredential> m_primary;
    QPointer<RefreshTokenSession> m_userSession;
    QString m_clientSecret; // service principals: to make credentials for other tenants
    QHash<QString, QPointer<TokenCredential>> m_tenantCredentials; // by lower-case tenant
    QPointer<TokenCredential> m_pending; // a sign-in in progress
    bool m_rememberPending = true;
    ForwardingCredential *m_current;
    QHash<QString, ForwardingCredential *> m_tenantProxies;
};

} // namespace Apim::Core
