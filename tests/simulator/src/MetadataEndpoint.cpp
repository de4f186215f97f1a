#include "MetadataEndpoint.h"

#include "Router.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Apim::Sim {

void MetadataEndpoint::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/metadata/endpoints"),
        [](const SimRequest &r, const QStringList &, const Responder &respond) { respond(endpoints(r)); });
}

SimResponse MetadataEndpoint::endpoints(const SimRequest &request)
{
    const QString base = request.baseUrl();
    const QString armAudience = QStringLiteral("https://management.core.windows.net/");
    const QJsonArray audiences { armAudience, QStringLiteral("https://management.azure.com/") };
    const QString version = request.queryValue(QStringLiteral("api-version"));
    if (version.isEmpty() || version < QLatin1String("2019-05-01")) {
        return SimResponse::json(200,
            QJsonObject {
                { QStringLiteral("galleryEndpoint"), base + QStringLiteral("/gallery/") },
                { QStringLiteral("graphEndpoint"), base + QStringLiteral("/graph/") },
                { QStringLiteral("portalEndpoint"), base + QStringLiteral("/portal/") },
                { QStringLiteral("authentication"),
                    QJsonObject { { QStringLiteral("loginEndpoint"), base + QLatin1Char('/') },
                        { QStringLiteral("audiences"), audiences } } },
            });
    }
    const QJsonObject cloud {
        { QStringLiteral("name"), QStringLiteral("AzureSimulator") },
        { QStringLiteral("portal"), base + QStringLiteral("/portal") },
        { QStringLiteral("resourceManager"), base + QLatin1Char('/') },
        { QStringLiteral("authentication"),
            QJsonObject { { QStringLiteral("loginEndpoint"), base + QLatin1Char('/') },
                { QStringLiteral("audiences"), audiences }, { QStringLiteral("tenant"), QStringLiteral("common") },
                { QStringLiteral("identityProvider"), QStringLiteral("AAD") } } },
        { QStringLiteral("suffixes"),
            QJsonObject { { QStringLiteral("storage"), QStringLiteral("core.windows.net") },
                { QStringLiteral("keyVaultDns"), QStringLiteral("vault.azure.net") } } },
    };
    return SimResponse::json(200, QJsonArray { cloud });
}

} // namespace Apim::Sim
