#include "ui/models/OperationPresenter.h"

#include "ui/support/Formatting.h"

namespace Apim::Ui {

namespace {
OperationView::Status statusFor(Core::OperationState state)
{
    switch (state) {
    case Core::OperationState::Starting:
        return OperationView::Status::Starting;
    case Core::OperationState::Running:
        return OperationView::Status::Running;
    case Core::OperationState::Succeeded:
        return OperationView::Status::Succeeded;
    case Core::OperationState::Failed:
        return OperationView::Status::Failed;
    case Core::OperationState::Canceled:
        return OperationView::Status::Canceled;
    case Core::OperationState::Unknown:
        return OperationView::Status::Unknown;
    }
    return OperationView::Status::Unknown;
}

QString verbatimError(const Core::ArmError &error)
{
    if (!error.isError())
        return {};
    // The service's own words first (code: message, details), then our summary with ids.
    QStringList lines;
    if (!error.code.isEmpty() || !error.message.isEmpty())
        lines << (error.code.isEmpty() ? error.message : error.code + QStringLiteral(": ") + error.message);
    for (const Core::ArmErrorDetail &detail : error.details)
        lines << QStringLiteral("  ")
                + (detail.code.isEmpty() ? detail.message : detail.code + QStringLiteral(": ") + detail.message);
    const QString technical = error.technicalSummary();
    if (!technical.isEmpty() && !lines.contains(technical))
        lines << technical;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString OperationPresenter::changeReport(const Core::OperationRecord &record)
{
    if (record.kind != Core::OperationKind::Backup || !record.isFinished())
        return {};
    if (!record.changesError.isEmpty())
        return tr("Could not read the Activity Log to check for changes made during the backup: %1")
            .arg(record.changesError);
    if (!record.changesChecked)
        return {};
    if (record.changes.isEmpty())
        return tr("No configuration changes were made while the backup ran.");
    QStringList lines { tr("%n configuration change(s) were made while the backup ran and may be missing from it:",
        nullptr, int(record.changes.size())) };
    for (const Core::ChangeEvent &change : record.changes) {
        const QString what = change.displayName.isEmpty() ? change.operationName : change.displayName;
        const QString resource = change.resourceId.section(QLatin1Char('/'), -2);
        lines << tr("• %1 %2 on %3 by %4")
                     .arg(Formatting::dateTime(change.time), what, resource,
                         change.caller.isEmpty() ? tr("unknown caller") : change.caller);
    }
    return lines.join(QLatin1Char('\n'));
}

OperationView OperationPresenter::view(const Core::OperationRecord &record, bool resumed)
{
    OperationView view;
    view.id = record.id;
    view.kind = record.kind == Core::OperationKind::Backup ? OperationView::Kind::Backup : OperationView::Kind::Restore;
    view.serviceName = record.serviceName;
    view.serviceResourceId = record.serviceId;
    view.storageAccount = record.storageAccount;
    view.container = record.container;
    view.backupName = record.blobName;
    view.started = record.createdAt;
    view.finished = record.finishedAt;
    view.status = statusFor(record.state);
    view.statusText = record.serviceStatus;
    view.statusReadAt = record.serviceStatusAt;
    view.percent = record.percentComplete >= 0 ? int(record.percentComplete) : -1;
    view.nextPoll = record.isFinished() ? QDateTime() : record.nextPollAt;
    if (!record.startRequestId.isEmpty())
        view.requestIds << tr("start: %1").arg(record.startRequestId);
    if (!record.startCorrelationId.isEmpty())
        view.requestIds << tr("correlation: %1").arg(record.startCorrelationId);
    if (!record.error.requestId.isEmpty() && record.error.requestId != record.startRequestId)
        view.requestIds << tr("error: %1").arg(record.error.requestId);
    view.errorText = verbatimError(record.error);
    if (!record.note.isEmpty())
        view.errorText = view.errorText.isEmpty() ? record.note : view.errorText + QLatin1Char('\n') + record.note;
    view.errorSummary = record.error.isError()
        ? (record.error.message.isEmpty() ? record.error.code : record.error.message)
        : QString();
    if (view.status == OperationView::Status::Unknown && view.errorSummary.isEmpty())
        view.errorSummary = record.note;
    view.changeReport = changeReport(record);
    view.changeCount = record.kind == Core::OperationKind::Backup ? int(record.changes.size()) : 0;
    view.resumed = resumed;
    return view;
}

} // namespace Apim::Ui
