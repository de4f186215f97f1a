// Restore drills against the simulator: a backup of one service restored into a standby
// holds what the source held at backup time (every child resource, not what changed
// after), replacing what the standby held; a blob that is not a backup fails cleanly.
#include "ChildResources.h"
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Apim::SimTest;
using namespace Apim::SimTest::Children;

namespace {
// Both Standard, in the same tenant: a restore between them is allowed.
const QString Source = Demo::StagingService;
const QString Standby
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-partners/providers/"
                     "Microsoft.ApiManagement/service/contoso-partners-apim");
const QString Account = QStringLiteral("contosobackups");
const QString Container = QStringLiteral("drills");

QJsonObject properties(const QJsonObject &values)
{
    return QJsonObject { { QStringLiteral("properties"), values } };
}

QByteArray pretty(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}
} // namespace

class TestAzureSimDrills : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void drill_restoreIntoStandby_holdsTheConfigurationAtBackupTime();
    void restore_blobThatIsNotABackup_endsFailedAndKeepsTheConfiguration_data();
    void restore_blobThatIsNotABackup_endsFailedAndKeepsTheConfiguration();
    void azurite_blobNameWithQueryCharacters_isStoredUnderItsWholeName();

private:
    QJsonObject storageBody(const QString &blob) const;
    // Starts a backup or restore and waits for its end; the final Location answer.
    Reply run(const QString &service, const QString &kind, const QString &blob);
    Reply send(const QByteArray &verb, const QString &path, const QJsonObject &json = {});
    QString provisioningState(const QString &service);

    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;
    QString m_key;
};

void TestAzureSimDrills::initTestCase()
{
    QVERIFY2(m_sim.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("300") }),
        qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSimDrills::init()
{
    m_token = m_client->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
    const Reply keys = m_client->send("POST", Demo::ProdStorage + QStringLiteral("/listKeys?api-version=2025-08-01"),
        {}, { { "Authorization", "Bearer " + m_token.toLatin1() } });
    m_key = keys.json()
                .value(QLatin1String("keys"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("value"))
                .toString();
    QVERIFY(!m_key.isEmpty());
}

QJsonObject TestAzureSimDrills::storageBody(const QString &blob) const
{
    return QJsonObject { { QStringLiteral("storageAccount"), Account }, { QStringLiteral("containerName"), Container },
        { QStringLiteral("backupName"), blob }, { QStringLiteral("accessType"), QStringLiteral("AccessKey") },
        { QStringLiteral("accessKey"), m_key } };
}

Reply TestAzureSimDrills::run(const QString &service, const QString &kind, const QString &blob)
{
    const Reply accepted = m_client->postJson(withApi(service + QLatin1Char('/') + kind), storageBody(blob), m_token);
    if (accepted.status != 202)
        return accepted;
    return m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token);
}

Reply TestAzureSimDrills::send(const QByteArray &verb, const QString &path, const QJsonObject &json)
{
    return m_client->send(verb, withApi(path), json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "application/json" } });
}

QString TestAzureSimDrills::provisioningState(const QString &service)
{
    return m_client->get(withApi(service), m_token)
        .json()
        .value(QLatin1String("properties"))
        .toObject()
        .value(QLatin1String("provisioningState"))
        .toString();
}

