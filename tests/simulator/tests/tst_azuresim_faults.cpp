// Fault injection (every kind, from the control endpoint and from --fault), robustness
// against garbage, and HTTPS.
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Apim::SimTest;

namespace {
const QString Subscriptions = QStringLiteral("/subscriptions?api-version=2022-12-01");
}

class TestAzureSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void latency_delaysOnlyMatchingRequests();
    void throttle_answers429WithRetryAfterThenRecovers();
    void error_answersGivenStatusWithArmBody_data();
    void error_answersGivenStatusWithArmBody();
    void drop_closesConnectionWithoutAnswer();
    void truncate_cutsTheBodyShort();
    void expireToken_answers401Expired();
    void serviceLocked_answers409();
    void faultOnTokenEndpoint_usesEntraErrorShape();
    void badFaultSpec_isRejected();
    void commandLineFault_isAppliedAtStart();
    void garbageInput_neverCrashesTheSimulator();
    void tls_servesHttps();

private:
    QString addFault(const QJsonObject &spec);

    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;
};

void TestAzureSimFaults::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSimFaults::init()
{
    m_client->control("DELETE", QStringLiteral("/_sim/faults"));
    m_token = m_client->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

QString TestAzureSimFaults::addFault(const QJsonObject &spec)
{
    const Reply r = m_client->control("POST", QStringLiteral("/_sim/faults"), spec);
    return r.status == 201 ? QString::number(r.json().value(QLatin1String("id")).toInt()) : QString();
}

void TestAzureSimFaults::latency_delaysOnlyMatchingRequests()
{
    QVERIFY(!addFault({ { QStringLiteral("kind"), QStringLiteral("latency") },
                          { QStringLiteral("route"), QStringLiteral("^GET /subscriptions$") },
                          { QStringLiteral("latencyMs"), 800 }, { QStringLiteral("times"), 1 } })
                 .isEmpty());
    QNetworkAccessManager network;
    QNetworkRequest slowRequest(QUrl(m_sim.url().toString() + Subscriptions));
    slowRequest.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *slow = network.get(slowRequest);
    QNetworkReply *fast = network.get(QNetworkRequest(QUrl(m_sim.url().toString() + QStringLiteral("/_sim/health"))));
    QSignalSpy fastDone(fast, &QNetworkReply::finished);
    QSignalSpy slowDone(slow, &QNetworkReply::finished);
    QVERIFY(fastDone.wait(5000));
    QVERIFY2(!slow->isFinished(), "the delayed request must not block others");
    QVERIFY(slowDone.wait(5000));
    QVERIFY(timer.elapsed() >= 750);
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slow;
    delete fast;
}

void TestAzureSimFaults::throttle_answers429WithRetryAfterThenRecovers()
{
    addFault({ { QStringLiteral("kind"), QStringLiteral("throttle") },
        { QStringLiteral("route"), QStringLiteral("GET /subscriptions$") }, { QStringLiteral("retryAfter"), 2 },
        { QStringLiteral("times"), 1 } });
    const Reply throttled = m_client->get(Subscriptions, m_token);
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.header("Retry-After"), QByteArray("2"));
    QCOMPARE(throttled.errorCode(), QStringLiteral("TooManyRequests"));
    QCOMPARE(m_client->get(Subscriptions, m_token).status, 200);
}

void TestAzureSimFaults::error_answersGivenStatusWithArmBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("500") << 500 << QStringLiteral("InternalServerError");
    QTest::newRow("503") << 503 << QStringLiteral("ServiceUnavailable");
}

void TestAzureSimFaults::error_answersGivenStatusWithArmBody()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
        { QStringLiteral("route"), QStringLiteral("GET /subscriptions$") }, { QStringLiteral("status"), status },
        { QStringLiteral("times"), 1 } });
    const Reply r = m_client->get(Subscriptions, m_token);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    QVERIFY(!r.header("x-ms-request-id").isEmpty());
}

