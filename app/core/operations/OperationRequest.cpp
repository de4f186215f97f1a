#include "operations/OperationRequest.h"

#include "inventory/ResourceId.h"
#include "storage/StorageNames.h"

#include <QCoreApplication>

namespace Apim::Core {

namespace {
// The context lupdate files these strings under.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::OperationRequest)
};
} // namespace

QString operationKindName(OperationKind kind)
{
    return kind == OperationKind::Backup ? QStringLiteral("backup") : QStringLiteral("restore");
}

QString accessTypeName(AccessType type)
{
    switch (type) {
    case AccessType::SystemAssignedManagedIdentity:
        return QStringLiteral("SystemAssignedManagedIdentity");
    case AccessType::UserAssignedManagedIdentity:
        return QStringLiteral("UserAssignedManagedIdentity");
    case AccessType::AccessKey:
        break;
    }
    return QStringLiteral("AccessKey");
}

AccessType accessTypeFromName(const QString &name, bool *ok)
{
    const QString lower = name.toLower();
    if (ok)
        *ok = true;
    if (lower == QLatin1String("systemassignedmanagedidentity") || lower == QLatin1String("system-identity")
        || lower == QLatin1String("system"))
        return AccessType::SystemAssignedManagedIdentity;
    if (lower == QLatin1String("userassignedmanagedidentity") || lower == QLatin1String("user-identity")
        || lower == QLatin1String("user"))
        return AccessType::UserAssignedManagedIdentity;
    if (lower == QLatin1String("accesskey") || lower == QLatin1String("key") || lower.isEmpty())
        return AccessType::AccessKey;
    if (ok)
        *ok = false;
    return AccessType::AccessKey;
}

QString storageSubscriptionFor(const QString &storageSubscriptionId, const QString &serviceId)
{
    return storageSubscriptionId.isEmpty() ? ResourceId::parse(serviceId).subscriptionId : storageSubscriptionId;
}

QString OperationRequest::storageSubscription() const
{
    return storageSubscriptionFor(storageSubscriptionId, serviceId);
}

QList<PreflightFinding> OperationRequest::nameFindings() const
{
    const auto blocking = [](const char *code, const QString &message, const QString &action) {
        return PreflightFinding { PreflightFinding::Severity::Blocking, QLatin1String(code), message, action };
    };
    QList<PreflightFinding> findings;
    if (const QString error = ResourceId::serviceIdError(serviceId); !error.isEmpty())
        findings << blocking("InvalidServiceId", error, Text::tr("Correct the service id."));
    if (const QString error = StorageNames::accountNameError(storageAccount); !error.isEmpty())
        findings << blocking("InvalidStorageAccountName", error, Text::tr("Correct the storage account name."));
    if (const QString error = StorageNames::containerNameError(container); !error.isEmpty())
        findings << blocking("InvalidContainerName", error, Text::tr("Correct the container name."));
    if (kind == OperationKind::Restore || !blobName.isEmpty()) {
        if (const QString error = StorageNames::blobNameError(blobName); !error.isEmpty())
            findings << blocking("InvalidBlobName", error, Text::tr("Correct the backup name."));
    }
    return findings;
}

QString OperationRequest::validate() const
{
    const QList<PreflightFinding> names = nameFindings();
    if (!names.isEmpty())
        return names.first().message + QLatin1Char(' ') + names.first().action;
    if (accessType == AccessType::UserAssignedManagedIdentity && identityClientId.trimmed().isEmpty())
        return Text::tr(
            "A user-assigned managed identity needs its client id; pick one of the identities attached to the "
            "service.");
    return {};
}

QJsonObject OperationRequest::restBody(const QString &keyPlaceholder) const
{
    QJsonObject body {
        { QStringLiteral("storageAccount"), storageAccount },
        { QStringLiteral("containerName"), container },
        { QStringLiteral("backupName"), blobName },
        { QStringLiteral("accessType"), accessTypeName(accessType) },
    };
    if (accessType == AccessType::AccessKey)
        body.insert(
            QStringLiteral("accessKey"), keyPlaceholder.isEmpty() ? QString::fromLatin1(accessKey) : keyPlaceholder);
    if (accessType == AccessType::UserAssignedManagedIdentity)
        body.insert(QStringLiteral("clientId"), identityClientId);
    return body;
}

} // namespace Apim::Core