void TestAzureSimDrills::drill_restoreIntoStandby_holdsTheConfigurationAtBackupTime()
{
    const QJsonObject atBackup = snapshot(*m_client, Source, m_token);
    const QJsonObject standbyBefore = snapshot(*m_client, Standby, m_token);
    for (const QString &collection : Collections)
        QVERIFY2(!atBackup.value(collection).toObject().isEmpty(), qPrintable(collection));
    QVERIFY(atBackup != standbyBefore);

    const QString blob = QStringLiteral("staging-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(run(Source, QStringLiteral("backup"), blob).status, 200);
    const QJsonObject content
        = QJsonDocument::fromJson(readBlob(Apim::Test::TestEnvironment::azuriteUrl(), Account, Container, blob))
              .object();
    for (const QString &collection : Collections)
        QVERIFY2(!content.value(collection).toObject().isEmpty(), qPrintable(collection));

    // The source changes after the backup: none of this may reach the standby.
    QCOMPARE(send("PUT", Source + QStringLiteral("/products/late-product"),
                 properties({ { QStringLiteral("displayName"), QStringLiteral("Late") } }))
                 .status,
        201);
    QCOMPARE(send("DELETE", Source + QStringLiteral("/namedValues/orders-backend-url")).status, 200);
    QCOMPARE(send("PUT", Source + QStringLiteral("/backends/orders-backend"),
                 properties({ { QStringLiteral("url"), QStringLiteral("https://moved.example.net") } }))
                 .status,
        200);
    QCOMPARE(send("PUT", Source + QStringLiteral("/policies/policy"),
                 properties({ { QStringLiteral("value"), QStringLiteral("<policies><inbound /></policies>") } }))
                 .status,
        200);
    QCOMPARE(send("DELETE", Source + QStringLiteral("/apis/payments-api")).status, 200);
    const QJsonObject sourceNow = snapshot(*m_client, Source, m_token);
    QVERIFY(sourceNow != atBackup);

    QCOMPARE(run(Standby, QStringLiteral("restore"), blob).status, 200);
    QCOMPARE(pretty(snapshot(*m_client, Standby, m_token)), pretty(atBackup));
    QCOMPARE(pretty(snapshot(*m_client, Source, m_token)), pretty(sourceNow)); // the source is left alone
    // The secret came along, still hidden.
    const Reply secret = m_client->get(withApi(Standby + QStringLiteral("/namedValues/payments-api-key")), m_token);
    QCOMPARE(secret.status, 200);
    QVERIFY(!secret.json().value(QLatin1String("properties")).toObject().contains(QLatin1String("value")));

    const QStringList events = eventSummaries(activity(*m_client, Demo::ProductionSub, Standby, m_token));
    QVERIFY2(events.contains(QStringLiteral("Microsoft.ApiManagement/service/restore/action Succeeded")),
        qPrintable(events.join(QLatin1Char('\n'))));
}

void TestAzureSimDrills::restore_blobThatIsNotABackup_endsFailedAndKeepsTheConfiguration_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("arbitrary bytes") << QByteArray::fromHex("504b030400016761726261676500fffe");
    QTest::newRow("some other JSON") << QByteArray(R"({"hello": "world"})");
    QTest::newRow("damaged backup") << QByteArray(
        R"({"format": "azure-sim/apim-backup/2", "sku": "Basic", "createdAt": "2030-01-01T00:00:00Z", "apis": 7})");
}

void TestAzureSimDrills::restore_blobThatIsNotABackup_endsFailedAndKeepsTheConfiguration()
{
    QFETCH(QByteArray, data);
    const QString blob = QStringLiteral("not-a-backup-%1.bin").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(writeBlob(Apim::Test::TestEnvironment::azuriteUrl(), Account, Container, blob, data));
    const QJsonObject before = snapshot(*m_client, Demo::TestService, m_token);

    const Reply done = run(Demo::TestService, QStringLiteral("restore"), blob);
    QCOMPARE(done.status, 400);
    QCOMPARE(done.errorCode(), QStringLiteral("RestoreFailed"));
    const QString message
        = done.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(message.startsWith(QLatin1String("Cannot restore: the b")) && message.contains(blob)
            && message.contains(Container),
        qPrintable(message));

    QCOMPARE(provisioningState(Demo::TestService), QStringLiteral("Succeeded"));
    QCOMPARE(pretty(snapshot(*m_client, Demo::TestService, m_token)), pretty(before));
    const QStringList events = eventSummaries(activity(*m_client, Demo::DevTestSub, Demo::TestService, m_token));
    QVERIFY2(events.contains(QStringLiteral("Microsoft.ApiManagement/service/restore/action Failed")),
        qPrintable(events.join(QLatin1Char('\n'))));
}

void TestAzureSimDrills::azurite_blobNameWithQueryCharacters_isStoredUnderItsWholeName()
{
    // The simulator's own blob client must encode a name, or "q?comp=list" is stored as "q"
    // and a restore from it reads the wrong blob.
    const QString blob = QStringLiteral("q?comp=list&x=%1#frag %2.bin")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(QStringLiteral("50%"));
    const QByteArray data("{\"marker\": \"whole-name\"}");
    QVERIFY(writeBlob(Apim::Test::TestEnvironment::azuriteUrl(), Account, Container, blob, data));
    QCOMPARE(readBlob(Apim::Test::TestEnvironment::azuriteUrl(), Account, Container, blob), data);
    const QStringList names = listBlobs(Apim::Test::TestEnvironment::azuriteUrl(), Account, Container);
    QVERIFY2(names.contains(blob.toHtmlEscaped()) || names.contains(blob), qPrintable(names.join(QLatin1Char('\n'))));
    QVERIFY(!names.contains(QStringLiteral("q")));
}

QTEST_GUILESS_MAIN(TestAzureSimDrills)
#include "tst_azuresim_drills.moc"
