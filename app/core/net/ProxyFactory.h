#pragma once

#include "net/ProxyConfig.h"
#include "net/ProxyRules.h"

#include <QNetworkProxyFactory>

namespace Apim::Core {

// Chooses the proxy of each request: never one for loopback, none when the user said so,
// the user's proxy, or the system's configuration. On Linux the system's configuration
// is the environment (https_proxy, no_proxy, ... as curl reads them); on Windows and
// macOS it is the system settings Qt reads, unless the environment names a proxy.
// NO_PROXY applies to a proxy given by the user too, as it does for curl -x.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    ProxyFactory(const ProxyConfig &config, const ProxyRules &environment);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // The proxy url would go through (NoProxy when direct); the first queryProxy answer.
    QNetworkProxy proxyFor(const QUrl &url);

private:
    ProxyConfig m_config;
    ProxyRules m_environment;
};

} // namespace Apim::Core
