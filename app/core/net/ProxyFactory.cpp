#include "net/ProxyFactory.h"

namespace Apim::Core {

ProxyFactory::ProxyFactory(
    const ProxyConfig &config, const ProxyRules &environment, std::shared_ptr<const QString> password)
    : m_config(config)
    , m_environment(environment)
    , m_password(std::move(password))
{ }

QNetworkProxy ProxyFactory::proxyFor(const QUrl &url)
{
    const QList<QNetworkProxy> proxies = queryProxy(QNetworkProxyQuery(url));
    return proxies.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : proxies.first();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QList<QNetworkProxy> direct { QNetworkProxy(QNetworkProxy::NoProxy) };
    const QUrl url = query.url();
    if (m_config.mode == ProxyConfig::Mode::None || m_environment.bypasses(url))
        return direct;

    QUrl proxyUrl;
    if (m_config.mode == ProxyConfig::Mode::Manual) {
        proxyUrl = m_config.url;
    } else {
        proxyUrl = m_environment.proxyFor(url);
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        if (!proxyUrl.isValid()) {
            QList<QNetworkProxy> system = systemProxyForQuery(query);
            if (!m_config.user.isEmpty()) {
                for (QNetworkProxy &proxy : system) {
                    if (proxy.type() != QNetworkProxy::NoProxy && proxy.user().isEmpty())
                        proxy.setUser(m_config.user);
                }
            }
            return system.isEmpty() ? direct : system;
        }
#endif
    }
    if (!proxyUrl.isValid() || proxyUrl.host().isEmpty())
        return direct;
    QNetworkProxy proxy = ProxyConfig::toProxy(proxyUrl);
    if (proxy.user().isEmpty() && !m_config.user.isEmpty())
        proxy.setUser(m_config.user);
    if (!proxy.user().isEmpty() && proxy.password().isEmpty() && m_password && !m_password->isEmpty())
        proxy.setPassword(*m_password);
    return { proxy };
}

} // namespace Apim::Core
