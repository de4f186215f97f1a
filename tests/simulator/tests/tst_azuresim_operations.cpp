// The simulator's backup and restore: the 202/Location protocol, real blobs in Azurite,
// APIM's refusals (tier, locked service, identity), failures, restore checks.
#include "DemoEstate.h"
#include "SimClient.h"
#include "SimProcess.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace Apim::SimTest;

namespace {
QString withApi(const QString &path)
{
    return path + QStringLiteral("?api-version=2024-05-01");
}

QStringList apiNames(const QJsonArray &apis)
{
    QStringList names;
    for (const QJsonValue &v : apis)
        names << v.toObject().value(QLatin1String("name")).toString();
    names.sort();
    return names;
}
} // namespace

class TestAzureSimOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void backup_withAccessKey_acceptsThenWritesRealBlob();
    void backup_wrongAccessKey_endsFailedWithStorageError();
    void backup_whileAnotherRuns_answers409ServiceLocked();
    void backup_unsupportedTier_isRefusedLikeApim();
    void backup_missingFields_answers400ValidationError();
    void backup_systemIdentity_usesTheIdentityOrIsRefusedWithout();
    void backup_userIdentity_unknownClientId_isRefused();
    void backup_noRetryAfterConfigured_omitsHeader();
    void backup_asyncOperationHeader_reportsStatusUntilSucceeded();
    void backup_failOperationFault_endsFailedWithGivenError();
    void backup_longDuration_endsWithoutPollingTheLocation();
    void restore_roundTrip_bringsBackTheApiSet();
    void restore_tierMismatch_endsFailed();
    void restore_backupOlderThan30Days_endsFailedExpired();

private:
    QJsonObject backupBody(const QString &blob, const QString &key = {}) const;
    QString accountKey();
    Reply start(const QString &service, const QString &kind, const QJsonObject &body);

    Apim::Test::SimProcess m_sim;
    std::unique_ptr<SimClient> m_client;
    QString m_token;
};

void TestAzureSimOperations::initTestCase()
{
    QVERIFY2(m_sim.start({}, { QStringLiteral("--operation-duration"), QStringLiteral("400") }),
        qPrintable(m_sim.errorString()));
    m_client = std::make_unique<SimClient>(m_sim.url());
}

void TestAzureSimOperations::init()
{
    m_client->control("DELETE", QStringLiteral("/_sim/faults"));
    m_client->control("POST", QStringLiteral("/_sim/config"),
        QJsonObject { { QStringLiteral("retryAfterSeconds"), 0 }, { QStringLiteral("asyncOperationHeader"), false },
            { QStringLiteral("operationDurationMs"), 400 } });
    m_token = m_client->servicePrincipalToken();
    QVERIFY(!m_token.isEmpty());
}

QString TestAzureSimOperations::accountKey()
{
    const Reply r = m_client->send("POST",
        withApi(Demo::ProdStorage + QStringLiteral("/listKeys"))
            .replace(QLatin1String("2024-05-01"), QLatin1String("2025-08-01")),
        {}, { { "Authorization", "Bearer " + m_token.toLatin1() } });
    return r.json().value(QLatin1String("keys")).toArray().first().toObject().value(QLatin1String("value")).toString();
}

QJsonObject TestAzureSimOperations::backupBody(const QString &blob, const QString &key) const
{
    return QJsonObject { { QStringLiteral("storageAccount"), QStringLiteral("contosobackups") },
        { QStringLiteral("containerName"), QStringLiteral("sim-tests") }, { QStringLiteral("backupName"), blob },
        { QStringLiteral("accessType"), QStringLiteral("AccessKey") }, { QStringLiteral("accessKey"), key } };
}

Reply TestAzureSimOperations::start(const QString &service, const QString &kind, const QJsonObject &body)
{
    return m_client->postJson(withApi(service + QLatin1Char('/') + kind), body, m_token);
}

