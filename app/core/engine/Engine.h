#pragma once

#include "cloud/CloudEnvironment.h"
#include "operations/BackupNaming.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace Apim::Core {
class AccountManager;
class ArmClient;
class BackupCatalog;
class BatchBackup;
class BlobClient;
class Clock;
class Inventory;
class OperationJournal;
class OperationManager;
class Preflight;
class SecretsManager;
class Settings;
class StorageCredentialResolver;
class StorageKeyStore;
class StorageService;
class UrlOpener;

// The core objects of one cloud, built and wired in one place for the app, the CLI and
// the tests: the account manager, the ARM pipeline over its (stable) credential,
// inventory, storage and Blob access, the key resolver, the journal and the operation
// manager with the naming pattern from the settings. The app builds a new one when the
// user signs in to another cloud. The shared pieces (network, clock, settings, secrets,
// URL opener) come from outside and outlive it.
class Engine : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        QNetworkAccessManager *network = nullptr;
        const Clock *clock = nullptr;
        Settings *settings = nullptr;
        SecretsManager *secrets = nullptr;
        UrlOpener *urlOpener = nullptr;
        QString dataDir; // the journal lives in <dataDir>/operations
    };

    Engine(const Parts &parts, const CloudEnvironment &cloud, QObject *parent = nullptr);
    ~Engine() override;

    const Parts &parts() const { return m_parts; }
    const CloudEnvironment &cloud() const { return m_cloud; }
    const Clock *clock() const { return m_parts.clock; }
    AccountManager *accounts() const { return m_accounts; }
    ArmClient *arm() const { return m_arm; }
    Inventory *inventory() const { return m_inventory; }
    StorageService *storage() const { return m_storage; }
    BlobClient *blobs() const { return m_blobs; }
    StorageKeyStore *storageKeys() const { return m_keys; }
    StorageCredentialResolver *storageCredentials() const { return m_credentials; }
    OperationJournal *journal() const { return m_journal; }
    OperationManager *operations() const { return m_operations; }
    // The one reader of backup containers, and the recovery points of every service.
    BackupCatalog *catalog() const { return m_catalog; }

    // The naming pattern of the settings (the default when unset or invalid): the one
    // source of backup names for the app, the CLI and the operation manager.
    BackupNaming naming() const;
    // Reads the settings again (after the user changed them).
    void reloadSettings();
    // A fresh preflight over this engine's objects, owned by owner: a check outlives
    // neither its asker nor the cloud it was made in.
    Preflight *createPreflight(QObject *owner) const;
    // A batch of backups over this engine's preflight and operation manager, owned by owner.
    BatchBackup *createBatchBackup(QObject *owner) const;

private:
    Parts m_parts;
    CloudEnvironment m_cloud;
    AccountManager *m_accounts = nullptr;
    ArmClient *m_arm = nullptr;
    Inventory *m_inventory = nullptr;
    StorageService *m_storage = nullptr;
    BlobClient *m_blobs = nullptr;
    StorageKeyStore *m_keys = nullptr;
    StorageCredentialResolver *m_credentials = nullptr;
    OperationJournal *m_journal = nullptr;
    OperationManager *m_operations = nullptr;
    BackupCatalog *m_catalog = nullptr;
};

} // namespace Apim::Core
