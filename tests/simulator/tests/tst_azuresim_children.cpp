// The child resources of the simulator's APIM services: every kind listed with APIM's
// paging in the official examples' shape, secrets never returned, API revisions, writes
// and their Activity Log events, validation, and the ARM front door (bearer, faults).
#include "ChildResources.h"
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Apim::SimTest;
using namespace Apim::SimTest::Children;

namespace {
const QString DevService
    = QStringLiteral("/subscriptions/aab3e254-0b27-4400-bb4f-545bce13725d/resourceGroups/rg-apim-dev/providers/"
                     "Microsoft.ApiManagement/service/contoso-dev-apim");
const QString PaymentsKey = QStringLiteral("sim-secret~pay-7f3a91c2"); // a secret named value of the demo estate

// The properties every item of the official 2024-05-01 example has (ApiManagementListApis.json,
// ...ListProducts, ...ListNamedValues, ...ListBackends, ...ListPolicies, ...ListSubscriptions,
// ...ListUsers), plus the policy's format.
QStringList exampleKeys(const QString &collection)
{
    static const QHash<QString, QStringList> keys {
        { QStringLiteral("apis"),
            { QStringLiteral("displayName"), QStringLiteral("apiRevision"), QStringLiteral("serviceUrl"),
                QStringLiteral("path"), QStringLiteral("protocols"), QStringLiteral("isCurrent") } },
        { QStringLiteral("products"),
            { QStringLiteral("displayName"), QStringLiteral("description"), QStringLiteral("subscriptionRequired"),
                QStringLiteral("state") } },
        { QStringLiteral("namedValues"), { QStringLiteral("displayName"), QStringLiteral("secret") } },
        { QStringLiteral("backends"),
            { QStringLiteral("description"), QStringLiteral("url"), QStringLiteral("protocol") } },
        { QStringLiteral("policies"), { QStringLiteral("value"), QStringLiteral("format") } },
        { QStringLiteral("subscriptions"),
            { QStringLiteral("ownerId"), QStringLiteral("scope"), QStringLiteral("state"),
                QStringLiteral("createdDate") } },
        { QStringLiteral("users"),
            { QStringLiteral("firstName"), QStringLiteral("lastName"), QStringLiteral("email"), QStringLiteral("state"),
                QStringLiteral("registrationDate"), QStringLiteral("identities") } },
    };
    return keys.value(collection);
}

QStringList missingKeys(const QJsonObject &object, const QStringList &keys)
{
    QStringList missing;
    for (const QString &key : keys) {
        if (!object.contains(key))
            missing << key;
    }
    return missing;
}

QJsonObject byName(const QJsonArray &items, const QString &name)
{
    for (const QJsonValue &v : items) {
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QJsonObject props(const QJsonObject &item)
{
    return item.value(QLatin1String("properties")).toObject();
}

QJsonObject body(const QJsonObject &properties)
{
    return QJsonObject { { QStringLiteral("properties"), properties } };
}
} // namespace

class TestAzureSimChildren : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void list_eachKind_pagesWithNextLinkInTheExampleShape_data();
    void list_eachKind_pagesWithNextLinkInTheExampleShape();
    void list_topAndSkip_pageLikeApim();
    void namedValues_secretValues_areNeverReturned();
    void apis_revisions_listedAsRevEntriesAndByTheRevisionsEndpoint();
    void writes_putAndDelete_eachKind_recordedInActivityLog();
    void put_missingRequiredProperties_answers400ValidationError();
    void list_withoutBearer_answers401();
    void list_forbiddenFault_answers403AuthorizationFailed();
    void list_unknownService_answers404();

private:
    QString url(const QString &service, const QString &rest) const
    {
        return withApi(service + QLatin1Char('/') + rest);
    }
    Reply send(const QByteArray &verb, const QString &path, const QJsonObject &json = {});

    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;
};

void TestAzureSimChildren::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSimChildren::init()
{
    m_client->control("DELETE", QStringLiteral("/_sim/faults"));
    m_token = m_client->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

Reply TestAzureSimChildren::send(const QByteArray &verb, const QString &path, const QJsonObject &json)
{
    return m_client->send(verb, path, json.isEmpty() ? QByteArray() : QJsonDocument(json).toJson(),
        { { "Authorization", "Bearer " + m_token.toLatin1() }, { "Content-Type", "application/json" } });
}

void TestAzureSimChildren::list_eachKind_pagesWithNextLinkInTheExampleShape_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<int>("expected"); // what the demo estate seeds for contoso-prod-apim
    QTest::newRow("apis (4 + 3 revisions)") << QStringLiteral("apis") << 7;
    QTest::newRow("products") << QStringLiteral("products") << 3;
    QTest::newRow("namedValues") << QStringLiteral("namedValues") << 3;
    QTest::newRow("backends") << QStringLiteral("backends") << 2;
    QTest::newRow("policies") << QStringLiteral("policies") << 1;
    QTest::newRow("subscriptions") << QStringLiteral("subscriptions") << 3;
    QTest::newRow("users") << QStringLiteral("users") << 3;
}

void TestAzureSimChildren::list_eachKind_pagesWithNextLinkInTheExampleShape()
{
    QFETCH(QString, collection);
    QFETCH(int, expected);
    const Reply first = m_client->get(url(Demo::ProdService, collection), m_token);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(QLatin1String("count")).toInt(), expected);
    // The demo estate pages by 2: a longer list must be followed through nextLink.
    QCOMPARE(first.json().contains(QLatin1String("nextLink")), expected > 2);
    int pages = 0;
    const QJsonArray items = m_client->getAllPages(url(Demo::ProdService, collection), m_token, &pages);
    QCOMPARE(items.size(), expected);
    QCOMPARE(pages, (expected + 1) / 2);
    QSet<QString> names;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QString name = item.value(QLatin1String("name")).toString();
        names.insert(name);
        QCOMPARE(item.value(QLatin1String("type")).toString(),
            QStringLiteral("Microsoft.ApiManagement/service/") + collection);
        QCOMPARE(item.value(QLatin1String("id")).toString(),
            Demo::ProdService + QLatin1Char('/') + collection + QLatin1Char('/') + name);
        QCOMPARE(missingKeys(props(item), exampleKeys(collection)), QStringList());
    }
    QCOMPARE(names.size(), expected); // no item twice across pages
    if (collection == QLatin1String("subscriptions")) {
        // References are full resource ids under the service, as ARM gives them.
        const QJsonObject gold = props(byName(items, QStringLiteral("northwind-gold")));
        QCOMPARE(gold.value(QLatin1String("scope")).toString(),
            Demo::ProdService + QStringLiteral("/products/partner-gold"));
        QCOMPARE(gold.value(QLatin1String("ownerId")).toString(),
            Demo::ProdService + QStringLiteral("/users/northwind-integration"));
        QVERIFY(!gold.contains(QLatin1String("primaryKey")));
    }
}

