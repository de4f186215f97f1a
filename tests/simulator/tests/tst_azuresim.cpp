// The simulator's ARM side: bearer validation, response shapes against the official
// examples, paging, Resource Graph, storage, the Activity Log and the error bodies.
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Apim::SimTest;

namespace {
QJsonObject exampleBody(const QString &file, const QString &status = QStringLiteral("200"))
{
    QFile f(Apim::Test::TestEnvironment::dataFile(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())
        .object()
        .value(QLatin1String("responses"))
        .toObject()
        .value(status)
        .toObject()
        .value(QLatin1String("body"))
        .toObject();
}

// Keys the official example has that ours lacks, at the top level and in "properties".
QStringList missingKeys(const QJsonObject &ours, const QJsonObject &example)
{
    QStringList missing;
    for (auto it = example.constBegin(); it != example.constEnd(); ++it) {
        if (!ours.contains(it.key()))
            missing << it.key();
    }
    const QJsonObject exampleProps = example.value(QLatin1String("properties")).toObject();
    const QJsonObject ourProps = ours.value(QLatin1String("properties")).toObject();
    for (auto it = exampleProps.constBegin(); it != exampleProps.constEnd(); ++it) {
        if (!ourProps.contains(it.key()))
            missing << QStringLiteral("properties.") + it.key();
    }
    return missing;
}

QString arm(const QString &path, const QString &apiVersion)
{
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("api-version=") + apiVersion;
}
} // namespace

class TestAzureSim : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void arm_missingBearer_answers401AuthenticationFailedWithChallenge();
    void arm_malformedToken_answers401InvalidAuthenticationToken();
    void arm_tamperedSignature_answers401InvalidAuthenticationToken();
    void arm_storageToken_answers401WrongAudience();
    void arm_expiredToken_answers401ExpiredAuthenticationToken();
    void arm_otherTenantsSubscription_answers401WrongIssuer();
    void arm_missingApiVersion_answers400();
    void arm_everyResponse_carriesRequestIdsAndEchoesClientRequestId();
    void subscriptions_pagedByNextLink_onlyTokensTenant();
    void tenants_listsTheUsersTenants();
    void services_listBySubscription_matchesExampleShapeAndPages();
    void services_get_matchesExampleShape();
    void services_unknownName_answers404ResourceNotFound();
    void resourceGraph_apimQuery_pagesWithSkipToken();
    void resourceGraph_disabled_answers403AuthorizationFailed();
    void storage_accounts_matchExampleAndPointAtAzurite();
    void storage_listKeys_returnsWorkingKeyOrDeniesWhenSeedSaysSo();
    void storage_containers_readFromAzuriteAndCreatable();
    void storage_invalidContainerName_answers400();
    void apis_putAndDelete_recordedInActivityLog();
    void unknownRoute_answers404WithArmBody();
    void wrongVerb_answers405();
    void malformedJson_answers400InvalidRequestContent();
    void requestLog_redactsSecrets();

private:
    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;
};

void TestAzureSim::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSim::init()
{
    m_client->control("DELETE", QStringLiteral("/_sim/faults"));
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("resourceGraphEnabled"), true } });
    m_token = m_client->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

void TestAzureSim::arm_missingBearer_answers401AuthenticationFailedWithChallenge()
{
    const Reply r = m_client->get(arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("AuthenticationFailed"));
    QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
}

void TestAzureSim::arm_malformedToken_answers401InvalidAuthenticationToken()
{
    const Reply r = m_client->get(
        arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), QStringLiteral("not-a-jwt"));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
}

void TestAzureSim::arm_tamperedSignature_answers401InvalidAuthenticationToken()
{
    QString token = m_token;
    token.chop(2);
    token += token.endsWith(QLatin1Char('A')) ? QStringLiteral("BB") : QStringLiteral("AA");
    const Reply r = m_client->get(arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(!r.header("WWW-Authenticate").isEmpty());
}

void TestAzureSim::arm_storageToken_answers401WrongAudience()
{
    const QString storageToken = m_client->servicePrincipalToken(QStringLiteral("https://storage.azure.com/.default"));
    const Reply r = m_client->get(arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), storageToken);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationToken"));
    QVERIFY(r.json()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("audience")));
}

void TestAzureSim::arm_expiredToken_answers401ExpiredAuthenticationToken()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/clock"), QJsonObject { { QStringLiteral("advanceSeconds"), 3601 } });
    const Reply r = m_client->get(arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), m_token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("ExpiredAuthenticationToken"));
    const QString fresh = m_client->servicePrincipalToken();
    QCOMPARE(m_client->get(arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), fresh).status, 200);
}

