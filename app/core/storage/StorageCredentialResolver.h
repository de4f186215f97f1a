#pragma once

#include "arm/ArmError.h"
#include "storage/BlobClient.h"
#include "storage/StorageAccount.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class StorageKeyStore;
class StorageService;

// Decides how to reach a storage account's blobs and where its access key comes from:
// a key the user pasted (StorageKeyStore) first, then ARM listKeys, and for reading blobs
// a storage bearer token when neither works (or the account refuses Shared Key).
class StorageCredentialResolver : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const QByteArray &key, const ArmError &error)>;
    using CredentialsCallback = std::function<void(const BlobCredentials &credentials, const QString &note)>;

    // keyStore may be null (no saved keys).
    StorageCredentialResolver(StorageService *storage, StorageKeyStore *keyStore, QObject *parent = nullptr);

    // The account key for an AccessKey backup/restore. Never logged, never stored here.
    void accessKey(const StorageAccount &account, QObject *context, KeyCallback callback);
    // How to sign List Blobs / Delete Blob. Falls back to the bearer token (empty key).
    void blobCredentials(const StorageAccount &account, QObject *context, CredentialsCallback callback);

private:
    QPointer<StorageService> m_storage;
    QPointer<StorageKeyStore> m_keyStore;
};

} // namespace Apim::Core
