#include "recovery/RestoreDrill.h"

#include "arm/ArmClient.h"
#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "inventory/ResourceId.h"
#include "operations/ChangeReport.h"
#include "operations/OperationManager.h"
#include "operations/TierCompatibility.h"
#include "recovery/DrillComparison.h"
#include "recovery/DrillStore.h"
#include "recovery/InventoryReader.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QUuid>

namespace Apim::Core {

namespace {
const BackupBlob *exactBlob(const std::optional<QList<BackupBlob>> &blobs, const QString &name)
{
    if (!blobs)
        return nullptr;
    for (const BackupBlob &blob : *blobs) {
        if (blob.name == name)
            return &blob;
    }
    return nullptr;
}

DrillRefusal refusalOf(const PreflightFinding &finding)
{
    return { finding.code,
        finding.action.isEmpty() ? finding.message : finding.message + QLatin1Char(' ') + finding.action };
}
} // namespace

RestoreDrill::Parts RestoreDrill::partsOf(Engine &engine, DrillStore *store)
{
    Parts parts;
    parts.arm = engine.arm();
    parts.operations = engine.operations();
    parts.createPreflight = [&engine](QObject *owner) { return engine.createPreflight(owner); };
    parts.store = store;
    parts.clock = engine.clock();
    return parts;
}

RestoreDrill::RestoreDrill(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_changes(new ChangeReport(parts.arm, this))
{
    m_readyTimer.setSingleShot(true);
    m_readyTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_readyTimer, &QTimer::timeout, this, &RestoreDrill::pollStandby);
}

bool RestoreDrill::start(const DrillRequest &request, DrillRefusal *refusal)
{
    const auto refuseNow = [refusal](const QString &code, const QString &message) {
        if (refusal)
            *refusal = { code, message };
        return false;
    };
    if (m_started)
        return refuseNow(QStringLiteral("Busy"), tr("This drill has already been started."));
    const QString problem = request.validate();
    if (!problem.isEmpty())
        return refuseNow(QStringLiteral("InvalidRequest"), problem);
    if (DrillRequest::sameService(request.sourceServiceId, request.standbyServiceId))
        return refuseNow(QStringLiteral("SameService"),
            tr("The standby is the source service itself: a drill would overwrite %1. Pick another service of the "
               "same tier as the standby.")
                .arg(ResourceId::parse(request.sourceServiceId).name));
    if (!request.confirmed)
        return refuseNow(QStringLiteral("NotConfirmed"),
            tr("A drill replaces the whole configuration of the standby %1 with the backup's. Confirm it first.")
                .arg(ResourceId::parse(request.standbyServiceId).name));
    if (!m_parts.arm || !m_parts.operations || !m_parts.createPreflight || !m_parts.store || !m_parts.clock)
        return refuseNow(QStringLiteral("NotConnected"), tr("Not connected to Azure."));
    m_started = true;
    m_request = request;
    m_record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_record.sourceServiceId = request.sourceServiceId;
    m_record.standbyServiceId = request.standbyServiceId;
    m_record.storageAccount = request.storageAccount;
    m_record.storageSubscriptionId = request.restoreRequest().storageSubscriptionId;
    m_record.container = request.container;
    m_record.backupName = request.backupName;
    m_record.startedAt = m_parts.clock->now();
    check();
    return true;
}

void RestoreDrill::check()
{
    emit progress(tr("Checking the standby %1, the source %2 and the backup %3...")
                      .arg(m_record.standbyName(), m_record.sourceName(), m_record.backupName));
    Preflight *preflight = m_parts.createPreflight(this);
    connect(preflight, &Preflight::finished, this, [this, preflight](const PreflightReport &report) {
        preflight->deleteLater();
        m_report = report;
        onChecked();
    });
    preflight->run(m_request.restoreRequest());
    m_parts.arm->call(ArmRequest::get(m_request.sourceServiceId, Inventory::kApimApiVersion), this,
        [this](const ArmResponse &response) {
            m_sourceRead = true;
            if (response.ok())
                m_source = ApimService::fromJson(response.object());
            else
                m_sourceError = response.error;
            onChecked();
        });
}

std::optional<DrillRefusal> RestoreDrill::judge(
    const PreflightReport &report, const ApimService &source, const QDateTime &now)
{
    const PreflightFacts &facts = report.facts;
    if (const BackupBlob *blob = exactBlob(facts.blobs, facts.request.blobName)) {
        if (blob->isExpired(now))
            return DrillRefusal { QStringLiteral("BackupExpired"),
                tr("The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days. Pick a newer "
                   "backup of %3.")
                    .arg(blob->name)
                    .arg(blob->ageDays(now))
                    .arg(source.name) };
        if (facts.service) {
            BackupBlob tiered = *blob;
            if (tiered.sourceSku().isEmpty()) // the backup does not say: it has the source's tier
                tiered.metadata.insert(QStringLiteral("sku"), source.skuName);
            const auto finding = TierCompatibility::restoreFinding(tiered, *facts.service);
            if (finding && finding->isBlocking())
                return refusalOf(*finding);
        }
    }
    for (const PreflightFinding &finding : report.findings) {
        if (finding.isBlocking() && finding.code != QLatin1String("TierMismatch"))
            return refusalOf(finding);
    }
    return std::nullopt;
}

void RestoreDrill::onChecked()
{
    if (!m_report || !m_sourceRead)
        return;
    const PreflightFacts &facts = m_report->facts;
    if (!facts.service)
        return fail(tr("The standby %1 could not be read, so nothing was restored into it: %2")
                        .arg(m_record.standbyName(), facts.serviceError.userMessage()),
            facts.serviceError);
    if (!m_source)
        return fail(tr("The source %1 could not be read, so nothing was restored: %2")
                        .arg(m_record.sourceName(), m_sourceError.userMessage()),
            m_sourceError);
    if (const BackupBlob *blob = exactBlob(facts.blobs, m_record.backupName)) {
        m_record.backupTime = blob->createdOn;
        m_record.backupSku = blob->sourceSku().isEmpty() ? m_source->skuName : blob->sourceSku();
    }
    if (const auto refusal = judge(*m_report, *m_source, m_parts.clock->now()))
        return refuse(*refusal);
    startRestore();
}

void RestoreDrill::startRestore()
{
    OperationManager *operations = m_parts.operations;
    connect(operations, &OperationManager::operationFinished, this, [this](const OperationRecord &operation) {
        if (!m_record.operationId.isEmpty() && operation.id == m_record.operationId)
            onRestoreFinished(operation);
    });
    QString error;
    const QString id = operations->startRestore(m_request.restoreRequest(), &error);
    if (id.isEmpty())
        return refuse({ QStringLiteral("Refused"), error });
    m_record.operationId = id;
    m_hold = m_parts.store->hold(m_record.id);
    save();
    emit restoreStarted(m_record);
    emit progress(tr("Restoring %1 into %2 (operation %3)...").arg(m_record.backupName, m_record.standbyName(), id));
    // An operation may end before startRestore() returns (nothing could be sent).
    const auto known = operations->find(id);
    if (known && known->isFinished() && !operations->isTracking(id))
        onRestoreFinished(*known);
}

void RestoreDrill::onRestoreFinished(const OperationRecord &operation)
{
    if (m_done || m_record.restoreFinishedAt.isValid())
        return;
    m_record.acceptedAt = operation.acceptedAt.isValid() ? operation.acceptedAt : operation.createdAt;
    m_record.restoreFinishedAt = operation.finishedAt.isValid() ? operation.finishedAt : m_parts.clock->now();
    if (operation.state != OperationState::Succeeded) {
        QString why = operation.error.isError() ? operation.error.userMessage() : operation.note;
        if (why.isEmpty())
            why = tr("no reason was given");
        return fail(tr("The restore into %1 ended %2: %3")
                        .arg(m_record.standbyName(), operationStateName(operation.state), why),
            operation.error);
    }
    emit progress(tr("Restore done; waiting for %1 to answer Succeeded...").arg(m_record.standbyName()));
    m_readyElapsed.start();
    pollStandby();
}

void RestoreDrill::pollStandby()
{
    if (m_done || !m_parts.arm)
        return;
    m_parts.arm->call(ArmRequest::get(m_record.standbyServiceId, Inventory::kApimApiVersion), this,
        [this](const ArmResponse &response) { onStandbyState(response); });
}

void RestoreDrill::onStandbyState(const ArmResponse &response)
{
    if (m_done)
        return;
    if (!response.ok() && !response.error.isTransient())
        return fail(tr("The standby %1 could not be read after the restore: %2")
                        .arg(m_record.standbyName(), response.error.userMessage()),
            response.error);
    if (response.ok() && ApimService::fromJson(response.object()).isReady()) {
        m_record.standbyReadyAt = m_parts.clock->now();
        m_record.rtoMs = m_record.acceptedAt.msecsTo(m_record.standbyReadyAt);
        save();
        emit progress(tr("%1 is ready: RTO %2.").arg(m_record.standbyName(), m_record.rtoText()));
        readInventories();
        return;
    }
    if (m_readyElapsed.elapsed() >= m_readyTimeoutMs)
        return fail(tr("The standby %1 did not answer Succeeded within %2 minutes of the restore.")
                        .arg(m_record.standbyName())
                        .arg(m_readyTimeoutMs / 60000));
    m_readyTimer.start(m_readyIntervalMs);
}

void RestoreDrill::readInventories()
{
    emit progress(tr("Reading what %1 and %2 hold...").arg(m_record.sourceName(), m_record.standbyName()));
    m_inventoriesPending = 2;
    const auto readOne = [this](const QString &serviceId, bool isSource) {
        auto *reader = new InventoryReader(m_parts.arm, this);
        connect(reader, &InventoryReader::finished, this,
            [this, reader, isSource, serviceId](const ServiceInventory &inventory, const ArmError &error) {
                reader->deleteLater();
                if (error.isError() && !m_inventoryError.isError()) {
                    m_inventoryError = error;
                    m_inventoryFailedFor = ResourceId::parse(serviceId).name;
                }
                (isSource ? m_record.source : m_record.standby) = inventory;
                if (--m_inventoriesPending == 0)
                    onInventories();
            });
        reader->read(serviceId);
    };
    readOne(m_record.sourceServiceId, true);
    readOne(m_record.standbyServiceId, false);
}

void RestoreDrill::onInventories()
{
    if (m_inventoryError.isError()) {
        m_record.source.reset();
        m_record.standby.reset();
        return fail(tr("The restore worked (RTO %1), but what %2 holds could not be read: %3")
                        .arg(m_record.rtoText(), m_inventoryFailedFor, m_inventoryError.userMessage()),
            m_inventoryError);
    }
    m_record.differences = DrillComparison::compare(*m_record.source, *m_record.standby);
    if (m_record.differences.isEmpty())
        return complete();
    explainDifferences();
}

void RestoreDrill::explainDifferences()
{
    if (!m_record.backupTime.isValid()) {
        m_record.changesError = tr("the time of the backup is unknown");
        return complete();
    }
    emit progress(tr("Reading the Activity Log of %1 since the backup...").arg(m_record.sourceName()));
    m_changes->read(m_record.sourceServiceId, m_record.backupTime, m_parts.clock->now(), this,
        [this](const QList<ChangeEvent> &changes, const ArmError &error) {
            if (error.isError()) {
                m_record.changesError = error.userMessage();
            } else {
                m_record.changesChecked = true;
                m_record.differences = DrillComparison::explain(
                    m_record.differences, changes, m_record.sourceServiceId, m_record.backupTime);
            }
            complete();
        });
}

void RestoreDrill::fail(const QString &reason, const ArmError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_readyTimer.stop();
    m_record.state = DrillState::Failed;
    m_record.reason = reason;
    m_record.error = error;
    m_record.finishedAt = m_parts.clock->now();
    qCWarning(lcOperations).noquote() << "drill" << m_record.id << "failed:" << reason;
    save();
    m_hold.reset();
    emit finished(m_record);
}

void RestoreDrill::refuse(const DrillRefusal &refusal)
{
    if (m_done)
        return;
    m_done = true;
    emit refused(refusal);
}

void RestoreDrill::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_record.state = m_record.differences.isEmpty() ? DrillState::Succeeded : DrillState::Differences;
    m_record.finishedAt = m_parts.clock->now();
    qCInfo(lcOperations).noquote() << "drill" << m_record.id << drillStateName(m_record.state) << "RTO"
                                   << m_record.rtoMs << "ms";
    save();
    m_hold.reset();
    emit finished(m_record);
}

void RestoreDrill::save()
{
    QString error;
    if (!m_parts.store->save(m_record, &error))
        emit progress(error);
}

} // namespace Apim::Core