void TestAzureSim::arm_otherTenantsSubscription_answers401WrongIssuer()
{
    const Reply r = m_client->get(
        arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/service").arg(Demo::FabrikamDrSub),
            QStringLiteral("2024-05-01")),
        m_token);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidAuthenticationTokenTenant"));
}

void TestAzureSim::arm_missingApiVersion_answers400()
{
    const Reply r = m_client->get(QStringLiteral("/subscriptions"), m_token);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("MissingApiVersionParameter"));
}

void TestAzureSim::arm_everyResponse_carriesRequestIdsAndEchoesClientRequestId()
{
    const Reply r = m_client->send("GET", arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), {},
        { { "Authorization", "Bearer " + m_token.toLatin1() },
            { "x-ms-client-request-id", "4f1c1c8e-0000-4000-8000-000000000001" } });
    QCOMPARE(r.status, 200);
    QVERIFY(!r.header("x-ms-request-id").isEmpty());
    QVERIFY(!r.header("x-ms-correlation-request-id").isEmpty());
    QCOMPARE(r.header("x-ms-client-request-id"), QByteArray("4f1c1c8e-0000-4000-8000-000000000001"));
    const Reply error = m_client->get(QStringLiteral("/nowhere"));
    QVERIFY(!error.header("x-ms-request-id").isEmpty());
}

void TestAzureSim::subscriptions_pagedByNextLink_onlyTokensTenant()
{
    const QJsonObject example = exampleBody(QStringLiteral("GetSubscriptions.json"));
    QString next = arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01"));
    QStringList names;
    int pages = 0;
    while (!next.isEmpty() && pages < 10) {
        const Reply r = m_client->get(next, m_token);
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json();
        QVERIFY(body.value(QLatin1String("value")).toArray().size() <= 2);
        for (const QJsonValue &v : body.value(QLatin1String("value")).toArray()) {
            const QJsonObject sub = v.toObject();
            QCOMPARE(
                missingKeys(sub, example.value(QLatin1String("value")).toArray().first().toObject()), QStringList());
            QCOMPARE(sub.value(QLatin1String("tenantId")).toString(), Demo::ContosoTenant);
            names << sub.value(QLatin1String("displayName")).toString();
        }
        next = body.value(QLatin1String("nextLink")).toString();
        ++pages;
    }
    QCOMPARE(pages, 2);
    QCOMPARE(names,
        (QStringList { QStringLiteral("Contoso Production"), QStringLiteral("Contoso Staging"),
            QStringLiteral("Contoso Dev/Test") }));
}

void TestAzureSim::tenants_listsTheUsersTenants()
{
    const QJsonObject tokens = m_client->userTokens(QStringLiteral("organizations"), Demo::ArmScope);
    const QString userToken = tokens.value(QLatin1String("access_token")).toString();
    QStringList ids;
    QString next = arm(QStringLiteral("/tenants"), QStringLiteral("2022-12-01"));
    while (!next.isEmpty()) {
        const Reply r = m_client->get(next, userToken);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray())
            ids << v.toObject().value(QLatin1String("tenantId")).toString();
        next = r.json().value(QLatin1String("nextLink")).toString();
    }
    QCOMPARE(ids, (QStringList { Demo::ContosoTenant, Demo::FabrikamTenant }));
}

