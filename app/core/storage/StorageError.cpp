#include "storage/StorageError.h"

#include "net/TransportPolicy.h"

#include <QCoreApplication>

namespace Apim::Core {

bool StorageError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout
        || (kind == Kind::Http && TransportPolicy::isTransientStatus(httpStatus));
}

QString StorageError::userMessage() const
{
    if (!isError())
        return {};
    const QString said = message.isEmpty() ? code : message;
    QString text;
    if (code == QLatin1String("KeyBasedAuthenticationNotPermitted")) {
        text = tr("The storage account does not allow access keys (Shared Key). Use your sign-in (Microsoft Entra ID) "
                  "with the Storage Blob Data Reader role, or a managed identity for the backup.");
    } else if (code == QLatin1String("AuthenticationFailed") || code == QLatin1String("AuthorizationFailure")) {
        text = tr("The storage account rejected the credentials (%1). If the access key was rotated, fetch it again; "
                  "check the computer's clock; a storage firewall may also block this computer.")
                   .arg(code);
    } else if (code == QLatin1String("AuthorizationPermissionMismatch")) {
        text = tr("Your account may not read blobs in this storage account. Ask for the Storage Blob Data Reader (or "
                  "Contributor) role, or use an access key.");
    } else if (code == QLatin1String("ContainerNotFound")) {
        text = tr("The container does not exist. Create it, or pick another container.");
    } else if (code == QLatin1String("BlobNotFound")) {
        text = tr("The backup file does not exist (any more). Refresh the list.");
    } else {
        switch (kind) {
        case Kind::Network:
            text = tr("Could not reach the storage account: %1. Check the network, VPN or proxy; a storage firewall "
                      "may block this computer.")
                       .arg(said);
            break;
        case Kind::Timeout:
            text = tr("The storage account did not answer in time. Try again.");
            break;
        case Kind::Auth:
            text = tr("Could not get a storage sign-in token: %1. Sign in again.").arg(said);
            break;
        case Kind::Malformed:
            text = tr("The storage account sent an answer that could not be read (%1). Try again.").arg(said);
            break;
        case Kind::Refused:
            text = said;
            break;
        default:
            text = tr("The storage service refused the request (HTTP %1 %2): %3").arg(httpStatus).arg(code, message);
            break;
        }
    }
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(requestId);
    return text;
}

} // namespace Apim::Core