void TestAzureSimFaults::drop_closesConnectionWithoutAnswer()
{
    addFault({ { QStringLiteral("kind"), QStringLiteral("drop") },
        { QStringLiteral("route"), QStringLiteral("GET /subscriptions$") } });
    // A fresh connection, so that Qt does not quietly resend on a reused one.
    const Reply r = m_client->send(
        "GET", Subscriptions, {}, { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Connection", "close" } });
    QVERIFY(r.finished);
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    m_client->control("DELETE", QStringLiteral("/_sim/faults"));
    QCOMPARE(m_client->get(Subscriptions, m_token).status, 200);
}

void TestAzureSimFaults::truncate_cutsTheBodyShort()
{
    const Reply whole = m_client->get(Subscriptions, m_token);
    addFault({ { QStringLiteral("kind"), QStringLiteral("truncate") },
        { QStringLiteral("route"), QStringLiteral("GET /subscriptions$") }, { QStringLiteral("times"), 1 } });
    const Reply cut = m_client->get(Subscriptions, m_token);
    QVERIFY(cut.finished);
    QVERIFY2(cut.error != QNetworkReply::NoError || cut.body.size() < whole.body.size(),
        "a truncated body must not arrive whole");
    QVERIFY(cut.body.size() < whole.body.size());
}

void TestAzureSimFaults::expireToken_answers401Expired()
{
    addFault({ { QStringLiteral("kind"), QStringLiteral("expireToken") },
        { QStringLiteral("route"), QStringLiteral("GET /subscriptions$") }, { QStringLiteral("times"), 1 } });
    const Reply r = m_client->get(Subscriptions, m_token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("ExpiredAuthenticationToken"));
    QCOMPARE(m_client->get(Subscriptions, m_token).status, 200);
}

void TestAzureSimFaults::serviceLocked_answers409()
{
    addFault({ { QStringLiteral("kind"), QStringLiteral("serviceLocked") },
        { QStringLiteral("route"), QStringLiteral("GET .*/service/contoso-prod-apim$") },
        { QStringLiteral("times"), 1 } });
    const Reply r = m_client->get(Demo::ProdService + QStringLiteral("?api-version=2024-05-01"), m_token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), QStringLiteral("ServiceLocked"));
    QVERIFY(r.body.contains("contoso-prod-apim"));
}

void TestAzureSimFaults::faultOnTokenEndpoint_usesEntraErrorShape()
{
    addFault({ { QStringLiteral("kind"), QStringLiteral("throttle") },
        { QStringLiteral("route"), QStringLiteral("POST /.*/oauth2/v2.0/token") }, { QStringLiteral("times"), 1 } });
    const Reply r = m_client->postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(Demo::ContosoTenant),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } });
    QCOMPARE(r.status, 429);
    QCOMPARE(r.json().value(QLatin1String("error")).toString(), QStringLiteral("temporarily_unavailable"));
    QVERIFY(r.json().contains(QLatin1String("error_codes")));
}

void TestAzureSimFaults::badFaultSpec_isRejected()
{
    QCOMPARE(
        m_client
            ->control("POST", QStringLiteral("/_sim/faults"), { { QStringLiteral("kind"), QStringLiteral("meteor") } })
            .status,
        400);
    QCOMPARE(m_client
                 ->control("POST", QStringLiteral("/_sim/faults"),
                     { { QStringLiteral("kind"), QStringLiteral("error") },
                         { QStringLiteral("route"), QStringLiteral("(") } })
                 .status,
        400);
    QCOMPARE(m_client->send("POST", QStringLiteral("/_sim/faults"), "{oops").status, 400);
}