void TestAzureSimOperations::backup_withAccessKey_acceptsThenWritesRealBlob()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("retryAfterSeconds"), 1 } });
    const QString blob = QStringLiteral("prod-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    const Reply accepted = start(Demo::ProdService, QStringLiteral("backup"), backupBody(blob, accountKey()));
    QCOMPARE(accepted.status, 202);
    const QString location = QString::fromUtf8(accepted.header("Location"));
    QVERIFY(location.startsWith(m_sim.url().toString() + Demo::ProdService + QStringLiteral("/operationresults/")));
    QVERIFY(location.endsWith(QLatin1String("?api-version=2024-05-01")));
    QCOMPARE(accepted.header("Retry-After"), QByteArray("1"));
    QVERIFY(accepted.header("Azure-AsyncOperation").isEmpty());

    const Reply during = m_client->get(withApi(Demo::ProdService), m_token);
    const QJsonObject props = during.json().value(QLatin1String("properties")).toObject();
    QCOMPARE(props.value(QLatin1String("provisioningState")).toString(), QStringLiteral("Updating"));
    QCOMPARE(props.value(QLatin1String("targetProvisioningState")).toString(), QStringLiteral("Succeeded"));
    QCOMPARE(m_client->get(location, m_token).status, 202);

    const Reply done = m_client->pollUntilDone(location, m_token);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.json().value(QLatin1String("name")).toString(), QStringLiteral("contoso-prod-apim"));
    QCOMPARE(
        done.json().value(QLatin1String("properties")).toObject().value(QLatin1String("provisioningState")).toString(),
        QStringLiteral("Succeeded"));

    const QUrl azurite = Apim::Test::TestEnvironment::azuriteUrl();
    QByteArray listing;
    QVERIFY(listBlobs(azurite, QStringLiteral("contosobackups"), QStringLiteral("sim-tests"), &listing).contains(blob));
    QVERIFY2(listing.contains("<sku>Premium</sku>") && listing.contains("<service>contoso-prod-apim</service>")
            && listing.contains("<createdat>"),
        listing.constData());
    const QJsonObject content = QJsonDocument::fromJson(
        readBlob(azurite, QStringLiteral("contosobackups"), QStringLiteral("sim-tests"), blob))
                                    .object();
    QCOMPARE(content.value(QLatin1String("sku")).toString(), QStringLiteral("Premium"));
    QCOMPARE(content.value(QLatin1String("service")).toString(), QStringLiteral("contoso-prod-apim"));
    QVERIFY(content.value(QLatin1String("apis")).toObject().contains(QLatin1String("orders-api")));
}

void TestAzureSimOperations::backup_wrongAccessKey_endsFailedWithStorageError()
{
    const QString wrongKey = QString::fromLatin1(QByteArray(64, 'x').toBase64());
    const Reply accepted
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("wrong-key"), wrongKey));
    QCOMPARE(accepted.status, 202);
    const Reply done = m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token);
    QCOMPARE(done.status, 400);
    QCOMPARE(done.errorCode(), QStringLiteral("BackupFailed"));
    const QString message
        = done.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("403")) && message.contains(QLatin1String("contosobackups")),
        qPrintable(message));
}

void TestAzureSimOperations::backup_whileAnotherRuns_answers409ServiceLocked()
{
    const Reply first
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("lock-1"), accountKey()));
    QCOMPARE(first.status, 202);
    const Reply second
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("lock-2"), accountKey()));
    QCOMPARE(second.status, 409);
    QCOMPARE(second.errorCode(), QStringLiteral("ServiceLocked"));
    QVERIFY(second.json()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("is transitioning at this time")));
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(first.header("Location")), m_token).status, 200);
}

void TestAzureSimOperations::backup_unsupportedTier_isRefusedLikeApim()
{
    const Reply r
        = start(Demo::ConsumptionService, QStringLiteral("backup"), backupBody(QStringLiteral("x"), accountKey()));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Backup is not supported for the SKU 'Consumption'."));
}

void TestAzureSimOperations::backup_missingFields_answers400ValidationError()
{
    const Reply r = start(Demo::ProdService, QStringLiteral("backup"),
        QJsonObject { { QStringLiteral("storageAccount"), QStringLiteral("contosobackups") } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), QStringLiteral("ValidationError"));
    QVERIFY(r.json().value(QLatin1String("error")).toObject().value(QLatin1String("details")).toArray().size() >= 2);
    const Reply noKey = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("x")));
    QCOMPARE(noKey.status, 400);
    QCOMPARE(noKey.errorCode(), QStringLiteral("InvalidParameters"));
}