void TestAzureSimChildren::list_topAndSkip_pageLikeApim()
{
    const QJsonArray all = m_client->getAllPages(url(Demo::ProdService, QStringLiteral("apis")), m_token);
    QCOMPARE(all.size(), 7);
    const Reply r = m_client->get(url(Demo::ProdService, QStringLiteral("apis?$top=1&$skip=3")), m_token);
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json().value(QLatin1String("value")).toArray();
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first(), all.at(3));
    const QString next = r.json().value(QLatin1String("nextLink")).toString();
    QVERIFY2(next.contains(QLatin1String("$skip=4")) && next.contains(QLatin1String("$top=1")), qPrintable(next));
    QCOMPARE(m_client->get(next, m_token).json().value(QLatin1String("value")).toArray().first(), all.at(4));
    const Reply last = m_client->get(url(Demo::ProdService, QStringLiteral("apis?$skip=6")), m_token);
    QCOMPARE(last.json().value(QLatin1String("value")).toArray().size(), 1);
    QVERIFY(!last.json().contains(QLatin1String("nextLink")));
}

void TestAzureSimChildren::namedValues_secretValues_areNeverReturned()
{
    const QString list = url(Demo::ProdService, QStringLiteral("namedValues"));
    const QJsonArray items = m_client->getAllPages(list, m_token);
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &v : items)
        QVERIFY2(!props(v.toObject()).contains(QLatin1String("value")), "a list never returns values");
    QVERIFY(!QJsonDocument(items).toJson().contains(PaymentsKey.toUtf8()));
    QVERIFY(props(byName(items, QStringLiteral("payments-api-key"))).value(QLatin1String("secret")).toBool());

    const Reply secret = m_client->get(url(Demo::ProdService, QStringLiteral("namedValues/payments-api-key")), m_token);
    QCOMPARE(secret.status, 200);
    QVERIFY(!props(secret.json()).contains(QLatin1String("value")));
    QVERIFY(!secret.body.contains(PaymentsKey.toUtf8()));
    const Reply plain
        = m_client->get(url(Demo::ProdService, QStringLiteral("namedValues/orders-backend-url")), m_token);
    QCOMPARE(props(plain.json()).value(QLatin1String("value")).toString(),
        QStringLiteral("https://orders.prod.contoso.internal/api"));

    // A secret written through PUT is not echoed back either.
    const Reply put = send("PUT", url(DevService, QStringLiteral("namedValues/new-secret")),
        body({ { QStringLiteral("displayName"), QStringLiteral("new-secret") },
            { QStringLiteral("value"), QStringLiteral("sim-secret~just-written") },
            { QStringLiteral("secret"), true } }));
    QCOMPARE(put.status, 201);
    QVERIFY(!put.body.contains("just-written"));
    QVERIFY(!m_client->get(url(DevService, QStringLiteral("namedValues/new-secret")), m_token)
                 .body.contains("just-written"));
}

