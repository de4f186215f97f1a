#include "operations/BlobBackupFileProbe.h"

#include "recovery/BackupCatalog.h"

#include <QTimer>

namespace Apim::Core {

BlobBackupFileProbe::BlobBackupFileProbe(BackupCatalog *catalog, QObject *parent)
    : BackupFileProbe(parent)
    , m_catalog(catalog)
{ }

void BlobBackupFileProbe::check(const OperationRecord &record, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, done](const BackupFileCheck &check) {
        if (guard)
            done(check);
    };
    if (!m_catalog) {
        BackupFileCheck check;
        check.problem = tr("no storage connection to look into the container");
        // Asynchronous like a real answer, so that callers see one behaviour.
        QTimer::singleShot(0, this, [answer, check] { answer(check); });
        return;
    }
    const QString blobName = record.blobName;
    m_catalog->listLocation(BackupCatalog::locationOf(record), blobName, this,
        [answer, blobName](const QList<BackupBlob> &blobs, const StorageError &error, const QString &) {
            BackupFileCheck check;
            if (error.isError()) {
                check.problem = error.userMessage();
                answer(check);
                return;
            }
            check.result = BackupFileCheck::Result::Absent;
            for (const BackupBlob &blob : blobs) {
                if (blob.name == blobName) {
                    check.result = BackupFileCheck::Result::Present;
                    check.lastModified = blob.lastModified.isValid() ? blob.lastModified : blob.createdOn;
                    check.blob = blob;
                }
            }
            answer(check);
        });
}

} // namespace Apim::Core