void TestAzureSimOperations::backup_systemIdentity_usesTheIdentityOrIsRefusedWithout()
{
    QJsonObject body = backupBody(QStringLiteral("staging-mi.apimbackup"));
    body.remove(QStringLiteral("accessKey"));
    body.insert(QStringLiteral("accessType"), QStringLiteral("SystemAssignedManagedIdentity"));
    const Reply accepted = start(Demo::StagingService, QStringLiteral("backup"), body);
    QCOMPARE(accepted.status, 202);
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token).status, 200);

    QString devService = Demo::TestService;
    devService.replace(QLatin1String("contoso-test-apim"), QLatin1String("contoso-dev-apim"));
    const Reply refused = start(devService, QStringLiteral("backup"), body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("InvalidParameters"));
}

void TestAzureSimOperations::backup_userIdentity_unknownClientId_isRefused()
{
    QJsonObject body = backupBody(QStringLiteral("uai.apimbackup"));
    body.remove(QStringLiteral("accessKey"));
    body.insert(QStringLiteral("accessType"), QStringLiteral("UserAssignedManagedIdentity"));
    body.insert(QStringLiteral("clientId"), QStringLiteral("00000000-0000-0000-0000-000000000000"));
    const Reply refused = start(Demo::ProdService, QStringLiteral("backup"), body);
    QCOMPARE(refused.status, 400);
    body.insert(QStringLiteral("clientId"), QStringLiteral("72e0edf5-d68a-4f61-bb80-d60f1a612397"));
    const Reply accepted = start(Demo::ProdService, QStringLiteral("backup"), body);
    QCOMPARE(accepted.status, 202);
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token).status, 200);
}

void TestAzureSimOperations::backup_noRetryAfterConfigured_omitsHeader()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("retryAfterSeconds"), QJsonValue() } });
    const Reply accepted
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("no-retry"), accountKey()));
    QCOMPARE(accepted.status, 202);
    QVERIFY(accepted.header("Retry-After").isEmpty());
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token).status, 200);
}

void TestAzureSimOperations::backup_asyncOperationHeader_reportsStatusUntilSucceeded()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("asyncOperationHeader"), true } });
    const Reply accepted
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("async"), accountKey()));
    QCOMPARE(accepted.status, 202);
    const QString statusUrl = QString::fromUtf8(accepted.header("Azure-AsyncOperation"));
    QVERIFY(statusUrl.contains(
        QLatin1String("/providers/Microsoft.ApiManagement/locations/westeurope/operationStatuses/")));
    Reply status = m_client->get(statusUrl, m_token);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.json().value(QLatin1String("status")).toString(), QStringLiteral("InProgress"));
    for (const char *key : { "id", "name", "status", "startTime", "percentComplete" })
        QVERIFY2(status.json().contains(QLatin1String(key)), key);
    QTRY_VERIFY_WITH_TIMEOUT(
        (status = m_client->get(statusUrl, m_token)).json().value(QLatin1String("status")).toString()
            == QLatin1String("Succeeded"),
        10000);
    QVERIFY(status.json().contains(QLatin1String("endTime")));
    QCOMPARE(m_client->get(QString::fromUtf8(accepted.header("Location")), m_token).status, 200);
}

// Coarse timers (>= 2 s) may fire early; the operation must still end on its own, seen by a
// client that only watches GET service and never polls the Location or /_sim/state.
void TestAzureSimOperations::backup_longDuration_endsWithoutPollingTheLocation()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("operationDurationMs"), 2500 } });
    const Reply accepted
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("long"), accountKey()));
    QCOMPARE(accepted.status, 202);
    const auto provisioningState = [this] {
        return m_client->get(withApi(Demo::ProdService), m_token)
            .json()
            .value(QLatin1String("properties"))
            .toObject()
            .value(QLatin1String("provisioningState"))
            .toString();
    };
    QCOMPARE(provisioningState(), QStringLiteral("Updating"));
    QTRY_COMPARE_WITH_TIMEOUT(provisioningState(), QStringLiteral("Succeeded"), 4000);
}

