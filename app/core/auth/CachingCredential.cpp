#include "auth/CachingCredential.h"

#include "util/Clock.h"
#include "util/Logging.h"

namespace Apim::Core {

CachingCredential::CachingCredential(const Clock &clock, QObject *parent)
    : TokenCredential(parent)
    , m_clock(clock)
    , m_cache(clock)
{ }

void CachingCredential::token(const QString &scope, QObject *context, Callback callback)
{
    const ContextGuard guard(context);
    if (const auto cached = m_cache.fresh(tenantId(), scope)) {
        guard.post(this, [callback, token = *cached] { callback(token, {}); });
        return;
    }
    QList<Waiter> &waiters = m_waiting[scope];
    waiters.append({ guard, std::move(callback) });
    if (waiters.size() > 1)
        return; // a fetch for this scope is already running: share its answer

    ++m_fetchCount;
    const QString tenant = tenantId();
    const QDateTime startedAt = m_clock.now();
    const int generation = m_generation;
    qCDebug(lcAuth) << "fetching a token for" << scope << "in tenant" << tenant;
    fetchToken(scope, [this, scope, tenant, startedAt, generation](const AccessToken &token, const AuthError &error) {
        if (!error.isError() && generation == m_generation)
            m_cache.store(tenant, scope, token, startedAt);
        const QList<Waiter> waiters = m_waiting.take(scope);
        for (const Waiter &waiter : waiters)
            waiter.guard.post(this, [callback = waiter.callback, token, error] { callback(token, error); });
    });
}

void CachingCredential::invalidate(const QString &scope)
{
    m_cache.removeScope(scope);
}

void CachingCredential::seed(const QString &scope, const AccessToken &token, const QDateTime &obtainedAt)
{
    m_cache.store(tenantId(), scope, token, obtainedAt);
}

void CachingCredential::clearCache()
{
    ++m_generation;
    m_cache.clear();
}

} // namespace Apim::Core
