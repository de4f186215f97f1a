#include "operations/OperationManager.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "auth/TokenCredential.h"
#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "operations/BackupFileProbe.h"
#include "operations/ChangeReport.h"
#include "operations/OperationJournal.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageNames.h"
#include "storage/StorageService.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QUuid>

#include <algorithm>

namespace Apim::Core {

namespace {
const QString kApiVersion = QStringLiteral("2024-05-01");

bool isTenantId(const QString &tenant)
{
    return !QUuid::fromString(tenant).isNull();
}
} // namespace

OperationManager::OperationManager(ArmClient *client, StorageService *storage, StorageCredentialResolver *credentials,
    OperationJournal *journal, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
    , m_credentials(credentials)
    , m_journal(journal)
    , m_clock(clock)
    , m_changeReport(new ChangeReport(client, this))
{ }

OperationManager::~OperationManager()
{
    for (const auto &tracker : std::as_const(m_trackers)) {
        if (tracker)
            tracker->stop();
    }
}

void OperationManager::setBackupFileProbe(BackupFileProbe *probe)
{
    m_probe = probe;
}

QString OperationManager::startBackup(const BackupRequest &request, QString *error)
{
    OperationRequest copy = request;
    copy.kind = OperationKind::Backup;
    return start(copy, error);
}

QString OperationManager::startRestore(const RestoreRequest &request, QString *error)
{
    OperationRequest copy = request;
    copy.kind = OperationKind::Restore;
    return start(copy, error);
}

QString OperationManager::defaultBackupName(const QString &serviceId, const QString &sku) const
{
    const ResourceId rid = ResourceId::parse(serviceId);
    return m_naming.name(rid.name, m_clock->now(), sku, rid.resourceGroup, rid.subscriptionId);
}

QString OperationManager::currentTenant() const
{
    TokenCredential *credential = m_client ? m_client->credential() : nullptr;
    return credential ? credential->tenantId() : QString();
}

bool OperationManager::isFromHere(const OperationRecord &record, QString *why) const
{
    bool here = true;
    if (!record.cloud.isEmpty() && !m_cloudName.isEmpty()
        && record.cloud.compare(m_cloudName, Qt::CaseInsensitive) != 0)
        here = false;
    if (!record.armEndpoint.isEmpty() && m_client && !m_client->isTrustedUrl(QUrl(record.armEndpoint)))
        here = false;
    const QString tenant = currentTenant();
    // Only real tenant ids are compared: "organizations" says nothing about where it ran.
    if (isTenantId(record.tenantId) && isTenantId(tenant)
        && QUuid::fromString(record.tenantId) != QUuid::fromString(tenant))
        here = false;
    if (!here && why) {
        const QString cloud = record.cloud.isEmpty() ? record.armEndpoint : record.cloud;
        *why = tr(
            "Operation %1 was started in the cloud %2 (tenant %3), not in the one signed in now. Sign in to that cloud "
            "and tenant to follow it, e.g. apim-backup-cli --cloud %2 --tenant %3 wait %1.")
                   .arg(record.id, cloud.isEmpty() ? tr("(unknown)") : cloud,
                       record.tenantId.isEmpty() ? tr("(unknown)") : record.tenantId);
    }
    return here;
}

bool OperationManager::isStale(const OperationRecord &record) const
{
    // A tracker gives up after maxDurationSeconds; a record older than that blocks nothing.
    return record.createdAt.isValid() && record.createdAt.secsTo(m_clock->now()) > m_pollSettings.maxDurationSeconds;
}

QString OperationManager::activeOperationFor(const QString &serviceId) const
{
    for (const OperationRecord &record : m_records) {
        if (!record.isFinished() && record.serviceId.compare(serviceId, Qt::CaseInsensitive) == 0)
            return record.id;
    }
    if (m_journal) {
        const QList<OperationRecord> records = m_journal->loadAll();
        for (const OperationRecord &record : records) {
            if (!record.isFinished() && record.serviceId.compare(serviceId, Qt::CaseInsensitive) == 0
                && !m_records.contains(record.id) && isFromHere(record) && !isStale(record))
                return record.id;
        }
    }
    return {};
}

QString OperationManager::start(OperationRequest request, QString *error)
{
    const auto refuse = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const ResourceId rid = ResourceId::parse(request.serviceId);
    if (!rid.isValid()
        || rid.providerNamespace.compare(QLatin1String("Microsoft.ApiManagement"), Qt::CaseInsensitive) != 0)
        return refuse(tr("\"%1\" is not the resource id of an API Management service; it looks like "
                         "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ApiManagement/service/<name>.")
                          .arg(request.serviceId));
    if (request.kind == OperationKind::Backup && request.blobName.isEmpty())
        request.blobName = defaultBackupName(request.serviceId);
    for (const QString &problem : { StorageNames::accountNameError(request.storageAccount),
             StorageNames::containerNameError(request.container), StorageNames::blobNameError(request.blobName) }) {
        if (!problem.isEmpty())
            return refuse(problem);
    }
    if (request.accessType == AccessType::UserAssignedManagedIdentity && request.identityClientId.trimmed().isEmpty())
        return refuse(tr("A user-assigned managed identity needs its client id; pick one of the identities attached to "
                         "the service."));
    // An operation this process follows: its tracker says when it has ended.
    for (const OperationRecord &live : std::as_const(m_records)) {
        if (!live.isFinished() && live.serviceId.compare(request.serviceId, Qt::CaseInsensitive) == 0)
            return refuse(tr("Another operation (%1) is still running on %2. APIM runs one backup or restore per "
                             "service at a time: wait until it has finished.")
                              .arg(live.id, rid.name));
    }
    // Unfinished records nobody follows any more (a CLI run that was killed, an app that
    // quit): the service's state decides below whether they still run. Records of another
    // cloud or tenant cannot be checked from here and are not about this service; stale
    // ones are ended by their tracker at once.
    QStringList earlier;
    QStringList stale;
    if (m_journal) {
        const QList<OperationRecord> stored = m_journal->loadAll();
        for (const OperationRecord &old : stored) {
            if (old.isFinished() || old.serviceId.compare(request.serviceId, Qt::CaseInsensitive) != 0
                || m_records.contains(old.id) || !isFromHere(old))
                continue;
            (isStale(old) ? stale : earlier) << old.id;
        }
    }
    for (const QString &id : std::as_const(stale))
        resumeOne(id);

    OperationRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = request.kind;
    record.serviceId = request.serviceId;
    record.serviceName = rid.name;
    record.subscriptionId = rid.subscriptionId;
    record.resourceGroup = rid.resourceGroup;
    record.storageAccount = request.storageAccount;
    record.storageSubscriptionId
        = request.storageSubscriptionId.isEmpty() ? rid.subscriptionId : request.storageSubscriptionId;
    record.container = request.container;
    record.blobName = request.blobName;
    record.accessType = request.accessType;
    record.identityClientId = request.identityClientId;
    record.cloud = m_cloudName;
    record.armEndpoint = m_client ? m_client->resourceManager().toString() : QString();
    record.tenantId = currentTenant();
    record.state = OperationState::Starting;
    record.createdAt = m_clock->now();
    record.updatedAt = record.createdAt;

    // Written before anything is sent: a crash after the POST leaves a record that is
    // resolved by asking the service, never by sending the POST again.
    QString saveError;
    if (!m_journal || !m_journal->save(record, &saveError))
        return refuse(tr("Nothing was started: the operation journal could not be written. %1").arg(saveError));
    m_records.insert(record.id, record);
    emit operationAdded(record);
    qCInfo(lcOperations).noquote() << "starting" << operationKindName(record.kind) << record.id << "of"
                                   << record.serviceName << "with" << accessTypeName(record.accessType) << "to"
                                   << record.storageAccount << record.container << record.blobName;

    if (!earlier.isEmpty()) {
        record.note = tr("Checking whether the earlier operation %1 on %2 is still running before starting.")
                          .arg(earlier.join(QStringLiteral(", ")), rid.name);
        update(record);
        settleEarlierThenLaunch(record.id, request, earlier);
    } else {
        launch(record.id, request);
    }
    return record.id;
}

void OperationManager::launch(const QString &operationId, const OperationRequest &request)
{
    if (request.accessType == AccessType::AccessKey && request.accessKey.isEmpty())
        fetchKeyAndPost(operationId, request);
    else
        QMetaObject::invokeMethod(
            this, [this, operationId, request] { post(operationId, request); }, Qt::QueuedConnection);
}

void OperationManager::settleEarlierThenLaunch(
    const QString &operationId, const OperationRequest &request, const QStringList &earlier)
{
    const QString first = earlier.first();
    const QString serviceName = ResourceId::parse(request.serviceId).name;
    if (!m_client) {
        failBeforeStart(operationId, ArmError::local(ArmError::Kind::Refused, tr("not connected to Azure")), {});
        return;
    }
    // APIM shows Updating while a backup or restore runs, and runs one at a time: an idle
    // service means the earlier operation has ended, whatever its record says.
    m_client->call(ArmRequest::get(request.serviceId, kApiVersion), this,
        [this, operationId, request, earlier, first, serviceName](const ArmResponse &response) {
            if (m_suspended)
                return;
            if (!response.ok()) {
                failBeforeStart(operationId, response.error,
                    tr("Nothing was started: whether the earlier operation %1 on %2 is still running could not be "
                       "checked. Follow it with: apim-backup-cli wait %1")
                        .arg(first, serviceName));
                return;
            }
            const ApimService service = ApimService::fromJson(response.object());
            if (service.isBusy()) {
                // Still running: follow it here too (the app shows it), and start nothing.
                for (const QString &id : earlier)
                    resumeOne(id);
                ArmError busy = ArmError::local(ArmError::Kind::Refused,
                    tr("Another operation (%1) is still running on %2: the service is %3. APIM runs one backup or "
                       "restore per "
                       "service at a time. Follow it with: apim-backup-cli wait %1 - and start again when it has "
                       "finished.")
                        .arg(first, serviceName, service.provisioningState));
                busy.code = QStringLiteral("OperationInProgress");
                failBeforeStart(operationId, busy,
                    tr("Nothing was started: the earlier operation %1 is still running.").arg(first));
                return;
            }
            // Ended: each earlier record is settled by its tracker from what is known now.
            for (const QString &id : earlier) {
                if (const auto stored = m_journal ? m_journal->find(id) : std::nullopt; stored && !stored->isFinished())
                    resumeRecord(*stored, true);
            }
            OperationRecord record = m_records.value(operationId);
            if (record.id.isEmpty() || record.isFinished())
                return;
            record.note.clear();
            update(record);
            launch(operationId, request);
        });
}

void OperationManager::fetchKeyAndPost(const QString &operationId, const OperationRequest &request)
{
    const OperationRecord record = m_records.value(operationId);
    if (!m_storage || !m_credentials) {
        failBeforeStart(operationId,
            ArmError::local(ArmError::Kind::Refused, tr("no storage service to get the access key from")),
            tr("Nothing was started: the storage account key could not be fetched."));
        return;
    }
    m_storage->findAccount(record.storageSubscriptionId, request.storageAccount, this,
        [this, operationId, request](const StorageAccount &account, const ArmError &error) {
            if (error.isError()) {
                failBeforeStart(operationId, error,
                    tr("Nothing was started: the storage account %1 could not be found.").arg(request.storageAccount));
                return;
            }
            m_credentials->accessKey(
                account, this, [this, operationId, request](const QByteArray &key, const ArmError &keyError) {
                    if (keyError.isError()) {
                        failBeforeStart(operationId, keyError,
                            tr("Nothing was started: the access key of %1 could not be fetched.")
                                .arg(request.storageAccount));
                        return;
                    }
                    OperationRequest withKey = request;
                    withKey.accessKey = key;
                    post(operationId, withKey);
                });
        });
}

void OperationManager::post(const QString &operationId, const OperationRequest &request)
{
    if (m_suspended)
        return;
    if (!m_client) {
        failBeforeStart(operationId, ArmError::local(ArmError::Kind::Refused, tr("not connected to Azure")), {});
        return;
    }
    ArmRequest post = ArmRequest::post(
        request.serviceId + QLatin1Char('/') + operationKindName(request.kind), kApiVersion, request.restBody());
    post.idempotent = false; // a second POST would start a second backup
    post.retry.maxAttempts = 4; // only 429 and refused connections are retried for it
    m_sent.insert(operationId);
    m_client->call(post, this, [this, operationId](const ArmResponse &response) { onPosted(operationId, response); });
}

void OperationManager::onPosted(const QString &operationId, const ArmResponse &response)
{
    OperationRecord record = m_records.value(operationId);
    if (record.id.isEmpty())
        return;
    record.startRequestId = response.requestId();
    record.startCorrelationId = QString::fromLatin1(response.header("x-ms-correlation-request-id"));
    record.updatedAt = m_clock->now();
    if (response.ok()) {
        record.acceptedAt = record.updatedAt;
        if (response.status == 202 || response.status == 201) {
            record.state = OperationState::Running;
            record.locationUrl = QUrl(QString::fromLatin1(response.header("location")));
            record.asyncOperationUrl = QUrl(QString::fromLatin1(response.header("azure-asyncoperation")));
            if (record.locationUrl.isEmpty() && record.asyncOperationUrl.isEmpty()) {
                record.trackingByServiceState = true;
                record.note = tr("Azure accepted the request without a status URL; following the service's state.");
            }
            const qint64 retryAfter = RetryPolicy::parseRetryAfterMs(response.header("retry-after"), m_clock->now());
            const int delay = retryAfter >= 0
                ? int(std::clamp<qint64>(retryAfter, m_pollSettings.minIntervalMs, m_pollSettings.maxIntervalMs))
                : m_pollSettings.defaultIntervalMs;
            record.nextPollAt = record.updatedAt.addMSecs(delay);
            update(record);
            track(record, delay);
            return;
        }
        // 200: done synchronously.
        record.state = OperationState::Succeeded;
        record.finishedAt = record.updatedAt;
        record.percentComplete = 100;
        complete(record);
        return;
    }
    const ArmError &error = response.error;
    if (error.fateUnknown) {
        // Never send the start again: ask the service whether it is busy.
        record.state = OperationState::Running;
        record.trackingByServiceState = true;
        record.error = error;
        record.note = tr("Azure gave no clear answer to the start request (%1); checking the service's state instead "
                         "of sending it again.")
                          .arg(error.message.left(200));
        update(record);
        track(record, std::min(m_pollSettings.defaultIntervalMs, 10000));
        return;
    }
    record.state = OperationState::Failed;
    record.error = error;
    record.finishedAt = record.updatedAt;
    record.note = tr("Azure refused to start the %1.").arg(operationKindName(record.kind));
    complete(record);
}

void OperationManager::failBeforeStart(const QString &operationId, const ArmError &error, const QString &note)
{
    OperationRecord record = m_records.value(operationId);
    if (record.id.isEmpty())
        return;
    record.state = OperationState::Failed;
    record.error = error;
    record.note = note;
    record.finishedAt = m_clock->now();
    record.updatedAt = record.finishedAt;
    complete(record);
}

void OperationManager::track(const OperationRecord &record, int firstDelayMs, bool serviceSeenIdle)
{
    if (m_trackers.contains(record.id) || m_suspended)
        return;
    auto *tracker = new OperationTracker(m_client, m_clock, record, m_pollSettings, this);
    tracker->setBackupFileProbe(m_probe);
    tracker->setServiceSeenIdle(serviceSeenIdle);
    m_trackers.insert(record.id, tracker);
    connect(tracker, &OperationTracker::changed, this, &OperationManager::update);
    connect(tracker, &OperationTracker::finished, this, [this, tracker](const OperationRecord &finished) {
        m_trackers.remove(finished.id);
        tracker->deleteLater();
        complete(finished);
    });
    tracker->start(firstDelayMs);
}

void OperationManager::save(const OperationRecord &record)
{
    QString error;
    if (m_journal && !m_journal->save(record, &error)) {
        qCWarning(lcOperations).noquote() << error;
        emit journalWarning(error);
    }
}

void OperationManager::update(const OperationRecord &record)
{
    m_records.insert(record.id, record);
    save(record);
    emit operationChanged(record);
}

void OperationManager::complete(OperationRecord record)
{
    if (record.kind == OperationKind::Backup && record.state == OperationState::Succeeded && m_changeReportEnabled
        && !record.changesChecked) {
        m_records.insert(record.id, record);
        save(record);
        const QDateTime from = record.createdAt;
        const QDateTime to = record.finishedAt.isValid() ? record.finishedAt : m_clock->now();
        m_changeReport->read(record.serviceId, from, to, this,
            [this, record](const QList<ChangeEvent> &changes, const ArmError &error) mutable {
                record.changesChecked = true;
                record.changes = changes;
                if (error.isError())
                    record.changesError = error.userMessage();
                m_records.insert(record.id, record);
                save(record);
                emit operationFinished(record);
            });
        return;
    }
    m_records.insert(record.id, record);
    save(record);
    emit operationFinished(record);
}

int OperationManager::resume(QStringList *warnings)
{
    if (!m_journal)
        return 0;
    int count = 0;
    const QList<OperationRecord> records = m_journal->loadAll(warnings);
    for (const OperationRecord &stored : records) {
        if (stored.isFinished() || m_trackers.contains(stored.id))
            continue;
        if (!isFromHere(stored)) {
            qCInfo(lcOperations).noquote() << "not following" << stored.id << "here: it was started in" << stored.cloud
                                           << stored.armEndpoint << "tenant" << stored.tenantId;
            continue;
        }
        QString ignored;
        if (resumeOne(stored.id, nullptr, &ignored))
            ++count;
    }
    return count;
}

bool OperationManager::resumeOne(const QString &idOrPrefix, QString *operationId, QString *error)
{
    if (!m_journal) {
        if (error)
            *error = tr("There is no operation journal.");
        return false;
    }
    const auto stored = m_journal->find(idOrPrefix, error);
    if (!stored)
        return false;
    if (operationId)
        *operationId = stored->id;
    if (stored->isFinished() || m_trackers.contains(stored->id)) {
        if (!m_records.contains(stored->id))
            m_records.insert(stored->id, *stored);
        return true;
    }
    // Its status URL and service id mean nothing here: polling them would only end it as
    // failed. It stays as it is until someone signs in where it was started.
    if (!isFromHere(*stored, error))
        return false;
    return resumeRecord(*stored, false);
}

bool OperationManager::resumeRecord(OperationRecord record, bool serviceSeenIdle)
{
    if (m_suspended)
        return false;
    if (record.state == OperationState::Starting) {
        // Stopped between writing the record and hearing back from Azure: whether the
        // start arrived is unknown, so look at the service rather than sending it again.
        record.state = OperationState::Running;
        record.trackingByServiceState = true;
        record.note = tr("The previous session ended before Azure answered the start request; checking the service's "
                         "state instead of sending it again.");
    }
    m_records.insert(record.id, record);
    emit operationAdded(record);
    save(record);
    track(record, serviceSeenIdle ? 0 : -1, serviceSeenIdle);
    return true;
}

QStringList OperationManager::suspend()
{
    m_suspended = true;
    for (auto it = m_trackers.begin(); it != m_trackers.end(); ++it) {
        if (!it.value())
            continue;
        it.value()->stop();
        // The tracker's copy is the newest (poll counts, notes not yet emitted).
        m_records.insert(it.key(), it.value()->record());
        it.value()->deleteLater();
    }
    m_trackers.clear();
    QStringList running;
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        OperationRecord &record = it.value();
        if (record.isFinished())
            continue;
        if (record.state == OperationState::Starting && !m_sent.contains(record.id)) {
            record.state = OperationState::Canceled;
            record.note = tr("Stopped before the start request was sent: nothing was started.");
            record.finishedAt = m_clock->now();
            record.updatedAt = record.finishedAt;
        } else {
            running << record.id;
        }
        save(record);
    }
    return running;
}

QList<OperationRecord> OperationManager::list() const
{
    QHash<QString, OperationRecord> merged;
    if (m_journal) {
        const QList<OperationRecord> stored = m_journal->loadAll();
        for (const OperationRecord &record : stored)
            merged.insert(record.id, record);
    }
    for (const OperationRecord &record : m_records)
        merged.insert(record.id, record);
    QList<OperationRecord> records = merged.values();
    std::sort(records.begin(), records.end(),
        [](const OperationRecord &a, const OperationRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

std::optional<OperationRecord> OperationManager::find(const QString &operationId) const
{
    if (m_records.contains(operationId))
        return m_records.value(operationId);
    if (m_journal)
        return m_journal->find(operationId);
    return std::nullopt;
}

} // namespace Apim::Core
