#pragma once

#include "auth/AccountInfo.h"
#include "auth/TokenResponse.h"
#include "cloud/CloudEnvironment.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QObject>

#include <functional>
#include <optional>

namespace Apim::Core {

class RefreshTokenSession;
class Settings;

// Remembers the signed-in account between runs: who it is (AccountInfo and its cloud) in
// Settings under session/, and its secret - the refresh token of a user, the client secret
// of a service principal - in the SecretStore. Az and the environment keep their own
// secrets, so only who they are is saved. Restoring reads both back without the network;
// forgetting removes both.
class SessionStore : public QObject
{
    Q_OBJECT
public:
    // (saved, secret, error): error set, or saved not signed in, when nothing is restored.
    using RestoreCallback
        = std::function<void(const AccountInfo &saved, const QString &secret, const AuthError &error)>;
    // Both empty when everything was forgotten.
    using ForgetCallback = std::function<void(const QString &settingsError, const SecretError &secretError)>;

    SessionStore(SecretStore *secrets, Settings *settings, const CloudEnvironment &cloud, QObject *parent = nullptr);

    // False for session-only secrets: then nothing is saved, so nothing half-restores later.
    bool isPersistent() const;
    AccountInfo savedAccount() const;

    // Saves the secret of info: the refresh token of session (which from then on saves its
    // rotations too), or clientSecret for a service principal; nothing for the others.
    void saveSecret(const AccountInfo &info, RefreshTokenSession *session, const QString &clientSecret,
        SecretStore::DoneCallback done);
    // Writes who info is (never a secret) to the settings; the error when they could not be written.
    QString saveAccount(const AccountInfo &info);
    // Removes a secret saved earlier (another account's), errors aside.
    void removeSecret(const SecretKey &key);

    // Reads the saved account and its secret; done runs later, exactly once.
    void restore(RestoreCallback done);
    // Makes a restored session save its rotated refresh tokens where the old one was.
    void attach(RefreshTokenSession *session, const AccountInfo &saved);

    // Forgets the saved account now and the secret under key (may be invalid: none); done runs later.
    void forget(const SecretKey &key, ForgetCallback done);

    static AccountInfo savedAccount(const Settings &settings);
    static std::optional<CloudEnvironment> savedCloud(const Settings &settings);
    static SecretKey secretKeyFor(const AccountInfo &info);

private:
    void readSecret(const AccountInfo &saved, RestoreCallback done);

    SecretStore *m_secrets;
    Settings *m_settings;
    CloudEnvironment m_cloud;
};

} // namespace Apim::Core
