#include "engine/Engine.h"

#include "arm/ArmClient.h"
#include "auth/AccountManager.h"
#include "batch/BatchBackup.h"
#include "inventory/Inventory.h"
#include "operations/BlobBackupFileProbe.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "operations/Preflight.h"
#include "recovery/BackupCatalog.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "settings/Settings.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"

namespace Apim::Core {

Engine::Engine(const Parts &parts, const CloudEnvironment &cloud, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_cloud(cloud)
{
    m_accounts
        = new AccountManager(parts.network, cloud, parts.secrets, parts.settings, parts.urlOpener, *parts.clock, this);
    m_keys = new StorageKeyStore(parts.secrets, parts.settings, cloud.name(), this);
    m_accounts->setStorageKeyStore(m_keys);
    // currentCredential() follows sign-in and sign-out, so the pipeline is built once.
    m_arm = new ArmClient(
        parts.network, m_accounts->currentCredential(), cloud.resourceManager(), cloud.armScope(), parts.clock, this);
    m_inventory = new Inventory(m_arm, this);
    m_storage = new StorageService(m_arm, this);
    m_storage->setStorageSuffix(cloud.storageSuffix());
    m_blobs = new BlobClient(parts.network, parts.clock, this);
    m_blobs->setStorageSuffix(cloud.storageSuffix());
    m_blobs->setBearerCredential(m_accounts->currentCredential(), CloudEnvironment::storageScope());
    m_credentials = new StorageCredentialResolver(m_storage, m_keys, this);
    // The accounts a user may see and the keys they may read are theirs alone.
    const auto forgetShared = [this] {
        m_storage->forgetListings();
        m_credentials->keyCache()->forgetRecent();
    };
    connect(m_accounts, &AccountManager::signedIn, this, forgetShared);
    connect(m_accounts, &AccountManager::signedOut, this, forgetShared);
    m_journal = new OperationJournal(parts.dataDir);
    m_operations = new OperationManager(m_arm, m_storage, m_credentials, m_journal, parts.clock, this);
    m_operations->setCloudName(cloud.name());
    m_catalog = new BackupCatalog(m_storage, m_credentials, m_blobs, m_journal, parts.settings, parts.clock, this);
    m_operations->setBackupFileProbe(new BlobBackupFileProbe(m_catalog, m_operations));
    reloadSettings();
}

Engine::~Engine()
{
    // The operation manager's trackers use the journal until they are destroyed.
    delete m_operations;
    m_operations = nullptr;
    delete m_catalog; // reads the journal
    m_catalog = nullptr;
    delete m_journal;
}

BackupNaming Engine::naming() const
{
    return m_parts.settings ? BackupNaming::fromSettings(*m_parts.settings) : BackupNaming();
}

void Engine::reloadSettings()
{
    m_operations->setNaming(naming());
}

Preflight *Engine::createPreflight(QObject *owner) const
{
    auto *preflight = new Preflight(m_arm, m_storage, m_catalog, m_parts.clock, owner);
    preflight->setNaming(naming());
    preflight->setCredentials(m_credentials);
    return preflight;
}

BatchBackup *Engine::createBatchBackup(QObject *owner) const
{
    return new BatchBackup(
        m_operations, [this](QObject *preflightOwner) { return createPreflight(preflightOwner); }, m_parts.clock,
        owner);
}

} // namespace Apim::Core
