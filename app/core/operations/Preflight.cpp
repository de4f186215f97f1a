#include "operations/Preflight.h"

#include "arm/ArmClient.h"
#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "recovery/BackupCatalog.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "util/Clock.h"

#include <QTimer>

namespace Apim::Core {

Preflight::Preflight(
    ArmClient *client, StorageService *storage, BackupCatalog *catalog, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
    , m_catalog(catalog)
    , m_clock(clock)
{ }

void Preflight::setCredentials(StorageCredentialResolver *credentials)
{
    m_credentials = credentials;
}

void Preflight::run(const OperationRequest &request)
{
    if (request.kind == OperationKind::Backup && request.blobName.isEmpty() && m_client
        && ResourceId::parse(request.serviceId).isValid()) {
        nameThenCheck(request);
        return;
    }
    check(request);
}

void Preflight::nameThenCheck(const OperationRequest &request)
{
    const int run = ++m_run;
    // The pattern may hold {sku}: the name waits for the service's tier.
    m_client->call(ArmRequest::get(request.serviceId, QStringLiteral("2024-05-01")), this,
        [this, run, request](const ArmResponse &response) {
            if (run != m_run)
                return;
            const ApimService service = response.ok() ? ApimService::fromJson(response.object()) : ApimService();
            OperationRequest named = request;
            named.blobName = m_naming.forService(request.serviceId, service.skuName, m_clock->now());
            check(named, response); // the service is read once, for the name and the checks
        });
}

void Preflight::finishSoon(int run)
{
    m_pending = 1;
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run)
            done();
    });
}

void Preflight::check(const OperationRequest &request, const std::optional<ArmResponse> &serviceAnswer)
{
    const int run = ++m_run;
    m_facts = PreflightFacts();
    m_facts.request = request;
    m_keyFetched = false;
    const ResourceId rid = ResourceId::parse(request.serviceId);
    if (!rid.isValid()) {
        m_facts.serviceError = ArmError::local(ArmError::Kind::Refused,
            tr("\"%1\" is not the resource id of an API Management service "
               "(/subscriptions/…/resourceGroups/…/providers/Microsoft.ApiManagement/service/<name>).")
                .arg(request.serviceId));
        finishSoon(run);
        return;
    }
    if (!m_client || !m_storage || !m_catalog) {
        // The services of a cloud that was switched away from: answer, never crash.
        m_facts.serviceError
            = ArmError::local(ArmError::Kind::Refused, tr("Not connected to Azure: sign in, then check again."));
        finishSoon(run);
        return;
    }
    m_pending = 2;
    if (serviceAnswer) {
        QTimer::singleShot(0, this, [this, run, answer = *serviceAnswer] {
            if (run == m_run)
                onService(answer);
        });
    } else {
        m_client->call(ArmRequest::get(request.serviceId, QStringLiteral("2024-05-01")), this,
            [this, run](const ArmResponse &response) {
                if (run == m_run)
                    onService(response);
            });
    }
    const QList<PreflightFinding> names = request.nameFindings();
    if (hasFinding(names, QStringLiteral("InvalidStorageAccountName"))) {
        QTimer::singleShot(0, this, [this, run] {
            if (run == m_run)
                done();
        });
        return;
    }
    m_storage->findAccount(request.storageSubscription(), request.storageAccount, this,
        [this, run](const StorageAccount &account, const ArmError &error) {
            if (run == m_run)
                onAccount(account, error);
        });
}

void Preflight::onService(const ArmResponse &response)
{
    if (response.ok()) {
        const ApimService service = ApimService::fromJson(response.object());
        if (service.isValid())
            m_facts.service = service;
        else
            m_facts.serviceError = ArmError::local(ArmError::Kind::Malformed, tr("the service description has no id"));
    } else {
        m_facts.serviceError = response.error;
    }
    done();
}

void Preflight::onAccount(const StorageAccount &account, const ArmError &error)
{
    const int run = m_run;
    if (!error.isError() && (!m_storage || !m_catalog)) {
        m_facts.accountError
            = ArmError::local(ArmError::Kind::Refused, tr("Not connected to Azure: sign in, then check again."));
        done();
        return;
    }
    if (error.isError()) {
        m_facts.accountError = error;
        done();
        return;
    }
    m_facts.account = account;
    const OperationRequest &request = m_facts.request;
    // The key fetched here (for the start's body or to read the container) stays in memory
    // while this check lives: the operation it hands on to reuses it.
    if (m_credentials)
        m_credentials->holdKey(account.name, this);
    if (m_credentials && request.accessType == AccessType::AccessKey && request.accessKey.isEmpty()
        && account.allowSharedKeyAccess) {
        // The key is fetched once per operation: preflight passes it on in facts.request
        // (to the container listing here, and to the start's body), never to a log.
        m_credentials->accessKey(account, this, [this, run, account](const QByteArray &key, const ArmError &keyError) {
            if (run != m_run)
                return;
            m_facts.keyError = keyError;
            m_facts.request.accessKey = key;
            m_keyFetched = !key.isEmpty();
            checkContainer(account);
        });
        return;
    }
    checkContainer(account);
}

void Preflight::checkContainer(const StorageAccount &account)
{
    const int run = m_run;
    const OperationRequest &request = m_facts.request;
    const QList<PreflightFinding> names = request.nameFindings();
    if (hasFinding(names, QStringLiteral("InvalidContainerName"))) {
        done();
        return;
    }
    m_pending += 1; // containers; the account's own slot is reused for the blob list
    m_storage->listContainers(
        account, this, [this, run, request](const QList<BlobContainerInfo> &containers, const ArmError &listError) {
            if (run != m_run)
                return;
            if (listError.isError()) {
                m_facts.containerError = listError;
            } else {
                bool found = false;
                for (const BlobContainerInfo &container : containers)
                    found = found || container.name == request.container;
                m_facts.containerExists = found;
            }
            done();
        });
    if (request.blobName.isEmpty() || hasFinding(names, QStringLiteral("InvalidBlobName"))) {
        done();
        return;
    }
    m_catalog->listContainerSigned(
        account, request.container, request.blobName, this,
        [this, run, passed = request.accessKey](const QList<BackupBlob> &blobs, const StorageError &listError,
            const QString &note, const QByteArray &signedWith) {
            if (run != m_run)
                return;
            // Azure refused the key fetched here (rotated meanwhile) and the listing fetched
            // it again: the start's body takes the key the listing last signed with, not the
            // refused one; when a token signed instead, the operation fetches its own. A key
            // the user gave in the request stays theirs.
            if (m_keyFetched && signedWith != passed)
                m_facts.request.accessKey = signedWith;
            m_facts.credentialNote = note;
            if (listError.isError()) {
                m_facts.blobError = listError;
                if (listError.isContainerMissing() && !m_facts.containerExists)
                    m_facts.containerExists = false;
            } else {
                m_facts.blobs = blobs;
            }
            done();
        },
        request.accessKey);
}

void Preflight::done()
{
    if (--m_pending > 0)
        return;
    PreflightReport report;
    report.facts = m_facts;
    report.findings = PreflightRules::evaluate(m_facts, m_clock->now());
    emit finished(report);
}

} // namespace Apim::Core
