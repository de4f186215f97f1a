#pragma once

#include "operations/PreflightFinding.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Apim::Core {

struct ApimService;
struct BackupBlob;

// APIM restores a backup only into a service of the tier it was taken from. Decided
// here once, for preflight, the restore dialog and restore drills.
class TierCompatibility
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::TierCompatibility)

public:
    enum class Result { Same, Unknown, Different };

    // backupSku: the tier recorded with the backup (empty: unknown).
    static Result compare(const QString &backupSku, const QString &targetSku);
    // The finding for restoring blob into target: TierMismatch (blocking), TierUnknown
    // (warning), or nothing when the tiers match.
    static std::optional<PreflightFinding> restoreFinding(const BackupBlob &blob, const ApimService &target);
};

} // namespace Apim::Core
