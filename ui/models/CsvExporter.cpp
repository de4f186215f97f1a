#include "ui/models/CsvExporter.h"

#include "ui/models/OperationsModel.h"
#include "util/Csv.h"

#include <QSaveFile>

namespace Apim::Ui {

QByteArray CsvExporter::toCsv(const QVector<OperationView> &operations)
{
    // Column names stay English: they are a data format read by scripts, not prose.
    QStringList lines { QStringLiteral("id,operation,service,resource_id,storage_account,container,backup_name,"
                                       "started_utc,finished_utc,status,error,request_ids") };
    for (const OperationView &op : operations) {
        QString status;
        switch (op.status) {
        case OperationView::Status::Starting:
            status = QStringLiteral("Starting");
            break;
        case OperationView::Status::Running:
            status = QStringLiteral("Running");
            break;
        case OperationView::Status::Succeeded:
            status = QStringLiteral("Succeeded");
            break;
        case OperationView::Status::Failed:
            status = QStringLiteral("Failed");
            break;
        case OperationView::Status::Canceled:
            status = QStringLiteral("Canceled");
            break;
        case OperationView::Status::Unknown:
            status = QStringLiteral("Unknown");
            break;
        }
        const QStringList fields { op.id,
            op.kind == OperationView::Kind::Backup ? QStringLiteral("backup") : QStringLiteral("restore"),
            op.serviceName, op.serviceResourceId, op.storageAccount, op.container, op.backupName,
            op.started.toUTC().toString(Qt::ISODate),
            op.finished.isValid() ? op.finished.toUTC().toString(Qt::ISODate) : QString(), status, op.errorText,
            op.requestIds.join(QLatin1Char(' ')) };
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &field : fields)
            quoted << Core::Csv::field(field);
        lines << quoted.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool CsvExporter::writeFile(const QString &path, const QVector<OperationView> &operations, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2. Choose a folder you can write to.").arg(path, file.errorString());
        return false;
    }
    file.write(toCsv(operations));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. Check the free space and try again.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Apim::Ui
