#include "net/ProxyRules.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Apim::Core {

namespace {

QString firstSet(const QProcessEnvironment &environment, const QStringList &names)
{
    for (const QString &name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

ProxyRules ProxyRules::fromEnvironment(const QProcessEnvironment &environment)
{
    ProxyRules rules;
    rules.m_https
        = normalizedProxyUrl(firstSet(environment, { QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY") }));
    rules.m_http = normalizedProxyUrl(firstSet(environment, { QStringLiteral("http_proxy") }));
    rules.m_all
        = normalizedProxyUrl(firstSet(environment, { QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY") }));
    const QString noProxy = firstSet(environment, { QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY") });
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString &entry : noProxy.split(separators, Qt::SkipEmptyParts))
        rules.m_noProxy << entry.toLower();
    return rules;
}

QUrl ProxyRules::normalizedProxyUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    return QUrl(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("http://") + trimmed);
}

bool ProxyRules::isLoopback(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

QUrl ProxyRules::proxyFor(const QUrl &target) const
{
    if (bypasses(target))
        return {};
    const QString scheme = target.scheme().toLower();
    if (scheme == QLatin1String("https") && m_https.isValid())
        return m_https;
    if (scheme == QLatin1String("http") && m_http.isValid())
        return m_http;
    return m_all;
}

bool ProxyRules::bypasses(const QUrl &target) const
{
    const QString host = target.host().toLower();
    if (isLoopback(host))
        return true;
    const int port = target.port(target.scheme().toLower() == QLatin1String("http") ? 80 : 443);
    for (const QString &entry : m_noProxy) {
        if (matches(entry, host, port))
            return true;
    }
    return false;
}

bool ProxyRules::matches(const QString &entry, const QString &host, int port)
{
    if (entry == QLatin1String("*"))
        return true;
    QString pattern = entry;
    // host:port (or [v6]:port): the entry applies to that port only. A bare IPv6 address
    // has several colons and no port.
    static const QRegularExpression withPort(QStringLiteral("^(\\[[^\\]]+\\]|[^:]+):(\\d+)$"));
    const QRegularExpressionMatch portMatch = withPort.match(pattern);
    if (portMatch.hasMatch()) {
        if (portMatch.captured(2).toInt() != port)
            return false;
        pattern = portMatch.captured(1);
    }
    if (pattern.startsWith(QLatin1Char('[')) && pattern.endsWith(QLatin1Char(']')))
        pattern = pattern.mid(1, pattern.size() - 2);

    const QHostAddress hostAddress(host);
    if (!hostAddress.isNull()) {
        if (pattern.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(pattern);
            return !subnet.first.isNull() && hostAddress.isInSubnet(subnet);
        }
        const QHostAddress entryAddress(pattern);
        return !entryAddress.isNull() && entryAddress.isEqual(hostAddress);
    }
    if (pattern.startsWith(QLatin1String("*.")))
        pattern = pattern.mid(1);
    if (pattern.startsWith(QLatin1Char('.')))
        pattern = pattern.mid(1);
    if (pattern.endsWith(QLatin1Char('.')))
        pattern.chop(1);
    if (pattern.isEmpty())
        return false;
    return host == pattern || host.endsWith(QLatin1Char('.') + pattern);
}

} // namespace Apim::Core
