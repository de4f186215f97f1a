#pragma once

#include "batch/BatchItem.h"
#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "operations/Preflight.h"

#include <QCoreApplication>

#include <optional>

namespace Apim::Core {

// How one service of a batch ends, decided from what its preflight found, from the
// OperationManager's refusal to start, or from the operation's record. Pure, so that every
// rule (what is skipped and why, what is a failure) is tested without a network.
class BatchOutcome
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::BatchOutcome)

public:
    BatchItem::State state = BatchItem::State::Succeeded;
    BatchItem::SkipReason skipReason = BatchItem::SkipReason::None;
    QString code;
    QString message;

    // What is known before anything is asked of Azure: a tier the listing says has no backup
    // (service, when a listing read it), or a backup or restore this process runs on the
    // service (liveOperationId). nullopt: its turn may come. The batch and the app's batch
    // dialog both decide by it.
    static std::optional<BatchOutcome> beforeStart(
        const std::optional<ApimService> &service, const QString &serviceName, const QString &liveOperationId);
    // Skipped because operationId still runs on the service.
    static BatchOutcome busyWith(const QString &operationId, const QString &serviceName);
    // nullopt: nothing blocks, the backup may start (warnings stay warnings). Otherwise a
    // skip (tier, busy, no permission) or a failure with the blocking finding's words.
    static std::optional<BatchOutcome> fromPreflight(const PreflightReport &report);
    // The manager would not start it (startBackup gave no id).
    static BatchOutcome fromRefusal(const QString &refusal);
    // The operation's end: the service's own error code and message when it failed.
    static BatchOutcome fromRecord(const OperationRecord &record);

    void applyTo(BatchItem *item) const;

private:
    static BatchOutcome skipped(BatchItem::SkipReason reason, const QString &code, const QString &message);
    static BatchOutcome failed(const QString &code, const QString &message);
};

} // namespace Apim::Core
