#include "auth/TokenCache.h"

#include "util/Clock.h"

#include <algorithm>

namespace Apim::Core {

TokenCache::TokenCache(const Clock &clock)
    : m_clock(clock)
{ }

qint64 TokenCache::refreshMarginSeconds(qint64 lifetimeSeconds)
{
    const qint64 fiveMinutes = 300;
    return std::max<qint64>(1, std::min(fiveMinutes, lifetimeSeconds / 10));
}

QString TokenCache::keyOf(const QString &tenant, const QString &scope)
{
    return tenant.toLower() + QLatin1Char('\n') + scope;
}

std::optional<AccessToken> TokenCache::fresh(const QString &tenant, const QString &scope) const
{
    const auto it = m_entries.constFind(keyOf(tenant, scope));
    if (it == m_entries.constEnd() || m_clock.now() >= it->refreshAt)
        return std::nullopt;
    return it->token;
}

void TokenCache::store(
    const QString &tenant, const QString &scope, const AccessToken &token, const QDateTime &obtainedAt)
{
    if (!token.isValid() || !token.expiresOn.isValid())
        return;
    const qint64 lifetime = std::max<qint64>(0, obtainedAt.secsTo(token.expiresOn));
    m_entries.insert(keyOf(tenant, scope), { token, token.expiresOn.addSecs(-refreshMarginSeconds(lifetime)) });
}

void TokenCache::remove(const QString &tenant, const QString &scope)
{
    m_entries.remove(keyOf(tenant, scope));
}

void TokenCache::removeScope(const QString &scope)
{
    const QString suffix = QLatin1Char('\n') + scope;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it.key().endsWith(suffix))
            it = m_entries.erase(it);
        else
            ++it;
    }
}

void TokenCache::clear()
{
    m_entries.clear();
}

} // namespace Apim::Core
