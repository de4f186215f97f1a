// The in-memory cache of storage account keys: one fetch for requests that overlap, a key
// kept only while its account is held, dropped when the last holder goes (readers may use
// it a few seconds more, operations never), and a key the Blob service refused never
// handed out again.
#include "storage/StorageKeyCache.h"

#include <QtTest>

#include <memory>

using namespace Apim::Core;

namespace {
// A listKeys stand-in: counts the fetches and answers them when told to.
struct FakeFetch
{
    QList<StorageKeyCache::KeyCallback> pending;
    int calls = 0;

    StorageKeyCache::Fetch fetch()
    {
        return [this](StorageKeyCache::KeyCallback done) {
            ++calls;
            pending.append(std::move(done));
        };
    }
    void answer(const QByteArray &key, const ArmError &error = {})
    {
        const QList<StorageKeyCache::KeyCallback> waiting = std::move(pending);
        pending.clear();
        for (const auto &done : waiting)
            done(key, error);
    }
};

struct Answers
{
    QList<QByteArray> keys;
    QList<ArmError> errors;
    StorageKeyCache::KeyCallback callback()
    {
        return [this](const QByteArray &key, const ArmError &error) {
            keys << key;
            errors << error;
        };
    }
};
} // namespace

class TestStorageKeyCache : public QObject
{
    Q_OBJECT
private slots:
    void overlappingRequests_shareOneFetch()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject asker;
        for (int i = 0; i < 3; ++i)
            cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 1);
        fake.answer("k1");
        QCOMPARE(answers.keys, QList<QByteArray>({ "k1", "k1", "k1" }));
        // Nobody holds the account: the key is not kept, the next request fetches again.
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 2);
    }

    void heldAccount_keyReusedUntilTheLastHolderGoes()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject asker;
        auto preflight = std::make_unique<QObject>();
        auto operation = std::make_unique<QObject>();
        cache.hold(QStringLiteral("acct"), preflight.get());
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        fake.answer("k1");
        QVERIFY(cache.hasKey(QStringLiteral("ACCT"))); // account names are case-insensitive
        cache.hold(QStringLiteral("Acct"), operation.get());
        preflight.reset();
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 1);
        QTRY_COMPARE(answers.keys.size(), 2); // from the event loop, as a fetch would answer
        QCOMPARE(answers.keys.last(), QByteArray("k1"));
        operation.reset();
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 2);
    }

    void release_dropsTheKey()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject holder;
        cache.hold(QStringLiteral("acct"), &holder);
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        fake.answer("k1");
        QVERIFY(cache.hasKey(QStringLiteral("acct")));
        cache.release(QStringLiteral("acct"), &holder);
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
    }

    void refusedKey_fetchedAgain_newerKeyKept()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject holder;
        cache.hold(QStringLiteral("acct"), &holder);
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        fake.answer("old");
        cache.forget(QStringLiteral("acct"), "old");
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 2);
        fake.answer("new");
        // A late refusal of the old key (a listing that was on its way) keeps the new one.
        cache.forget(QStringLiteral("acct"), "old");
        QVERIFY(cache.hasKey(QStringLiteral("acct")));
        QCOMPARE(answers.keys, QList<QByteArray>({ "old", "new" }));
    }

    void failedFetch_notKept_andAnsweredToEveryWaiter()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject holder;
        cache.hold(QStringLiteral("acct"), &holder);
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        fake.answer({}, ArmError::local(ArmError::Kind::Refused, QStringLiteral("listKeys refused")));
        QCOMPARE(answers.errors.size(), 2);
        QVERIFY(answers.errors.at(0).isError() && answers.errors.at(1).isError());
        QVERIFY(answers.keys.at(0).isEmpty());
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
        cache.key(QStringLiteral("acct"), &holder, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 2);
    }

    void releasedKey_servesReadersBriefly_neverAnOperation()
    {
        StorageKeyCache cache;
        cache.setReadingReuse(200);
        FakeFetch fake;
        Answers answers;
        QObject asker;
        auto operation = std::make_unique<QObject>();
        cache.hold(QStringLiteral("acct"), operation.get());
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        fake.answer("k1");
        operation.reset(); // the operation ended
        QVERIFY(!cache.hasKey(QStringLiteral("acct")));
        QVERIFY(cache.hasReadingKey(QStringLiteral("acct")));
        // The catalog reading the container right after: the operation's key, no fetch.
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        QTRY_COMPARE(answers.keys.size(), 2);
        QCOMPARE(answers.keys.last(), QByteArray("k1"));
        QCOMPARE(fake.calls, 1);
        // The next operation fetches the account's key as of now.
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback());
        QCOMPARE(fake.calls, 2);
        fake.answer("k2");
        QCOMPARE(answers.keys.last(), QByteArray("k2"));
        // Readers share what a fetch of their own brought too, nobody holding the account.
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        QTRY_COMPARE(answers.keys.size(), 4);
        QCOMPARE(answers.keys.last(), QByteArray("k2"));
        QCOMPARE(fake.calls, 2);
        // Then it is gone from memory, and a reader fetches again.
        QTRY_VERIFY_WITH_TIMEOUT(!cache.hasReadingKey(QStringLiteral("acct")), 2000);
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        QCOMPARE(fake.calls, 3);
    }

    void refusedRecentKey_notReused()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject asker;
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        fake.answer("old");
        QVERIFY(cache.hasReadingKey(QStringLiteral("acct")));
        cache.forget(QStringLiteral("acct"), "old"); // Blob answered 403: rotated
        QVERIFY(!cache.hasReadingKey(QStringLiteral("acct")));
        cache.key(QStringLiteral("acct"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        QCOMPARE(fake.calls, 2);
    }

    void forgetRecent_keepsOnlyHeldKeys()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        QObject asker;
        QObject holder;
        cache.key(QStringLiteral("read"), &asker, fake.fetch(), answers.callback(), StorageKeyCache::Use::Reading);
        fake.answer("r1");
        cache.hold(QStringLiteral("held"), &holder);
        cache.key(QStringLiteral("held"), &asker, fake.fetch(), answers.callback());
        fake.answer("h1");
        cache.forgetRecent(); // another user signed in
        QVERIFY(!cache.hasReadingKey(QStringLiteral("read")));
        QVERIFY(cache.hasKey(QStringLiteral("held"))); // the running operation keeps its key
        cache.release(QStringLiteral("held"), &holder);
        QVERIFY(cache.hasReadingKey(QStringLiteral("held")));
    }

    void askerGone_notAnswered()
    {
        StorageKeyCache cache;
        FakeFetch fake;
        Answers answers;
        auto asker = std::make_unique<QObject>();
        QObject other;
        cache.key(QStringLiteral("acct"), asker.get(), fake.fetch(), answers.callback());
        cache.key(QStringLiteral("acct"), &other, fake.fetch(), answers.callback());
        asker.reset();
        fake.answer("k1");
        QCOMPARE(answers.keys, QList<QByteArray>({ "k1" }));
    }
};

QTEST_GUILESS_MAIN(TestStorageKeyCache)
#include "tst_storagekeycache.moc"
