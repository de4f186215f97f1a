#include "operations/BlobBackupFileProbe.h"

#include "inventory/ResourceId.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"

#include <QTimer>

namespace Apim::Core {

BlobBackupFileProbe::BlobBackupFileProbe(
    StorageService *storage, StorageCredentialResolver *credentials, BlobClient *blobs, QObject *parent)
    : BackupFileProbe(parent)
    , m_storage(storage)
    , m_credentials(credentials)
    , m_blobs(blobs)
{ }

void BlobBackupFileProbe::check(const OperationRecord &record, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, done](const BackupFileCheck &check) {
        if (guard)
            done(check);
    };
    if (!m_storage || !m_credentials || !m_blobs) {
        BackupFileCheck check;
        check.problem = tr("no storage connection to look into the container");
        // Asynchronous like a real answer, so that callers see one behaviour.
        QTimer::singleShot(0, this, [answer, check] { answer(check); });
        return;
    }
    QString subscription
        = record.storageSubscriptionId.isEmpty() ? record.subscriptionId : record.storageSubscriptionId;
    if (subscription.isEmpty())
        subscription = ResourceId::parse(record.serviceId).subscriptionId;
    const QString container = record.container;
    const QString blobName = record.blobName;
    m_storage->findAccount(subscription, record.storageAccount, this,
        [this, answer, container, blobName](const StorageAccount &account, const ArmError &error) {
            if (error.isError() || !m_credentials || !m_blobs) {
                BackupFileCheck check;
                check.problem
                    = error.isError() ? error.userMessage() : tr("no storage connection to look into the container");
                answer(check);
                return;
            }
            m_credentials->blobCredentials(account, this,
                [this, answer, account, container, blobName](const BlobCredentials &credentials, const QString &) {
                    if (!m_blobs) {
                        answer(BackupFileCheck());
                        return;
                    }
                    m_blobs->listBlobs(
                        account.blobEndpoint, container, credentials, this,
                        [answer, blobName](const QList<BackupBlob> &blobs, const StorageError &listError) {
                            BackupFileCheck check;
                            if (listError.isError()) {
                                check.problem = listError.userMessage();
                                answer(check);
                                return;
                            }
                            check.result = BackupFileCheck::Result::Absent;
                            for (const BackupBlob &blob : blobs) {
                                if (blob.name == blobName) {
                                    check.result = BackupFileCheck::Result::Present;
                                    check.lastModified
                                        = blob.lastModified.isValid() ? blob.lastModified : blob.createdOn;
                                }
                            }
                            answer(check);
                        },
                        blobName);
                });
        });
}

} // namespace Apim::Core
