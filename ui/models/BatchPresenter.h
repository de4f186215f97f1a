#pragma once

#include "batch/BatchItem.h"
#include "batch/BatchSummary.h"
#include "operations/PreflightFinding.h"
#include "ui/widgets/FindingView.h"

#include <QCoreApplication>
#include <QList>

namespace Apim::Ui {

// A preflight finding of one service of a batch.
struct ServiceFinding
{
    QString serviceName;
    Core::PreflightFinding finding;
};

// The batch backup dialog's words for the core's batch values: the findings of many
// services grouped (one banner per finding, naming the services it concerns), each
// service's state, and the summary. Pure, so that the grouping is tested without a window.
class BatchPresenter
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Ui::BatchPresenter)

public:
    // One view per finding code and severity, in the order first met, blocking ones first
    // (FindingsWidget sorts); its services are named in the view's action.
    static FindingViews groupedFindings(const QList<ServiceFinding> &findings);
    // "Ready", "Checking…", "Running (40 %)", "Succeeded", ...
    static QString stateText(const Core::BatchItem &item);
    // Where it goes, or why it did not: the service's own message for a failure.
    static QString detailsText(const Core::BatchItem &item);
    // "Batch backup finished: 3 succeeded, 1 failed, 1 skipped." and, per problem, its line.
    static QString summaryText(const Core::BatchSummary &summary);
};

} // namespace Apim::Ui
