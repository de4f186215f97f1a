#pragma once

#include "inventory/ApimService.h"
#include "ui/models/ServiceTreeEntries.h"
#include "ui/widgets/ServiceDetailsView.h"

#include <QCoreApplication>

namespace Apim::Ui {

// Turns the core's ApimService into the tree row and the details pane's words.
class ServicePresenter
{
    Q_DECLARE_TR_FUNCTIONS(ServicePresenter)
public:
    static ServiceEntry entry(const Core::ApimService &service);
    static ServiceDetailsView details(const Core::ApimService &service, const QString &subscriptionName);
    // The core value back from a tree row (invalid when the row holds none).
    static Core::ApimService service(const ServiceEntry &entry);
};

} // namespace Apim::Ui
