#include "storage/StorageKeyCache.h"

#include <QTimer>

namespace Apim::Core {

StorageKeyCache::StorageKeyCache(QObject *parent)
    : QObject(parent)
{ }

QString StorageKeyCache::normalized(const QString &account)
{
    return account.toLower(); // storage account names are lowercase and unique in a cloud
}

void StorageKeyCache::key(const QString &account, QObject *context, const Fetch &fetch, KeyCallback callback)
{
    const QString name = normalized(account);
    Entry &entry = m_entries[name];
    if (!entry.key.isEmpty()) {
        QTimer::singleShot(0, context, [callback, key = entry.key] { callback(key, {}); });
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
    if (!error.isError() && !it->holders.isEmpty())
        it->key = key;
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
    if (it == m_entries.end() || rejectedKey.isEmpty() || it->key != rejectedKey)
        return;
    it->key.clear();
    dropIfUnused(normalized(account));
}

bool StorageKeyCache::hasKey(const QString &account) const
{
    const auto it = m_entries.constFind(normalized(account));
    return it != m_entries.cend() && !it->key.isEmpty();
}

void StorageKeyCache::dropIfUnused(const QString &account)
{
    auto it = m_entries.find(account);
    if (it == m_entries.end())
        return;
    if (it->holders.isEmpty())
        it->key.clear();
    if (it->holders.isEmpty() && !it->fetching && it->waiters.isEmpty())
        m_entries.erase(it);
}

} // namespace Apim::Core
