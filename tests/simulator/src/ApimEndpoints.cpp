#include "ApimEndpoints.h"

#include "ArmGuard.h"
#include "ArmJson.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

namespace Apim::Sim {

namespace {
const QString ServicePath = QStringLiteral(
    "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.ApiManagement/service/([^/]+)");
} // namespace

SimResponse ApimEndpoints::serviceNotFound(const QString &name, const QString &resourceGroup)
{
    return SimResponse::armError(404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource 'Microsoft.ApiManagement/service/%1' under resource group "
                       "'%2' was not found. For more details please go to "
                       "https://aka.ms/ARMResourceNotFoundFix")
            .arg(name, resourceGroup));
}

void ApimEndpoints::registerRoutes(Router &router)
{
    router.addArmList(QStringLiteral("Microsoft\\.ApiManagement/service"),
        [this](const SimRequest &r, const QString &subscriptionId, const QString &resourceGroup) {
            return listServices(r, subscriptionId, resourceGroup);
        });
    router.add("GET", ServicePath,
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(getService(r, c)); });
}

SimResponse ApimEndpoints::listServices(
    const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, subscriptionId, &caller))
        return *error;
    QList<const ApimService *> matches;
    for (const ApimService &s : std::as_const(m_context.estate.services)) {
        if (s.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) != 0)
            continue;
        if (!resourceGroup.isEmpty() && s.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) != 0)
            continue;
        matches.append(&s);
    }
    return SimResponse::json(200,
        Paging::page(
            matches.size(), [&](int i) { return m_context.serviceJson.resource(*matches.at(i), caller.tenantId); },
            request, m_context.config.pageSize));
}

SimResponse ApimEndpoints::getService(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, c.at(0), &caller))
        return *error;
    const ApimService *service = m_context.estate.findService(c.at(0), c.at(1), c.at(2));
    if (!service)
        return serviceNotFound(c.at(2), c.at(1));
    return SimResponse::json(200, ArmJson::service(*service, caller.tenantId));
}

} // namespace Apim::Sim
