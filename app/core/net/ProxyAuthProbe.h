#pragma once

#include <QNetworkProxy>
#include <QUrl>

#include <functional>

class QObject;

namespace Apim::Core {

// Asks an HTTP proxy directly whether it accepts the sign-in. Qt ends a request whose
// proxy answered 407 and then closed the connection (tinyproxy does) with a generic proxy
// error and no proxyAuthenticationRequired signal; this probe sends the same CONNECT
// (with the proxy's credentials, if any) and reads the status line. It never blocks: the
// answer comes to done() - the HTTP status, or 0 when the proxy did not answer in time.
// The password and the Proxy-Authorization header are never logged.
class ProxyAuthProbe
{
public:
    static constexpr int kTimeoutMs = 5000;
    static void run(const QNetworkProxy &proxy, const QUrl &target, QObject *context, std::function<void(int)> done);
};

} // namespace Apim::Core
