#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Apim::Core {

// The proxy variables as curl and az read them: https_proxy / HTTPS_PROXY for https,
// http_proxy for http (never HTTP_PROXY, which a CGI request can set), all_proxy /
// ALL_PROXY for both, and no_proxy / NO_PROXY; the lower-case name wins over the upper-case
// one. A NO_PROXY entry is "*" (nothing goes through the proxy), a host that also matches
// its subdomains (".example.com" and "example.com" alike), host:port, an IP address or a
// CIDR range. The proxy is never asked for a loopback address, whatever the variables say.
class ProxyRules
{
public:
    ProxyRules() = default;
    static ProxyRules fromEnvironment(const QProcessEnvironment &environment);

    // The proxy for target; empty when the request goes direct.
    QUrl proxyFor(const QUrl &target) const;
    // True when target matches a NO_PROXY entry (or is loopback).
    bool bypasses(const QUrl &target) const;

    // 127.0.0.0/8, ::1, "localhost" and names under ".localhost".
    static bool isLoopback(const QString &host);
    // "proxy:3128" has no scheme: curl reads it as http://proxy:3128.
    static QUrl normalizedProxyUrl(const QString &text);

    QUrl httpsProxy() const { return m_https; }
    QStringList noProxy() const { return m_noProxy; }

private:
    static bool matches(const QString &entry, const QString &host, int port);

    QUrl m_https;
    QUrl m_http;
    QUrl m_all;
    QStringList m_noProxy;
};

} // namespace Apim::Core
