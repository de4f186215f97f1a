#pragma once

#include "cloud/CloudEnvironment.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace Apim::Core {
class AccountManager;
class ArmClient;
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
} // namespace Apim::Core

namespace Apim::Ui {

// The core objects of one cloud, wired together: the account manager, the ARM pipeline
// over its (stable) credential, inventory, storage, preflight and the operation manager
// over the journal. The app builds one at start and a new one when the user signs in to
// another cloud; tests build one against the simulator. The shared pieces (network,
// clock, settings, secrets, URL opener) come from outside and outlive it.
class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Shared
    {
        QNetworkAccessManager *network = nullptr;
        const Core::Clock *clock = nullptr;
        Core::Settings *settings = nullptr;
        Core::SecretsManager *secrets = nullptr;
        Core::UrlOpener *urlOpener = nullptr;
        QString dataDir; // the journal lives in <dataDir>/operations
    };

    AppServices(const Shared &shared, const Core::CloudEnvironment &cloud, QObject *parent = nullptr);
    ~AppServices() override;

    const Shared &shared() const { return m_shared; }
    const Core::CloudEnvironment &cloud() const { return m_cloud; }
    Core::AccountManager *accounts() const { return m_accounts; }
    Core::ArmClient *arm() const { return m_arm; }
    Core::Inventory *inventory() const { return m_inventory; }
    Core::StorageService *storage() const { return m_storage; }
    Core::BlobClient *blobs() const { return m_blobs; }
    Core::StorageKeyStore *storageKeys() const { return m_keys; }
    Core::StorageCredentialResolver *storageCredentials() const { return m_credentials; }
    Core::Preflight *preflight() const { return m_preflight; }
    Core::OperationJournal *journal() const { return m_journal; }
    Core::OperationManager *operations() const { return m_operations; }

private:
    Shared m_shared;
    Core::CloudEnvironment m_cloud;
    Core::AccountManager *m_accounts = nullptr;
    Core::ArmClient *m_arm = nullptr;
    Core::Inventory *m_inventory = nullptr;
    Core::StorageService *m_storage = nullptr;
    Core::BlobClient *m_blobs = nullptr;
    Core::StorageKeyStore *m_keys = nullptr;
    Core::StorageCredentialResolver *m_credentials = nullptr;
    Core::Preflight *m_preflight = nullptr;
    Core::OperationJournal *m_journal = nullptr;
    Core::OperationManager *m_operations = nullptr;
};

} // namespace Apim::Ui
