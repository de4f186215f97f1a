#pragma once

#include "auth/TokenCache.h"
#include "auth/TokenCredential.h"
#include "secrets/ContextGuard.h"

#include <QHash>
#include <QList>

namespace Apim::Core {

class Clock;

// The part every credential shares: answer from the in-memory cache while a token is
// fresh, otherwise fetch one - and let concurrent requests for the same scope wait for
// that one fetch instead of starting their own. Subclasses only say how to fetch.
class CachingCredential : public TokenCredential
{
    Q_OBJECT
public:
    using FetchCallback = std::function<void(const AccessToken &token, const AuthError &error)>;

    explicit CachingCredential(const Clock &clock, QObject *parent = nullptr);

    void token(const QString &scope, QObject *context, Callback callback) override;
    void invalidate(const QString &scope) override;

    // Puts a token obtained elsewhere (the one a sign-in returned) in the cache.
    void seed(const QString &scope, const AccessToken &token, const QDateTime &obtainedAt);
    // Forgets every cached token; fetches still running are answered but not cached.
    void clearCache();
    int fetchCount() const { return m_fetchCount; } // how many fetches ran (tests)

protected:
    // Fetches a new token for scope; done must run exactly once (now or later).
    virtual void fetchToken(const QString &scope, FetchCallback done) = 0;
    const Clock &clock() const { return m_clock; }

private:
    struct Waiter
    {
        ContextGuard guard;
        Callback callback;
    };

    const Clock &m_clock;
    TokenCache m_cache;
    QHash<QString, QList<Waiter>> m_waiting; // by scope
    int m_generation = 0;
    int m_fetchCount = 0;
};

} // namespace Apim::Core
