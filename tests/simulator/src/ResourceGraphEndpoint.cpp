#include "ResourceGraphEndpoint.h"

#include "ArmGuard.h"
#include "ArmJson.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>
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

    QStringList scope;
    for (const QJsonValue &v : body.value(QLatin1String("subscriptions")).toArray())
        scope << v.toString().toLower();
    const auto inScope = [&](const QString &subscriptionId) {
        const Subscription *sub = m_context.estate.findSubscription(subscriptionId);
        return sub && sub->tenantId.compare(caller.tenantId, Qt::CaseInsensitive) == 0
            && (scope.isEmpty() || scope.contains(subscriptionId.toLower()));
    };
    QList<QJsonObject> rows;
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("microsoft.apimanagement/service"))) {
        for (const ApimService &s : std::as_const(m_context.estate.services)) {
            if (inScope(s.subscriptionId))
                rows.append(ArmJson::serviceGraphRow(s, caller.tenantId));
        }
    } else if (lower.contains(QLatin1String("microsoft.storage/storageaccounts"))) {
        for (const StorageAccount &a : std::as_const(m_context.estate.storageAccounts)) {
            if (!inScope(a.subscriptionId))
                continue;
            QJsonObject row = ArmJson::storageAccount(a, m_context.blobEndpoint(a.name));
            row.insert(QStringLiteral("type"), QStringLiteral("microsoft.storage/storageaccounts"));
            row.insert(QStringLiteral("resourceGroup"), a.resourceGroup.toLower());
            row.insert(QStringLiteral("subscriptionId"), a.subscriptionId);
            row.insert(QStringLiteral("tenantId"), caller.tenantId);
            rows.append(row);
        }
    }
    std::sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("id")).toString().toLower() < b.value(QLatin1String("id")).toString().toLower();
    });
    QJsonArray data;
    for (int i = offset; i < rows.size() && i < offset + top; ++i)
        data.append(rows.at(i));
    QJsonObject result {
        { QStringLiteral("totalRecords"), rows.size() },
        { QStringLiteral("count"), data.size() },
        { QStringLiteral("data"), data },
        { QStringLiteral("facets"), QJsonArray {} },
        { QStringLiteral("resultTruncated"), QStringLiteral("false") },
    };
    if (offset + top < rows.size())
        result.insert(QStringLiteral("$skipToken"), encodeSkipToken(offset + top));
    SimResponse response = SimResponse::json(200, result);
    response.setHeader("x-ms-user-quota-remaining", "14");
    response.setHeader("x-ms-user-quota-resets-after", "00:00:05");
    return response;
}

} // namespace Apim::Sim