void TestAzureSimOperations::backup_failOperationFault_endsFailedWithGivenError()
{
    m_client->control(
        "POST", QStringLiteral("/_sim/config"), QJsonObject { { QStringLiteral("asyncOperationHeader"), true } });
    m_client->control("POST", QStringLiteral("/_sim/faults"),
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("POST .*/backup") }, { QStringLiteral("status"), 500 },
            { QStringLiteral("code"), QStringLiteral("InternalError") },
            { QStringLiteral("message"), QStringLiteral("Injected failure") }, { QStringLiteral("times"), 1 } });
    const Reply accepted
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("fail"), accountKey()));
    QCOMPARE(accepted.status, 202);
    const Reply done = m_client->pollUntilDone(QString::fromUtf8(accepted.header("Location")), m_token);
    QCOMPARE(done.status, 500);
    QCOMPARE(done.errorCode(), QStringLiteral("InternalError"));
    const Reply status = m_client->get(QString::fromUtf8(accepted.header("Azure-AsyncOperation")), m_token);
    QCOMPARE(status.json().value(QLatin1String("status")).toString(), QStringLiteral("Failed"));
    QCOMPARE(status.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Injected failure"));
    // Consumed: the next backup succeeds, and the service is no longer Updating.
    const Reply next
        = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("after-fail"), accountKey()));
    QCOMPARE(next.status, 202);
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(next.header("Location")), m_token).status, 200);
}

void TestAzureSimOperations::restore_roundTrip_bringsBackTheApiSet()
{
    const QString apis = withApi(Demo::TestService + QStringLiteral("/apis"));
    const QStringList before = apiNames(m_client->getAllPages(apis, m_token));
    QVERIFY(!before.isEmpty());
    const QString key = accountKey();
    const Reply backup
        = start(Demo::TestService, QStringLiteral("backup"), backupBody(QStringLiteral("roundtrip"), key));
    QCOMPARE(backup.status, 202);
    // A change made while the backup runs is not in the backup.
    const Reply added = m_client->putJson(withApi(Demo::TestService + QStringLiteral("/apis/late-api")),
        QJsonObject { { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("displayName"), QStringLiteral("Late") },
                { QStringLiteral("path"), QStringLiteral("late") } } } },
        m_token);
    QCOMPARE(added.status, 201);
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(backup.header("Location")), m_token).status, 200);
    m_client->send("DELETE", withApi(Demo::TestService + QStringLiteral("/apis/") + before.first()), {},
        { { "Authorization", "Bearer " + m_token.toLatin1() } });
    QVERIFY(apiNames(m_client->getAllPages(apis, m_token)) != before);

    const Reply restore
        = start(Demo::TestService, QStringLiteral("restore"), backupBody(QStringLiteral("roundtrip"), key));
    QCOMPARE(restore.status, 202);
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(restore.header("Location")), m_token).status, 200);
    QCOMPARE(apiNames(m_client->getAllPages(apis, m_token)), before);
}

void TestAzureSimOperations::restore_tierMismatch_endsFailed()
{
    const QString key = accountKey();
    const Reply backup = start(Demo::ProdService, QStringLiteral("backup"), backupBody(QStringLiteral("premium"), key));
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(backup.header("Location")), m_token).status, 200);
    const Reply restore
        = start(Demo::TestService, QStringLiteral("restore"), backupBody(QStringLiteral("premium"), key));
    QCOMPARE(restore.status, 202);
    const Reply done = m_client->pollUntilDone(QString::fromUtf8(restore.header("Location")), m_token);
    QCOMPARE(done.status, 400);
    QCOMPARE(done.json().value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
        QStringLiteral("Cannot restore: current SKU is 'Basic', backup SKU is 'Premium'."));
}

void TestAzureSimOperations::restore_backupOlderThan30Days_endsFailedExpired()
{
    const QString key = accountKey();
    const Reply backup = start(Demo::TestService, QStringLiteral("backup"), backupBody(QStringLiteral("old"), key));
    QCOMPARE(m_client->pollUntilDone(QString::fromUtf8(backup.header("Location")), m_token).status, 200);
    m_client->control(
        "POST", QStringLiteral("/_sim/clock"), QJsonObject { { QStringLiteral("advanceSeconds"), 31 * 24 * 3600 } });
    m_token = m_client->servicePrincipalToken();
    const Reply restore = start(Demo::TestService, QStringLiteral("restore"), backupBody(QStringLiteral("old"), key));
    QCOMPARE(restore.status, 202);
    const Reply done = m_client->pollUntilDone(QString::fromUtf8(restore.header("Location")), m_token);
    QCOMPARE(done.status, 400);
    QVERIFY(done.json()
                .value(QLatin1String("error"))
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .startsWith(QLatin1String("Cannot restore: backup expired")));
}

QTEST_GUILESS_MAIN(TestAzureSimOperations)
#include "tst_azuresim_operations.moc"
