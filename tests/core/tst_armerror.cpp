// ArmError (ErrorResponse parsing, user messages) and RetryPolicy (backoff, Retry-After):
// the pure parts of the ARM pipeline.
#include "arm/ArmError.h"
#include "net/RetryPolicy.h"

#include <QJsonDocument>
#include <QtTest>

using namespace Apim::Core;

class TestArmError : public QObject
{
    Q_OBJECT
private slots:
    void parseBody_nestedDetails_keepsEverything()
    {
        const QByteArray body
            = "{\"error\":{\"code\":\"ValidationError\",\"message\":\"One or more fields contain incorrect "
              "values.\",\"target\":\"backup\",\n"
              "            \"details\":[{\"code\":\"ValidationError\",\"target\":\"containerName\",\"message\":\"The "
              "containerName field is required.\",\n"
              "                        \"details\":[{\"code\":\"Inner\",\"message\":\"deep\"}]}]}}";
        ArmError error;
        QVERIFY(error.parseBody(body));
        QCOMPARE(error.code, QStringLiteral("ValidationError"));
        QCOMPARE(error.message, QStringLiteral("One or more fields contain incorrect values."));
        QCOMPARE(error.target, QStringLiteral("backup"));
        QCOMPARE(int(error.details.size()), 1);
        QCOMPARE(error.details.front().target, QStringLiteral("containerName"));
        QCOMPARE(int(error.details.front().details.size()), 1);
        QCOMPARE(error.details.front().details.front().message, QStringLiteral("deep"));
    }

    void parseBody_bareCodeMessage_accepted()
    {
        ArmError error;
        QVERIFY(error.parseBody("{\"code\":\"BadArgument\",\"message\":\"nope\"}"));
        QCOMPARE(error.code, QStringLiteral("BadArgument"));
    }

    void parseBody_notJsonOrTruncated_rejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"error\":{\"code\":\"Internal");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("unrelated object") << QByteArray("{\"value\":[]}");
    }
    void parseBody_notJsonOrTruncated_rejected()
    {
        QFETCH(QByteArray, body);
        ArmError error;
        QVERIFY(!error.parseBody(body));
        QVERIFY(error.code.isEmpty());
    }

    void userMessage_saysWhatToDo_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("403") << 403 << QStringLiteral("AuthorizationFailed") << QStringLiteral("Permission denied");
        QTest::newRow("404") << 404 << QStringLiteral("ResourceNotFound") << QStringLiteral("refresh the list");
        QTest::newRow("locked") << 409 << QStringLiteral("ServiceLocked")
                                << QStringLiteral("Another operation is running");
        QTest::newRow("429") << 429 << QStringLiteral("TooManyRequests") << QStringLiteral("throttling");
        QTest::newRow("500") << 500 << QStringLiteral("InternalServerError")
                             << QStringLiteral("Try again in a few minutes");
        QTest::newRow("401") << 401 << QStringLiteral("ExpiredAuthenticationToken") << QStringLiteral("Sign in again");
    }
    void userMessage_saysWhatToDo()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, expected);
        ArmError error;
        error.kind = ArmError::Kind::Http;
        error.httpStatus = status;
        error.code = code;
        error.message = QStringLiteral("the service's own words");
        error.requestId = QStringLiteral("req-123");
        const QString text = error.userMessage();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("the service's own words")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("req-123")), qPrintable(text));
    }

    void userMessage_networkFateUnknown_saysSo()
    {
        ArmError error = ArmError::local(ArmError::Kind::Network, QStringLiteral("Connection closed"));
        error.fateUnknown = true;
        QVERIFY(error.userMessage().contains(QLatin1String("may have reached Azure")));
        QVERIFY(error.isTransient());
    }

    void transient_classification()
    {
        ArmError error;
        error.kind = ArmError::Kind::Http;
        for (int status : { 408, 429, 500, 502, 503, 504 }) {
            error.httpStatus = status;
            QVERIFY2(error.isTransient(), qPrintable(QString::number(status)));
        }
        for (int status : { 400, 401, 403, 404, 409 }) {
            error.httpStatus = status;
            QVERIFY2(!error.isTransient(), qPrintable(QString::number(status)));
        }
        QVERIFY(!ArmError::local(ArmError::Kind::Auth, {}).isTransient());
        QVERIFY(!ArmError::local(ArmError::Kind::Canceled, {}).isTransient());
    }

    void json_roundTrip_keepsIdsAndDetails()
    {
        ArmError error;
        QVERIFY(error.parseBody("{\"error\":{\"code\":\"BackupFailed\",\"message\":\"m\",\"details\":[{\"code\":\"d\","
                                "\"message\":\"dm\"}]}}"));
        error.kind = ArmError::Kind::Http;
        error.httpStatus = 400;
        error.requestId = QStringLiteral("r1");
        error.correlationId = QStringLiteral("c1");
        const ArmError back = ArmError::fromJson(error.toJson());
        QCOMPARE(back.kind, ArmError::Kind::Http);
        QCOMPARE(back.httpStatus, 400);
        QCOMPARE(back.code, QStringLiteral("BackupFailed"));
        QCOMPARE(back.requestId, QStringLiteral("r1"));
        QCOMPARE(back.correlationId, QStringLiteral("c1"));
        QCOMPARE(int(back.details.size()), 1);
        QVERIFY(back.technicalSummary().contains(QLatin1String("x-ms-request-id r1")));
    }

    void backoff_growsAndStaysInBounds()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 100;
        policy.maxDelayMs = 1000;
        QCOMPARE(policy.backoffMs(1, 0.0), 50);
        QCOMPARE(policy.backoffMs(1, 1.0), 100);
        QCOMPARE(policy.backoffMs(2, 1.0), 200);
        QCOMPARE(policy.backoffMs(3, 0.5), 300);
        QCOMPARE(policy.backoffMs(10, 1.0), 1000); // capped
        QVERIFY(policy.backoffMs(10, 0.0) >= 500);
    }

    void retryAfter_secondsAndHttpDate_capped()
    {
        const QDateTime now(QDate(2025, 3, 1), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::parseRetryAfterMs("7", now), qint64(7000));
        QCOMPARE(RetryPolicy::parseRetryAfterMs(" 0 ", now), qint64(0));
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Sat, 01 Mar 2025 12:00:30 GMT", now), qint64(30000));
        QCOMPARE(RetryPolicy::parseRetryAfterMs("Sat, 01 Mar 2025 11:00:00 GMT", now), qint64(0)); // in the past
        QCOMPARE(RetryPolicy::parseRetryAfterMs("soon", now), qint64(-1));
        QCOMPARE(RetryPolicy::parseRetryAfterMs("", now), qint64(-1));
        RetryPolicy policy;
        policy.maxRetryAfterMs = 60000;
        QCOMPARE(policy.retryAfterMs("86400", now), 60000);
        QCOMPARE(policy.retryAfterMs("x", now), -1);
    }
};

QTEST_GUILESS_MAIN(TestArmError)
#include "tst_armerror.moc"
