// TransportPolicy, the one retry rule of ARM, Blob and Entra requests: which failures are
// transient, which requests may be sent again (never a start request whose fate is
// unknown), the backoff with an injected jitter and Retry-After in seconds or as an HTTP
// date, capped. Then the same rule over real loopback sockets in each of the three
// clients: a throttled Blob listing and an unavailable Entra wait as long as the server
// asked, and a start request answered 500 reaches the server once.
#include "TestEnvironment.h"
#include "support_SimCredential.h"
#include "support_StubHttpServer.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "auth/EntraClient.h"
#include "cloud/CloudEnvironment.h"
#include "net/TransportPolicy.h"
#include "storage/BlobClient.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
using NetError = QNetworkReply::NetworkError;
const QByteArray kKey = QByteArray("k3y-for-the-test-only").toBase64();
const QDateTime kNow(QDate(2025, 3, 1), QTime(12, 0, 0), Qt::UTC);

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return kNow; }
};

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray answer(int status, const QByteArray &extraHeaders, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + extraHeaders + "Content-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

RetryPolicy quickRetry(int maxAttempts = 3)
{
    RetryPolicy retry;
    retry.maxAttempts = maxAttempts;
    retry.baseDelayMs = 50;
    retry.maxDelayMs = 200;
    return retry;
}

// When each request reached the stub, on one clock.
struct Arrivals
{
    QElapsedTimer clock;
    QList<qint64> at;

    Arrivals() { clock.start(); }
    void mark() { at.append(clock.elapsed()); }
    qint64 gap(int i) const { return at.value(i) - at.value(i - 1); }
};

// Collects what one logging category says, for the duration of a test.
QStringList *g_logged = nullptr;
QByteArray g_category;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logged && context.category && g_category == context.category)
        g_logged->append(message);
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

class TestTransportPolicy : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;
    SystemClock m_clock;
    QTemporaryDir m_dir;

    ArmResponse runArm(ArmClient &client, const ArmRequest &request)
    {
        ArmJob *job = client.send(request);
        QSignalSpy finished(job, &ArmJob::finished);
        if (!finished.wait(15000))
            return {};
        return finished.first().first().value<ArmResponse>();
    }

    CloudEnvironment cloudAt(const StubHttpServer &server)
    {
        QString problem;
        const CloudEnvironment cloud
            = CloudEnvironment::fromFile(TestEnvironment::writeCloudFile(server.url(), m_dir.path()), &problem);
        if (!cloud.isValid())
            qWarning("%s", qPrintable(problem));
        return cloud;
    }

    static QByteArray tokenAnswer()
    {
        return StubHttpServer::json(
            200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"an-access-token-for-the-test\"}");
    }

