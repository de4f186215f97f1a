#pragma once

#include "HttpTypes.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace Apim::Sim {

// Regex routes over "path"; answers 404 (unknown route) and 405 (known route, other verb)
// with ARM error bodies, as ARM does, so no request goes unanswered.
class Router
{
public:
    using Handler = std::function<void(const SimRequest &, const QStringList &captures, const Responder &)>;

    // methods: "GET", "GET|PUT"; pattern: a regex over the whole path, case-insensitive like ARM.
    void add(const QByteArray &methods, const QString &pattern, Handler handler);

    using ListHandler
        = std::function<SimResponse(const SimRequest &, const QString &subscriptionId, const QString &resourceGroup)>;
    // ARM lists a resource type both per subscription and per resource group; registers the two
    // GET routes for "/providers/<providerType>" (a regex, e.g. "Microsoft\\.Storage/storageAccounts").
    // resourceGroup is empty for the subscription-wide list.
    void addArmList(const QString &providerType, ListHandler handler);
    void dispatch(const SimRequest &request, const Responder &respond) const;

private:
    struct Route
    {
        QList<QByteArray> methods;
        QRegularExpression pattern;
        Handler handler;
    };
    std::vector<Route> m_routes;
};

} // namespace Apim::Sim
