// The in-memory token cache: when a token counts as fresh, and how concurrent requests
// share one fetch. In-memory doubles only; the HTTP side is tested against azure-sim.
#include "auth/CachingCredential.h"
#include "auth/TokenCache.h"
#include "tst_auth_support.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Apim::Core;
using Apim::Test::FakeClock;

namespace {
// A credential whose fetches the test answers by hand.
class ManualCredential : public CachingCredential
{
public:
    explicit ManualCredential(const Clock &clock)
        : CachingCredential(clock)
    { }
    QString accountName() const override { return QStringLiteral("manual"); }
    QString tenantId() const override { return QStringLiteral("tenant-a"); }

    QList<QPair<QString, FetchCallback>> fetches;

protected:
    void fetchToken(const QString &scope, FetchCallback done) override { fetches.append({ scope, done }); }
};

AccessToken tokenFor(const Clock &clock, const QString &value, qint64 lifetimeSeconds)
{
    return { value, clock.now().addSecs(lifetimeSeconds), QStringLiteral("tenant-a") };
}
} // namespace

class TestTokenCache : public QObject
{
    Q_OBJECT

private slots:
    void refreshMargin_isFiveMinutesOrTenPercent()
    {
        QCOMPARE(TokenCache::refreshMarginSeconds(3600), 300); // 1 h token: 5 minutes early
        QCOMPARE(TokenCache::refreshMarginSeconds(1200), 120); // 20 min: 10%
        QCOMPARE(TokenCache::refreshMarginSeconds(20), 2); // the simulator's short tokens: 2 s
        QCOMPARE(TokenCache::refreshMarginSeconds(3), 1); // never less than a second
    }

    void fresh_untilTheMarginBegins_thenNot()
    {
        FakeClock clock;
        TokenCache cache(clock);
        const QDateTime now = clock.now();
        cache.store(QStringLiteral("T"), QStringLiteral("arm"), { QStringLiteral("a"), now.addSecs(3600), {} }, now);
        QVERIFY(cache.fresh(QStringLiteral("t"), QStringLiteral("arm")).has_value()); // tenant is case-insensitive
        QVERIFY(!cache.fresh(QStringLiteral("other"), QStringLiteral("arm")).has_value());
        QVERIFY(!cache.fresh(QStringLiteral("T"), QStringLiteral("storage")).has_value());
        clock.advance(3600 - 301);
        QVERIFY(cache.fresh(QStringLiteral("T"), QStringLiteral("arm")).has_value());
        clock.advance(2);
        QVERIFY(!cache.fresh(QStringLiteral("T"), QStringLiteral("arm")).has_value());
    }

    void token_concurrentRequests_shareOneFetch()
    {
        FakeClock clock;
        ManualCredential credential(clock);
        QList<QString> answers;
        for (int i = 0; i < 3; ++i)
            credential.token(QStringLiteral("arm"), this, [&](const AccessToken &t, const AuthError &e) {
                QVERIFY(!e.isError());
                answers.append(t.token);
            });
        credential.token(
            QStringLiteral("storage"), this, [&](const AccessToken &t, const AuthError &) { answers.append(t.token); });
        QCOMPARE(credential.fetches.size(), 2); // one per scope, not one per request
        QCOMPARE(credential.fetchCount(), 2);
        credential.fetches.at(0).second(tokenFor(clock, QStringLiteral("arm-1"), 3600), {});
        QVERIFY(answers.isEmpty()); // answered later, never inside the call
        QTRY_COMPARE(answers.size(), 3);
        QCOMPARE(
            answers, (QList<QString> { QStringLiteral("arm-1"), QStringLiteral("arm-1"), QStringLiteral("arm-1") }));

        // Cached now: no new fetch, still answered asynchronously.
        bool answered = false;
        credential.token(QStringLiteral("arm"), this,
            [&](const AccessToken &t, const AuthError &) { answered = t.token == QLatin1String("arm-1"); });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        QCOMPARE(credential.fetches.size(), 2);
    }

    void token_nearExpiry_fetchesAgain_andInvalidateForcesAFetch()
    {
        FakeClock clock;
        ManualCredential credential(clock);
        AccessToken got;
        auto ask = [&] {
            got = {};
            credential.token(QStringLiteral("arm"), this, [&](const AccessToken &t, const AuthError &) { got = t; });
        };
        ask();
        credential.fetches.takeLast().second(tokenFor(clock, QStringLiteral("first"), 20), {});
        QTRY_COMPARE(got.token, QStringLiteral("first"));

        clock.advance(17); // 3 s left of 20: still fresh (margin 2 s)
        ask();
        QTRY_COMPARE(got.token, QStringLiteral("first"));
        QCOMPARE(credential.fetches.size(), 0);

        clock.advance(2); // 1 s left: refreshed before it expires
        ask();
        QCOMPARE(credential.fetches.size(), 1);
        credential.fetches.takeLast().second(tokenFor(clock, QStringLiteral("second"), 20), {});
        QTRY_COMPARE(got.token, QStringLiteral("second"));

        credential.invalidate(QStringLiteral("arm")); // after a 401
        ask();
        QCOMPARE(credential.fetches.size(), 1);
    }

    void token_errors_areNotCached_andReachEveryWaiter()
    {
        FakeClock clock;
        ManualCredential credential(clock);
        int errors = 0;
        for (int i = 0; i < 2; ++i)
            credential.token(QStringLiteral("arm"), this, [&](const AccessToken &t, const AuthError &e) {
                QVERIFY(!t.isValid());
                if (e.kind == AuthError::Kind::SignInRequired)
                    ++errors;
            });
        credential.fetches.takeLast().second({},
            { AuthError::Kind::SignInRequired, QStringLiteral("invalid_grant"),
                QStringLiteral("Your sign-in has expired. Sign in again.") });
        QTRY_COMPARE(errors, 2);
        credential.token(QStringLiteral("arm"), this, [](const AccessToken &, const AuthError &) {});
        QCOMPARE(credential.fetches.size(), 1); // tried again, not served from a cache
    }

    void token_contextDestroyed_callbackDropped()
    {
        FakeClock clock;
        ManualCredential credential(clock);
        bool called = false;
        auto *context = new QObject;
        credential.token(
            QStringLiteral("arm"), context, [&](const AccessToken &, const AuthError &) { called = true; });
        delete context;
        credential.fetches.takeLast().second(tokenFor(clock, QStringLiteral("x"), 3600), {});
        QTest::qWait(20);
        QVERIFY(!called);
    }

    void clearCache_duringAFetch_doesNotKeepItsToken()
    {
        FakeClock clock;
        ManualCredential credential(clock);
        credential.token(QStringLiteral("arm"), this, [](const AccessToken &, const AuthError &) {});
        credential.clearCache(); // sign-out while the fetch runs
        credential.fetches.takeLast().second(tokenFor(clock, QStringLiteral("late"), 3600), {});
        QTest::qWait(10);
        credential.token(QStringLiteral("arm"), this, [](const AccessToken &, const AuthError &) {});
        QCOMPARE(credential.fetches.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenCache)
#include "tst_tokencache.moc"
