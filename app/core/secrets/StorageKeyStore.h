#pragma once

#include "secrets/SecretStore.h"

#include <QObject>
#include <QStringList>

namespace Apim::Core {

class Settings;

// Storage account keys a user pasted (for accounts whose listKeys they may not call),
// kept in the SecretStore under the cloud and account name. Settings hold only the list
// of account names that have a saved key, so sign-out can forget them all.
class StorageKeyStore : public QObject
{
    Q_OBJECT
public:
    StorageKeyStore(SecretStore *secrets, Settings *settings, const QString &cloudName, QObject *parent = nullptr);

    // NotFound when no key was saved for the account.
    void storageKey(const QString &accountName, QObject *context, SecretStore::ReadCallback callback);
    // Refuses (Other, with the reason) an invalid account name or a key that is not base64.
    void saveStorageKey(
        const QString &accountName, const QString &key, QObject *context, SecretStore::DoneCallback callback);
    void forgetStorageKey(const QString &accountName, QObject *context, SecretStore::DoneCallback callback);
    void forgetAll(QObject *context, SecretStore::DoneCallback callback);

    QStringList savedAccounts() const;

    // The account name and the key are checked by StorageNames::accountNameError and
    // StorageNames::accessKeyError before anything is written.

private:
    void setSaved(const QString &accountName, bool saved);

    SecretStore *m_secrets;
    Settings *m_settings;
    QString m_cloud;
};

} // namespace Apim::Core
