#include "recovery/RecoveryReadiness.h"

namespace Apim::Core {

namespace {
QString hoursText(qint64 seconds)
{
    return QString::number(double(seconds) / 3600.0, 'f', seconds % 3600 == 0 ? 0 : 1);
}
} // namespace

QString recoveryStateCode(RecoveryState state)
{
    switch (state) {
    case RecoveryState::Ready:
        return QStringLiteral("ready");
    case RecoveryState::AtRisk:
        return QStringLiteral("at-risk");
    case RecoveryState::Breached:
        return QStringLiteral("breached");
    case RecoveryState::NoBackup:
        return QStringLiteral("no-backup");
    case RecoveryState::OnlyExpired:
        return QStringLiteral("only-expired");
    case RecoveryState::NotSupported:
        return QStringLiteral("not-supported");
    case RecoveryState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

bool needsAttention(RecoveryState state)
{
    return state != RecoveryState::Ready && state != RecoveryState::NotSupported;
}

Readiness RecoveryReadiness::assess(const ReadinessInput &input, const QDateTime &now)
{
    Readiness result;
    if (!input.support.supported) {
        result.state = RecoveryState::NotSupported;
        result.reason = input.support.reason;
        return result;
    }
    if (!input.backups) {
        result.state = RecoveryState::Unknown;
        result.reason = tr("The backups could not be listed: %1").arg(input.listingProblem);
        return result;
    }
    bool anyKept = false;
    for (const BackupBlob &blob : *input.backups) {
        if (!blob.createdOn.isValid() || input.failedVerification.contains(blob.name))
            continue;
        anyKept = true;
        if (blob.isExpired(now))
            continue;
        if (!result.lastGood || blob.createdOn > result.lastGood->createdOn)
            result.lastGood = blob;
    }
    if (!result.lastGood) {
        result.state = anyKept ? RecoveryState::OnlyExpired : RecoveryState::NoBackup;
        result.reason = anyKept
            ? tr("Every backup is older than the %1 days API Management restores.").arg(BackupBlob::kExpiryDays)
            : tr("No backup was found.");
        return result;
    }
    result.ageSeconds = result.lastGood->ageSeconds(now);
    result.expiresOn = result.lastGood->expiresOn();
    const qint64 target = qMax<qint64>(1, input.targetRpoSeconds);
    const QString age = hoursText(result.ageSeconds);
    if (result.ageSeconds >= target) {
        result.state = RecoveryState::Breached;
        result.reason = tr("The newest backup is %1 h old; the target is %2 h.").arg(age, hoursText(target));
    } else if (double(result.ageSeconds) >= kAtRiskShare * double(target)) {
        result.state = RecoveryState::AtRisk;
        result.reason = tr("The newest backup is %1 h old, close to the %2 h target.").arg(age, hoursText(target));
    } else {
        result.state = RecoveryState::Ready;
        result.reason = tr("The newest backup is %1 h old; the target is %2 h.").arg(age, hoursText(target));
    }
    return result;
}

} // namespace Apim::Core
