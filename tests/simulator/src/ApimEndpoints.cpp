#include "ApimEndpoints.h"

#include "ActivityLog.h"
#include "ArmGuard.h"
#include "ArmJson.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>

namespace Apim::Sim {

namespace {
const QString ServicePath = QStringLiteral(
    "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.ApiManagement/service/([^/]+)");

SimResponse serviceNotFound(const QString &name, const QString &resourceGroup)
{
    return SimResponse::armError(404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource 'Microsoft.ApiManagement/service/%1' under resource group "
                       "'%2' was not found. For more details please go to "
                       "https://aka.ms/ARMResourceNotFoundFix")
            .arg(name, resourceGroup));
}
} // namespace

void ApimEndpoints::registerRoutes(Router &router)
{
    router.addArmList(QStringLiteral("Microsoft\\.ApiManagement/service"),
        [this](const SimRequest &r, const QString &subscriptionId, const QString &resourceGroup) {
            return listServices(r, subscriptionId, resourceGroup);
        });
    router.add("GET", ServicePath,
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(getService(r, c)); });
    router.add("GET", ServicePath + QStringLiteral("/apis"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(apis(r, c)); });
    router.add("GET|PUT|DELETE", ServicePath + QStringLiteral("/apis/([^/]+)"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(apis(r, c)); });
}

SimResponse ApimEndpoints::listServices(
    const SimRequest &request, const QString &subscriptionId, const QString &resourceGroup)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, subscriptionId, &caller))
        return *error;
    QJsonArray all;
    for (const ApimService &s : std::as_const(m_context.estate.services)) {
        if (s.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) != 0)
            continue;
        if (!resourceGroup.isEmpty() && s.resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) != 0)
            continue;
        all.append(ArmJson::service(s, caller.tenantId));
    }
    return SimResponse::json(200, Paging::page(all, request, m_context.config.pageSize));
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

SimResponse ApimEndpoints::apis(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, c.at(0), &caller))
        return *error;
    ApimService *service = m_context.estate.findService(c.at(0), c.at(1), c.at(2));
    if (!service)
        return serviceNotFound(c.at(2), c.at(1));
    if (c.size() < 4 || c.at(3).isEmpty()) {
        QJsonArray all;
        for (auto it = service->apis.constBegin(); it != service->apis.constEnd(); ++it)
            all.append(ArmJson::api(*service, it.key(), it.value().toObject()));
        QJsonObject page = Paging::page(all, request, 100);
        page.insert(QStringLiteral("count"), all.size());
        return SimResponse::json(200, page);
    }
    const QString apiId = c.at(3);
    const QString correlation = request.correlationId;
    if (request.method == "GET") {
        if (!service->apis.contains(apiId))
            return SimResponse::armError(404, QStringLiteral("ResourceNotFound"), QStringLiteral("Api not found."));
        return SimResponse::json(200, ArmJson::api(*service, apiId, service->apis.value(apiId).toObject()));
    }
    if (request.method == "DELETE") {
        if (!service->apis.contains(apiId))
            return SimResponse::empty(204);
        service->apis.remove(apiId);
        ++service->version;
        const QString id = service->id() + QStringLiteral("/apis/") + apiId;
        m_context.activity->append(id, QStringLiteral("Microsoft.ApiManagement/service/apis/delete"),
            QStringLiteral("Started"), caller, correlation);
        m_context.activity->append(id, QStringLiteral("Microsoft.ApiManagement/service/apis/delete"),
            QStringLiteral("Succeeded"), caller, correlation);
        return SimResponse::empty(200);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return SimResponse::armError(400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    const QJsonObject properties = doc.object().value(QLatin1String("properties")).toObject();
    const bool exists = service->apis.contains(apiId);
    QJsonObject merged = exists ? service->apis.value(apiId).toObject() : QJsonObject();
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    QJsonArray details;
    if (merged.value(QLatin1String("displayName")).toString().isEmpty())
        details.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("ValidationError") },
            { QStringLiteral("target"), QStringLiteral("displayName") },
            { QStringLiteral("message"), QStringLiteral("'displayName' is required.") } });
    if (!merged.contains(QLatin1String("path")))
        details.append(QJsonObject { { QStringLiteral("code"), QStringLiteral("ValidationError") },
            { QStringLiteral("target"), QStringLiteral("path") },
            { QStringLiteral("message"), QStringLiteral("'path' is required.") } });
    if (!details.isEmpty())
        return SimResponse::armError(400, QStringLiteral("ValidationError"),
            QStringLiteral("One or more fields contain incorrect values:"), details);
    if (!merged.contains(QLatin1String("protocols")))
        merged.insert(QStringLiteral("protocols"), QJsonArray { QStringLiteral("https") });
    merged.insert(
        QStringLiteral("apiRevision"), merged.value(QLatin1String("apiRevision")).toString(QStringLiteral("1")));
    merged.insert(QStringLiteral("isCurrent"), true);
    service->apis.insert(apiId, merged);
    ++service->version;
    const QString id = service->id() + QStringLiteral("/apis/") + apiId;
    m_context.activity->append(id, QStringLiteral("Microsoft.ApiManagement/service/apis/write"),
        QStringLiteral("Started"), caller, correlation);
    m_context.activity->append(id, QStringLiteral("Microsoft.ApiManagement/service/apis/write"),
        QStringLiteral("Succeeded"), caller, correlation);
    return SimResponse::json(exists ? 200 : 201, ArmJson::api(*service, apiId, merged));
}

} // namespace Apim::Sim
