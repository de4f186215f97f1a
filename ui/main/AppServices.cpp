#include "ui/main/AppServices.h"

#include "arm/ArmClient.h"
#include "auth/AccountManager.h"
#include "inventory/Inventory.h"
#include "operations/BlobBackupFileProbe.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "operations/Preflight.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"

namespace Apim::Ui {

AppServices::AppServices(const Shared &shared, const Core::CloudEnvironment &cloud, QObject *parent)
    : QObject(parent)
    , m_shared(shared)
    , m_cloud(cloud)
{
    m_accounts = new Core::AccountManager(
        shared.network, cloud, shared.secrets, shared.settings, shared.urlOpener, *shared.clock, this);
    m_keys = new Core::StorageKeyStore(shared.secrets, shared.settings, cloud.name(), this);
    m_accounts->setStorageKeyStore(m_keys);
    // currentCredential() follows sign-in and sign-out, so the pipeline is built once.
    m_arm = new Core::ArmClient(
        shared.network, m_accounts->currentCredential(), cloud.resourceManager(), cloud.armScope(), shared.clock, this);
    m_inventory = new Core::Inventory(m_arm, this);
    m_storage = new Core::StorageService(m_arm, this);
    m_storage->setStorageSuffix(cloud.storageSuffix());
    m_blobs = new Core::BlobClient(shared.network, shared.clock, this);
    m_blobs->setStorageSuffix(cloud.storageSuffix());
    m_blobs->setBearerCredential(m_accounts->currentCredential(), Core::CloudEnvironment::storageScope());
    m_credentials = new Core::StorageCredentialResolver(m_storage, m_keys, this);
    m_preflight = new Core::Preflight(m_arm, m_storage, m_blobs, m_credentials, shared.clock, this);
    m_journal = new Core::OperationJournal(shared.dataDir);
    m_operations = new Core::OperationManager(m_arm, m_storage, m_credentials, m_journal, shared.clock, this);
    m_operations->setCloudName(cloud.name());
    m_operations->setBackupFileProbe(new Core::BlobBackupFileProbe(m_storage, m_credentials, m_blobs, m_operations));
}

AppServices::~AppServices()
{
    // The operation manager's trackers use the journal until they are destroyed.
    delete m_operations;
    m_operations = nullptr;
    delete m_journal;
}

} // namespace Apim::Ui
