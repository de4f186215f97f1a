#include "ActivityLog.h"

#include "ArmGuard.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QRegularExpression>
#include <QUuid>

namespace Apim::Sim {

namespace {
QJsonObject localized(const QString &value, const QString &text = {})
{
    return QJsonObject { { QStringLiteral("value"), value },
        { QStringLiteral("localizedValue"), text.isEmpty() ? value : text } };
}

QDateTime parseTime(const QString &text)
{
    return SimClock::parseIso(text);
}
} // namespace

void ActivityLog::append(const QString &resourceId, const QString &operationName, const QString &status,
    const Caller &caller, const QString &correlationId)
{
    static const QRegularExpression sub(
        QStringLiteral("^/subscriptions/([^/]+)/"), QRegularExpression::CaseInsensitiveOption);
    Event e;
    e.timestamp = m_context.clock.now();
    e.subscriptionId = sub.match(resourceId).captured(1);
    e.resourceId = resourceId;
    e.operationName = operationName;
    e.status = status;
    e.caller = caller.name();
    e.correlationId = correlationId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : correlationId;
    e.eventDataId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.tenantId = caller.tenantId;
    m_events.append(e);
}

QJsonObject ActivityLog::toJson(const Event &e)
{
    static const QRegularExpression rg(
        QStringLiteral("/resourceGroups/([^/]+)/"), QRegularExpression::CaseInsensitiveOption);
    const QString eventName
        = e.status == QLatin1String("Started") ? QStringLiteral("BeginRequest") : QStringLiteral("EndRequest");
    return QJsonObject {
        { QStringLiteral("authorization"),
            QJsonObject { { QStringLiteral("action"), e.operationName }, { QStringLiteral("scope"), e.resourceId } } },
        { QStringLiteral("caller"), e.caller },
        { QStringLiteral("channels"), QStringLiteral("Operation") },
        { QStringLiteral("claims"), QJsonObject {} },
        { QStringLiteral("correlationId"), e.correlationId },
        { QStringLiteral("description"), QString() },
        { QStringLiteral("eventDataId"), e.eventDataId },
        { QStringLiteral("eventName"),
            localized(eventName,
                eventName == QLatin1String("BeginRequest") ? QStringLiteral("Begin request")
                                                           : QStringLiteral("End request")) },
        { QStringLiteral("category"), localized(QStringLiteral("Administrative")) },
        { QStringLiteral("id"),
            e.resourceId + QStringLiteral("/events/") + e.eventDataId + QStringLiteral("/ticks/")
                + QString::number(e.timestamp.toMSecsSinceEpoch() * 10000) },
        { QStringLiteral("level"), QStringLiteral("Informational") },
        { QStringLiteral("resourceGroupName"), rg.match(e.resourceId).captured(1) },
        { QStringLiteral("resourceProviderName"), localized(QStringLiteral("Microsoft.ApiManagement")) },
        { QStringLiteral("resourceId"), e.resourceId },
        { QStringLiteral("resourceType"), localized(e.operationName.section(QLatin1Char('/'), 0, -2)) },
        { QStringLiteral("operationId"), e.correlationId },
        { QStringLiteral("operationName"), localized(e.operationName) },
        { QStringLiteral("properties"), QJsonObject { { QStringLiteral("statusCode"), e.status } } },
        { QStringLiteral("status"), localized(e.status) },
        { QStringLiteral("subStatus"), localized(QString()) },
        { QStringLiteral("eventTimestamp"), SimClock::iso(e.timestamp) },
        { QStringLiteral("submissionTimestamp"), SimClock::iso(e.timestamp.addSecs(12)) },
        { QStringLiteral("subscriptionId"), e.subscriptionId },
        { QStringLiteral("tenantId"), e.tenantId },
    };
}

SimResponse ActivityLog::list(const SimRequest &request, const QString &subscriptionId) const
{
    const QString filter = request.queryValue(QStringLiteral("$filter"));
    static const QRegularExpression ge(
        QStringLiteral("eventTimestamp\\s+ge\\s+'([^']+)'"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression le(
        QStringLiteral("eventTimestamp\\s+le\\s+'([^']+)'"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uri(
        QStringLiteral("resourceUri\\s+eq\\s+'([^']+)'"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression group(
        QStringLiteral("resourceGroupName\\s+eq\\s+'([^']+)'"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression correlation(
        QStringLiteral("correlationId\\s+eq\\s+'([^']+)'"), QRegularExpression::CaseInsensitiveOption);
    const auto geMatch = ge.match(filter);
    if (!geMatch.hasMatch())
        return SimResponse::armError(400, QStringLiteral("BadRequest"),
            QStringLiteral("The $filter query parameter must contain \"eventTimestamp ge "
                           "'<time>'\"; it is '%1'.")
                .arg(filter));
    const QDateTime from = parseTime(geMatch.captured(1));
    const auto leMatch = le.match(filter);
    const QDateTime to = leMatch.hasMatch() ? parseTime(leMatch.captured(1)) : m_context.clock.now();
    if (!from.isValid() || !to.isValid())
        return SimResponse::armError(400, QStringLiteral("BadRequest"),
            QStringLiteral("The eventTimestamp values in $filter are not valid times."));
    const QString resourceUri = uri.match(filter).captured(1);
    const QString resourceGroup = group.match(filter).captured(1);
    const QString correlationId = correlation.match(filter).captured(1);
    QJsonArray matches;
    // Newest first, as the Activity Log returns them.
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        const Event &e = *it;
        if (e.subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) != 0 || e.timestamp < from
            || e.timestamp > to)
            continue;
        // A service's resourceUri also matches its child resources (its APIs).
        if (!resourceUri.isEmpty() && e.resourceId.compare(resourceUri, Qt::CaseInsensitive) != 0
            && !e.resourceId.startsWith(resourceUri + QLatin1Char('/'), Qt::CaseInsensitive))
            continue;
        if (!correlationId.isEmpty() && e.correlationId.compare(correlationId, Qt::CaseInsensitive) != 0)
            continue;
        if (!resourceGroup.isEmpty()
            && !e.resourceId.contains(QStringLiteral("/resourceGroups/%1/").arg(resourceGroup), Qt::CaseInsensitive))
            continue;
        matches.append(toJson(e));
    }
    return SimResponse::json(200, Paging::page(matches, request, m_context.config.pageSize));
}

void ActivityLog::registerRoutes(Router &router, const ArmGuard &guard)
{
    router.add("GET",
        QStringLiteral("/subscriptions/([^/]+)/providers/Microsoft\\.Insights/eventtypes/management/values"),
        [this, &guard](const SimRequest &r, const QStringList &c, const Responder &respond) {
            Caller caller;
            if (auto error = guard.check(r, &caller))
                return respond(*error);
            if (auto error = guard.checkSubscription(r, caller, c.at(0)))
                return respond(*error);
            respond(list(r, c.at(0)));
        });
}

} // namespace Apim::Sim
