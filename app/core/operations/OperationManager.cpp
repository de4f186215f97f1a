#include "operations/OperationManager.h"

#include "arm/ArmClient.h"
#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"
#include "operations/BackupFileProbe.h"
#include "operations/ChangeReport.h"
#include "operations/OperationJournal.h"
#include "storage/StorageCredentialResolver.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QUuid>

#include <algorithm>

namespace Apim::Core {

namespace {
const QString kApiVersion = QStringLiteral("2024-05-01");
} // namespace

OperationManager::OperationManager(ArmClient *client, StorageService *storage, StorageCredentialResolver *credentials,
    OperationJournal *journal, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_journal(journal)
    , m_clock(clock)
    , m_checks(client, journal, clock)
    , m_launcher(new OperationLauncher(client, storage, credentials, this))
    , m_changeReport(new ChangeReport(client, this))
    , m_credentials(credentials)
{
    connect(m_launcher, &OperationLauncher::posting, this, [this](const QString &id) { m_sent.insert(id); });
    m_launcher->setBeforePost(
        [this](const QString &id, OperationLauncher::Proceed proceed) { journalStartSent(id, std::move(proceed)); });
    if (m_journal)
        m_journal->setLateFailureHandler(this, [this](const QString &error) { emit journalWarning(error); });
}

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
    return m_naming.forService(serviceId, sku, m_clock->now());
}

bool OperationManager::isFromHere(const OperationRecord &record, QString *why) const
{
    return m_checks.isFromHere(record, why);
}

QString OperationManager::activeOperationFor(const QString &serviceId) const
{
    return m_checks.activeOperationFor(serviceId, m_records);
}

QString OperationManager::start(OperationRequest request, QString *error)
{
    if (request.kind == OperationKind::Backup && request.blobName.isEmpty())
        request.blobName = defaultBackupName(request.serviceId);
    m_checks.setMaxDurationSeconds(m_pollSettings.maxDurationSeconds);
    const OperationStartChecks::Verdict verdict = m_checks.check(request, m_records);
    if (!verdict.refusal.isEmpty()) {
        if (error)
            *error = verdict.refusal;
        return {};
    }
    for (const QString &id : verdict.stale)
        resumeOne(id);
    const QStringList &earlier = verdict.earlier;
    const ResourceId rid = ResourceId::parse(request.serviceId);

    OperationRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kind = request.kind;
    record.serviceId = request.serviceId;
    record.serviceName = rid.name;
    record.subscriptionId = rid.subscriptionId;
    record.resourceGroup = rid.resourceGroup;
    record.storageAccount = request.storageAccount;
    record.storageSubscriptionId = request.storageSubscription();
    record.container = request.container;
    record.blobName = request.blobName;
    record.accessType = request.accessType;
    record.identityClientId = request.identityClientId;
    record.cloud = m_checks.cloudName();
    record.armEndpoint = m_client ? m_client->resourceManager().toString() : QString();
    record.tenantId = m_checks.currentTenant();
    record.state = OperationState::Starting;
    // Journalled before the POST and sent with it, so that a lost answer - or a crash
    // while it was on its way - can be resolved through the Activity Log.
    record.startCorrelationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.startSent = false; // until journalStartSent, just before the POST
    record.createdAt = m_clock->now();
    record.updatedAt = record.createdAt;

    // Written before anything is sent: a crash after the POST leaves a record that is
    // resolved by asking the service, never by sending the POST again.
    QString saveError;
    if (!m_journal || !m_journal->save(record, &saveError)) {
        if (error)
            *error = tr("Nothing was started: the operation journal could not be written. %1").arg(saveError);
        return {};
    }
    m_records.insert(record.id, record);
    holdKey(record);
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
    m_launcher->launch(
        m_records.value(operationId), request, [this, operationId](const OperationLauncher::Outcome &outcome) {
            if (!outcome.sent) {
                failBeforeStart(operationId, outcome.error, outcome.note);
                return;
            }
            const OperationRecord record = m_records.value(operationId);
            if (record.id.isEmpty())
                return;
            int firstPollMs = -1;
            const OperationRecord next
                = OperationLauncher::answered(record, outcome.response, m_pollSettings, m_clock->now(), &firstPollMs);
            if (next.isFinished()) {
                complete(next);
                return;
            }
            update(next);
            track(next, firstPollMs);
        });
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

void OperationManager::journalStartSent(const QString &operationId, OperationLauncher::Proceed proceed)
{
    auto it = m_records.find(operationId);
    if (it == m_records.end() || !m_journal) {
        proceed(false, tr("The operation %1 is not in the journal.").arg(operationId));
        return;
    }
    it->startSent = true;
    it->updatedAt = m_clock->now();
    m_journal->saveDurably(*it, this, std::move(proceed));
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
    const bool backupDone = record.kind == OperationKind::Backup && record.state == OperationState::Succeeded;
    if (backupDone && m_probe && !record.verification.checkedAt.isValid()) {
        m_records.insert(record.id, record);
        save(record);
        verifyThenReport(record);
        return;
    }
    reportChanges(record);
}

void OperationManager::verifyThenReport(OperationRecord record)
{
    // The file is looked at once the backup ended: it exists, is not empty, and its
    // fingerprint is kept for `verify` to compare with later.
    m_probe->check(record, this, [this, record](const BackupFileCheck &check) mutable {
        if (check.result == BackupFileCheck::Result::Unknown) {
            record.verification = BackupVerification();
            record.verification.checkedAt = m_clock->now();
            record.verification.problem = check.problem;
        } else {
            record.verification = BackupVerification::firstLook(check.blob ? &*check.blob : nullptr, m_clock->now());
        }
        if (record.verification.failed())
            qCWarning(lcOperations).noquote() << "backup" << record.id << "ended but its file"
                                              << BackupVerification::stateCode(record.verification.state);
        reportChanges(record);
    });
}

void OperationManager::reportChanges(OperationRecord record)
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
                finish(record);
            });
        return;
    }
    m_records.insert(record.id, record);
    save(record);
    finish(record);
}

