#pragma once

#include "operations/PreflightFinding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
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

    // The subscription of the storage account: its own when given, else the service's.
    QString storageSubscription() const;
    // The names, checked once for the manager, preflight, the dialogs and the CLI: a
    // blocking finding per invalid service id, account, container or backup name (an
    // empty backup name is left to the naming pattern).
    QList<PreflightFinding> nameFindings() const;
    // The first problem that makes the request impossible to send (names, a user-assigned
    // identity without its client id), in words; empty when it can be sent.
    QString validate() const;

    // The REST body; accessKey is replaced by keyPlaceholder when one is given (for
    // display and "copy as command"), else sent as is.
    QJsonObject restBody(const QString &keyPlaceholder = {}) const;
};

// The subscription of a storage account chosen for a service: storageSubscriptionId when
// given, else the service's own (serviceId: its ARM id).
QString storageSubscriptionFor(const QString &storageSubscriptionId, const QString &serviceId);

using BackupRequest = OperationRequest;
using RestoreRequest = OperationRequest;

} // namespace Apim::Core