void TestAzureSimFaults::commandLineFault_isAppliedAtStart()
{
    Apim::Test::SimProcess sim;
    QVERIFY2(
        sim.start({},
            { QStringLiteral("--fault"), QStringLiteral("kind=throttle,route=GET /subscriptions$,times=1,retryAfter=3"),
                QStringLiteral("--token-lifetime"), QStringLiteral("120") }),
        qPrintable(sim.errorString()));
    SimClient client(sim.url());
    const QString token = client.servicePrincipalToken();
    const Reply tokenReply = client.postForm(QStringLiteral("/%1/oauth2/v2.0/token").arg(Demo::ContosoTenant),
        { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") },
            { QStringLiteral("client_id"), Demo::SpClientId }, { QStringLiteral("client_secret"), Demo::SpSecret },
            { QStringLiteral("scope"), Demo::ArmScope } });
    QCOMPARE(tokenReply.json().value(QLatin1String("expires_in")).toInt(), 120);
    const Reply first = client.get(Subscriptions, token);
    QCOMPARE(first.status, 429);
    QCOMPARE(first.header("Retry-After"), QByteArray("3"));
    QCOMPARE(client.get(Subscriptions, token).status, 200);

    // The cloud metadata, without a token, pointing at the simulator itself.
    const Reply clouds = client.get(QStringLiteral("/metadata/endpoints?api-version=2022-09-01"));
    QCOMPARE(clouds.status, 200);
    const QJsonObject cloud = clouds.jsonArray().at(0).toObject();
    QCOMPARE(cloud.value(QLatin1String("resourceManager")).toString(), sim.url().toString() + QLatin1Char('/'));
    QCOMPARE(cloud.value(QLatin1String("authentication")).toObject().value(QLatin1String("loginEndpoint")).toString(),
        sim.url().toString() + QLatin1Char('/'));
    const Reply legacy = client.get(QStringLiteral("/metadata/endpoints?api-version=2015-01-01"));
    QCOMPARE(legacy.status, 200);
    QVERIFY(legacy.json().value(QLatin1String("authentication")).toObject().contains(QLatin1String("audiences")));
}

void TestAzureSimFaults::garbageInput_neverCrashesTheSimulator()
{
    const QList<QByteArray> bodies { "", "{", "[]", "null", QByteArray(1000, '\xff'), "{\"storageAccount\":[1,2]}" };
    const QStringList paths { Demo::ProdService + QStringLiteral("/backup?api-version=2024-05-01"),
        Demo::ProdService + QStringLiteral("/restore?api-version=2024-05-01"),
        QStringLiteral("/providers/Microsoft.ResourceGraph/resources?api-version=2024-04-01"),
        QStringLiteral("/%1/oauth2/v2.0/token").arg(Demo::ContosoTenant), QStringLiteral("/_sim/faults"),
        QStringLiteral("/_sim/clock"), QStringLiteral("/_sim/device/approve") };
    for (const QString &path : paths) {
        for (const QByteArray &body : bodies) {
            const Reply r = m_client->send("POST", path, body,
                { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "application/json" } });
            QVERIFY2(r.status >= 400 && r.status < 500,
                qPrintable(path + QStringLiteral(" -> ") + QString::number(r.status)));
        }
    }
    QTcpSocket raw;
    raw.connectToHost(m_sim.url().host(), quint16(m_sim.url().port()));
    QVERIFY(raw.waitForConnected(3000));
    raw.write("THIS IS NOT HTTP\r\n\r\n\x01\x02\x03");
    raw.waitForBytesWritten(1000);
    raw.abort();
    const Reply health = m_client->get(QStringLiteral("/_sim/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/%%%/../..//x?\x01=\x02")).status, 404);
}

void TestAzureSimFaults::tls_servesHttps()
{
    Apim::Test::SimProcess sim;
    const QString dir = QStringLiteral(SIM_TLS_DIR);
    QVERIFY2(sim.start({},
                 { QStringLiteral("--tls-cert"), dir + QStringLiteral("/sim-tls.pem"), QStringLiteral("--tls-key"),
                     dir + QStringLiteral("/sim-tls.key") }),
        qPrintable(sim.errorString()));
    QCOMPARE(sim.url().scheme(), QStringLiteral("https"));
    SimClient client(sim.url());
    const Reply health = client.get(QStringLiteral("/_sim/health"));
    QCOMPARE(health.status, 200);
    const QString token = client.servicePrincipalToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(client.get(Subscriptions, token).status, 200);
}

QTEST_GUILESS_MAIN(TestAzureSimFaults)
#include "tst_azuresim_faults.moc"
