// The ARM pipeline over real sockets against a private azure-sim: headers, retries with
// Retry-After, token refresh on 401, timeouts, paging, error parsing, and the rule that
// a call which starts something is never sent twice when its fate is unknown.
#include "support_EngineHarness.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
ArmResponse run(ArmClient *client, const ArmRequest &request, int timeoutMs = 20000)
{
    ArmJob *job = client->send(request);
    QSignalSpy spy(job, &ArmJob::finished);
    if (!spy.wait(timeoutMs))
        return {};
    return spy.first().first().value<ArmResponse>();
}

ArmRequest backupPost(const QString &serviceId)
{
    // An empty body: if a request ever got through twice, the simulator would refuse it
    // (400) instead of starting a real backup that later tests would trip over.
    ArmRequest request
        = ArmRequest::post(serviceId + QStringLiteral("/backup"), QStringLiteral("2024-05-01"), QJsonObject {});
    request.idempotent = false;
    return request;
}
} // namespace

class TestArm : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    ArmClient *arm() { return m_harness.arm(); }
    SimControl &control() { return m_harness.control(); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ArmResponse>();
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
    }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
    }

    void get_subscriptions_okWithHeaders()
    {
        const ArmResponse response
            = run(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QVERIFY2(response.ok(), qPrintable(response.error.technicalSummary()));
        QCOMPARE(response.status, 200);
        QVERIFY(response.object().value(QLatin1String("value")).isArray());
        QVERIFY(!response.requestId().isEmpty());
        const QJsonArray sent = control().matching(QStringLiteral("^GET /subscriptions$"));
        QCOMPARE(sent.size(), 1);
        const QJsonObject headers = sent.first().toObject().value(QLatin1String("headers")).toObject();
        static const QRegularExpression guid(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QVERIFY2(guid.match(headers.value(QLatin1String("x-ms-client-request-id")).toString()).hasMatch(),
            qPrintable(headers.value(QLatin1String("x-ms-client-request-id")).toString()));
        QVERIFY(headers.contains(QLatin1String("authorization")));
        QVERIFY(sent.first()
                    .toObject()
                    .value(QLatin1String("target"))
                    .toString()
                    .contains(QLatin1String("api-version=2022-12-01")));
    }

    void throttled_honoursRetryAfterThenSucceeds()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("throttle") },
            { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") }, { QStringLiteral("retryAfter"), 1 },
            { QStringLiteral("times"), 1 } }));
        QElapsedTimer timer;
        timer.start();
        const ArmResponse response
            = run(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QVERIFY2(response.ok(), qPrintable(response.error.technicalSummary()));
        QCOMPARE(response.attempts, 2);
        QVERIFY2(timer.elapsed() >= 900, "the retry came before Retry-After");
        QCOMPARE(control().count(QStringLiteral("^GET /subscriptions$")), 2);
    }

    void transientFaults_onRead_retriedToSuccess_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("500") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } };
        QTest::newRow("503") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 503 } };
        QTest::newRow("drop") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") } };
        QTest::newRow("truncate") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } };
        QTest::newRow("latency") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("latency") },
            { QStringLiteral("latencyMs"), 300 } };
    }
    void transientFaults_onRead_retriedToSuccess()
    {
        QFETCH(QJsonObject, fault);
        fault.insert(QStringLiteral("route"), QStringLiteral("^GET /subscriptions$"));
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        const ArmResponse response
            = run(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QVERIFY2(response.ok(), qPrintable(response.error.technicalSummary()));
        QCOMPARE(response.object().value(QLatin1String("value")).toArray().size() > 0, true);
    }

    void serverError_persistent_givesArmErrorWithIds()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 }, { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") } }));
        ArmRequest request = ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
        request.retry.maxAttempts = 3;
        const ArmResponse response = run(arm(), request);
        QVERIFY(!response.ok());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(response.error.kind, ArmError::Kind::Http);
        QCOMPARE(response.error.httpStatus, 500);
        QCOMPARE(response.error.code, QStringLiteral("InternalServerError"));
        QVERIFY(!response.error.requestId.isEmpty());
        QVERIFY(!response.error.correlationId.isEmpty());
        QVERIFY(response.error.userMessage().contains(response.error.requestId));
        QCOMPARE(control().count(QStringLiteral("^GET /subscriptions$")), 3);
    }

    void truncated_persistent_givesMalformedNotCrash()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("truncate") },
            { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") } }));
        ArmRequest request = ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
        request.retry.maxAttempts = 2;
        const ArmResponse response = run(arm(), request);
        QVERIFY(!response.ok());
        QVERIFY2(response.error.kind == ArmError::Kind::Malformed || response.error.kind == ArmError::Kind::Network,
            qPrintable(response.error.technicalSummary()));
        QVERIFY(!response.error.userMessage().isEmpty());
    }

    void slowAnswer_beyondTimeout_timesOut()
    {
        QVERIFY(control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("latency") }, { QStringLiteral("latencyMs"), 3000 },
                { QStringLiteral("route"), QStringLiteral("^GET /tenants$") }, { QStringLiteral("times"), 1 } }));
        ArmRequest request = ArmRequest::get(QStringLiteral("/tenants"), QStringLiteral("2022-12-01"));
        request.timeoutMs = 400;
        request.retry = RetryPolicy::none();
        const ArmResponse response = run(arm(), request);
        QCOMPARE(response.error.kind, ArmError::Kind::Timeout);
        QVERIFY(response.error.userMessage().contains(QLatin1String("in time")));
    }

    void expiredToken_refreshedOnce()
    {
        const int before = m_harness.credential()->tokenRequests();
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("expireToken") },
            { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") }, { QStringLiteral("times"), 1 } }));
        const ArmResponse response
            = run(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QVERIFY2(response.ok(), qPrintable(response.error.technicalSummary()));
        QCOMPARE(m_harness.credential()->tokenRequests(), before + 1);
        QCOMPARE(control().count(QStringLiteral("^GET /subscriptions$")), 2);
    }

    void expiredToken_always_asksToSignIn()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("expireToken") },
            { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") } }));
        const ArmResponse response
            = run(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QVERIFY(!response.ok());
        QCOMPARE(response.error.httpStatus, 401);
        QVERIFY(response.error.authRequired);
        QVERIFY(response.error.userMessage().contains(QLatin1String("Sign in again")));
        QCOMPARE(control().count(QStringLiteral("^GET /subscriptions$")), 2); // one refresh, no loop
    }

    void bogusToken_401_refreshOnceThenAuthRequired()
    {
        FixedTokenCredential bogus(QStringLiteral("not-a-token"));
        ArmClient client(m_harness.network(), &bogus, arm()->resourceManager(), Demo::kScope, m_harness.clock());
        const ArmResponse response
            = run(&client, ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QCOMPARE(response.error.httpStatus, 401);
        QVERIFY(response.error.authRequired);
        QCOMPARE(bogus.invalidations(), 1);
    }

    void credentialError_givesAuthError()
    {
        FixedTokenCredential failing(QString {});
        failing.setError({ AuthError::Kind::SignInRequired, QStringLiteral("invalid_grant"),
            QStringLiteral("Your sign-in expired.") });
        ArmClient client(m_harness.network(), &failing, arm()->resourceManager(), Demo::kScope, m_harness.clock());
        const ArmResponse response
            = run(&client, ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QCOMPARE(response.error.kind, ArmError::Kind::Auth);
        QVERIFY(response.error.authRequired);
        QVERIFY(response.error.userMessage().contains(QLatin1String("Your sign-in expired.")));
        QCOMPARE(control().count(QStringLiteral("^GET /subscriptions$")), 0);
    }

    void startPost_faultWithUnknownFate_neverResent_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("expectFateUnknown");
        QTest::newRow("drop") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") } } << true;
        QTest::newRow("500") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } }
                             << true;
        QTest::newRow("503") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 503 } }
                             << true;
        QTest::newRow("locked") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("serviceLocked") } } << false;
    }
    void startPost_faultWithUnknownFate_neverResent()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, expectFateUnknown);
        fault.insert(QStringLiteral("route"), QStringLiteral("^POST .*/backup$"));
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        const ArmResponse response = run(arm(), backupPost(Demo::kProdKrApim));
        QVERIFY(!response.ok());
        QCOMPARE(response.error.fateUnknown, expectFateUnknown);
        QCOMPARE(response.attempts, 1);
        QCOMPARE(control().count(QStringLiteral("^POST .*/backup$")), 1);
    }

    void startPost_timeout_notResent()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("latency") },
            { QStringLiteral("latencyMs"), 2000 }, { QStringLiteral("route"), QStringLiteral("^POST .*/backup$") },
            { QStringLiteral("times"), 1 }, { QStringLiteral("status"), 0 } }));
        // A fault that only delays, then the request is refused by ValidationError: what
        // matters is that our side gave up first and did not send again.
        ArmRequest request = backupPost(Demo::kProdKrApim);
        request.timeoutMs = 300;
        const ArmResponse response = run(arm(), request);
        QCOMPARE(response.error.kind, ArmError::Kind::Timeout);
        QVERIFY(response.error.fateUnknown);
        // A second send would be answered (400) at once; the abandoned first one is
        // either not logged or logged without a status.
        QTest::qWait(2300);
        const QJsonArray posts = control().matching(QStringLiteral("^POST .*/backup$"));
        QVERIFY(posts.size() <= 1);
        for (const QJsonValue &post : posts)
            QCOMPARE(post.toObject().value(QLatin1String("status")).toInt(), 0);
    }

    void startPost_throttled_isRetriedBecauseNotProcessed()
    {
        QVERIFY(control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("throttle") }, { QStringLiteral("retryAfter"), 1 },
                { QStringLiteral("route"), QStringLiteral("^POST .*/backup$") }, { QStringLiteral("times"), 1 } }));
        const ArmRequest request = backupPost(Demo::kProdKrApim); // refused by validation once through
        const ArmResponse response = run(arm(), request);
        QCOMPARE(response.attempts, 2);
        QCOMPARE(response.error.httpStatus, 400);
        QCOMPARE(response.error.code, QStringLiteral("ValidationError"));
        QVERIFY(response.error.details.size() >= 1);
        QVERIFY(!response.error.details.front().target.isEmpty());
    }

    // A '?' in a path (a service id someone typed) stays in the path: it can neither
    // replace the api-version nor add query items of its own.
    void pathWithQuestionMark_neverBecomesAQuery()
    {
        const QString injected = Demo::kProdApim + QStringLiteral("?api-version=1999-01-01&x=");
        const QUrl url = arm()->resolve(
            ArmRequest::post(injected + QStringLiteral("/backup"), QStringLiteral("2024-05-01"), QJsonObject {}));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItems().size(), 1);
        QCOMPARE(query.queryItemValue(QStringLiteral("api-version")), QStringLiteral("2024-05-01"));
        QVERIFY2(url.path(QUrl::FullyEncoded).contains(QLatin1String("%3Fapi-version=1999-01-01&x=/backup")),
            qPrintable(url.toString(QUrl::FullyEncoded)));
        QVERIFY(url.path().endsWith(QLatin1String("/backup")));
    }

    void absoluteUrl_otherHost_refusedWithoutSending()
    {
        const ArmResponse response
            = run(arm(), ArmRequest::getUrl(QUrl(QStringLiteral("http://evil.example.net/subscriptions"))));
        QCOMPARE(response.error.kind, ArmError::Kind::Refused);
        QVERIFY(response.error.userMessage().contains(QLatin1String("evil.example.net")));
    }

    void pager_followsNextLinkAcrossPages()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("pageSize"), 1 } }));
        ArmPager pager(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QSignalSpy pages(&pager, &ArmPager::pageLoaded);
        QSignalSpy finished(&pager, &ArmPager::finished);
        pager.start();
        QVERIFY(finished.wait(10000));
        const ArmResponse last = finished.first().at(1).value<ArmResponse>();
        QVERIFY2(last.ok(), qPrintable(last.error.technicalSummary()));
        const QJsonArray values = finished.first().first().toJsonArray();
        QCOMPARE(values.size(), 3); // the Contoso principal sees three subscriptions
        QVERIFY(pages.size() >= 3);
        QCOMPARE(pager.pages(), pages.size());
        QVERIFY(control().setConfig({ { QStringLiteral("pageSize"), 2 } }));
    }

    void pager_faultOnSecondPage_retriedAndComplete()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("pageSize"), 1 } }));
        QVERIFY(
            control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 503 },
                { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") }, { QStringLiteral("times"), 2 } }));
        ArmPager pager(arm(), ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QSignalSpy finished(&pager, &ArmPager::finished);
        pager.start();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().at(1).value<ArmResponse>().ok());
        QCOMPARE(finished.first().first().toJsonArray().size(), 3);
        QVERIFY(control().setConfig({ { QStringLiteral("pageSize"), 2 } }));
    }
};

QTEST_GUILESS_MAIN(TestArm)
#include "tst_arm.moc"