void TestAzureSimChildren::apis_revisions_listedAsRevEntriesAndByTheRevisionsEndpoint()
{
    const QJsonArray apis = m_client->getAllPages(url(Demo::ProdService, QStringLiteral("apis")), m_token);
    const QJsonObject current = props(byName(apis, QStringLiteral("payments-api")));
    QCOMPARE(current.value(QLatin1String("isCurrent")).toBool(), true);
    QCOMPARE(current.value(QLatin1String("apiRevision")).toString(), QStringLiteral("1"));
    const QJsonObject rev2 = props(byName(apis, QStringLiteral("payments-api;rev=2")));
    QCOMPARE(rev2.value(QLatin1String("isCurrent")).toBool(true), false);
    QCOMPARE(rev2.value(QLatin1String("apiRevision")).toString(), QStringLiteral("2"));

    const QJsonArray currentOnly = m_client->getAllPages(
        url(Demo::ProdService,
            QStringLiteral("apis?$filter=")
                + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("isCurrent eq true")))),
        m_token);
    QCOMPARE(currentOnly.size(), 4);
    for (const QJsonValue &v : currentOnly)
        QVERIFY(!v.toObject().value(QLatin1String("name")).toString().contains(QLatin1Char(';')));

    const QJsonArray revisions
        = m_client->getAllPages(url(Demo::ProdService, QStringLiteral("apis/payments-api/revisions")), m_token);
    QStringList numbers;
    for (const QJsonValue &v : revisions) {
        const QJsonObject r = v.toObject();
        QCOMPARE(missingKeys(r,
                     { QStringLiteral("apiId"), QStringLiteral("apiRevision"), QStringLiteral("createdDateTime"),
                         QStringLiteral("updatedDateTime"), QStringLiteral("isOnline"), QStringLiteral("isCurrent") }),
            QStringList());
        numbers << r.value(QLatin1String("apiRevision")).toString();
        QCOMPARE(r.value(QLatin1String("isCurrent")).toBool(), numbers.last() == QLatin1String("1"));
        QVERIFY(r.value(QLatin1String("apiId"))
                    .toString()
                    .endsWith(QStringLiteral("/apis/payments-api;rev=") + numbers.last()));
    }
    QCOMPARE(numbers, (QStringList { QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1") }));

    const Reply one = m_client->get(url(Demo::ProdService, QStringLiteral("apis/payments-api;rev=2")), m_token);
    QCOMPARE(one.status, 200);
    QCOMPARE(props(one.json()).value(QLatin1String("apiRevisionDescription")).toString(),
        QStringLiteral("3-D Secure callbacks"));
    QCOMPARE(m_client->get(url(Demo::ProdService, QStringLiteral("apis/no-such-api/revisions")), m_token).status, 404);
}

void TestAzureSimChildren::writes_putAndDelete_eachKind_recordedInActivityLog()
{
    const QList<QPair<QString, QJsonObject>> writes {
        { QStringLiteral("apis/drill-api"),
            { { QStringLiteral("displayName"), QStringLiteral("Drill API") },
                { QStringLiteral("path"), QStringLiteral("drill") } } },
        { QStringLiteral("products/drill-product"),
            { { QStringLiteral("displayName"), QStringLiteral("Drill product") } } },
        { QStringLiteral("namedValues/drill-value"),
            { { QStringLiteral("displayName"), QStringLiteral("drill-value") },
                { QStringLiteral("value"), QStringLiteral("42") } } },
        { QStringLiteral("backends/drill-backend"),
            { { QStringLiteral("url"), QStringLiteral("https://drill.example.net") },
                { QStringLiteral("protocol"), QStringLiteral("http") } } },
    };
    for (const auto &[path, properties] : writes) {
        QCOMPARE(send("PUT", url(DevService, path), body(properties)).status, 201);
        QCOMPARE(send("PUT", url(DevService, path), body(properties)).status, 200); // now an update
        QCOMPARE(m_client->get(url(DevService, path), m_token).status, 200);
    }
    // A new revision copies the current API; deleting the API deletes its revisions.
    const Reply revision = send("PUT", url(DevService, QStringLiteral("apis/drill-api;rev=2")),
        body({ { QStringLiteral("apiRevisionDescription"), QStringLiteral("second") } }));
    QCOMPARE(revision.status, 201);
    QCOMPARE(props(revision.json()).value(QLatin1String("path")).toString(), QStringLiteral("drill"));
    QCOMPARE(props(revision.json()).value(QLatin1String("isCurrent")).toBool(true), false);
    QCOMPARE(send("DELETE", url(DevService, QStringLiteral("apis/drill-api;rev=1"))).status, 400); // the current one
    for (const auto &[path, properties] : writes) {
        QCOMPARE(send("DELETE", url(DevService, path)).status, 200);
        QCOMPARE(send("DELETE", url(DevService, path)).status, 204);
        QCOMPARE(m_client->get(url(DevService, path), m_token).status, 404);
    }
    QCOMPARE(m_client->get(url(DevService, QStringLiteral("apis/drill-api;rev=2")), m_token).status, 404);

    const QJsonArray events = activity(*m_client, Demo::DevTestSub, DevService, m_token);
    const QStringList summaries = eventSummaries(events);
    for (const QString &kind : { QStringLiteral("apis"), QStringLiteral("products"), QStringLiteral("namedValues"),
             QStringLiteral("backends") }) {
        for (const QString &verb : { QStringLiteral("write"), QStringLiteral("delete") }) {
            for (const QString &status : { QStringLiteral("Started"), QStringLiteral("Succeeded") }) {
                const QString expected
                    = QStringLiteral("Microsoft.ApiManagement/service/%1/%2 %3").arg(kind, verb, status);
                QVERIFY2(summaries.contains(expected), qPrintable(expected));
            }
        }
    }
    const QJsonObject productWrite = [&] {
        for (const QJsonValue &v : events) {
            if (v.toObject()
                    .value(QLatin1String("resourceId"))
                    .toString()
                    .endsWith(QLatin1String("/products/drill-product")))
                return v.toObject();
        }
        return QJsonObject();
    }();
    QCOMPARE(productWrite.value(QLatin1String("caller")).toString(), Demo::SpClientId);
    QVERIFY(!productWrite.value(QLatin1String("correlationId")).toString().isEmpty());
}

void TestAzureSimChildren::put_missingRequiredProperties_answers400ValidationError()
{
    const Reply backend = send("PUT", url(DevService, QStringLiteral("backends/no-url")),
        body({ { QStringLiteral("description"), QStringLiteral("no url") } }));
    QCOMPARE(backend.status, 400);
    QCOMPARE(backend.errorCode(), QStringLiteral("ValidationError"));
    const QJsonArray details
        = backend.json().value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray();
    QCOMPARE(details.first().toObject().value(QLatin1String("target")).toString(), QStringLiteral("url"));
    QCOMPARE(send("PUT", url(DevService, QStringLiteral("namedValues/no-value")),
                 body({ { QStringLiteral("displayName"), QStringLiteral("no-value") } }))
                 .status,
        400);
    QCOMPARE(send("PUT", url(DevService, QStringLiteral("policies/other")),
                 body({ { QStringLiteral("value"), QStringLiteral("<policies />") } }))
                 .status,
        400);
    const Reply malformed = m_client->send("PUT", url(DevService, QStringLiteral("products/x")), "{not json",
        { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.errorCode(), QStringLiteral("InvalidRequestContent"));
    QCOMPARE(m_client->get(url(DevService, QStringLiteral("backends/no-url")), m_token).status, 404);
}

void TestAzureSimChildren::list_withoutBearer_answers401()
{
    const Reply r = m_client->get(url(Demo::ProdService, QStringLiteral("products")));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), QStringLiteral("AuthenticationFailed"));
}

void TestAzureSimChildren::list_forbiddenFault_answers403AuthorizationFailed()
{
    m_client->control("POST", QStringLiteral("/_sim/faults"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 403 },
            { QStringLiteral("route"), QStringLiteral("GET .*/namedValues$") }, { QStringLiteral("times"), 1 } });
    const Reply denied = m_client->get(url(Demo::ProdService, QStringLiteral("namedValues")), m_token);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode(), QStringLiteral("AuthorizationFailed"));
    const QString message
        = denied.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("'Microsoft.ApiManagement/service/namedValues/read'"))
            && message.contains(Demo::SpClientId)
            && message.contains(Demo::ProdService + QStringLiteral("/namedValues")),
        qPrintable(message));
    QCOMPARE(m_client->get(url(Demo::ProdService, QStringLiteral("namedValues")), m_token).status, 200);
}

void TestAzureSimChildren::list_unknownService_answers404()
{
    QString service = Demo::ProdService;
    service.replace(QLatin1String("contoso-prod-apim"), QLatin1String("no-such-apim"));
    const Reply r = m_client->get(url(service, QStringLiteral("backends")), m_token);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), QStringLiteral("ResourceNotFound"));
}

QTEST_GUILESS_MAIN(TestAzureSimChildren)
#include "tst_azuresim_children.moc"