void TestAzureSim::services_listBySubscription_matchesExampleShapeAndPages()
{
    const QJsonObject example = exampleBody(QStringLiteral("ApiManagementListServiceBySubscription.json"))
                                    .value(QLatin1String("value"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QString next
        = arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/service").arg(Demo::ProductionSub),
            QStringLiteral("2024-05-01"));
    QStringList names;
    while (!next.isEmpty()) {
        const Reply r = m_client->get(next, m_token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray()) {
            QCOMPARE(missingKeys(v.toObject(), example), QStringList());
            names << v.toObject().value(QLatin1String("name")).toString();
        }
        next = r.json().value(QLatin1String("nextLink")).toString();
    }
    QCOMPARE(names.size(), 4);
    QVERIFY(names.contains(QStringLiteral("contoso-prod-apim")));
    const Reply byGroup = m_client->get(
        arm(QStringLiteral("/subscriptions/%1/resourceGroups/rg-apim-prod/providers/Microsoft.ApiManagement/service")
                .arg(Demo::ProductionSub),
            QStringLiteral("2024-05-01")),
        m_token);
    QCOMPARE(byGroup.json().value(QLatin1String("value")).toArray().size(), 2);
}

void TestAzureSim::services_get_matchesExampleShape()
{
    const Reply r = m_client->get(arm(Demo::ProdService, QStringLiteral("2024-05-01")), m_token);
    QCOMPARE(r.status, 200);
    const QJsonObject service = r.json();
    QCOMPARE(missingKeys(service, exampleBody(QStringLiteral("ApiManagementServiceGetService.json"))), QStringList());
    QCOMPARE(service.value(QLatin1String("sku")).toObject().value(QLatin1String("capacity")).toInt(), 2);
    QCOMPARE(service.value(QLatin1String("properties"))
                 .toObject()
                 .value(QLatin1String("additionalLocations"))
                 .toArray()
                 .size(),
        1);
    const QJsonObject identity = service.value(QLatin1String("identity")).toObject();
    QCOMPARE(identity.value(QLatin1String("type")).toString(), QStringLiteral("SystemAssigned, UserAssigned"));
    const QJsonObject assigned = identity.value(QLatin1String("userAssignedIdentities")).toObject();
    QCOMPARE(assigned.size(), 1);
    QCOMPARE(assigned.begin().value().toObject().value(QLatin1String("clientId")).toString(),
        QStringLiteral("72e0edf5-d68a-4f61-bb80-d60f1a612397"));
    QCOMPARE(service.value(QLatin1String("properties")).toObject().value(QLatin1String("provisioningState")).toString(),
        QStringLiteral("Succeeded"));
}

void TestAzureSim::services_unknownName_answers404ResourceNotFound()
{
    QString path = Demo::ProdService;
    path.replace(QLatin1String("contoso-prod-apim"), QLatin1String("no-such-apim"));
    const Reply r = m_client->get(arm(path, QStringLiteral("2024-05-01")), m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("ResourceNotFound"));
}

void TestAzureSim::resourceGraph_apimQuery_pagesWithSkipToken()
{
    const QJsonObject example = exampleBody(QStringLiteral("ResourcesFirstPageQuery.json"));
    QJsonObject request {
        { QStringLiteral("subscriptions"), QJsonArray { Demo::ProductionSub, Demo::StagingSub, Demo::DevTestSub } },
        { QStringLiteral("query"),
            QStringLiteral("resources | where type =~ 'Microsoft.ApiManagement/service' | order by id asc") },
        { QStringLiteral("options"), QJsonObject { { QStringLiteral("$top"), 3 } } },
    };
    const QString url
        = arm(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), QStringLiteral("2024-04-01"));
    Reply r = m_client->postJson(url, request, m_token);
    QCOMPARE(r.status, 200);
    QJsonObject body = r.json();
    QCOMPARE(missingKeys(body, example), QStringList());
    QCOMPARE(body.value(QLatin1String("totalRecords")).toInt(), 8);
    QCOMPARE(body.value(QLatin1String("count")).toInt(), 3);
    QCOMPARE(body.value(QLatin1String("resultTruncated")).toString(), QStringLiteral("false"));
    const QJsonObject row = body.value(QLatin1String("data")).toArray().first().toObject();
    for (const char *key : { "id", "name", "type", "location", "resourceGroup", "subscriptionId", "tenantId", "sku",
             "identity", "properties", "tags" })
        QVERIFY2(row.contains(QLatin1String(key)), key);
    QCOMPARE(row.value(QLatin1String("type")).toString(), QStringLiteral("microsoft.apimanagement/service"));
    int seen = 3;
    while (body.contains(QLatin1String("$skipToken"))) {
        QJsonObject options { { QStringLiteral("$top"), 3 },
            { QStringLiteral("$skipToken"), body.value(QLatin1String("$skipToken")) } };
        request.insert(QStringLiteral("options"), options);
        r = m_client->postJson(url, request, m_token);
        QCOMPARE(r.status, 200);
        body = r.json();
        seen += body.value(QLatin1String("count")).toInt();
    }
    QCOMPARE(seen, 8);
}

void TestAzureSim::resourceGraph_disabled_answers403AuthorizationFailed()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("resourceGraphEnabled"), false } });
    const Reply r = m_client->postJson(
        arm(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), QStringLiteral("2024-04-01")),
        QJsonObject { { QStringLiteral("query"), QStringLiteral("resources") } }, m_token);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), QStringLiteral("AuthorizationFailed"));
}

