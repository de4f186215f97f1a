#pragma once

#include "arm/ArmError.h"
#include "storage/BlobClient.h"
#include "storage/StorageAccount.h"
#include "storage/StorageKeyCache.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class StorageKeyStore;
class StorageService;

// Decides how to reach a storage account's blobs and where its access key comes from:
// a key the user pasted (StorageKeyStore) first, then ARM listKeys, and for reading blobs
// a storage bearer token when neither works (or the account refuses Shared Key). Keys from
// listKeys go through one StorageKeyCache: while something holds an account (holdKey), its
// key is fetched once and shared, and concurrent requests share one fetch.
class StorageCredentialResolver : public QObject
{
    Q_OBJECT
public:
    using KeyCallback = std::function<void(const QByteArray &key, const ArmError &error)>;
    using CredentialsCallback = std::function<void(const BlobCredentials &credentials, const QString &note)>;

    // keyStore may be null (no saved keys).
    StorageCredentialResolver(StorageService *storage, StorageKeyStore *keyStore, QObject *parent = nullptr);

    // The account key for an AccessKey backup/restore (use Operation), or for signing Blob
    // calls (Reading: a key fetched or released in the last seconds will do). Never logged,
    // never written anywhere; kept in memory only while the account is held, or briefly
    // for readers (StorageKeyCache).
    void accessKey(const StorageAccount &account, QObject *context, KeyCallback callback,
        StorageKeyCache::Use use = StorageKeyCache::Use::Operation);
    // Keeps accountName's key, once fetched, while holder lives (or until releaseKey()):
    // the holder's later requests reuse it instead of calling listKeys again.
    void holdKey(const QString &accountName, QObject *holder);
    void releaseKey(const QString &accountName, QObject *holder);
    // The Blob service refused key (403): it is fetched again on the next request.
    void rejectKey(const QString &accountName, const QByteArray &key);
    StorageKeyCache *keyCache() const { return m_cache; }
    // How to sign List Blobs / Delete Blob. Falls back to the bearer token (empty key).
    void blobCredentials(const StorageAccount &account, QObject *context, CredentialsCallback callback);

private:
    QPointer<StorageService> m_storage;
    QPointer<StorageKeyStore> m_keyStore;
    StorageKeyCache *m_cache;
};

} // namespace Apim::Core
