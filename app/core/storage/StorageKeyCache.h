#pragma once

#include "arm/ArmError.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Apim::Core {

// The storage account keys fetched from ARM (listKeys), in memory only, so that one
// operation asks for its account's key once: its preflight (container check), the start's
// body and the look at the backup file afterwards share one fetch. A key is kept only while
// something holds its account (a preflight, the dialog it checks for, a running operation);
// when the last holder is gone the key is dropped, so the next operation fetches a fresh
// one. Readers (listing the backups) may still use it for kReadingReuseMs: right after an
// operation's end the catalog and the details pane read the container the operation just
// wrote, and each would otherwise call listKeys, a POST that counts against the
// subscription's ARM write quota. Requests for a key that is being fetched wait for that
// fetch instead of starting another. A key the Blob service refused is forgotten
// (forget()), so it is fetched again rather than reused. Keys never reach a file, a
// setting or a log.
class StorageKeyCache : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const QByteArray &key, const ArmError &error)>;
    // Fetches the key and calls done exactly once.
    using Fetch = std::function<void(KeyCallback done)>;

    enum class Use {
        // Sent to API Management, which writes or reads the backup with it for minutes: the
        // account's key as of now (or as held by the operation's own preflight).
        Operation,
        // Signs Blob calls made now, whose 403 has the key fetched again: a recent one will do.
        Reading,
    };
    static constexpr int kReadingReuseMs = 15000;

    explicit StorageKeyCache(QObject *parent = nullptr);

    // The kept key of account (for Reading, also one dropped less than kReadingReuseMs
    // ago), the answer of the fetch in flight, or fetch's answer; always from the event
    // loop, never once context is gone.
    void key(
        const QString &account, QObject *context, const Fetch &fetch, KeyCallback callback, Use use = Use::Operation);
    // Keeps account's key, once fetched, while holder lives (or until release()).
    void hold(const QString &account, QObject *holder);
    void release(const QString &account, QObject *holder);
    // Azure refused rejectedKey: it is not handed out again (a newer key is kept).
    void forget(const QString &account, const QByteArray &rejectedKey);
    // Drops every key not held, recent ones included (another user signed in: the keys
    // they may read differ).
    void forgetRecent();
    void setReadingReuse(int milliseconds) { m_readingReuseMs = milliseconds; } // for tests

    // For tests: whether a key of account is kept (held), and whether one is kept for readers.
    bool hasKey(const QString &account) const;
    bool hasReadingKey(const QString &account) const;

private:
    struct Waiter
    {
        QPointer<QObject> context;
        KeyCallback callback;
    };
    struct Entry
    {
        QByteArray key; // while held
        QByteArray recent; // for readers, until recentUntil
        QDeadlineTimer recentUntil;
        QHash<const QObject *, QMetaObject::Connection> holders; // identities only, never dereferenced
        QList<Waiter> waiters;
        bool fetching = false;

        // Nothing holds, awaits or fetches it, and no reader may reuse it: it can go.
        bool unused() const { return holders.isEmpty() && !fetching && waiters.isEmpty() && recent.isEmpty(); }
    };

    static QString normalized(const QString &account);
    void fetched(const QString &account, const QByteArray &key, const ArmError &error);
    void dropIfUnused(const QString &account);
    void keepRecent(Entry &entry, const QByteArray &key);
    void dropExpired();

    QHash<QString, Entry> m_entries;
    QTimer *m_expiry;
    int m_readingReuseMs = kReadingReuseMs;
};

} // namespace Apim::Core
