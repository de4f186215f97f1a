#pragma once

#include "inventory/ApimService.h"
#include "storage/BackupBlob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Apim::Core {

// Whether a service can be recovered now, and to what point, against its recovery point
// objective (RPO). Decided by one pure function, so the app's Recovery view, the CLI's
// readiness table and a monitoring exit code can never disagree.
enum class RecoveryState {
    Ready, // the newest restorable backup is younger than 80 % of the target
    AtRisk, // younger than the target, older than 80 % of it
    Breached, // older than the target
    NoBackup, // none found in the locations looked at
    OnlyExpired, // every backup is older than the 30 days APIM restores
    NotSupported, // the tier has no backup and restore (Consumption, v2)
    Unknown, // the backups could not be listed: never taken for "breached"
};

// A stable, untranslated code for scripts and JSON: "ready", "at-risk", ...
QString recoveryStateCode(RecoveryState state);
// True for the states that need someone's attention (all but Ready and NotSupported).
bool needsAttention(RecoveryState state);

struct ReadinessInput
{
    BackupSupport support;
    // The service's backups over every location looked at; unset: they could not be listed.
    std::optional<QList<BackupBlob>> backups;
    QString listingProblem; // why they could not be listed (permission, firewall, network)
    QSet<QString> failedVerification; // blob names that vanished or changed since made
    qint64 targetRpoSeconds = 24 * 3600;
};

struct Readiness
{
    RecoveryState state = RecoveryState::Unknown;
    QString reason; // in words, translated
    std::optional<BackupBlob> lastGood; // the newest restorable backup
    qint64 ageSeconds = -1; // of lastGood
    QDateTime expiresOn; // of lastGood: when APIM stops restoring it
};

class RecoveryReadiness
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::RecoveryReadiness)

public:
    // The share of the target at which a service is "at risk".
    static constexpr double kAtRiskShare = 0.8;

    static Readiness assess(const ReadinessInput &input, const QDateTime &now);
};

} // namespace Apim::Core