void TestAzureSim::storage_accounts_matchExampleAndPointAtAzurite()
{
    const QJsonObject example = exampleBody(QStringLiteral("StorageAccountList.json"))
                                    .value(QLatin1String("value"))
                                    .toArray()
                                    .first()
                                    .toObject();
    const Reply r = m_client->get(
        arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.Storage/storageAccounts").arg(Demo::ProductionSub),
            QStringLiteral("2025-08-01")),
        m_token);
    QCOMPARE(r.status, 200);
    const QJsonArray accounts = r.json().value(QLatin1String("value")).toArray();
    QCOMPARE(accounts.size(), 2);
    const QJsonObject account = accounts.first().toObject();
    QCOMPARE(missingKeys(account, example), QStringList());
    const QString blob = account.value(QLatin1String("properties"))
                             .toObject()
                             .value(QLatin1String("primaryEndpoints"))
                             .toObject()
                             .value(QLatin1String("blob"))
                             .toString();
    QCOMPARE(blob,
        Apim::Test::TestEnvironment::azuriteUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/")
            + account.value(QLatin1String("name")).toString() + QStringLiteral("/"));
}

void TestAzureSim::storage_listKeys_returnsWorkingKeyOrDeniesWhenSeedSaysSo()
{
    const Reply r
        = m_client->send("POST", arm(Demo::ProdStorage + QStringLiteral("/listKeys"), QStringLiteral("2025-08-01")), {},
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(r.status, 200);
    const QJsonObject example = exampleBody(QStringLiteral("StorageAccountListKeys.json"));
    const QJsonArray keys = r.json().value(QLatin1String("keys")).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(missingKeys(keys.first().toObject(), example.value(QLatin1String("keys")).toArray().first().toObject()),
        QStringList());
    QCOMPARE(
        QByteArray::fromBase64(keys.first().toObject().value(QLatin1String("value")).toString().toLatin1()).size(), 64);

    QString denied = Demo::ProdStorage;
    denied.replace(QLatin1String("rg-apim-prod"), QLatin1String("rg-dr"))
        .replace(QLatin1String("contosobackups"), QLatin1String("contosodrbackups"));
    const Reply refused
        = m_client->send("POST", arm(denied + QStringLiteral("/listKeys"), QStringLiteral("2025-08-01")), {},
            { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.errorCode(), QStringLiteral("AuthorizationFailed"));
}

void TestAzureSim::storage_containers_readFromAzuriteAndCreatable()
{
    const QString list
        = arm(Demo::ProdStorage + QStringLiteral("/blobServices/default/containers"), QStringLiteral("2025-08-01"));
    Reply r = m_client->get(list, m_token);
    QCOMPARE(r.status, 200);
    const QJsonObject example = exampleBody(QStringLiteral("BlobContainersList.json"))
                                    .value(QLatin1String("value"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QStringList names;
    for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray()) {
        QCOMPARE(missingKeys(v.toObject(), example), QStringList());
        names << v.toObject().value(QLatin1String("name")).toString();
    }
    QVERIFY(names.contains(QStringLiteral("apim-backups")));
    const QString name = QStringLiteral("created-%1").arg(QDateTime::currentMSecsSinceEpoch());
    const Reply created
        = m_client->putJson(arm(Demo::ProdStorage + QStringLiteral("/blobServices/default/containers/") + name,
                                QStringLiteral("2025-08-01")),
            QJsonObject { { QStringLiteral("properties"), QJsonObject {} } }, m_token);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(QLatin1String("name")).toString(), name);
    r = m_client->get(list, m_token);
    QVERIFY(r.body.contains(name.toUtf8()));
    const QString one = arm(
        Demo::ProdStorage + QStringLiteral("/blobServices/default/containers/") + name, QStringLiteral("2025-08-01"));
    QCOMPARE(m_client->get(one, m_token).json().value(QLatin1String("name")).toString(), name);
    QCOMPARE(m_client->get(QString(one).replace(name, QStringLiteral("missing-container")), m_token).status, 404);
    const Reply service = m_client->get(
        arm(Demo::ProdStorage + QStringLiteral("/blobServices/default"), QStringLiteral("2025-08-01")), m_token);
    QCOMPARE(service.status, 200);
    QVERIFY(service.json()
                .value(QLatin1String("properties"))
                .toObject()
                .value(QLatin1String("cors"))
                .toObject()
                .value(QLatin1String("corsRules"))
                .toArray()
                .isEmpty());
}

void TestAzureSim::storage_invalidContainerName_answers400()
{
    const Reply r
        = m_client->putJson(arm(Demo::ProdStorage + QStringLiteral("/blobServices/default/containers/Bad_Name"),
                                QStringLiteral("2025-08-01")),
            QJsonObject {}, m_token);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.errorCode().isEmpty());
}

void TestAzureSim::apis_putAndDelete_recordedInActivityLog()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-2);
    const QString api = arm(Demo::TestService + QStringLiteral("/apis/weather-api"), QStringLiteral("2024-05-01"));
    const Reply put = m_client->putJson(api,
        QJsonObject { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("displayName"), QStringLiteral("Weather") },
                { QStringLiteral("path"), QStringLiteral("weather") } } } },
        m_token);
    QCOMPARE(put.status, 201);
    // No x-ms-correlation-request-id was sent: the simulator makes up one for the whole request.
    const QString putCorrelation = QString::fromLatin1(put.header("x-ms-correlation-request-id"));
    QVERIFY(!putCorrelation.isEmpty());
    const QJsonArray listed = m_client->getAllPages(
        arm(Demo::TestService + QStringLiteral("/apis"), QStringLiteral("2024-05-01")), m_token);
    QVERIFY(QJsonDocument(listed).toJson().contains("weather-api"));
    QCOMPARE(m_client->send("DELETE", api, {}, { { "Authorization", "Bearer " + m_token.toLatin1() } }).status, 200);

    const QString filter
        = QStringLiteral("eventTimestamp ge '%1' and eventTimestamp le '%2' and resourceUri eq '%3'")
              .arg(from.toString(Qt::ISODate), QDateTime::currentDateTimeUtc().addDays(60).toString(Qt::ISODate),
                  Demo::TestService);
    QString next = QStringLiteral(
        "/subscriptions/%1/providers/Microsoft.Insights/eventtypes/management/values?api-version=2015-04-01&$filter=%2")
                       .arg(Demo::DevTestSub, QString::fromLatin1(QUrl::toPercentEncoding(filter)));
    QStringList operations;
    QStringList putStatuses; // statuses of the events that carry the PUT's correlation id
    while (!next.isEmpty()) {
        const Reply r = m_client->get(next, m_token);
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.json().value(QLatin1String("value")).toArray()) {
            const QJsonObject e = v.toObject();
            for (const char *key :
                { "eventTimestamp", "operationName", "resourceId", "caller", "status", "correlationId" })
                QVERIFY2(e.contains(QLatin1String(key)), key);
            operations << e.value(QLatin1String("operationName")).toObject().value(QLatin1String("value")).toString();
            QCOMPARE(e.value(QLatin1String("caller")).toString(), Demo::SpClientId);
            if (e.value(QLatin1String("correlationId")).toString() == putCorrelation)
                putStatuses << e.value(QLatin1String("status")).toObject().value(QLatin1String("value")).toString();
        }
        next = r.json().value(QLatin1String("nextLink")).toString();
    }
    QVERIFY(operations.contains(QStringLiteral("Microsoft.ApiManagement/service/apis/write")));
    QVERIFY(operations.contains(QStringLiteral("Microsoft.ApiManagement/service/apis/delete")));
    // One write, one correlation id for its Started and Succeeded events, as in ARM.
    putStatuses.sort();
    QCOMPARE(putStatuses, (QStringList { QStringLiteral("Started"), QStringLiteral("Succeeded") }));
}

