#include "operations/PreflightRules.h"

#include "storage/StorageNames.h"

#include <QCoreApplication>

namespace Apim::Core {

namespace {
PreflightFinding blocking(const char *code, const QString &message, const QString &action)
{
    return { PreflightFinding::Severity::Blocking, QLatin1String(code), message, action };
}

PreflightFinding warning(const char *code, const QString &message, const QString &action)
{
    return { PreflightFinding::Severity::Warning, QLatin1String(code), message, action };
}

const BackupBlob *exactBlob(const QList<BackupBlob> &blobs, const QString &name)
{
    for (const BackupBlob &blob : blobs) {
        if (blob.name == name)
            return &blob;
    }
    return nullptr;
}
} // namespace

QList<PreflightFinding> PreflightRules::evaluate(const PreflightFacts &facts, const QDateTime &now)
{
    QList<PreflightFinding> findings;
    const OperationRequest &request = facts.request;
    const bool backup = request.kind == OperationKind::Backup;

    // Names first: they need no network and explain many later failures.
    const QString accountError = StorageNames::accountNameError(request.storageAccount);
    if (!accountError.isEmpty())
        findings << blocking("InvalidStorageAccountName", accountError, tr("Correct the storage account name."));
    const QString containerError = StorageNames::containerNameError(request.container);
    if (!containerError.isEmpty())
        findings << blocking("InvalidContainerName", containerError, tr("Correct the container name."));
    const QString blobError = StorageNames::blobNameError(request.blobName);
    if (!blobError.isEmpty())
        findings << blocking("InvalidBlobName", blobError, tr("Correct the backup name."));

    // The service.
    if (!facts.service) {
        findings << blocking("ServiceUnavailable",
            tr("Could not read the service: %1").arg(facts.serviceError.userMessage()),
            tr("Check the service id and your access to it, then try again."));
    } else {
        const ApimService &service = *facts.service;
        const BackupSupport support = service.backupSupport();
        if (!support.supported)
            findings << blocking("TierUnsupported", support.reason,
                tr("Pick a service in the Developer, Basic, Standard or Premium tier."));
        if (!service.isReady()) {
            findings << blocking("ServiceNotReady",
                tr("The service %1 is %2, not Succeeded: another operation (update, scaling, backup or restore) is in "
                   "progress.")
                    .arg(service.name, service.provisioningState),
                tr("Wait until the service shows Succeeded, then try again."));
        }
        if (request.accessType == AccessType::SystemAssignedManagedIdentity && !service.hasSystemAssignedIdentity()) {
            findings << blocking("SystemIdentityMissing",
                tr("The service %1 has no system-assigned managed identity.").arg(service.name),
                tr("Turn on the system-assigned identity of the service and give it the Storage Blob Data Contributor "
                   "role on the storage account, or use an access key."));
        }
        if (request.accessType == AccessType::UserAssignedManagedIdentity) {
            if (request.identityClientId.isEmpty()) {
                findings << blocking("UserIdentityMissing",
                    tr("No client id was given for the user-assigned managed identity."),
                    tr("Choose one of the identities attached to the service."));
            } else if (!service.hasUserAssignedClientId(request.identityClientId)) {
                QStringList known;
                for (const UserAssignedIdentity &identity : service.userAssignedIdentities)
                    known << QStringLiteral("%1 (%2)").arg(identity.clientId, identity.name());
                findings << blocking("UserIdentityMissing",
                    tr("No user-assigned identity with client id %1 is attached to the service %2.")
                        .arg(request.identityClientId, service.name),
                    known.isEmpty() ? tr("Attach a user-assigned identity to the service first, or use an access key.")
                                    : tr("Use one of: %1.").arg(known.join(QStringLiteral(", "))));
            }
        }
        if (!backup) {
            findings << warning("RestoreOverwrites",
                tr("Restoring replaces the configuration of %1 (APIs, products, policies, users) with the backup's; "
                   "changes made during the restore may be lost.")
                    .arg(service.name),
                tr("Make sure nobody changes the service while the restore runs."));
        }
    }

    // The storage account.
    if (!facts.account) {
        if (facts.accountError.code == QLatin1String("StorageAccountNotFound") || facts.accountError.httpStatus == 404)
            findings << blocking("StorageAccountNotFound", facts.accountError.userMessage(),
                tr("Check the storage account name and its subscription."));
        else if (accountError.isEmpty())
            findings << warning("StorageNotChecked",
                tr("Could not check the storage account: %1").arg(facts.accountError.userMessage()),
                tr("The operation may still work; if it fails, check the account and your access to it."));
    } else {
        const StorageAccount &account = *facts.account;
        if (request.accessType == AccessType::AccessKey && !account.allowSharedKeyAccess) {
            findings << blocking("SharedKeyDisabled",
                tr("The storage account %1 does not allow access keys (Shared Key), but the %2 would use one.")
                    .arg(account.name, operationKindName(request.kind)),
                tr("Use the service's managed identity with the Storage Blob Data Contributor role."));
        }
        if (account.firewallDeniesByDefault()) {
            if (request.accessType == AccessType::AccessKey)
                findings << warning("StorageFirewall",
                    tr("The storage account %1 has a firewall that denies access by default; APIM may not reach it "
                       "with an access key.")
                        .arg(account.name),
                    tr("Use the system-assigned managed identity and allow trusted Azure services on the storage "
                       "firewall."));
            else if (!account.trustedServicesBypass())
                findings << warning("StorageFirewall",
                    tr("The storage account %1 has a firewall that does not let trusted Azure services through.")
                        .arg(account.name),
                    tr("Allow trusted Azure services (bypass AzureServices) on the storage firewall."));
        }
    }

    // The container and the blob.
    if (facts.containerExists && !*facts.containerExists) {
        if (backup)
            findings << warning("ContainerMissing",
                tr("The container %1 does not exist yet; APIM creates it during the backup.").arg(request.container),
                tr("Create it now if you want to set its access policy first."));
        else
            findings << blocking("ContainerMissing",
                tr("The container %1 does not exist, so there is no backup to restore.").arg(request.container),
                tr("Pick the container that holds the backup."));
    }
    if (facts.blobs) {
        const BackupBlob *blob = exactBlob(*facts.blobs, request.blobName);
        if (backup && blob) {
            if (request.overwriteConfirmed)
                findings << warning("BlobExists",
                    tr("A backup named %1 already exists and will be replaced.").arg(request.blobName), {});
            else
                findings << blocking("BlobExists",
                    tr("A backup named %1 already exists in %2.").arg(request.blobName, request.container),
                    tr("Choose another name, or confirm that the existing backup may be overwritten."));
        }
        if (!backup) {
            if (!blob) {
                if (!facts.containerExists || *facts.containerExists)
                    findings << blocking("BackupNotFound",
                        tr("There is no backup named %1 in %2.").arg(request.blobName, request.container),
                        tr("Pick an existing backup from the list."));
            } else {
                if (blob->isExpired(now))
                    findings << blocking("BackupExpired",
                        tr("The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days.")
                            .arg(blob->name)
                            .arg(blob->ageDays(now)),
                        tr("Pick a backup younger than 30 days."));
                const QString backupSku = blob->sourceSku();
                if (facts.service) {
                    if (backupSku.isEmpty())
                        findings << warning("TierUnknown",
                            tr("The pricing tier of backup %1 is unknown; a restore works only into a service of the "
                               "same tier (%2 here).")
                                .arg(blob->name, facts.service->skuName),
                            tr("Make sure the backup was taken from a %1 service.").arg(facts.service->skuName));
                    else if (backupSku.compare(facts.service->skuName, Qt::CaseInsensitive) != 0)
                        findings << blocking("TierMismatch",
                            tr("The backup was taken from a %1 service, but %2 is %3; APIM restores only into the same "
                               "tier.")
                                .arg(backupSku, facts.service->name, facts.service->skuName),
                            tr("Restore into a %1 service, or change the tier of %2 first.")
                                .arg(backupSku, facts.service->name));
                }
            }
        }
    } else if (facts.blobError.isError() && !facts.blobError.isContainerMissing()) {
        findings << warning("BlobsNotChecked",
            tr("Could not list the backups in %1: %2").arg(request.container, facts.blobError.userMessage()),
            backup ? tr("An existing backup with the same name would be overwritten.")
                   : tr("The backup's age and tier could not be checked."));
    }
    return findings;
}

} // namespace Apim::Core
