#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Apim::Core {

struct AccessToken
{
    QString token;
    QDateTime expiresOn; // UTC
    QString tenantId;

    bool isValid() const { return !token.isEmpty(); }
};

struct AuthError
{
    enum class Kind {
        None,
        SignInRequired, // refresh token expired or revoked, consent needed: sign in again
        InvalidCredentials, // wrong client secret, unknown client id
        Cancelled,
        Network,
        ToolMissing, // e.g. `az` not installed
        Other,
    };
    Kind kind = Kind::None;
    QString code; // the service's error code, e.g. invalid_grant
    QString message; // plain words, already translated, saying what to do next

    bool isError() const { return kind != Kind::None; }
};

// Answers token(scope) asynchronously for one signed-in identity. Implementations
// cache access tokens in memory and refresh them before they expire, so a caller
// that asks for a token on every request (every poll of a long restore) never sends
// an expired one.
class TokenCredential : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AccessToken &, const AuthError &)>;

    using QObject::QObject;

    // scope, e.g. "https://management.core.windows.net//.default". The callback runs
    // once, later (never inside this call), unless context is destroyed first.
    virtual void token(const QString &scope, QObject *context, Callback callback) = 0;

    // Forget the cached access token for scope (after a 401), keeping refresh state.
    virtual void invalidate(const QString &scope) = 0;

    // The account shown to the user (UPN, client id or "Azure CLI").
    virtual QString accountName() const = 0;
    virtual QString tenantId() const = 0;
};

} // namespace Apim::Core
