#include "ui/models/BatchPresenter.h"

#include <QStringList>

#include <algorithm>

namespace Apim::Ui {

FindingViews BatchPresenter::groupedFindings(const QList<ServiceFinding> &findings)
{
    struct Group
    {
        FindingView view;
        QStringList services;
    };
    QList<Group> groups;
    for (const ServiceFinding &entry : findings) {
        const Core::PreflightFinding &finding = entry.finding;
        const auto severity = finding.isBlocking() ? FindingView::Severity::Blocking : FindingView::Severity::Warning;
        auto group = std::find_if(groups.begin(), groups.end(),
            [&](const Group &g) { return g.view.code == finding.code && g.view.severity == severity; });
        if (group == groups.end()) {
            groups.append({ FindingView { severity, finding.code, finding.message, finding.action }, {} });
            group = groups.end() - 1;
        }
        if (!group->services.contains(entry.serviceName))
            group->services.append(entry.serviceName);
    }
    FindingViews views;
    for (const Group &group : std::as_const(groups)) {
        FindingView view = group.view;
        const QString concerns = tr("Concerns %n service(s): %1.", nullptr, int(group.services.size()))
                                     .arg(group.services.join(QStringLiteral(", ")));
        view.action = view.action.isEmpty() ? concerns : concerns + QLatin1Char(' ') + view.action;
        views.append(view);
    }
    return views;
}

QString BatchPresenter::stateText(const Core::BatchItem &item)
{
    using State = Core::BatchItem::State;
    switch (item.state) {
    case State::Pending:
        return tr("Waiting");
    case State::Checking:
        return tr("Checking…");
    case State::Running:
        return item.percentComplete >= 0 ? tr("Running (%1 %)").arg(int(item.percentComplete)) : tr("Running");
    case State::Succeeded:
        return tr("Succeeded");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Skipped");
    }
    return {};
}

QString BatchPresenter::detailsText(const Core::BatchItem &item)
{
    using State = Core::BatchItem::State;
    switch (item.state) {
    case State::Skipped:
        return Core::BatchItem::skipReasonText(item.skipReason) + QStringLiteral(": ") + item.message.simplified();
    case State::Failed:
        return item.message.simplified();
    case State::Pending:
    case State::Checking:
    case State::Running:
    case State::Succeeded:
        break;
    }
    if (item.blobName.isEmpty())
        return QStringLiteral("%1/%2").arg(item.storageAccount, item.container);
    return QStringLiteral("%1/%2/%3").arg(item.storageAccount, item.container, item.blobName);
}

QString BatchPresenter::summaryText(const Core::BatchSummary &summary)
{
    QStringList lines;
    lines << (summary.canceled ? tr("Batch backup ended, pending ones cancelled: %1.")
                               : tr("Batch backup finished: %1."))
                 .arg(summary.countsText());
    for (const Core::BatchItem &item : summary.items) {
        if (item.state == Core::BatchItem::State::Failed)
            lines << tr("%1 failed: %2").arg(item.serviceName, item.message.simplified());
        else if (item.state == Core::BatchItem::State::Skipped)
            lines << tr("%1 skipped (%2)").arg(item.serviceName, Core::BatchItem::skipReasonText(item.skipReason));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Apim::Ui
