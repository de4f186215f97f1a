#include "batch/BatchOutcome.h"

namespace Apim::Core {

namespace {
const PreflightFinding *blockingFinding(const QList<PreflightFinding> &findings, const QString &code)
{
    for (const PreflightFinding &finding : findings) {
        if (finding.isBlocking() && finding.code == code)
            return &finding;
    }
    return nullptr;
}

QString findingText(const PreflightFinding &finding)
{
    return finding.action.isEmpty() ? finding.message : finding.message + QLatin1Char(' ') + finding.action;
}

bool isPermissionError(const ArmError &error)
{
    return error.httpStatus == 403 || error.code == QLatin1String("AuthorizationFailed");
}

bool isBusyError(const ArmError &error)
{
    return error.code == QLatin1String("OperationInProgress") || error.code == QLatin1String("ServiceLocked");
}
} // namespace

BatchOutcome BatchOutcome::skipped(BatchItem::SkipReason reason, const QString &code, const QString &message)
{
    BatchOutcome outcome;
    outcome.state = BatchItem::State::Skipped;
    outcome.skipReason = reason;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

BatchOutcome BatchOutcome::failed(const QString &code, const QString &message)
{
    BatchOutcome outcome;
    outcome.state = BatchItem::State::Failed;
    outcome.code = code;
    outcome.message = message;
    return outcome;
}

std::optional<BatchOutcome> BatchOutcome::beforeStart(
    const std::optional<ApimService> &service, const QString &serviceName, const QString &liveOperationId)
{
    if (service && !service->backupSupport().supported)
        return skipped(
            BatchItem::SkipReason::TierUnsupported, QStringLiteral("TierUnsupported"), service->backupSupport().reason);
    if (!liveOperationId.isEmpty())
        return busyWith(liveOperationId, serviceName);
    return std::nullopt;
}

BatchOutcome BatchOutcome::busyWith(const QString &operationId, const QString &serviceName)
{
    return skipped(BatchItem::SkipReason::Busy, QStringLiteral("OperationInProgress"),
        tr("Operation %1 is still running on %2.").arg(operationId, serviceName));
}

std::optional<BatchOutcome> BatchOutcome::fromPreflight(const PreflightReport &report)
{
    if (!report.isBlocked())
        return std::nullopt;
    // The most telling reason first: a tier without backup stays so whatever else is wrong,
    // and a service we may not read says nothing more about itself.
    if (const PreflightFinding *tier = blockingFinding(report.findings, QStringLiteral("TierUnsupported")))
        return skipped(BatchItem::SkipReason::TierUnsupported, tier->code, tier->message);
    if (const PreflightFinding *unreadable = blockingFinding(report.findings, QStringLiteral("ServiceUnavailable"))) {
        const ArmError &error = report.facts.serviceError;
        if (isPermissionError(error))
            return skipped(BatchItem::SkipReason::NoPermission, error.code, error.message);
        return failed(error.code.isEmpty() ? unreadable->code : error.code,
            error.message.isEmpty() ? unreadable->message : error.message);
    }
    if (const PreflightFinding *busy = blockingFinding(report.findings, QStringLiteral("ServiceNotReady")))
        return skipped(BatchItem::SkipReason::Busy, busy->code, busy->message);
    for (const PreflightFinding &finding : report.findings) {
        if (finding.isBlocking())
            return failed(finding.code, findingText(finding));
    }
    return std::nullopt;
}

BatchOutcome BatchOutcome::fromRefusal(const QString &refusal)
{
    return failed(QStringLiteral("Refused"), refusal);
}

BatchOutcome BatchOutcome::fromRecord(const OperationRecord &record)
{
    const ArmError &error = record.error;
    const QString message = !error.message.isEmpty() ? error.message
        : error.isError()                            ? error.userMessage()
                                                     : record.note;
    switch (record.state) {
    case OperationState::Succeeded: {
        BatchOutcome outcome;
        outcome.message = record.note;
        return outcome;
    }
    case OperationState::Failed:
        if (isBusyError(error))
            return skipped(BatchItem::SkipReason::Busy, error.code, message);
        // Refused at the start (never accepted): nothing ran, so nothing failed.
        if (isPermissionError(error) && !record.acceptedAt.isValid())
            return skipped(BatchItem::SkipReason::NoPermission, error.code, message);
        return failed(error.code.isEmpty() ? operationStateName(record.state) : error.code,
            message.isEmpty() ? tr("The backup failed.") : message);
    case OperationState::Canceled:
        return skipped(BatchItem::SkipReason::Canceled, operationStateName(record.state), record.note);
    case OperationState::Unknown:
    case OperationState::Starting:
    case OperationState::Running:
        break;
    }
    return failed(operationStateName(record.state),
        record.note.isEmpty() ? tr("The backup ended as %1.").arg(operationStateName(record.state)) : record.note);
}

void BatchOutcome::applyTo(BatchItem *item) const
{
    item->state = state;
    item->skipReason = skipReason;
    item->code = code;
    item->message = message;
}

} // namespace Apim::Core
