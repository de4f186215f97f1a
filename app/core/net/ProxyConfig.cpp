#include "net/ProxyConfig.h"

#include "net/ProxyRules.h"
#include "settings/Settings.h"

namespace Apim::Core {

namespace {
const QString kModeKey = QStringLiteral("network/proxyMode");
const QString kUrlKey = QStringLiteral("network/proxyUrl");
const QString kUserKey = QStringLiteral("network/proxyUser");
} // namespace

QString ProxyConfig::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ProxyConfig::Mode> ProxyConfig::modeFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("system"))
        return Mode::System;
    if (lower == QLatin1String("none"))
        return Mode::None;
    if (lower == QLatin1String("manual"))
        return Mode::Manual;
    return std::nullopt;
}

QUrl ProxyConfig::parseUrl(const QString &text)
{
    return ProxyRules::normalizedProxyUrl(text);
}

QString ProxyConfig::urlError(const QString &text)
{
    const QUrl url = parseUrl(text);
    if (text.trimmed().isEmpty())
        return tr("The proxy address is empty: give it as http://host:port.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a proxy address: give it as http://host:port.")
            .arg(url.toString(QUrl::RemovePassword));
    if (!url.password().isEmpty())
        return tr("The proxy address contains a password. Give the address with the user name only "
                  "(http://USER@host:port) and save the password in the keychain: "
                  "'apim-backup-cli proxy-password set' reads it from standard input, or use Settings → Network.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("socks5") && scheme != QLatin1String("socks5h"))
        return tr("Proxies of type \"%1\" are not supported: use an http:// or socks5:// proxy.").arg(url.scheme());
    return {};
}

QNetworkProxy ProxyConfig::toProxy(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const bool socks = scheme.startsWith(QLatin1String("socks"));
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
        quint16(url.port(socks ? 1080 : 80)));
    if (!url.userName().isEmpty())
        proxy.setUser(url.userName());
    if (!url.password().isEmpty())
        proxy.setPassword(url.password());
    return proxy;
}

QString ProxyConfig::displayName(const QNetworkProxy &proxy)
{
    const QString host
        = proxy.hostName().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(proxy.hostName()) : proxy.hostName();
    return QStringLiteral("%1:%2").arg(host).arg(proxy.port());
}

SecretKey ProxyConfig::passwordKey(const QString &user, const QString &host, int port)
{
    return { QStringLiteral("proxy-password"), {}, {}, {},
        QStringLiteral("%1@%2:%3").arg(user, host.toLower()).arg(port) };
}

ProxyConfig ProxyConfig::load(const Settings &settings)
{
    ProxyConfig config;
    config.mode = modeFromName(settings.value(kModeKey).toString()).value_or(Mode::System);
    const QString url = settings.value(kUrlKey).toString();
    // A hand-edited settings file with a password in the URL: the password is dropped.
    if (!url.isEmpty())
        config.url = parseUrl(url).adjusted(QUrl::RemovePassword);
    config.user = settings.value(kUserKey).toString();
    if (config.mode == Mode::Manual && !config.url.isValid())
        config.mode = Mode::System;
    return config;
}

bool ProxyConfig::save(Settings &settings) const
{
    return settings.setValue(kModeKey, modeName(mode))
        && settings.setValue(kUrlKey, url.adjusted(QUrl::RemovePassword).toString())
        && settings.setValue(kUserKey, user);
}

} // namespace Apim::Core
