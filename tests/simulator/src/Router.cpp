#include "Router.h"

namespace Apim::Sim {

void Router::add(const QByteArray &methods, const QString &pattern, Handler handler)
{
    Route route;
    route.methods = methods.split('|');
    route.pattern
        = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'), QRegularExpression::CaseInsensitiveOption);
    route.handler = std::move(handler);
    m_routes.push_back(std::move(route));
}

void Router::addArmList(const QString &providerType, ListHandler handler)
{
    add("GET", QStringLiteral("/subscriptions/([^/]+)/providers/") + providerType,
        [handler](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(handler(r, c.at(0), QString()));
        });
    add("GET", QStringLiteral("/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/") + providerType,
        [handler](const SimRequest &r, const QStringList &c, const Responder &respond) {
            respond(handler(r, c.at(0), c.at(1)));
        });
}

void Router::dispatch(const SimRequest &request, const Responder &respond) const
{
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QList<QByteArray> allowed;
    for (const Route &route : m_routes) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (!route.methods.contains(request.method)) {
            allowed << route.methods;
            continue;
        }
        QStringList captures = match.capturedTexts();
        captures.removeFirst();
        route.handler(request, captures, respond);
        return;
    }
    if (!allowed.isEmpty()) {
        SimResponse r = SimResponse::armError(405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The requested resource does not support http method '%1'.")
                .arg(QString::fromLatin1(request.method)));
        r.setHeader("Allow", allowed.join(", "));
        respond(r);
        return;
    }
    const bool armResource = path.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive);
    respond(SimResponse::armError(404, armResource ? QStringLiteral("InvalidResourceType") : QStringLiteral("NotFound"),
        armResource ? QStringLiteral("The resource type could not be found for the request '%1 %2'.")
                          .arg(QString::fromLatin1(request.method), path)
                    : QStringLiteral("No route matches '%1 %2'.").arg(QString::fromLatin1(request.method), path)));
}

} // namespace Apim::Sim
