#pragma once

#include "auth/TokenCredential.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Apim::Core {

class Clock;

// Access tokens in memory (never on disk), keyed by (tenant, scope). A token counts as
// fresh until its refresh margin begins: 5 minutes before expiry, or 10% of its lifetime
// when that is shorter (a 20-second token is refreshed 2 seconds early), never less than
// one second.
class TokenCache
{
public:
    explicit TokenCache(const Clock &clock);

    std::optional<AccessToken> fresh(const QString &tenant, const QString &scope) const;
    void store(const QString &tenant, const QString &scope, const AccessToken &token, const QDateTime &obtainedAt);
    void remove(const QString &tenant, const QString &scope);
    void removeScope(const QString &scope); // in every tenant
    void clear();
    int size() const { return static_cast<int>(m_entries.size()); }

    static qint64 refreshMarginSeconds(qint64 lifetimeSeconds);

private:
    struct Entry
    {
        AccessToken token;
        QDateTime refreshAt;
    };
    static QString keyOf(const QString &tenant, const QString &scope);

    const Clock &m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace Apim::Core
