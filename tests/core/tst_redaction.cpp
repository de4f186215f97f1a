// util/Redaction: what reaches a log never carries a token, key or secret - whole JSON,
// JSON cut off mid-value, form bodies, URLs and headers - while what a log needs (ARM
// error codes, the auth scheme, ordinary fields) stays readable.
#include "util/Redaction.h"

#include <QtTest>

using namespace Apim::Core;

namespace {
const QString kSecret = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.SECRETPAYLOAD");
}

class TestRedaction : public QObject
{
    Q_OBJECT
private slots:
    void body_validJson_masksSensitiveFieldsKeepsTheRest()
    {
        const QByteArray json = "{\"token_type\":\"Bearer\",\"access_token\":\"" + kSecret.toUtf8()
            + "\",\"refresh_token\":\"r-SECRET\",\"expires_in\":3599,\"error\":{\"code\":\"AuthorizationFailed\"}}";
        const QString redacted = Redaction::body(json);
        QVERIFY2(!redacted.contains(QLatin1String("SECRET")), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("\"access_token\":\"***\"")));
        QVERIFY(redacted.contains(QLatin1String("3599")));
        QVERIFY(redacted.contains(QLatin1String("AuthorizationFailed"))); // a JSON "code" is an ARM error code
    }

    void body_listKeys_masksTheKeyValues()
    {
        const QByteArray json = "{\"keys\":[{\"keyName\":\"key1\",\"value\":\"KEYSECRET1==\",\"permissions\":\"FULL\"},"
                                "{\"keyName\":\"key2\",\"value\":\"KEYSECRET2==\",\"permissions\":\"FULL\"}]}";
        const QString redacted = Redaction::body(json);
        QVERIFY2(!redacted.contains(QLatin1String("KEYSECRET")), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("FULL")));
    }

    void body_truncatedJson_neverShowsTheStartOfASecret_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray token = kSecret.toUtf8();
        QTest::newRow("cut in access_token")
            << QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"" + token.left(20));
        QTest::newRow("cut after access_token") << QByteArray("{\"access_token\":\"" + token + "\",\"refresh_tok");
        QTest::newRow("camelCase, spaces")
            << QByteArray("{ \"accessToken\" : \"" + token + "\", \"expiresOn\": \"2025");
        QTest::newRow("client secret") << QByteArray("{\"client_secret\":\"" + token + "\",\"x\":");
        QTest::newRow("storage key") << QByteArray("{\"keys\":[{\"keyName\":\"key1\",\"value\":\"" + token.left(30));
        QTest::newRow("accessKey in a backup body")
            << QByteArray("{\"storageAccount\":\"a\",\"accessKey\":\"" + token + "\",\"accessType\":\"AccessKey\"");
        QTest::newRow("padded with garbage") << QByteArray("{\"refresh_token\":\"" + token + "\"} trailing garbage");
        QTest::newRow("array") << QByteArray("[{\"password\":\"" + token + "\"},");
        QTest::newRow("with '=' (not a form)") << QByteArray("{\"id_token\":\"" + token + "==\",\"x\":\"a=b");
    }
    void body_truncatedJson_neverShowsTheStartOfASecret()
    {
        QFETCH(QByteArray, body);
        QJsonParseError error {};
        QJsonDocument::fromJson(body, &error);
        QVERIFY2(error.error != QJsonParseError::NoError, "the row must not be valid JSON");
        const QString redacted = Redaction::body(body);
        QVERIFY2(!redacted.contains(QLatin1String("eyJ0eX")) && !redacted.contains(QLatin1String("SECRET")),
            qPrintable(redacted));
        QVERIFY2(redacted.contains(QLatin1String("***")), qPrintable(redacted));
    }

    void body_truncatedJson_keepsHarmlessFields()
    {
        const QString redacted = Redaction::body(
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired\",\"refresh_token\":\"abc");
        QVERIFY(redacted.contains(QLatin1String("AADSTS70008")));
        QVERIFY(!redacted.contains(QLatin1String("abc")));
    }

    void body_form_masksSecretsAndCodes()
    {
        const QByteArray form
            = "grant_type=authorization_code&client_id=app&code=CODESECRET&code_verifier=VERIFIERSECRET"
              "&client_secret=CLIENTSECRET&refresh_token=RTSECRET&scope=openid";
        const QString redacted = Redaction::body(form);
        QVERIFY2(!redacted.contains(QLatin1String("SECRET")), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("grant_type=authorization_code")));
        QVERIFY(redacted.contains(QLatin1String("client_id=app")));
    }

    void body_xml_keepsOnlyItsHead()
    {
        const QByteArray xml
            = "<?xml version=\"1.0\"?><Error><Code>AuthenticationFailed</Code></Error>" + QByteArray(2000, ' ');
        const QString redacted = Redaction::body(xml);
        QVERIFY(redacted.contains(QLatin1String("AuthenticationFailed")));
        QCOMPARE(redacted.size(), 512);
    }

    void url_masksSasAndCodes()
    {
        const QUrl url(
            QStringLiteral("https://a.blob.core.windows.net/c/b?sv=2024-01-01&sig=SIGSECRET&se=2025&code=CODESECRET"));
        const QString redacted = Redaction::url(url);
        QVERIFY2(!redacted.contains(QLatin1String("SECRET")), qPrintable(redacted));
        QVERIFY(redacted.contains(QLatin1String("sv=2024-01-01")));
        QVERIFY(
            !Redaction::url(QUrl(QStringLiteral("https://user:PWSECRET@host/"))).contains(QLatin1String("PWSECRET")));
    }

    void attemptLine_redactsTheUrlAndKeepsItsPercentSigns()
    {
        // A blob name with a folder (%2F) and a SAS: the URL's own "%2" is not a placeholder.
        const QUrl url(
            QStringLiteral("https://a.blob.core.windows.net/c/apim%2Fsvc-a.apimbackup?sv=2024-01-01&sig=SIGSECRET"));
        const QString line = Redaction::attemptLine("PUT", url, 503, 120, 2);
        QVERIFY2(!line.contains(QLatin1String("SIGSECRET")), qPrintable(line));
        QCOMPARE(line,
            QStringLiteral("PUT https://a.blob.core.windows.net/c/apim%2Fsvc-a.apimbackup?sv=2024-01-01&sig=*** -> "
                           "503 in 120 ms, attempt 2"));
    }

    void headerValue_keepsTheSchemeOnly()
    {
        QCOMPARE(Redaction::headerValue("Authorization", "Bearer " + kSecret.toUtf8()), QStringLiteral("Bearer ***"));
        QCOMPARE(Redaction::headerValue("Authorization", "SharedKey acct:SIGSECRET"), QStringLiteral("SharedKey ***"));
        QCOMPARE(Redaction::headerValue("Cookie", "s=1"), QStringLiteral("***"));
        QCOMPARE(Redaction::headerValue("x-ms-version", "2025-01-05"), QStringLiteral("2025-01-05"));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
