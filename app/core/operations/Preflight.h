#pragma once

#include "arm/ArmResponse.h"
#include "operations/BackupNaming.h"
#include "operations/PreflightRules.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Apim::Core {

class ArmClient;
class BackupCatalog;
class Clock;
class StorageCredentialResolver;
class StorageService;

struct PreflightReport
{
    PreflightFacts facts;
    QList<PreflightFinding> findings;
    bool isBlocked() const { return hasBlocking(findings); }
};

// Gathers the facts a backup or restore depends on (the service as it is now, the
// storage account, the container, existing blobs) in parallel, then lets PreflightRules
// judge. One run at a time per object. Its collaborators may be gone (a cloud switch
// replaces them): run() then reports "not connected" instead of calling them.
class Preflight : public QObject
{
    Q_OBJECT
public:
    Preflight(ArmClient *client, StorageService *storage, BackupCatalog *catalog, const Clock *clock,
        QObject *parent = nullptr);

    // Names a new backup whose request leaves the name empty (default: the default pattern).
    void setNaming(const BackupNaming &naming) { m_naming = naming; }
    // Access-key requests: checks that a key can be had the way the operation will get it
    // (a pasted key, else listKeys). Without it that is left to the operation.
    void setCredentials(StorageCredentialResolver *credentials);

    // A backup without a name is named first, from the service's tier; the report's
    // facts.request carries the name the operation is to use.
    void run(const OperationRequest &request);

signals:
    void finished(const Apim::Core::PreflightReport &report);

private:
    void nameThenCheck(const OperationRequest &request);
    // serviceAnswer: the service as already read (to name the backup); else it is read here.
    void check(const OperationRequest &request, const std::optional<ArmResponse> &serviceAnswer = std::nullopt);
    void onService(const ArmResponse &response);
    void finishSoon(int run);
    void onAccount(const StorageAccount &account, const ArmError &error);
    void checkContainer(const StorageAccount &account); // with the access key, when one was fetched
    void done();

    QPointer<ArmClient> m_client;
    QPointer<StorageService> m_storage;
    QPointer<BackupCatalog> m_catalog;
    QPointer<StorageCredentialResolver> m_credentials;
    const Clock *m_clock;
    BackupNaming m_naming;
    PreflightFacts m_facts;
    int m_pending = 0;
    bool m_keyFetched = false; // facts.request's access key is the one fetched here, not the user's
    int m_run = 0;
};

} // namespace Apim::Core
