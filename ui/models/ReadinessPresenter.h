#pragma once

#include "recovery/DrillRecord.h"
#include "recovery/RecoveryOverview.h"

#include <QCoreApplication>
#include <QIcon>
#include <QList>

namespace Apim::Ui {

// One line of the Recovery view: the core's readiness row and the drills of the service
// (oldest first), read once per refresh.
struct ReadinessView
{
    Core::ReadinessRow row;
    QList<Core::DrillRecord> drills;
};

// The words and icons of recovery readiness, shared by the Recovery view and the service
// tree so both say the same thing. The state always comes as an icon and text, never as
// a colour alone.
class ReadinessPresenter
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessPresenter)
public:
    static QIcon stateIcon(Core::RecoveryState state);
    // Drills that measured an RTO, newest first.
    static QList<qint64> rtoTrendSeconds(const QList<Core::DrillRecord> &drills);
    // "3 d ago, RTO 32 min", or "Never" when the service was never drilled.
    static QString lastDrillText(const ReadinessView &view, const QDateTime &now);
    // "RTO 32 min (previous 35 min, 41 min)"; empty when no drill measured one.
    static QString rtoTrendText(const QList<Core::DrillRecord> &drills);
    // Where the target comes from: "service", "subscription" or "default".
    static QString targetSourceText(Core::RecoverySettings::RpoSource source);
    // The tooltip of a row: the reason, the last good backup, the target and the trend.
    static QString details(const ReadinessView &view);
};

} // namespace Apim::Ui
