#pragma once

#include "net/ProxyConfig.h"
#include "net/ProxyRules.h"

#include <QNetworkProxyFactory>

#include <memory>

namespace Apim::Core {

// Chooses the proxy of each request: never one for loopback, none when the user said so,
// the user's proxy, or the system's configuration. On Linux the system's configuration
// is the environment (https_proxy, no_proxy, ... as curl reads them); on Windows and
// macOS it is the system settings Qt reads, unless the environment names a proxy.
// NO_PROXY applies to a proxy given by the user too, as it does for curl -x.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    // password: the proxy user's password from the keychain, shared with NetworkSetup (which
    // may learn it later); it goes with the proxy, so Qt sends it when the proxy asks.
    ProxyFactory(
        const ProxyConfig &config, const ProxyRules &environment, std::shared_ptr<const QString> password = {});

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
    // The proxy url would go through (NoProxy when direct); the first queryProxy answer.
    QNetworkProxy proxyFor(const QUrl &url);

private:
    ProxyConfig m_config;
    ProxyRules m_environment;
    std::shared_ptr<const QString> m_password;
};

} // namespace Apim::Core
