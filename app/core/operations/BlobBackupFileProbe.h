#pragma once

#include "operations/BackupFileProbe.h"

#include <QPointer>

namespace Apim::Core {

class BlobClient;
class StorageCredentialResolver;
class StorageService;

// BackupFileProbe over the real storage: finds the account through ARM (the record's
// storage subscription), signs as the resolver says (key or storage token) and lists the
// container with the blob's name as prefix.
class BlobBackupFileProbe : public BackupFileProbe
{
    Q_OBJECT
public:
    BlobBackupFileProbe(
        StorageService *storage, StorageCredentialResolver *credentials, BlobClient *blobs, QObject *parent = nullptr);

    void check(const OperationRecord &record, QObject *context, Callback done) override;

private:
    QPointer<StorageService> m_storage;
    QPointer<StorageCredentialResolver> m_credentials;
    QPointer<BlobClient> m_blobs;
};

} // namespace Apim::Core
