#include "ui/widgets/OperationDetailsFormatter.h"

#include "ui/models/OperationsModel.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/Formatting.h"

namespace Apim::Ui {

namespace {
QString row(const QString &label, const QString &value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}
// The service's state word is read while the operation runs; once it has ended, the word
// is history, so it says when it was read rather than contradicting the final status.
QString serviceStateRow(const OperationView &op)
{
    if (op.statusText.isEmpty())
        return {};
    const QString label = op.isFinished() ? OperationDetailsFormatter::tr("Service state before the end")
                                          : OperationDetailsFormatter::tr("Service state");
    const QString state = AzureTerms::stateName(op.statusText);
    const QString value = op.statusReadAt.isValid()
        ? OperationDetailsFormatter::tr("%1 (read %2)").arg(state, Formatting::dateTime(op.statusReadAt))
        : state;
    return row(label, value);
}
} // namespace

QString OperationDetailsFormatter::runningWarning(const OperationView &operation)
{
    if (operation.kind == OperationView::Kind::Backup) {
        return tr("A backup of this service is running. Configuration changes made now (APIs, policies, "
                  "products, the developer portal) may be missing from the backup. Do not change the tier, "
                  "scale or hostnames until it ends.");
    }
    return tr("A restore into this service is running. Configuration changes made now will be overwritten "
              "by the restore. Do not change the tier, scale or hostnames until it ends.");
}

QString OperationDetailsFormatter::outcome(const OperationView &operation)
{
    const QString kind = operation.kind == OperationView::Kind::Backup ? tr("Backup") : tr("Restore");
    switch (operation.status) {
    case OperationView::Status::Succeeded:
        if (operation.mayMissChanges()) {
            // First what it means, then the evidence, then what to do.
            return tr("The backup of %1 may be missing changes: the configuration changed while it ran.")
                       .arg(operation.serviceName)
                + QLatin1Char('\n')
                + tr("Saved as %1 in %2/%3.").arg(operation.backupName, operation.storageAccount, operation.container)
                + QLatin1Char('\n') + operation.changeReport + QLatin1Char('\n')
                + tr("Back up again once nobody is changing the service, so that a backup holds these changes.");
        }
        if (operation.kind == OperationView::Kind::Backup) {
            QString text
                = tr("Backup of %1 succeeded: %2 in %3/%4.")
                      .arg(operation.serviceName, operation.backupName, operation.storageAccount, operation.container);
            if (!operation.changeReport.isEmpty())
                text += QLatin1Char('\n') + operation.changeReport;
            return text;
        }
        return tr("Restore of %1 into %2 succeeded. Custom hostnames and managed identity configuration "
                  "were not restored: check them now.")
            .arg(operation.backupName, operation.serviceName);
    case OperationView::Status::Failed:
        return tr("%1 of %2 failed: %3")
            .arg(kind, operation.serviceName,
                operation.errorSummary.isEmpty() ? operation.errorText : operation.errorSummary);
    case OperationView::Status::Canceled:
        return tr("%1 of %2 was canceled.").arg(kind, operation.serviceName);
    case OperationView::Status::Unknown:
        return tr("The outcome of the %1 of %2 is unknown: check the service's state in the Azure portal.")
            .arg(kind.toLower(), operation.serviceName);
    default:
        return tr("%1 of %2 is running.").arg(kind, operation.serviceName);
    }
}

QString OperationDetailsFormatter::html(const OperationView &op)
{
    QString text = QStringLiteral("<table cellspacing=\"4\">");
    text += row(tr("Operation"), OperationsModel::kindText(op.kind));
    text += row(tr("Service"), op.serviceName);
    text += row(tr("Resource ID"), op.serviceResourceId);
    text += row(
        tr("Storage"), op.storageAccount.isEmpty() ? QString() : op.storageAccount + QLatin1Char('/') + op.container);
    text += row(tr("Backup name"), op.backupName);
    text += row(tr("Started"), Formatting::dateTime(op.started));
    text += row(tr("Finished"), Formatting::dateTime(op.finished));
    text += row(tr("Status"), OperationsModel::statusText(op));
    text += serviceStateRow(op);
    text += row(tr("Request IDs"), op.requestIds.join(QStringLiteral(", ")));
    text += QStringLiteral("</table>");
    if (!op.errorText.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Error as the service reported it").toHtmlEscaped(), op.errorText.toHtmlEscaped());
    }
    if (!op.changeReport.isEmpty()) {
        text += QStringLiteral("<p><b>%1</b></p><pre>%2</pre>")
                    .arg(tr("Configuration changes made while the backup ran").toHtmlEscaped(),
                        op.changeReport.toHtmlEscaped());
    }
    return text;
}

QString OperationDetailsFormatter::plainText(const OperationView &op)
{
    QStringList lines;
    lines << tr("Operation: %1").arg(OperationsModel::kindText(op.kind)) << tr("Service: %1").arg(op.serviceResourceId)
          << tr("Storage: %1/%2/%3").arg(op.storageAccount, op.container, op.backupName)
          << tr("Started: %1").arg(op.started.toUTC().toString(Qt::ISODate))
          << tr("Status: %1").arg(OperationsModel::statusText(op));
    if (op.finished.isValid())
        lines << tr("Finished: %1").arg(op.finished.toUTC().toString(Qt::ISODate));
    if (!op.requestIds.isEmpty())
        lines << tr("Request IDs: %1").arg(op.requestIds.join(QStringLiteral(", ")));
    if (!op.errorText.isEmpty())
        lines << tr("Error:") << op.errorText;
    if (!op.changeReport.isEmpty())
        lines << tr("Changes during the backup:") << op.changeReport;
    return lines.join(QLatin1Char('\n'));
}

} // namespace Apim::Ui
