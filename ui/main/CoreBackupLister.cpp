#include "ui/main/CoreBackupLister.h"

#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"

#include <QCoreApplication>

namespace Apim::Ui {

CoreBackupLister::CoreBackupLister(Core::StorageCredentialResolver *credentials, Core::BlobClient *blobs)
    : m_credentials(credentials)
    , m_blobs(blobs)
{ }

void CoreBackupLister::listBackups(
    const Core::StorageAccount &account, const QString &container, QObject *context, Callback callback)
{
    listBackups(account, container, QString(), context, std::move(callback));
}

void CoreBackupLister::listBackups(const Core::StorageAccount &account, const QString &container, const QString &prefix,
    QObject *context, Callback callback)
{
    if (!m_credentials || !m_blobs) {
        callback({}, QCoreApplication::translate("Apim::Ui::CoreBackupLister", "Sign in to list backups."));
        return;
    }
    QPointer<Core::BlobClient> blobs = m_blobs;
    m_credentials->blobCredentials(account, context,
        [blobs, account, container, prefix, context, callback](
            const Core::BlobCredentials &credentials, const QString &note) {
            if (!blobs) {
                callback({}, note);
                return;
            }
            blobs->listBlobs(
                account.blobEndpoint, container, credentials, context,
                [callback, note](const QList<Core::BackupBlob> &list, const Core::StorageError &error) {
                    if (error.isError()) {
                        QString text = error.userMessage();
                        if (!note.isEmpty())
                            text += QStringLiteral(" (") + note + QLatin1Char(')');
                        callback({}, text);
                        return;
                    }
                    callback(list, QString());
                },
                prefix);
        });
}

} // namespace Apim::Ui
