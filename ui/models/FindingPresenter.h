#pragma once

#include "operations/PreflightFinding.h"
#include "ui/widgets/FindingView.h"

namespace Apim::Ui {

// The core's preflight findings as the dialogs show them.
inline FindingViews findingViews(const QList<Core::PreflightFinding> &findings)
{
    FindingViews views;
    for (const Core::PreflightFinding &finding : findings) {
        views << FindingView { finding.isBlocking() ? FindingView::Severity::Blocking : FindingView::Severity::Warning,
            finding.code, finding.message, finding.action };
    }
    return views;
}

} // namespace Apim::Ui
