#include "auth/RefreshTokenSession.h"

#include "util/Logging.h"

namespace Apim::Core {

RefreshTokenSession::RefreshTokenSession(EntraClient *entra, const QString &clientId, QObject *parent)
    : QObject(parent)
    , m_entra(entra)
    , m_clientId(clientId)
{ }

void RefreshTokenSession::persistTo(
    SecretStore *store, const SecretKey &key, QObject *context, SecretStore::DoneCallback callback)
{
    m_store = store;
    m_key = key;
    const ContextGuard guard(context);
    store->write(key, m_refreshToken, this, [this, guard, callback](const SecretError &error) {
        // Not saved at all: later rotations need not try (and warn) again.
        if (error.isError())
            m_store.clear();
        if (callback)
            guard.post(this, [callback, error] { callback(error); });
    });
}

AuthError RefreshTokenSession::notSignedIn() const
{
    return { AuthError::Kind::SignInRequired, QStringLiteral("not_signed_in"),
        tr("You are not signed in. Sign in first.") };
}

void RefreshTokenSession::redeem(
    const QString &tenant, const QString &scope, QObject *context, EntraClient::TokenCallback callback)
{
    m_queue.append({ tenant, scope, ContextGuard(context), std::move(callback) });
    if (!m_busy)
        startNext();
}

void RefreshTokenSession::startNext()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        return;
    }
    m_busy = true;
    const Pending pending = m_queue.takeFirst();
    if (m_refreshToken.isEmpty()) {
        answer(pending, {}, notSignedIn());
        return;
    }
    // offline_access keeps the answer carrying a (rotated) refresh token.
    const EntraClient::FormFields form {
        { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
        { QStringLiteral("client_id"), m_clientId },
        { QStringLiteral("refresh_token"), m_refreshToken },
        { QStringLiteral("scope"), pending.scope + QStringLiteral(" offline_access") },
    };
    const int generation = m_generation;
    m_entra->requestToken(
        pending.tenant, form, this, [this, pending, generation](const TokenResponse &response, const AuthError &error) {
            if (generation != m_generation) {
                answer(pending, {}, notSignedIn());
                return;
            }
            if (error.kind == AuthError::Kind::SignInRequired) {
                qCWarning(lcAuth) << "the refresh token was refused:" << error.code;
                emit expired(error);
            }
            if (error.isError() || response.refreshToken.isEmpty() || response.refreshToken == m_refreshToken) {
                answer(pending, response, error);
                return;
            }
            m_refreshToken = response.refreshToken;
            emit rotated();
            if (m_store.isNull()) {
                answer(pending, response, error);
                return;
            }
            // Written before the access token is handed out: if we crash now, the keychain holds
            // the newest refresh token, not one the server may already have revoked.
            m_store->write(m_key, m_refreshToken, this, [this, pending, response](const SecretError &writeError) {
                if (writeError.isError()) {
                    qCWarning(lcAuth) << "could not save the rotated refresh token:" << writeError.message;
                    emit persistFailed(writeError);
                }
                answer(pending, response, {});
            });
        });
}

void RefreshTokenSession::answer(const Pending &pending, const TokenResponse &response, const AuthError &error)
{
    pending.guard.post(this, [callback = pending.callback, response, error] { callback(response, error); });
    startNext();
}

void RefreshTokenSession::forget()
{
    ++m_generation;
    m_refreshToken.clear();
    m_store.clear();
}

} // namespace Apim::Core