void TestAzureSim::unknownRoute_answers404WithArmBody()
{
    const Reply r = m_client->get(
        arm(QStringLiteral("/subscriptions/%1/providers/Microsoft.Nothing/things").arg(Demo::ProductionSub),
            QStringLiteral("2024-01-01")),
        m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidResourceType"));
    QVERIFY(r.json().value(QLatin1String("error")).toObject().contains(QLatin1String("message")));
}

void TestAzureSim::wrongVerb_answers405()
{
    const Reply r = m_client->send("DELETE", arm(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")), {},
        { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(r.status, 405);
    QVERIFY(!r.errorCode().isEmpty());
}

void TestAzureSim::malformedJson_answers400InvalidRequestContent()
{
    const Reply r = m_client->send("POST",
        arm(Demo::ProdService + QStringLiteral("/backup"), QStringLiteral("2024-05-01")), "{not json",
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "application/json" } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("InvalidRequestContent"));
}

void TestAzureSim::requestLog_redactsSecrets()
{
    m_client->servicePrincipalToken();
    const QByteArray remote = m_client->get(QStringLiteral("/_sim/requests")).body;
    QVERIFY(remote.contains("client_secret=***"));
    QVERIFY(!remote.contains(Demo::SpSecret.toUtf8()));
    QVERIFY(!remote.contains(m_token.toUtf8()));
    const QString file = m_sim.requestLog();
    QVERIFY(file.contains(QLatin1String("POST /") + Demo::ContosoTenant + QLatin1String("/oauth2/v2.0/token 200")));
    QVERIFY(!file.contains(Demo::SpSecret));
}

QTEST_GUILESS_MAIN(TestAzureSim)
#include "tst_azuresim.moc"
