#pragma once

#include "auth/EntraClient.h"
#include "secrets/ContextGuard.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace Apim::Core {

// One signed-in user's refresh token, shared by the credentials of all their tenants and
// scopes: the same token yields the ARM token, the storage token, and tokens for guest
// tenants. Redemptions run one at a time, so a server that rotates refresh tokens (and
// may revoke the old one) never sees a token that was already replaced. Every new refresh
// token is written to the SecretStore before the access token is handed out.
class RefreshTokenSession : public QObject
{
    Q_OBJECT
public:
    RefreshTokenSession(EntraClient *entra, const QString &clientId, QObject *parent = nullptr);

    void setRefreshToken(const QString &refreshToken) { m_refreshToken = refreshToken; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    QString clientId() const { return m_clientId; }
    EntraClient *entra() const { return m_entra; }

    // From now on every rotation is written to store under key; the current token is written
    // now and callback (optional) learns how that went.
    void persistTo(
        SecretStore *store, const SecretKey &key, QObject *context = nullptr, SecretStore::DoneCallback callback = {});
    // Like persistTo, without writing now (the token was just read from store).
    void attachStore(SecretStore *store, const SecretKey &key)
    {
        m_store = store;
        m_key = key;
    }
    bool isPersisted() const { return !m_store.isNull(); }
    SecretKey key() const { return m_key; }

    // A new access token for scope in tenant. Queued behind any redemption in progress.
    void redeem(const QString &tenant, const QString &scope, QObject *context, EntraClient::TokenCallback callback);

    // Forgets the refresh token in memory (sign-out); redemptions in flight are answered
    // with SignInRequired and their rotated tokens dropped.
    void forget();

signals:
    void rotated(); // a new refresh token arrived
    void persistFailed(const Apim::Core::SecretError &error);
    void expired(const Apim::Core::AuthError &error); // the refresh token was refused

private:
    struct Pending
    {
        QString tenant;
        QString scope;
        ContextGuard guard;
        EntraClient::TokenCallback callback;
    };
    void startNext();
    void answer(const Pending &pending, const TokenResponse &response, const AuthError &error);
    AuthError notSignedIn() const;

    EntraClient *m_entra;
    QString m_clientId;
    QString m_refreshToken;
    QPointer<SecretStore> m_store;
    SecretKey m_key;
    QList<Pending> m_queue;
    bool m_busy = false;
    int m_generation = 0;
};

} // namespace Apim::Core
