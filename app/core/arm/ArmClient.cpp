#include "arm/ArmClient.h"

#include "arm/ArmJob.h"

#include <QUrlQuery>

namespace Apim::Core {

ArmClient::ArmClient(QNetworkAccessManager *network, TokenCredential *credential, const QUrl &resourceManager,
    const QString &scope, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credential(credential)
    , m_resourceManager(resourceManager)
    , m_scope(scope)
    , m_clock(clock)
{ }

ArmJob *ArmClient::send(const ArmRequest &request)
{
    auto *job = new ArmJob(this, request, this);
    job->start();
    return job;
}

ArmJob *ArmClient::call(const ArmRequest &request, QObject *context, Callback callback)
{
    ArmJob *job = send(request);
    connect(job, &ArmJob::finished, context,
        [callback = std::move(callback)](const ArmResponse &response) { callback(response); });
    return job;
}

QUrl ArmClient::resolve(const ArmRequest &request) const
{
    QUrl url;
    if (request.url.isValid() && !request.url.isEmpty()) {
        url = request.url;
    } else {
        url = m_resourceManager;
        QString base = url.path();
        if (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        // The path is only a path: a '?' or '#' in it (from a resource id someone typed) is
        // percent-encoded as part of a segment, never read as the start of a query that
        // could replace api-version. Query items come from apiVersion and query only.
        QString path = request.path;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        url.setPath(base + path, QUrl::DecodedMode);
        url.setQuery(QString());
    }
    QUrlQuery query(url);
    if (!request.apiVersion.isEmpty() && !query.hasQueryItem(QStringLiteral("api-version")))
        query.addQueryItem(QStringLiteral("api-version"), request.apiVersion);
    for (const auto &item : request.query) {
        // QUrlQuery would otherwise leave '+' and '&' inside an OData $filter ambiguous.
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first, "$")),
            QString::fromLatin1(QUrl::toPercentEncoding(item.second, "$'()")));
    }
    url.setQuery(query);
    return url;
}

bool ArmClient::isTrustedUrl(const QUrl &url) const
{
    if (!url.isValid())
        return false;
    return url.scheme().compare(m_resourceManager.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_resourceManager.host(), Qt::CaseInsensitive) == 0
        && url.port(url.scheme() == QLatin1String("https") ? 443 : 80)
        == m_resourceManager.port(m_resourceManager.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace Apim::Core
