#include "operations/PreflightRules.h"

#include "operations/TierCompatibility.h"

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
    // Names first: they need no network and explain many later failures.
    QList<PreflightFinding> findings = facts.request.nameFindings();
    findings << serviceFindings(facts) << storageFindings(facts) << containerFindings(facts);
    if (facts.blobs) {
        findings << (facts.request.kind == OperationKind::Backup ? backupBlobFindings(facts)
                                                                 : restoreBlobFindings(facts, now));
    } else if (facts.blobError.isError() && !facts.blobError.isContainerMissing() && !keyRefused(facts)) {
        // (With the key refused, the listing failed for the same reason: one finding says it.)
        findings << warning("BlobsNotChecked",
            tr("Could not list the backups in %1: %2").arg(facts.request.container, facts.blobError.userMessage()),
            facts.request.kind == OperationKind::Backup
                ? tr("An existing backup with the same name would be overwritten.")
                : tr("The backup's age and tier could not be checked."));
    }
    return findings;
}

QList<PreflightFinding> PreflightRules::serviceFindings(const PreflightFacts &facts)
{
    if (!facts.service) {
        return { blocking("ServiceUnavailable",
            tr("Could not read the service: %1").arg(facts.serviceError.userMessage()),
            tr("Check the service id and your access to it, then try again.")) };
    }
    QList<PreflightFinding> findings;
    const ApimService &service = *facts.service;
    const BackupSupport support = service.backupSupport();
    if (!support.supported)
        findings << blocking(
            "TierUnsupported", support.reason, tr("Pick a service in the Developer, Basic, Standard or Premium tier."));
    if (!service.isReady()) {
        findings << blocking("ServiceNotReady",
            tr("The service %1 is %2, not Succeeded: another operation (update, scaling, backup or restore) is in "
               "progress.")
                .arg(service.name, service.provisioningState),
            tr("Wait until the service shows Succeeded, then try again."));
    }
    findings << identityFindings(facts.request, service);
    if (facts.request.kind == OperationKind::Restore) {
        findings << warning("RestoreOverwrites",
            tr("Restoring replaces the configuration of %1 (APIs, products, policies, users) with the backup's; "
               "changes made during the restore may be lost.")
                .arg(service.name),
            tr("Make sure nobody changes the service while the restore runs."));
    }
    return findings;
}

QList<PreflightFinding> PreflightRules::identityFindings(const OperationRequest &request, const ApimService &service)
{
    if (request.accessType == AccessType::SystemAssignedManagedIdentity && !service.hasSystemAssignedIdentity()) {
        return { blocking("SystemIdentityMissing",
            tr("The service %1 has no system-assigned managed identity.").arg(service.name),
            tr("Turn on the system-assigned identity of the service and give it the Storage Blob Data Contributor "
               "role on the storage account, or use an access key.")) };
    }
    if (request.accessType != AccessType::UserAssignedManagedIdentity)
        return {};
    if (request.identityClientId.isEmpty()) {
        return { blocking("UserIdentityMissing", tr("No client id was given for the user-assigned managed identity."),
            tr("Choose one of the identities attached to the service.")) };
    }
    if (service.hasUserAssignedClientId(request.identityClientId))
        return {};
    QStringList known;
    for (const UserAssignedIdentity &identity : service.userAssignedIdentities)
        known << QStringLiteral("%1 (%2)").arg(identity.clientId, identity.name());
    return { blocking("UserIdentityMissing",
        tr("No user-assigned identity with client id %1 is attached to the service %2.")
            .arg(request.identityClientId, service.name),
        known.isEmpty() ? tr("Attach a user-assigned identity to the service first, or use an access key.")
                        : tr("Use one of: %1.").arg(known.join(QStringLiteral(", ")))) };
}

QList<PreflightFinding> PreflightRules::storageFindings(const PreflightFacts &facts)
{
    const OperationRequest &request = facts.request;
    QList<PreflightFinding> findings;
    if (!facts.account) {
        if (facts.accountError.code == QLatin1String("StorageAccountNotFound") || facts.accountError.httpStatus == 404)
            findings << blocking("StorageAccountNotFound", facts.accountError.userMessage(),
                tr("Check the storage account name and its subscription."));
        else if (!hasFinding(request.nameFindings(), QStringLiteral("InvalidStorageAccountName")))
            findings << warning("StorageNotChecked",
                tr("Could not check the storage account: %1").arg(facts.accountError.userMessage()),
                tr("The operation may still work; if it fails, check the account and your access to it."));
        return findings;
    }
    const StorageAccount &account = *facts.account;
    if (request.accessType == AccessType::AccessKey && !account.allowSharedKeyAccess) {
        findings << blocking("SharedKeyDisabled",
            tr("The storage account %1 does not allow access keys (Shared Key), but the %2 would use one.")
                .arg(account.name, operationKindName(request.kind)),
            tr("Use the service's managed identity with the Storage Blob Data Contributor role."));
    }
    findings << keyFindings(facts);
    if (!account.firewallDeniesByDefault())
        return findings;
    if (request.accessType == AccessType::AccessKey)
        findings << warning("StorageFirewall",
            tr("The storage account %1 has a firewall that denies access by default; APIM may not reach it with an "
               "access key.")
                .arg(account.name),
            tr("Use the system-assigned managed identity and allow trusted Azure services on the storage firewall."));
    else if (!account.trustedServicesBypass())
        findings << warning("StorageFirewall",
            tr("The storage account %1 has a firewall that does not let trusted Azure services through.")
                .arg(account.name),
            tr("Allow trusted Azure services (bypass AzureServices) on the storage firewall."));
    return findings;
}

