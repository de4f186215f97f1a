#include "ControlEndpoints.h"

#include "ActivityLog.h"
#include "DeviceCodeFlow.h"
#include "OperationManager.h"
#include "RequestLog.h"
#include "Router.h"
#include "SimContext.h"

#include <QJsonDocument>

namespace Apim::Sim {

namespace {
SimResponse bad(const QString &message)
{
    return SimResponse::json(400, QJsonObject { { QStringLiteral("error"), message } });
}

bool parseBody(const SimRequest &request, QJsonObject *body)
{
    if (request.body.trimmed().isEmpty()) {
        *body = {};
        return true;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    *body = doc.object();
    return doc.isObject();
}
} // namespace

void ControlEndpoints::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/_sim/health"),
        [this](const SimRequest &, const QStringList &, const Responder &respond) {
            respond(SimResponse::json(200,
                QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                    { QStringLiteral("clock"), SimClock::iso(m_context.clock.now()) },
                    { QStringLiteral("azurite"), m_context.azuriteUrl } }));
        });
    router.add("GET|POST|DELETE", QStringLiteral("/_sim/faults"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(faults(r)); });
    router.add("DELETE", QStringLiteral("/_sim/faults/([0-9]+)"),
        [this](const SimRequest &, const QStringList &c, const Responder &respond) {
            const bool removed = m_context.faults.remove(c.at(0).toInt());
            respond(SimResponse::json(removed ? 200 : 404, QJsonObject { { QStringLiteral("removed"), removed } }));
        });
    router.add("GET|POST", QStringLiteral("/_sim/config"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(config(r)); });
    router.add("GET|POST", QStringLiteral("/_sim/clock"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(clock(r)); });
    router.add("POST", QStringLiteral("/_sim/device/approve"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(device(r, true)); });
    router.add("POST", QStringLiteral("/_sim/device/decline"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) { respond(device(r, false)); });
    router.add("GET|DELETE", QStringLiteral("/_sim/requests"),
        [this](const SimRequest &r, const QStringList &, const Responder &respond) {
            if (r.method == "DELETE") {
                m_context.requestLog->clear();
                return respond(SimResponse::json(200, QJsonObject { { QStringLiteral("cleared"), true } }));
            }
            respond(SimResponse::json(200, m_context.requestLog->toJson()));
        });
    router.add("GET", QStringLiteral("/_sim/state"),
        [this](const SimRequest &, const QStringList &, const Responder &respond) { respond(state()); });
}

SimResponse ControlEndpoints::faults(const SimRequest &request)
{
    if (request.method == "GET")
        return SimResponse::json(200, m_context.faults.toJson());
    if (request.method == "DELETE") {
        m_context.faults.clear();
        return SimResponse::json(200, QJsonObject { { QStringLiteral("cleared"), true } });
    }
    QJsonObject body;
    if (!parseBody(request, &body))
        return bad(QStringLiteral("the body must be a JSON object"));
    QString error;
    const int id = m_context.faults.add(body, &error);
    if (!id)
        return bad(error);
    return SimResponse::json(201, QJsonObject { { QStringLiteral("id"), id } });
}

SimResponse ControlEndpoints::config(const SimRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (!parseBody(request, &body))
            return bad(QStringLiteral("the body must be a JSON object"));
        const QString error = m_context.config.apply(body);
        if (!error.isEmpty())
            return bad(error);
        m_context.operations->settleAll();
    }
    return SimResponse::json(200, m_context.config.toJson());
}

SimResponse ControlEndpoints::clock(const SimRequest &request)
{
    if (request.method == "POST") {
        QJsonObject body;
        if (!parseBody(request, &body) || !body.value(QLatin1String("advanceSeconds")).isDouble())
            return bad(QStringLiteral("expected {\"advanceSeconds\": N}"));
        m_context.clock.advance(qint64(body.value(QLatin1String("advanceSeconds")).toDouble()));
        m_context.operations->settleAll();
    }
    return SimResponse::json(200,
        QJsonObject { { QStringLiteral("now"), SimClock::iso(m_context.clock.now()) },
            { QStringLiteral("offsetSeconds"), m_context.clock.offsetSeconds() } });
}

SimResponse ControlEndpoints::device(const SimRequest &request, bool approve)
{
    QJsonObject body;
    if (!parseBody(request, &body))
        return bad(QStringLiteral("the body must be a JSON object"));
    const QString userCode = body.value(QLatin1String("user_code")).toString();
    const QString error = approve ? m_deviceCodes.approve(userCode, body.value(QLatin1String("upn")).toString())
                                  : m_deviceCodes.decline(userCode);
    if (!error.isEmpty())
        return SimResponse::json(404, QJsonObject { { QStringLiteral("error"), error } });
    return SimResponse::json(
        200, QJsonObject { { approve ? QStringLiteral("approved") : QStringLiteral("declined"), userCode } });
}

SimResponse ControlEndpoints::state() const
{
    m_context.operations->settleAll();
    QJsonArray services;
    for (const ApimService &s : std::as_const(m_context.estate.services)) {
        services.append(QJsonObject {
            { QStringLiteral("id"), s.id() },
            { QStringLiteral("name"), s.name },
            { QStringLiteral("sku"), s.skuName },
            { QStringLiteral("capacity"), s.capacity },
            { QStringLiteral("provisioningState"), s.provisioningState },
            { QStringLiteral("targetProvisioningState"), s.targetProvisioningState },
            { QStringLiteral("apis"), QJsonArray::fromStringList(s.config.currentApiIds()) },
            { QStringLiteral("childResources"), s.config.summary() },
        });
    }
    return SimResponse::json(200,
        QJsonObject {
            { QStringLiteral("clock"), SimClock::iso(m_context.clock.now()) },
            { QStringLiteral("services"), services },
            { QStringLiteral("operations"), m_context.operations->toJson() },
            { QStringLiteral("faults"), m_context.faults.toJson() },
            { QStringLiteral("config"), m_context.config.toJson() },
            { QStringLiteral("activityLogEvents"), m_context.activity->size() },
        });
}

} // namespace Apim::Sim
