#include "ResourceGraphEndpoint.h"

#include "ArmGuard.h"
#include "ArmJson.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Apim::Sim {

namespace {
constexpr int MaxTop = 1000;

QString encodeSkipToken(int offset)
{
    return QString::fromLatin1(
        QJsonDocument(QJsonObject { { QStringLiteral("offset"), offset } }).toJson(QJsonDocument::Compact).toBase64());
}

int decodeSkipToken(const QString &token)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromBase64(token.toLatin1())).object();
    return o.value(QLatin1String("offset")).toInt(-1);
}

SimResponse badRequest(const QString &detailCode, const QString &detail)
{
    return SimResponse::armError(400, QStringLiteral("BadRequest"),
        QStringLiteral("Please provide below info when asking for support: timestamp = %1, "
                       "correlationId = %2.")
            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                QUuid::createUuid().toString(QUuid::WithoutBraces)),
        QJsonArray { QJsonObject { { QStringLiteral("code"), detailCode }, { QStringLiteral("message"), detail } } });
}
} // namespace

void ResourceGraphEndpoint::registerRoutes(Router &router)
{
    router.add("POST", QStringLiteral("/providers/Microsoft\\.ResourceGraph/resources"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(query(r)); });
}

SimResponse ResourceGraphEndpoint::query(const SimRequest &request)
{
    Caller caller;
    if (auto error = m_guard.check(request, &caller))
        return *error;
    if (!m_context.config.resourceGraphEnabled)
        return SimResponse::armError(403, QStringLiteral("AuthorizationFailed"),
            QStringLiteral("The client '%1' with object id '%2' does not have authorization to "
                           "perform action 'Microsoft.ResourceGraph/resources/read' over scope "
                           "'/providers/Microsoft.ResourceGraph' or the scope is invalid. If "
                           "access was recently granted, please refresh your credentials.")
                .arg(caller.name(), caller.objectId));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return SimResponse::armError(400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: "
                           "'%1'.")
                .arg(parseError.errorString()));
    const QJsonObject body = doc.object();
    const QString text = body.value(QLatin1String("query")).toString();
    if (text.trimmed().isEmpty())
        return badRequest(QStringLiteral("InvalidQuery"), QStringLiteral("The query is missing."));
    const QJsonObject options = body.value(QLatin1String("options")).toObject();
    const int top = options.value(QLatin1String("$top")).toInt(MaxTop);
    const int skip = options.value(QLatin1String("$skip")).toInt(0);
    if (top < 1 || top > MaxTop || skip < 0)
        return badRequest(QStringLiteral("InvalidQueryOptions"),
            QStringLiteral("$top must be between 1 and 1000 and $skip must not be negative."));
    int offset = skip;
    const QString skipToken = options.value(QLatin1String("$skipToken")).toString();
    if (!skipToken.isEmpty()) {
        offset = decodeSkipToken(skipToken);
        if (offset < 0)
            return badRequest(QStringLiteral("InvalidSkipToken"), QStringLiteral("The $skipToken is not valid."));
    }

    // The subscriptions the caller may see, looked up once per query, not once per row.
    QSet<QString> scope;
    for (const QJsonValue &v : body.value(QLatin1String("subscriptions")).toArray())
        scope.insert(v.toString().toLower());
    QSet<QString> visible;
    for (const Subscription &sub : std::as_const(m_context.estate.subscriptions)) {
        const QString id = sub.id.toLower();
        if (sub.tenantId.compare(caller.tenantId, Qt::CaseInsensitive) == 0 && (scope.isEmpty() || scope.contains(id)))
            visible.insert(id);
    }
    // Rows in id order (pages need a stable order); only the page's rows are serialised.
    QList<QByteArray> rows;
    int total = 0;
    const auto take = [&](const std::function<QByteArray()> &row) {
        if (total >= offset && total < offset + top)
            rows.append(row());
        ++total;
    };
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("microsoft.apimanagement/service"))) {
        for (const SortedService &entry : servicesById()) {
            if (!visible.contains(entry.subscriptionId))
                continue;
            const ApimService &service = m_context.estate.services.at(entry.index);
            take([&] { return m_context.serviceJson.graphRow(service, caller.tenantId); });
        }
    } else if (lower.contains(QLatin1String("microsoft.storage/storageaccounts"))) {
        QList<const StorageAccount *> accounts;
        for (const StorageAccount &a : std::as_const(m_context.estate.storageAccounts)) {
            if (visible.contains(a.subscriptionId.toLower()))
                accounts.append(&a);
        }
        std::sort(accounts.begin(), accounts.end(),
            [](const StorageAccount *a, const StorageAccount *b) { return a->id().toLower() < b->id().toLower(); });
        for (const StorageAccount *a : std::as_const(accounts)) {
            take([&] {
                QJsonObject row = ArmJson::storageAccount(*a, m_context.blobEndpoint(a->name));
                row.insert(QStringLiteral("type"), QStringLiteral("microsoft.storage/storageaccounts"));
                row.insert(QStringLiteral("resourceGroup"), a->resourceGroup.toLower());
                row.insert(QStringLiteral("subscriptionId"), a->subscriptionId);
                row.insert(QStringLiteral("tenantId"), caller.tenantId);
                return QJsonDocument(row).toJson(QJsonDocument::Compact);
            });
        }
    }
    QJsonObject envelope {
        { QStringLiteral("totalRecords"), total },
        { QStringLiteral("count"), rows.size() },
        { QStringLiteral("facets"), QJsonArray {} },
        { QStringLiteral("resultTruncated"), QStringLiteral("false") },
    };
    if (offset + top < total)
        envelope.insert(QStringLiteral("$skipToken"), encodeSkipToken(offset + top));
    SimResponse response = SimResponse::json(200, Paging::withRawArray(envelope, QLatin1String("data"), rows));
    response.setHeader("x-ms-user-quota-remaining", "14");
    response.setHeader("x-ms-user-quota-resets-after", "00:00:05");
    return response;
}

const QList<ResourceGraphEndpoint::SortedService> &ResourceGraphEndpoint::servicesById()
{
    // The estate's services are fixed once loaded: sort them once, not on every page.
    const QList<ApimService> &services = m_context.estate.services;
    if (m_servicesById.size() != services.size()) {
        m_servicesById.clear();
        QList<QString> ids;
        for (int i = 0; i < services.size(); ++i) {
            m_servicesById.append({ i, services.at(i).subscriptionId.toLower() });
            ids.append(services.at(i).id().toLower());
        }
        std::sort(m_servicesById.begin(), m_servicesById.end(),
            [&](const SortedService &a, const SortedService &b) { return ids.at(a.index) < ids.at(b.index); });
    }
    return m_servicesById;
}

} // namespace Apim::Sim
