#include "ui/models/ReadinessPresenter.h"

#include "operations/Retention.h"
#include "ui/support/Formatting.h"
#include "ui/support/Icons.h"

namespace Apim::Ui {

QIcon ReadinessPresenter::stateIcon(Core::RecoveryState state)
{
    switch (state) {
    case Core::RecoveryState::Ready:
        return Icons::success();
    case Core::RecoveryState::AtRisk:
        return Icons::warning();
    case Core::RecoveryState::Breached:
    case Core::RecoveryState::NoBackup:
    case Core::RecoveryState::OnlyExpired:
        return Icons::error();
    case Core::RecoveryState::NotSupported:
    case Core::RecoveryState::Unknown:
        break;
    }
    return Icons::info();
}

QList<qint64> ReadinessPresenter::rtoTrendSeconds(const QList<Core::DrillRecord> &drills)
{
    QList<qint64> seconds;
    for (auto it = drills.crbegin(); it != drills.crend(); ++it) {
        if (it->rtoMs >= 0)
            seconds << it->rtoMs / 1000;
    }
    return seconds;
}

QString ReadinessPresenter::lastDrillText(const ReadinessView &view, const QDateTime &now)
{
    if (view.drills.isEmpty())
        return tr("Never");
    const Core::DrillRecord &last = view.drills.last();
    const QString when = Formatting::age(last.startedAt, now);
    switch (last.state) {
    case Core::DrillState::Running:
        return tr("%1, did not end").arg(when);
    case Core::DrillState::Failed:
        return tr("%1, failed").arg(when);
    case Core::DrillState::Differences:
        return tr("%1, RTO %2, %n difference(s)", nullptr, int(last.differences.size()))
            .arg(when, Formatting::duration(last.rtoMs / 1000));
    case Core::DrillState::Succeeded:
        break;
    }
    return tr("%1, RTO %2").arg(when, Formatting::duration(last.rtoMs / 1000));
}

QString ReadinessPresenter::rtoTrendText(const QList<Core::DrillRecord> &drills)
{
    const QList<qint64> trend = rtoTrendSeconds(drills);
    if (trend.isEmpty())
        return {};
    const QString latest = tr("RTO %1").arg(Formatting::duration(trend.first()));
    if (trend.size() == 1)
        return latest;
    QStringList previous;
    for (int i = 1; i < trend.size() && i <= 3; ++i)
        previous << Formatting::duration(trend.at(i));
    return tr("%1 (previous %2)").arg(latest, previous.join(QStringLiteral(", ")));
}

QString ReadinessPresenter::targetSourceText(Core::RecoverySettings::RpoSource source)
{
    switch (source) {
    case Core::RecoverySettings::RpoSource::Service:
        return tr("set for this service");
    case Core::RecoverySettings::RpoSource::Subscription:
        return tr("set for its subscription");
    case Core::RecoverySettings::RpoSource::Global:
        break;
    }
    return tr("the default");
}

QString ReadinessPresenter::details(const ReadinessView &view)
{
    const Core::ReadinessRow &row = view.row;
    QStringList lines;
    lines << Core::RecoveryOverview::stateText(row.readiness.state) + QStringLiteral(": ") + row.readiness.reason;
    if (row.readiness.lastGood)
        lines << tr("Last good backup: %1 (%2)")
                     .arg(row.readiness.lastGood->name, Formatting::dateTime(row.readiness.lastGood->createdOn));
    lines << tr("Target RPO: %1, %2")
                 .arg(Core::Retention::formatAge(row.targetRpoSeconds), targetSourceText(row.targetSource));
    const QString trend = rtoTrendText(view.drills);
    if (!trend.isEmpty())
        lines << tr("Drills: %1").arg(trend);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Apim::Ui
