#include "operations/TierCompatibility.h"

#include "inventory/ApimService.h"
#include "storage/BackupBlob.h"

namespace Apim::Core {

TierCompatibility::Result TierCompatibility::compare(const QString &backupSku, const QString &targetSku)
{
    if (backupSku.trimmed().isEmpty())
        return Result::Unknown;
    return backupSku.trimmed().compare(targetSku.trimmed(), Qt::CaseInsensitive) == 0 ? Result::Same
                                                                                      : Result::Different;
}

std::optional<PreflightFinding> TierCompatibility::restoreFinding(const BackupBlob &blob, const ApimService &target)
{
    const QString backupSku = blob.sourceSku();
    switch (compare(backupSku, target.skuName)) {
    case Result::Same:
        return std::nullopt;
    case Result::Unknown:
        return PreflightFinding { PreflightFinding::Severity::Warning, QStringLiteral("TierUnknown"),
            tr("The pricing tier of backup %1 is unknown; a restore works only into a service of the same tier (%2 "
               "here).")
                .arg(blob.name, target.skuName),
            tr("Make sure the backup was taken from a %1 service.").arg(target.skuName) };
    case Result::Different:
        break;
    }
    return PreflightFinding { PreflightFinding::Severity::Blocking, QStringLiteral("TierMismatch"),
        tr("The backup was taken from a %1 service, but %2 is %3; APIM restores only into the same tier.")
            .arg(backupSku, target.name, target.skuName),
        tr("Restore into a %1 service, or change the tier of %2 first.").arg(backupSku, target.name) };
}

} // namespace Apim::Core
