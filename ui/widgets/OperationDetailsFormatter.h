#pragma once

#include <QCoreApplication>
#include <QString>

namespace Apim::Ui {

struct OperationView;

// The details of one operation as rich text for the operations panel: what, where,
// when, the request ids Azure support asks for, the full error text exactly as the
// service gave it, and after a backup the configuration changes made while it ran.
class OperationDetailsFormatter
{
    Q_DECLARE_TR_FUNCTIONS(OperationDetailsFormatter)
public:
    static QString html(const OperationView &operation);
    static QString plainText(const OperationView &operation); // for "Copy details"
    // The banner for a service while this operation runs on it.
    static QString runningWarning(const OperationView &operation);
    // One sentence for the details pane and the notification when it ends.
    static QString outcome(const OperationView &operation);
};

} // namespace Apim::Ui
