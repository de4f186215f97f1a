#pragma once

#include "SimProcess.h"
#include "support_SimCredential.h"

#include "arm/ArmClient.h"
#include "operations/BlobBackupFileProbe.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "recovery/BackupCatalog.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace Apim::Test {

// Names of the demo estate (tests/simulator/seeds/demo.json) the engine tests use.
namespace Demo {
inline const QString kTenant = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
inline const QString kClientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
inline const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");
inline const QString kProdSub = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
inline const QString kStagingSub = QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7");
inline const QString kDevSub = QStringLiteral("aab3e254-0b27-4400-bb4f-545bce13725d");
inline const QString kScope = QStringLiteral("https://management.core.windows.net//.default");

inline QString serviceId(const QString &sub, const QString &group, const QString &name)
{
    return QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
        .arg(sub, group, name);
}
inline const QString kProdApim
    = serviceId(kProdSub, QStringLiteral("rg-apim-prod"), QStringLiteral("contoso-prod-apim"));
inline const QString kProdKrApim
    = serviceId(kProdSub, QStringLiteral("rg-apim-prod"), QStringLiteral("contoso-prod-apim-kr"));
inline const QString kPartnersApim
    = serviceId(kProdSub, QStringLiteral("rg-apim-partners"), QStringLiteral("contoso-partners-apim"));
inline const QString kFunctionsApim
    = serviceId(kProdSub, QStringLiteral("rg-serverless"), QStringLiteral("contoso-functions-apim"));
inline const QString kStagingApim
    = serviceId(kStagingSub, QStringLiteral("rg-apim-staging"), QStringLiteral("contoso-staging-apim"));
inline const QString kDevApim = serviceId(kDevSub, QStringLiteral("rg-apim-dev"), QStringLiteral("contoso-dev-apim"));
inline const QString kTestApim = serviceId(kDevSub, QStringLiteral("rg-apim-dev"), QStringLiteral("contoso-test-apim"));
inline const QString kUserIdentityClientId = QStringLiteral("72e0edf5-d68a-4f61-bb80-d60f1a612397");
inline const int kContosoServiceCount = 8; // services in the three Contoso subscriptions
} // namespace Demo

// Talks to a simulator's control endpoints (no auth) synchronously: faults, config,
// the request log, the clock.
class SimControl
{
public:
    explicit SimControl(const QUrl &simUrl);

    bool addFault(const QJsonObject &fault);
    bool clearFaults();
    bool setConfig(const QJsonObject &config);
    bool advanceClock(int seconds);
    QJsonArray requests();
    bool clearRequests();
    QJsonObject state();
    // Requests whose "METHOD path" matches the regex (case-insensitive).
    int count(const QString &methodAndPathRegex);
    QJsonArray matching(const QString &methodAndPathRegex);
    // Any ARM call, authenticated with token: returns {status, body}.
    QJsonObject arm(
        const QByteArray &method, const QString &pathAndQuery, const QString &token, const QJsonObject &body = {});
    QString lastError() const { return m_error; }

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {}, bool sendBody = false,
        const QByteArray &authorization = {});

    QUrl m_url;
    QNetworkAccessManager m_network;
    QString m_error;
};

// Everything an engine test needs against one private simulator: the sim, a network
// manager, a real client-credentials token, an ArmClient with short backoffs.
class EngineHarness
{
public:
    EngineHarness() = default;
    ~EngineHarness();

    // seedFile empty: the demo estate.
    bool start(const QString &seedFile = {}, const QStringList &extraArgs = {});
    QString errorString() const { return m_error; }

    QUrl simUrl() const { return m_sim.url(); }
    SimProcess &sim() { return m_sim; }
    SimControl &control() { return *m_control; }
    QNetworkAccessManager *network() { return &m_network; }
    SimClientCredential *credential() { return m_credential.get(); }
    Apim::Core::ArmClient *arm() { return m_arm.get(); }
    const Apim::Core::Clock *clock() const { return &m_clock; }
    // A fresh ARM token for control calls that need one (e.g. PUT an API).
    QString token();

private:
    SimProcess m_sim;
    QNetworkAccessManager m_network;
    Apim::Core::SystemClock m_clock;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<SimClientCredential> m_credential;
    std::unique_ptr<Apim::Core::ArmClient> m_arm;
    QString m_error;
};

// The operations layer on top of a harness: storage, key resolver, a journal in dir,
// and the manager, with polling short enough for tests.
struct OperationsStack
{
    OperationsStack(EngineHarness &harness, const QString &dataDir);

    Apim::Core::StorageService storage;
    Apim::Core::StorageCredentialResolver resolver;
    Apim::Core::BlobClient blobs;
    Apim::Core::OperationJournal journal;
    Apim::Core::BackupCatalog catalog;
    Apim::Core::BlobBackupFileProbe probe;
    Apim::Core::OperationManager manager;

    // Waits for operationFinished of id; the record as it ended (state Unknown and an
    // empty id when it did not end in time).
    Apim::Core::OperationRecord waitFinished(const QString &id, int timeoutMs = 30000);
    // The backups in a container, listed with the key ARM gives.
    QList<Apim::Core::BackupBlob> listBackups(
        const QString &subscription, const QString &account, const QString &container);
};

Apim::Core::OperationRequest backupRequest(const QString &serviceId, const QString &blobName,
    Apim::Core::AccessType access = Apim::Core::AccessType::AccessKey);

} // namespace Apim::Test
