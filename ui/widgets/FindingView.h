#pragma once

#include <QList>
#include <QString>

namespace Apim::Ui {

// One preflight finding as a dialog shows it: blocking ones disable Start.
struct FindingView
{
    enum class Severity { Blocking, Warning, Information };
    Severity severity = Severity::Information;
    QString code; // stable id, e.g. "tier-unsupported", for tests and logs
    QString message; // what is wrong
    QString action; // what to do about it
};

using FindingViews = QList<FindingView>;

} // namespace Apim::Ui