void OperationManager::holdKey(const OperationRecord &record)
{
    if (!m_credentials || m_keyHolders.contains(record.id))
        return;
    auto *holder = new QObject(this);
    m_keyHolders.insert(record.id, holder);
    m_credentials->holdKey(record.storageAccount, holder);
}

void OperationManager::finish(const OperationRecord &record)
{
    delete m_keyHolders.take(record.id); // the key is dropped with its last holder
    emit operationFinished(record);
}

int OperationManager::resume(QStringList *warnings)
{
    if (!m_journal)
        return 0;
    return int(resumeFrom(m_journal->loadAll(warnings)).size());
}

QStringList OperationManager::resumeFrom(const QList<OperationRecord> &records)
{
    QStringList followed;
    if (!m_journal)
        return followed;
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
            followed << stored.id;
    }
    return followed;
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
    if (record.state == OperationState::Starting && !record.startSent) {
        // Stopped before the start request was handed to the network: nothing started,
        // and there is nothing to ask Azure about.
        record.state = OperationState::Canceled;
        record.note = tr("The previous session ended before the start request was sent: nothing was started. Start "
                         "it again when ready.");
        record.finishedAt = m_clock->now();
        record.updatedAt = record.finishedAt;
        m_records.insert(record.id, record);
        emit operationAdded(record);
        qCInfo(lcOperations).noquote() << operationKindName(record.kind) << record.id << "of" << record.serviceName
                                       << "was never sent";
        // Reported from the event loop, as every other outcome is: the caller connects
        // to operationFinished after resuming.
        QMetaObject::invokeMethod(
            this, [this, record] { complete(record); }, Qt::QueuedConnection);
        return true;
    }
    if (record.state == OperationState::Starting) {
        // Stopped between writing the record and hearing back from Azure: whether the
        // start arrived is unknown, so look at the service rather than sending it again.
        record.state = OperationState::Running;
        record.trackingByServiceState = true;
        record.note = tr("The previous session ended before Azure answered the start request; checking the service's "
                         "state instead of sending it again.");
    }
    m_records.insert(record.id, record);
    holdKey(record);
    emit operationAdded(record);
    save(record);
    track(record, serviceSeenIdle ? 0 : -1, serviceSeenIdle);
    return true;
}

QStringList OperationManager::suspend()
{
    m_suspended = true;
    m_launcher->stop();
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
    qDeleteAll(m_keyHolders);
    m_keyHolders.clear();
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
