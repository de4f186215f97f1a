#include "operations/OperationRequest.h"

namespace Apim::Core {

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
