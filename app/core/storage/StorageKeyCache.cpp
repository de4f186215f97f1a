#include "storage/StorageKeyCache.h"

#include <algorithm>

namespace Apim::Core {

StorageKeyCache::StorageKeyCache(QObject *parent)
    : QObject(parent)
    , m_expiry(new QTimer(this))
{
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, this, &StorageKeyCache::dropExpired);
}

QString StorageKeyCache::normalized(const QString &account)
{
    return account.toLower(); // storage account names are lowercase and unique in a cloud
}

void StorageKeyCache::key(const QString &account, QObject *context, const Fetch &fetch, KeyCallback callback, Use use)
{
    const QString name = normalized(account);
    Entry &entry = m_entries[name];
    QByteArray kept = entry.key;
    if (kept.isEmpty() && use == Use::Reading && !entry.recentUntil.hasExpired())
        kept = entry.recent;
    if (!kept.isEmpty()) {
        QTimer::singleShot(0, context, [callback, kept] { callback(kept, {}); });
        return;
    }
    entry.waiters.append({ context, std::move(callback) });
    if (entry.fetching)
        return; // answered with the fetch in flight
    entry.fetching = true;
    const QPointer<StorageKeyCache> self(this);
    fetch([self, name](const QByteArray &key, const ArmError &error) {
        if (self)
            self->fetched(name, key, error);
    });
}

void StorageKeyCache::fetched(const QString &account, const QByteArray &key, const ArmError &error)
{
    auto it = m_entries.find(account);
    if (it == m_entries.end())
        return;
    const QList<Waiter> waiters = std::move(it->waiters);
    it->waiters.clear();
    it->fetching = false;
    if (!error.isError()) {
        if (!it->holders.isEmpty())
            it->key = key;
        keepRecent(*it, key);
    }
    dropIfUnused(account);
    // Answers after the entry is settled: a callback may ask again or release its hold.
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(error.isError() ? QByteArray() : key, error);
    }
}

void StorageKeyCache::hold(const QString &account, QObject *holder)
{
    if (!holder || account.isEmpty())
        return;
    const QString name = normalized(account);
    Entry &entry = m_entries[name];
    if (entry.holders.contains(holder))
        return;
    // At destroyed() the holder is half gone: only its address is used, as a key.
    const QObject *identity = holder;
    entry.holders.insert(identity, connect(holder, &QObject::destroyed, this, [this, name, identity] {
        auto it = m_entries.find(name);
        if (it == m_entries.end())
            return;
        it->holders.remove(identity);
        dropIfUnused(name);
    }));
}

void StorageKeyCache::release(const QString &account, QObject *holder)
{
    const QString name = normalized(account);
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    disconnect(it->holders.take(holder));
    dropIfUnused(name);
}

void StorageKeyCache::forget(const QString &account, const QByteArray &rejectedKey)
{
    auto it = m_entries.find(normalized(account));
    if (it == m_entries.end() || rejectedKey.isEmpty())
        return;
    if (it->recent == rejectedKey)
        it->recent.clear();
    if (it->key == rejectedKey)
        it->key.clear();
    dropIfUnused(normalized(account));
}

void StorageKeyCache::forgetRecent()
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        it->recent.clear();
        if (it->unused())
            it = m_entries.erase(it);
        else
            ++it;
    }
    m_expiry->stop();
}

bool StorageKeyCache::hasKey(const QString &account) const
{
    const auto it = m_entries.constFind(normalized(account));
    return it != m_entries.cend() && !it->key.isEmpty();
}

bool StorageKeyCache::hasReadingKey(const QString &account) const
{
    const auto it = m_entries.constFind(normalized(account));
    return it != m_entries.cend() && (!it->key.isEmpty() || (!it->recent.isEmpty() && !it->recentUntil.hasExpired()));
}

void StorageKeyCache::dropIfUnused(const QString &account)
{
    auto it = m_entries.find(account);
    if (it == m_entries.end())
        return;
    if (it->holders.isEmpty() && !it->key.isEmpty()) {
        keepRecent(*it, it->key); // the operation's key, good a moment ago
        it->key.clear();
    }
    if (it->unused())
        m_entries.erase(it);
}

void StorageKeyCache::keepRecent(Entry &entry, const QByteArray &key)
{
    entry.recent = key;
    entry.recentUntil = QDeadlineTimer(m_readingReuseMs);
    if (!m_expiry->isActive())
        m_expiry->start(m_readingReuseMs);
}

void StorageKeyCache::dropExpired()
{
    qint64 next = -1; // milliseconds until the next recent key expires
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!it->recent.isEmpty() && it->recentUntil.hasExpired())
            it->recent.clear();
        else if (!it->recent.isEmpty())
            next = next < 0 ? it->recentUntil.remainingTime() : std::min(next, it->recentUntil.remainingTime());
        if (it->unused())
            it = m_entries.erase(it);
        else
            ++it;
    }
    if (next >= 0)
        m_expiry->start(int(std::max<qint64>(next, 1)));
}

} // namespace Apim::Core