bool PreflightRules::keyRefused(const PreflightFacts &facts)
{
    return facts.request.accessType == AccessType::AccessKey && facts.keyError.isError()
        && (facts.keyError.httpStatus == 403 || facts.keyError.httpStatus == 409);
}

QList<PreflightFinding> PreflightRules::keyFindings(const PreflightFacts &facts)
{
    if (facts.request.accessType != AccessType::AccessKey || !facts.keyError.isError() || !facts.account
        || !facts.account->allowSharedKeyAccess)
        return {};
    const QString &account = facts.account->name;
    if (keyRefused(facts)) {
        // Not a rotated key, a clock or a firewall: the signed-in identity lacks the
        // listKeys permission. Blocking until another way to the storage is chosen.
        const QString why = facts.keyError.code.isEmpty() ? QStringLiteral("HTTP %1").arg(facts.keyError.httpStatus)
                                                          : facts.keyError.code;
        return { blocking("StorageKeyRefused",
            tr("You may not list the access keys of the storage account %1: Azure refused the permission to list "
               "keys (%2), so the %3 cannot use an access key from it.")
                .arg(account, why, operationKindName(facts.request.kind)),
            tr("Use a pasted key: paste key1 or key2 of %1 from its \"Access keys\" page (\"Use a pasted key…\" in "
               "the dialog, or apim-backup-cli storage-key set --account %1). Or let the service reach the storage "
               "with its managed identity (it needs the Storage Blob Data Contributor role on %1).")
                .arg(account)) };
    }
    return { warning("StorageKeyNotChecked",
        tr("Could not get an access key for the storage account %1: %2").arg(account, facts.keyError.userMessage()),
        tr("The operation asks for the key again when it starts; if that fails too, paste a key or use a managed "
           "identity.")) };
}

QList<PreflightFinding> PreflightRules::containerFindings(const PreflightFacts &facts)
{
    if (!facts.containerExists || *facts.containerExists)
        return {};
    const QString &container = facts.request.container;
    if (facts.request.kind == OperationKind::Backup)
        return { warning("ContainerMissing",
            tr("The container %1 does not exist yet; APIM creates it during the backup.").arg(container),
            tr("Create it now if you want to set its access policy first.")) };
    return { blocking("ContainerMissing",
        tr("The container %1 does not exist, so there is no backup to restore.").arg(container),
        tr("Pick the container that holds the backup.")) };
}

QList<PreflightFinding> PreflightRules::backupBlobFindings(const PreflightFacts &facts)
{
    const OperationRequest &request = facts.request;
    if (!exactBlob(*facts.blobs, request.blobName))
        return {};
    if (request.overwriteConfirmed)
        return { warning(
            "BlobExists", tr("A backup named %1 already exists and will be replaced.").arg(request.blobName), {}) };
    return { blocking("BlobExists",
        tr("A backup named %1 already exists in %2.").arg(request.blobName, request.container),
        tr("Choose another name, or confirm that the existing backup may be overwritten (--overwrite in the "
           "CLI).")) };
}

QList<PreflightFinding> PreflightRules::restoreBlobFindings(const PreflightFacts &facts, const QDateTime &now)
{
    const OperationRequest &request = facts.request;
    const BackupBlob *blob = exactBlob(*facts.blobs, request.blobName);
    if (!blob) {
        if (facts.containerExists && !*facts.containerExists)
            return {};
        return { blocking("BackupNotFound",
            tr("There is no backup named %1 in %2.").arg(request.blobName, request.container),
            tr("Pick an existing backup from the list (apim-backup-cli backups --account %1 --container %2 lists "
               "them).")
                .arg(request.storageAccount, request.container)) };
    }
    QList<PreflightFinding> findings;
    if (blob->isExpired(now))
        findings << blocking("BackupExpired",
            tr("The backup %1 is %2 days old; APIM refuses to restore backups older than 30 days.")
                .arg(blob->name)
                .arg(blob->ageDays(now)),
            tr("Pick a backup younger than 30 days."));
    if (facts.service) {
        if (const auto tier = TierCompatibility::restoreFinding(*blob, *facts.service))
            findings << *tier;
    }
    return findings;
}

} // namespace Apim::Core