private slots:
    void initTestCase() { qRegisterMetaType<ArmResponse>(); }

    void classify_table_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("error");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<bool>("fateUnknown");
        QTest::addColumn<bool>("retry");
        const int none = QNetworkReply::NoError;
        for (const bool idempotent : { true, false }) {
            const char *kind = idempotent ? "read" : "start";
            auto row = [&](const char *name, int status, int error, bool transient, bool fateUnknown, bool retry) {
                QTest::addRow("%s, %s", name, kind)
                    << status << error << idempotent << transient << fateUnknown << retry;
            };
            row("200", 200, none, false, false, false);
            row("202", 202, none, false, false, false);
            for (const int status : { 400, 401, 403, 404, 409, 412 })
                row(qPrintable(QString::number(status)), status, QNetworkReply::ContentNotFoundError, false, false,
                    false);
            row("302", 302, none, false, false, false);
            row("501", 501, QNetworkReply::OperationNotImplementedError, false, true, false);
            // 429: throttled, not processed; repeating even a start request is safe.
            row("429", 429, QNetworkReply::UnknownContentError, true, false, true);
            // 408 and 5xx may come after the server acted.
            for (const int status : { 408, 500, 502, 503, 504 })
                row(qPrintable(QString::number(status)), status, QNetworkReply::InternalServerError, true, true,
                    idempotent);
            // No connection at all: never reached the server.
            row("refused", 0, QNetworkReply::ConnectionRefusedError, true, false, true);
            row("host not found", 0, QNetworkReply::HostNotFoundError, true, false, true);
            row("proxy refused", 0, QNetworkReply::ProxyConnectionRefusedError, true, false, true);
            // Dropped after sending, or no answer in time: the server may have acted.
            row("dropped", 0, QNetworkReply::RemoteHostClosedError, true, true, idempotent);
            row("timeout", 0, QNetworkReply::TimeoutError, true, true, idempotent);
            row("aborted by our timer", 0, QNetworkReply::OperationCanceledError, true, true, idempotent);
            row("200 cut off", 200, QNetworkReply::RemoteHostClosedError, true, true, idempotent);
            row("200 unreadable", 200, QNetworkReply::ProtocolFailure, true, true, idempotent);
            row("no status, no error", 0, none, false, false, false);
        }
    }
    void classify_table()
    {
        QFETCH(int, status);
        QFETCH(int, error);
        QFETCH(bool, idempotent);
        QFETCH(bool, transient);
        QFETCH(bool, fateUnknown);
        QFETCH(bool, retry);
        const RetryDecision decision = TransportPolicy::classify(status, NetError(error), idempotent);
        QCOMPARE(decision.transient, transient);
        QCOMPARE(decision.fateUnknown, fateUnknown);
        QCOMPARE(decision.retry, retry);
    }

    void isTransientStatus_exactlyTheSix()
    {
        QList<int> transient;
        for (int status = 100; status < 600; ++status) {
            if (TransportPolicy::isTransientStatus(status))
                transient.append(status);
        }
        QCOMPARE(transient, (QList<int> { 408, 429, 500, 502, 503, 504 }));
    }

    void notSent_isRetriedEvenForAStart()
    {
        const RetryDecision decision = TransportPolicy::notSent();
        QVERIFY(decision.retry);
        QVERIFY(!decision.fateUnknown);
    }

    void shouldRetry_stopsAtMaxAttempts()
    {
        const TransportPolicy policy(quickRetry(3));
        const RetryDecision transient = TransportPolicy::classify(503, QNetworkReply::NoError, true);
        QVERIFY(policy.shouldRetry(transient, 1));
        QVERIFY(policy.shouldRetry(transient, 2));
        QVERIFY(!policy.shouldRetry(transient, 3)); // the third attempt was the last
        QVERIFY(!policy.shouldRetry(TransportPolicy::classify(404, QNetworkReply::NoError, true), 1));
        QVERIFY(!TransportPolicy(RetryPolicy::none()).shouldRetry(transient, 1));
    }

    void delayFor_fixedJitter_staysInTheFullJitterWindow_data()
    {
        QTest::addColumn<double>("jitter");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("expected");
        // base 100, cap 1000: attempt n waits in [100*2^(n-1) / 2, 100*2^(n-1)].
        QTest::newRow("1, low") << 0.0 << 1 << 50;
        QTest::newRow("1, high") << 0.999 << 1 << 99;
        QTest::newRow("2, middle") << 0.5 << 2 << 150;
        QTest::newRow("3, low") << 0.0 << 3 << 200;
        QTest::newRow("10, low, capped") << 0.0 << 10 << 500;
        QTest::newRow("10, high, capped") << 0.999 << 10 << 999;
        QTest::newRow("a stray source is clamped") << 7.0 << 2 << 200;
        QTest::newRow("a negative one too") << -3.0 << 2 << 100;
    }
    void delayFor_fixedJitter_staysInTheFullJitterWindow()
    {
        QFETCH(double, jitter);
        QFETCH(int, attempt);
        QFETCH(int, expected);
        RetryPolicy retry;
        retry.baseDelayMs = 100;
        retry.maxDelayMs = 1000;
        const TransportPolicy policy(retry, [jitter] { return jitter; });
        QCOMPARE(policy.delayFor(attempt, {}, kNow), expected);
        QCOMPARE(policy.delayFor(attempt, "soon", kNow), expected); // unreadable Retry-After: backoff
    }

    void delayFor_defaultJitter_staysInBoundsAndVaries()
    {
        RetryPolicy retry;
        retry.baseDelayMs = 1000;
        const TransportPolicy policy(retry);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const int delay = policy.delayFor(2, {}, kNow);
            QVERIFY2(delay >= 1000 && delay <= 2000, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        QVERIFY(seen.size() > 10); // really random: parallel retries must not line up
    }

    void delayFor_retryAfter_secondsOrHttpDate_cappedByThePolicy_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected");
        QTest::newRow("seconds") << QByteArray("7") << 7000;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("http date") << httpDate(kNow.addSecs(30)) << 30000;
        QTest::newRow("http date in the past") << httpDate(kNow.addSecs(-600)) << 0;
        QTest::newRow("a day, capped") << QByteArray("86400") << 60000;
        QTest::newRow("a date next year, capped") << httpDate(kNow.addYears(1)) << 60000;
    }
    void delayFor_retryAfter_secondsOrHttpDate_cappedByThePolicy()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        RetryPolicy retry;
        retry.maxRetryAfterMs = 60000;
        const TransportPolicy policy(retry, [] { return 0.5; });
        QCOMPARE(policy.delayFor(1, header, kNow), expected);
        QCOMPARE(policy.delayFor(3, header, kNow), expected); // the server's word, whatever the attempt
    }

    void blob_throttledWithRetryAfter_retriesNoEarlierAndSucceeds()
    {
        Arrivals arrivals;
        StubHttpServer storage([&arrivals](const StubHttpServer::Request &) {
            arrivals.mark();
            if (arrivals.at.size() == 1)
                return answer(429, "Retry-After: 1\r\nx-ms-error-code: ServerBusy\r\n", "application/xml",
                    "<?xml version=\"1.0\"?><Error><Code>ServerBusy</Code><Message>Slow down.</Message></Error>");
            return answer(200, {}, "application/xml",
                "<?xml version=\"1.0\"?><EnumerationResults><Blobs><Blob><Name>apim/a.apimbackup</Name>"
                "<Properties><Content-Length>3</Content-Length></Properties></Blob></Blobs>"
                "</EnumerationResults>");
        });
        QVERIFY(storage.listen());
        BlobClient client(&m_network, &m_clock);
        client.setRetryPolicy(quickRetry()); // without Retry-After the retry would follow in 50 ms
        client.setJitterSource([] { return 0.0; });
        QStringList logged;
        g_logged = &logged;
        g_category = "apim.storage";
        g_previous = qInstallMessageHandler(captureLog);
        bool done = false;
        StorageError error;
        int blobs = 0;
        client.listBlobs(storage.url(QStringLiteral("/devstoreaccount1/")), QStringLiteral("apim-backups"),
            { QStringLiteral("devstoreaccount1"), kKey }, this,
            [&](const QList<BackupBlob> &list, const StorageError &e) {
                blobs = int(list.size());
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        qInstallMessageHandler(g_previous);
        g_logged = nullptr;
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QCOMPARE(blobs, 1);
        QCOMPARE(storage.requests().size(), 2);
        QVERIFY2(arrivals.gap(1) >= 950, qPrintable(QStringLiteral("retried after %1 ms").arg(arrivals.gap(1))));
        // One line per attempt, in the shape every client uses.
        const QString first = logged.filter(QStringLiteral("attempt 1")).value(0);
        QVERIFY2(first.startsWith(QLatin1String("GET http://127.0.0.1:")) && first.contains(QLatin1String("comp=list"))
                && first.contains(QLatin1String(" -> 429 in ")),
            qPrintable(logged.join(QLatin1Char('\n'))));
    }

    void entra_unavailableWithRetryAfterDate_retriesAfterTheDelay()
    {
        FixedClock clock;
        Arrivals arrivals;
        StubHttpServer entra([&arrivals](const StubHttpServer::Request &) {
            arrivals.mark();
            if (arrivals.at.size() == 1)
                return answer(503, "Retry-After: " + httpDate(kNow.addSecs(1)) + "\r\n", "application/json",
                    "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS50196: busy\"}");
            return tokenAnswer();
        });
        QVERIFY(entra.listen());
        const CloudEnvironment cloud = cloudAt(entra);
        QVERIFY(cloud.isValid());
        EntraClient client(&m_network, cloud, clock);
        client.setRetryPolicy(quickRetry());
        bool done = false;
        TokenResponse token;
        AuthError error;
        client.requestToken(QStringLiteral("contoso.onmicrosoft.com"),
            { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }, this,
            [&](const TokenResponse &t, const AuthError &e) {
                token = t;
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(token.accessToken.token, QStringLiteral("an-access-token-for-the-test"));
        QCOMPARE(entra.requests().size(), 2);
        QVERIFY2(arrivals.gap(1) >= 950, qPrintable(QStringLiteral("retried after %1 ms").arg(arrivals.gap(1))));
    }

    void entra_retryAfterBeyondTheCap_waitsOnlyThePolicysCap()
    {
        Arrivals arrivals;
        StubHttpServer entra([&arrivals](const StubHttpServer::Request &) {
            arrivals.mark();
            if (arrivals.at.size() == 1)
                return answer(
                    503, "Retry-After: 3600\r\n", "application/json", "{\"error\":\"temporarily_unavailable\"}");
            return tokenAnswer();
        });
        QVERIFY(entra.listen());
        const CloudEnvironment cloud = cloudAt(entra);
        QVERIFY(cloud.isValid());
        EntraClient client(&m_network, cloud, m_clock);
        RetryPolicy retry = quickRetry();
        retry.maxRetryAfterMs = 1200;
        client.setRetryPolicy(retry);
        bool done = false;
        AuthError error;
        client.requestToken(QStringLiteral("contoso.onmicrosoft.com"),
            { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }, this,
            [&](const TokenResponse &, const AuthError &e) {
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 8000); // an hour, or a fixed 10 s cap, would not fit
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(entra.requests().size(), 2);
        QVERIFY2(arrivals.gap(1) >= 1150, qPrintable(QStringLiteral("retried after %1 ms").arg(arrivals.gap(1))));
    }

    void arm_failure_resentOnlyWhenThePolicyAllows_data()
    {
        QTest::addColumn<int>("status"); // 0: the connection is dropped
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("expectedRequests");
        QTest::addColumn<bool>("expectFateUnknown");
        QTest::newRow("500, start") << 500 << false << 1 << true;
        QTest::newRow("503, start") << 503 << false << 1 << true;
        QTest::newRow("dropped, start") << 0 << false << 1 << true;
        QTest::newRow("429, start (not processed)") << 429 << false << 3 << false;
        QTest::newRow("500, read (control)") << 500 << true << 3 << false;
        QTest::newRow("400, read") << 400 << true << 1 << false;
    }
    void arm_failure_resentOnlyWhenThePolicyAllows()
    {
        QFETCH(int, status);
        QFETCH(bool, idempotent);
        QFETCH(int, expectedRequests);
        QFETCH(bool, expectFateUnknown);
        StubHttpServer arm([status](const StubHttpServer::Request &) {
            return status == 0 ? QByteArray()
                               : StubHttpServer::json(status, "{\"error\":{\"code\":\"X\",\"message\":\"m\"}}");
        });
        QVERIFY(arm.listen());
        FixedTokenCredential credential(QStringLiteral("arm-token-for-the-test"));
        ArmClient client(&m_network, &credential, arm.url(),
            QStringLiteral("https://management.core.windows.net//.default"), &m_clock);
        client.setJitterSource([] { return 0.0; });
        ArmRequest request = ArmRequest::post(QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/"
                                                             "Microsoft.ApiManagement/service/a/backup"),
            QStringLiteral("2024-05-01"), QJsonObject { { QStringLiteral("backupName"), QStringLiteral("b") } });
        request.idempotent = idempotent;
        request.retry = quickRetry(3);
        const ArmResponse response = runArm(client, request);
        QVERIFY(response.error.isError());
        QCOMPARE(arm.requests().size(), expectedRequests);
        QCOMPARE(response.attempts, expectedRequests);
        QCOMPARE(response.error.fateUnknown, expectFateUnknown);
    }

    void arm_injectedJitter_setsTheBackoff()
    {
        int calls = 0;
        StubHttpServer arm([&calls](const StubHttpServer::Request &) {
            return ++calls == 1 ? StubHttpServer::json(503, "{}") : StubHttpServer::json(200, "{\"value\":[]}");
        });
        QVERIFY(arm.listen());
        FixedTokenCredential credential(QStringLiteral("arm-token-for-the-test"));
        ArmClient client(&m_network, &credential, arm.url(),
            QStringLiteral("https://management.core.windows.net//.default"), &m_clock);
        client.setBackoffBaseMs(80);
        client.setJitterSource([] { return 0.25; });
        ArmJob *job = client.send(ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        QSignalSpy retrying(job, &ArmJob::retrying);
        QSignalSpy finished(job, &ArmJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 50); // 80/2 + 0.25 * 80/2
        QVERIFY(finished.first().first().value<ArmResponse>().ok());
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transportpolicy.moc"
