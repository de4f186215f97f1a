#include "storage/StorageCredentialResolver.h"

#include "secrets/StorageKeyStore.h"
#include "storage/StorageService.h"

#include <QCoreApplication>
#include <QTimer>

namespace Apim::Core {

StorageCredentialResolver::StorageCredentialResolver(
    StorageService *storage, StorageKeyStore *keyStore, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_keyStore(keyStore)
    , m_cache(new StorageKeyCache(this))
{ }

void StorageCredentialResolver::holdKey(const QString &accountName, QObject *holder)
{
    m_cache->hold(accountName, holder);
}

void StorageCredentialResolver::releaseKey(const QString &accountName, QObject *holder)
{
    m_cache->release(accountName, holder);
}

void StorageCredentialResolver::rejectKey(const QString &accountName, const QByteArray &key)
{
    m_cache->forget(accountName, key);
}

void StorageCredentialResolver::accessKey(
    const StorageAccount &account, QObject *context, KeyCallback callback, StorageKeyCache::Use use)
{
    QPointer<QObject> guard(context);
    auto fromArm = [this, account, guard, callback, use] {
        if (!guard)
            return;
        if (!m_storage) {
            callback({}, ArmError::local(ArmError::Kind::Refused, tr("No storage service is available.")));
            return;
        }
        // One fetch per account at a time, its answer shared by every request waiting for it.
        const auto fetch = [this, account](const StorageKeyCache::KeyCallback &done) {
            if (!m_storage) {
                done({}, ArmError::local(ArmError::Kind::Refused, tr("No storage service is available.")));
                return;
            }
            m_storage->listKeys(account, this, [done, account](const QByteArray &key, const ArmError &error) {
                if (!error.isError()) {
                    done(key, {});
                    return;
                }
                ArmError explained = error;
                if (error.httpStatus == 403 || error.httpStatus == 409)
                    explained.message
                        = tr("Listing the keys of storage account %1 was refused (%2). Paste an access key "
                             "for it (in the backup or restore dialog, or with apim-backup-cli storage-key "
                             "set --account %1), or use a managed identity.")
                              .arg(account.name, error.message);
                done({}, explained);
            });
        };
        m_cache->key(account.name, guard, fetch, callback, use);
    };
    if (!m_keyStore) {
        QTimer::singleShot(0, this, fromArm);
        return;
    }
    m_keyStore->storageKey(
        account.name, this, [fromArm, guard, callback](const QString &value, const SecretError &error) {
            if (!guard)
                return;
            if (!error.isError() && !value.isEmpty()) {
                callback(value.toLatin1(), {});
                return;
            }
            // NotFound is normal; a keychain failure only means the saved key can't be used now.
            fromArm();
        });
}

void StorageCredentialResolver::blobCredentials(
    const StorageAccount &account, QObject *context, CredentialsCallback callback)
{
    if (!account.allowSharedKeyAccess) {
        QTimer::singleShot(0, context, [callback, account] {
            callback({ account.name, {} }, tr("The account refuses access keys; using your sign-in instead."));
        });
        return;
    }
    accessKey(
        account, context,
        [callback, account](const QByteArray &key, const ArmError &error) {
            if (error.isError())
                callback(
                    { account.name, {} }, tr("No access key (%1); using your sign-in instead.").arg(error.message));
            else
                callback({ account.name, key }, {});
        },
        StorageKeyCache::Use::Reading);
}

} // namespace Apim::Core
