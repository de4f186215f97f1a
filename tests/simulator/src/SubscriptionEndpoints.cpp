#include "SubscriptionEndpoints.h"

#include "ArmGuard.h"
#include "ArmJson.h"
#include "Paging.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>

namespace Apim::Sim {

void SubscriptionEndpoints::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/subscriptions"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(subscriptions(r)); });
    router.add("GET", QStringLiteral("/subscriptions/([^/]+)"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(subscription(r, c.at(0)));
        });
    router.add("GET", QStringLiteral("/tenants"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(tenants(r)); });
}

SimResponse SubscriptionEndpoints::subscriptions(const SimRequest &request)
{
    Caller caller;
    if (auto error = m_guard.check(request, &caller))
        return *error;
    const QList<QByteArray> &rows = rowsOf(caller.tenantId);
    return SimResponse::json(200,
        Paging::page(
            rows.size(), [&](int i) { return rows.at(i); }, request, m_context.config.pageSize));
}

const QList<QByteArray> &SubscriptionEndpoints::rowsOf(const QString &tenantId)
{
    const QString key = tenantId.toLower();
    auto it = m_rowsByTenant.find(key);
    if (it != m_rowsByTenant.end())
        return *it;
    QList<QByteArray> rows;
    for (const Subscription &s : std::as_const(m_context.estate.subscriptions)) {
        if (s.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0)
            rows.append(QJsonDocument(ArmJson::subscription(s)).toJson(QJsonDocument::Compact));
    }
    return *m_rowsByTenant.insert(key, rows);
}

SimResponse SubscriptionEndpoints::subscription(const SimRequest &request, const QString &id)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, id, &caller))
        return *error;
    return SimResponse::json(200, ArmJson::subscription(*m_context.estate.findSubscription(id)));
}

SimResponse SubscriptionEndpoints::tenants(const SimRequest &request)
{
    Caller caller;
    if (auto error = m_guard.check(request, &caller))
        return *error;
    QStringList ids { caller.tenantId };
    if (caller.isUser) {
        if (const User *user = m_context.estate.findUser(caller.upn))
            ids = user->tenants;
    }
    QJsonArray all;
    for (const QString &id : std::as_const(ids)) {
        if (const Tenant *t = m_context.estate.findTenant(id)) {
            QJsonObject json = ArmJson::tenant(*t);
            if (caller.isUser && id != ids.first())
                json.insert(QStringLiteral("tenantCategory"), QStringLiteral("ProjectedBy"));
            all.append(json);
        }
    }
    return SimResponse::json(200, Paging::page(all, request, m_context.config.pageSize));
}

} // namespace Apim::Sim
