#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Apim::Core {

enum class OperationKind { Backup, Restore };

// How the APIM service reaches the storage account (the REST body's accessType).
enum class AccessType { AccessKey, SystemAssignedManagedIdentity, UserAssignedManagedIdentity };

QString operationKindName(OperationKind kind); // "backup" / "restore"
QString accessTypeName(AccessType type); // the REST spelling: AccessKey, ...
AccessType accessTypeFromName(const QString &name, bool *ok = nullptr); // also key|system-identity|user-identity

// What the user asked for: back up (or restore) this service to (from) this blob.
struct OperationRequest
{
    OperationKind kind = OperationKind::Backup;
    QString serviceId; // full ARM id of the APIM service
    QString storageAccount; // account name
    QString storageSubscriptionId; // empty: the service's subscription
    QString container;
    QString blobName; // backup: empty means "generate from the naming pattern"
    AccessType accessType = AccessType::AccessKey;
    QString identityClientId; // UserAssignedManagedIdentity only
    // Optional: a key the user supplied. Otherwise the manager fetches one (saved key or
    // listKeys). Never written to the journal, never logged.
    QByteArray accessKey;
    bool overwriteConfirmed = false; // backup: the user agreed to replace an existing blob

    // The REST body; accessKey is replaced by keyPlaceholder when one is given (for
    // display and "copy as command"), else sent as is.
    QJsonObject restBody(const QString &keyPlaceholder = {}) const;
};

using BackupRequest = OperationRequest;
using RestoreRequest = OperationRequest;

} // namespace Apim::Core
