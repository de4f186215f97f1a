#pragma once

#include "inventory/ApimService.h"
#include "recovery/CatalogSnapshot.h"
#include "recovery/DrillRecord.h"
#include "recovery/RecoveryReadiness.h"
#include "recovery/RecoverySettings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace Apim::Core {

// One service's line in the Recovery view and in `readiness`: its state against its target,
// where the target comes from, how many recovery points it has, and its last drill.
struct ReadinessRow
{
    ApimService service;
    Readiness readiness;
    qint64 targetRpoSeconds = RecoverySettings::kDefaultRpoSeconds;
    RecoverySettings::RpoSource targetSource = RecoverySettings::RpoSource::Global;
    int backupCount = 0; // restorable ones: not expired, not failed verification
    QDateTime lastDrillAt; // invalid: never drilled
    qint64 lastDrillRtoSeconds = -1;
    bool lastDrillPassed = false;

    QJsonObject toJson(const QDateTime &now) const;
};

// Counts per state, and the sentence the view and the CLI print under the table.
struct ReadinessSummary
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ReadinessSummary)

public:
    int total = 0;
    QMap<RecoveryState, int> counts;

    int count(RecoveryState state) const { return counts.value(state); }
    int needingAttention() const;
    // "14 services: 11 ready, 2 at risk, 1 breached" (states with none are left out).
    QString text() const;
};

// Turns a catalog snapshot into rows: one function, for the app and the CLI alike.
class RecoveryOverview
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::RecoveryOverview)

public:
    // targetOverride > 0: one target for every service (the CLI's --rpo).
    static QList<ReadinessRow> rows(const QList<ApimService> &services, const CatalogSnapshot &snapshot,
        const RecoverySettings &settings, const QDateTime &now, qint64 targetOverride = 0);
    // Fills the last drill of each row from the drill history (any order).
    static void addDrills(QList<ReadinessRow> &rows, const QList<DrillRecord> &drills);
    static ReadinessSummary summarize(const QList<ReadinessRow> &rows);
    // The state in words, translated: "Ready", "At risk", ...
    static QString stateText(RecoveryState state);
    // "5 h of 24 h" for a table.
    static QString ageAgainstTarget(const ReadinessRow &row);
    // "29 d", "3 h", "expired" until the newest backup stops being restorable.
    static QString expiryCountdown(const ReadinessRow &row, const QDateTime &now);
};

} // namespace Apim::Core
