#include "recovery/BackupLocation.h"

#include "storage/StorageNames.h"

#include <QCoreApplication>
#include <QUuid>

namespace Apim::Core {

std::optional<BackupLocation> BackupLocation::parse(const QString &text, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const auto location = fromText(text);
    if (!location)
        return fail(QCoreApplication::translate("Apim::Core::BackupLocation",
            "\"%1\" is not a backup location: write SUBSCRIPTION/ACCOUNT/CONTAINER, e.g. "
            "00000000-0000-0000-0000-000000000000/contosobackups/apim-backups.")
                        .arg(text.trimmed()));
    if (QUuid::fromString(location->subscriptionId).isNull())
        return fail(QCoreApplication::translate("Apim::Core::BackupLocation",
            "\"%1\" is not a subscription id: the storage account's subscription is a GUID such as "
            "00000000-0000-0000-0000-000000000000.")
                        .arg(location->subscriptionId));
    QString problem = StorageNames::accountNameError(location->account);
    if (problem.isEmpty())
        problem = StorageNames::containerNameError(location->container);
    if (!problem.isEmpty())
        return fail(problem);
    return location;
}

} // namespace Apim::Core
