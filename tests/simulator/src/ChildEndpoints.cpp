#include "ChildEndpoints.h"

#include "ActivityLog.h"
#include "ApimEndpoints.h"
#include "ArmGuard.h"
#include "ChildJson.h"
#include "ChildKinds.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Apim::Sim {

namespace {
const QString ServicePath = QStringLiteral(
    "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.ApiManagement/service/([^/]+)");
const QString Collections = QStringLiteral("(apis|products|namedValues|backends|policies|subscriptions|users)");

SimResponse notFound(const QString &collection)
{
    return SimResponse::armError(
        404, QStringLiteral("ResourceNotFound"), QStringLiteral("%1 not found.").arg(ChildKinds::noun(collection)));
}

// "orders-api;rev=2" -> ("orders-api", "2"); a plain name has no revision.
QPair<QString, QString> splitRevision(const QString &name)
{
    static const QRegularExpression rev(QStringLiteral("^([^;]+);rev=([0-9]+)$"));
    const QRegularExpressionMatch m = rev.match(name);
    return m.hasMatch() ? qMakePair(m.captured(1), m.captured(2)) : qMakePair(name, QString());
}

// "orders-api;rev=3" names the API itself when 3 is its current revision.
QString currentRevisionAsApi(const ApimService &service, const QString &collection, const QString &name)
{
    const auto [apiId, number] = splitRevision(name);
    if (collection != QLatin1String("apis") || number.isEmpty())
        return name;
    const QJsonObject current = service.config.item(collection, apiId);
    return current.value(QLatin1String("apiRevision")).toString() == number ? apiId : name;
}

// $filter=isCurrent eq true|false, the API filter clients use to leave revisions out.
bool passesFilter(const QString &filter, const QJsonObject &properties)
{
    static const QRegularExpression isCurrent(
        QStringLiteral("isCurrent\\s+eq\\s+(true|false)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = isCurrent.match(filter);
    return !m.hasMatch()
        || properties.value(QLatin1String("isCurrent")).toBool()
        == (m.captured(1).compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
}
} // namespace

void ChildEndpoints::registerRoutes(Router &router)
{
    router.add("GET", ServicePath + QLatin1Char('/') + Collections,
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(list(r, c)); });
    router.add("GET|PUT|DELETE", ServicePath + QLatin1Char('/') + Collections + QStringLiteral("/([^/]+)"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            if (r.method == "GET")
                respond(get(r, c));
            else if (r.method == "PUT")
                respond(put(r, c));
            else
                respond(remove(r, c));
        });
    router.add("GET", ServicePath + QStringLiteral("/apis/([^/]+)/revisions"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(revisions(r, c)); });
}

std::optional<SimResponse> ChildEndpoints::open(
    const SimRequest &request, const QStringList &c, Caller *caller, ApimService **service)
{
    if (auto error = m_guard.checkInSubscription(request, c.at(0), caller))
        return error;
    *service = m_context.estate.findService(c.at(0), c.at(1), c.at(2));
    if (!*service)
        return ApimEndpoints::serviceNotFound(c.at(2), c.at(1));
    return std::nullopt;
}

SimResponse ChildEndpoints::list(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    ApimService *service = nullptr;
    if (auto error = open(request, c, &caller, &service))
        return *error;
    const QString collection = ServiceConfig::canonical(c.at(3));
    const QString filter = request.queryValue(QStringLiteral("$filter"));
    const QJsonObject items = service->config.items(collection);
    QJsonArray all;
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        if (collection != QLatin1String("apis") || passesFilter(filter, it.value().toObject()))
            all.append(ChildJson::item(*service, collection, it.key(), it.value().toObject(), ChildJson::View::List));
    }
    return SimResponse::json(200, Paging::pageTopSkip(all, request, m_context.config.pageSize));
}

SimResponse ChildEndpoints::get(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    ApimService *service = nullptr;
    if (auto error = open(request, c, &caller, &service))
        return *error;
    const QString collection = ServiceConfig::canonical(c.at(3));
    const QString name = c.at(4);
    QJsonObject properties = service->config.item(collection, currentRevisionAsApi(*service, collection, name));
    if (properties.isEmpty())
        return notFound(collection);
    const QString format = request.queryValue(QStringLiteral("format"));
    if (collection == QLatin1String("policies") && !format.isEmpty())
        properties.insert(QStringLiteral("format"), format);
    return SimResponse::json(200, ChildJson::item(*service, collection, name, properties, ChildJson::View::Single));
}

std::optional<SimResponse> ChildEndpoints::merged(const ApimService &service, const QString &collection,
    const QString &name, const QJsonObject &body, QJsonObject *properties, bool *created) const
{
    const QStringList fixed = ChildKinds::fixedNames(collection);
    if (!fixed.isEmpty() && !fixed.contains(name))
        return SimResponse::armError(400, QStringLiteral("ValidationError"),
            QStringLiteral("'%1' is not a valid %2 id: use '%3'.")
                .arg(name, ChildKinds::noun(collection), fixed.first()));
    const auto [apiId, number] = splitRevision(name);
    const bool revision = collection == QLatin1String("apis") && !number.isEmpty();
    if (revision && !service.config.contains(collection, apiId))
        return notFound(collection);
    *created = !service.config.contains(collection, name);
    // A new revision starts as a copy of the current one.
    *properties = service.config.item(collection, *created && revision ? apiId : name);
    const QJsonObject given = body.value(QLatin1String("properties")).toObject();
    for (auto it = given.constBegin(); it != given.constEnd(); ++it)
        properties->insert(it.key(), it.value());
    properties->remove(QStringLiteral("sourceApiId"));
    if (revision) {
        properties->insert(QStringLiteral("apiRevision"), number);
        properties->insert(QStringLiteral("isCurrent"), false);
    } else if (collection == QLatin1String("apis")) {
        properties->insert(QStringLiteral("isCurrent"), true);
    }
    for (const char *key : { "scope", "ownerId" }) {
        if (collection == QLatin1String("subscriptions") && properties->contains(QLatin1String(key)))
            properties->insert(
                QLatin1String(key), ChildJson::relative(properties->value(QLatin1String(key)).toString()));
    }
    const QJsonArray details = ChildKinds::missing(collection, *properties);
    if (!details.isEmpty())
        return SimResponse::armError(400, QStringLiteral("ValidationError"),
            QStringLiteral("One or more fields contain incorrect values:"), details);
    *properties = ChildKinds::withDefaults(collection, name, *properties, SimClock::iso(m_context.clock.now()));
    return std::nullopt;
}

SimResponse ChildEndpoints::put(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    ApimService *service = nullptr;
    if (auto error = open(request, c, &caller, &service))
        return *error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return SimResponse::armError(400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized."));
    const QString collection = ServiceConfig::canonical(c.at(3));
    const QString name = currentRevisionAsApi(*service, collection, c.at(4));
    QJsonObject properties;
    bool created = false;
    if (auto error = merged(*service, collection, name, doc.object(), &properties, &created))
        return *error;
    service->config.put(collection, name, properties);
    ++service->version;
    record(*service, collection, name, QStringLiteral("write"), caller, request.correlationId);
    return SimResponse::json(
        created ? 201 : 200, ChildJson::item(*service, collection, name, properties, ChildJson::View::Single));
}

SimResponse ChildEndpoints::remove(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    ApimService *service = nullptr;
    if (auto error = open(request, c, &caller, &service))
        return *error;
    const QString collection = ServiceConfig::canonical(c.at(3));
    const QString name = c.at(4);
    if (currentRevisionAsApi(*service, collection, name) != name)
        return SimResponse::armError(400, QStringLiteral("ValidationError"),
            QStringLiteral("The current revision of an API cannot be deleted: make another revision current, "
                           "or delete the API."));
    if (!service->config.contains(collection, name))
        return SimResponse::empty(204);
    if (collection == QLatin1String("apis") && !name.contains(QLatin1Char(';'))) {
        // Deleting an API deletes all its revisions.
        const QStringList names = service->config.items(collection).keys();
        for (const QString &other : names) {
            if (other.startsWith(name + QStringLiteral(";rev=")))
                service->config.remove(collection, other);
        }
    }
    service->config.remove(collection, name);
    ++service->version;
    record(*service, collection, name, QStringLiteral("delete"), caller, request.correlationId);
    return SimResponse::empty(200);
}

SimResponse ChildEndpoints::revisions(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    ApimService *service = nullptr;
    if (auto error = open(request, c, &caller, &service))
        return *error;
    const QString apiId = c.at(3);
    const QJsonObject apis = service->config.items(QStringLiteral("apis"));
    if (!apis.contains(apiId))
        return notFound(QStringLiteral("apis"));
    QList<QJsonObject> found;
    for (auto it = apis.constBegin(); it != apis.constEnd(); ++it) {
        if (it.key() == apiId || it.key().startsWith(apiId + QStringLiteral(";rev=")))
            found << ChildJson::revision(*service, it.key(), it.value().toObject());
    }
    // Newest revision first, as APIM lists them.
    std::sort(found.begin(), found.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("apiRevision")).toString().toInt()
            > b.value(QLatin1String("apiRevision")).toString().toInt();
    });
    QJsonArray all;
    for (const QJsonObject &r : std::as_const(found))
        all.append(r);
    return SimResponse::json(200, Paging::pageTopSkip(all, request, m_context.config.pageSize));
}

void ChildEndpoints::record(const ApimService &service, const QString &collection, const QString &name,
    const QString &verb, const Caller &caller, const QString &correlationId)
{
    const QString id = QStringLiteral("%1/%2/%3").arg(service.id(), collection, name);
    const QString operation = QStringLiteral("Microsoft.ApiManagement/service/%1/%2").arg(collection, verb);
    m_context.activity->append(id, operation, QStringLiteral("Started"), caller, correlationId);
    m_context.activity->append(id, operation, QStringLiteral("Succeeded"), caller, correlationId);
}

} // namespace Apim::Sim
