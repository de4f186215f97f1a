#pragma once

#include "operations/OperationRecord.h"
#include "ui/models/OperationView.h"

#include <QCoreApplication>

namespace Apim::Ui {

// Turns the core's OperationRecord into the row the operations panel shows, with the
// error kept verbatim and the Activity Log changes written out as the change report.
class OperationPresenter
{
    Q_DECLARE_TR_FUNCTIONS(OperationPresenter)
public:
    static OperationView view(const Core::OperationRecord &record, bool resumed = false);
    static QString changeReport(const Core::OperationRecord &record);
};

} // namespace Apim::Ui
