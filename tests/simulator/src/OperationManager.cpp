#include "OperationManager.h"

#include "ActivityLog.h"
#include "AzuriteClient.h"
#include "BackupBlob.h"
#include "SimContext.h"

#include <QTimer>
#include <QUuid>

namespace Apim::Sim {

namespace {
constexpr qint64 BackupLifetimeDays = 30;
}

OperationManager::OperationManager(SimContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

Operation &OperationManager::start(ApimService &service, Operation::Kind kind, const StorageTarget &target,
    const QString &apiVersion, const Caller &caller, const QString &correlationId,
    const std::optional<Fault> &injectedFailure)
{
    Operation op;
    // Opaque like APIM's (base64 with padding), so clients must not assume URL-safe ids.
    op.id
        = QString::fromLatin1(QStringLiteral("%1_%2_%3")
                                  .arg(service.name, op.kindName(), QUuid::createUuid().toString(QUuid::Id128).left(12))
                                  .toUtf8()
                                  .toBase64());
    op.kind = kind;
    op.subscriptionId = service.subscriptionId;
    op.resourceGroup = service.resourceGroup;
    op.serviceName = service.name;
    op.location = service.location;
    op.apiVersion = apiVersion;
    op.target = target;
    op.startMs = m_context.clock.nowMs();
    op.durationMs = m_context.config.operationDurationMs;
    op.caller = caller;
    op.correlationId = correlationId;
    if (injectedFailure)
        op.fail(injectedFailure->status ? injectedFailure->status : 500,
            injectedFailure->code.isEmpty() ? QStringLiteral("InternalServerError") : injectedFailure->code,
            injectedFailure->message.isEmpty()
                ? QStringLiteral("The %1 operation failed because of an internal error.").arg(op.kindName())
                : injectedFailure->message);
    service.provisioningState = QStringLiteral("Updating");
    service.targetProvisioningState = QStringLiteral("Succeeded");
    ++service.version;
    m_operations.insert(op.id, op);
    m_order << op.id;
    m_context.activity->append(op.serviceId(),
        QStringLiteral("Microsoft.ApiManagement/service/%1/action").arg(op.kindName()), QStringLiteral("Started"),
        caller, correlationId);
    const QString id = op.id;
    if (kind == Operation::Kind::Backup)
        runBackup(id, service);
    else
        runRestore(id, service);
    armSettleTimer(id, m_operations.value(id).durationMs);
    return m_operations[id];
}

QString OperationManager::storageFailure(const Operation &op, const QString &what, const QString &detail) const
{
    return QStringLiteral("Failed to %1 the API Management service '%2': %3 storage account '%4' failed (%5). Check "
                          "the storage access key, or that the service's managed identity has the Storage Blob Data "
                          "Contributor role on the account.")
        .arg(op.kindName(), op.serviceName, what, op.target.account, detail);
}

void OperationManager::runBackup(const QString &id, const ApimService &service)
{
    Operation &op = m_operations[id];
    if (op.target.key.isEmpty()) {
        op.fail(400, QStringLiteral("BackupFailed"),
            QStringLiteral("Failed to back up the API Management service '%1': the storage account '%2' could not "
                           "be found.")
                .arg(op.serviceName, op.target.account));
        storageDone(id);
        return;
    }
    BackupBlob blob;
    blob.service = service.name;
    blob.serviceId = service.id();
    blob.sku = service.skuName;
    blob.capacity = service.capacity;
    blob.createdAt = m_context.clock.now();
    blob.config = service.config; // captured now: later changes are not in this backup
    const StorageTarget target = op.target;
    m_context.azurite->createContainer(
        target.account, target.key, target.container, [this, id, target, blob](const AzuriteClient::Result &created) {
            Operation *op = find(id);
            if (!op)
                return;
            if (!created.ok() && created.errorCode() != QLatin1String("ContainerAlreadyExists")) {
                op->fail(400, QStringLiteral("BackupFailed"),
                    storageFailure(*op, QStringLiteral("creating the container in"), created.describe()));
                storageDone(id);
                return;
            }
            m_context.azurite->putBlob(target.account, target.key, target.container, target.blob, blob.toJson(),
                blob.metadataHeaders(), [this, id](const AzuriteClient::Result &written) {
                    Operation *op = find(id);
                    if (!op)
                        return;
                    if (!written.ok())
                        op->fail(400, QStringLiteral("BackupFailed"),
                            storageFailure(*op, QStringLiteral("writing the backup to"), written.describe()));
                    storageDone(id);
                });
        });
}

void OperationManager::runRestore(const QString &id, const ApimService &service)
{
    Operation &op = m_operations[id];
    if (op.target.key.isEmpty()) {
        op.fail(400, QStringLiteral("RestoreFailed"),
            QStringLiteral("Failed to restore the API Management service '%1': the storage account '%2' could not "
                           "be found.")
                .arg(op.serviceName, op.target.account));
        storageDone(id);
        return;
    }
    const QString currentSku = service.skuName;
    const StorageTarget target = op.target;
    m_context.azurite->getBlob(target.account, target.key, target.container, target.blob,
        [this, id, currentSku](const AzuriteClient::Result &read) {
            Operation *op = find(id);
            if (!op)
                return;
            BackupBlob blob;
            QString invalid;
            if (!read.ok()) {
                op->fail(400, QStringLiteral("RestoreFailed"),
                    storageFailure(*op, QStringLiteral("reading the backup from"), read.describe()));
            } else if (!(invalid = BackupBlob::parse(read.body, &blob)).isEmpty()) {
                op->fail(400, QStringLiteral("RestoreFailed"),
                    QStringLiteral("Cannot restore: %1 ('%2' in container '%3' of storage account '%4'). Check that "
                                   "backupName names a blob written by an API Management backup.")
                        .arg(invalid, op->target.blob, op->target.container, op->target.account));
            } else if (blob.sku.compare(currentSku, Qt::CaseInsensitive) != 0) {
                op->fail(400, QStringLiteral("RestoreFailed"),
                    QStringLiteral("Cannot restore: current SKU is '%1', backup SKU is '%2'.")
                        .arg(currentSku, blob.sku));
            } else if (blob.createdAt.addDays(BackupLifetimeDays) < m_context.clock.now()) {
                op->fail(400, QStringLiteral("RestoreFailed"),
                    QStringLiteral("Cannot restore: backup expired. The backup was created on %1; backups can "
                                   "be restored for %2 days.")
                        .arg(SimClock::iso(blob.createdAt))
                        .arg(BackupLifetimeDays));
            } else {
                op->restoredConfig = blob.config;
            }
            storageDone(id);
        });
}

void OperationManager::storageDone(const QString &id)
{
    if (Operation *op = find(id)) {
        op->ioDone = true;
        settle(id);
    }
}

Operation *OperationManager::find(const QString &id)
{
    auto it = m_operations.find(id);
    return it == m_operations.end() ? nullptr : &it.value();
}

bool OperationManager::isRunning(const ApimService &service) const
{
    for (const Operation &op : m_operations) {
        if (op.status == Operation::Status::Running && op.serviceId().compare(service.id(), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void OperationManager::armSettleTimer(const QString &id, qint64 delayMs)
{
    // A precise timer: Qt's default coarse timers may fire up to 5% early, and settle() refuses
    // an early call, so a client watching only GET service would otherwise wait forever.
    QTimer::singleShot(int(qBound(qint64(0), delayMs, qint64(24) * 3600 * 1000)), Qt::PreciseTimer, this,
        [this, id] { onSettleTimer(id); });
}

void OperationManager::onSettleTimer(const QString &id)
{
    const Operation *op = find(id);
    if (!op || op->status != Operation::Status::Running)
        return;
    const qint64 remainingMs = op->startMs + op->durationMs - m_context.clock.nowMs();
    if (remainingMs > 0) {
        // Fired early anyway (timer slack, or the wall clock stepped): try again when due.
        armSettleTimer(id, remainingMs + 1);
        return;
    }
    settle(id); // storage work still running: storageDone() settles it when it ends
}

void OperationManager::settle(const QString &id)
{
    Operation *op = find(id);
    if (!op || op->status != Operation::Status::Running || !op->ioDone)
        return;
    if (m_context.clock.nowMs() < op->startMs + op->durationMs)
        return;
    finish(*op);
}

void OperationManager::settleAll()
{
    const QStringList ids = m_order;
    for (const QString &id : ids)
        settle(id);
}

void OperationManager::finish(Operation &op)
{
    op.endMs = m_context.clock.nowMs();
    op.status = op.errorStatus ? Operation::Status::Failed : Operation::Status::Succeeded;
    if (ApimService *service = m_context.estate.findService(op.subscriptionId, op.resourceGroup, op.serviceName)) {
        // A restore replaces the whole configuration, as APIM's does.
        if (op.kind == Operation::Kind::Restore && op.status == Operation::Status::Succeeded)
            service->config = op.restoredConfig;
        service->provisioningState = QStringLiteral("Succeeded");
        service->targetProvisioningState.clear();
        ++service->version;
    }
    m_context.activity->append(op.serviceId(),
        QStringLiteral("Microsoft.ApiManagement/service/%1/action").arg(op.kindName()), op.statusName(), op.caller,
        op.correlationId);
}

QJsonArray OperationManager::toJson() const
{
    QJsonArray array;
    for (const QString &id : m_order)
        array.append(m_operations.value(id).toJson());
    return array;
}

} // namespace Apim::Sim
