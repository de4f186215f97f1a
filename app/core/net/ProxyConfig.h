#pragma once

#include "secrets/SecretKey.h"

#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <optional>

namespace Apim::Core {

class Settings;

// How requests reach the internet: the system's proxy configuration (the default), no
// proxy, or one given by the user. The proxy's user name may be saved with it; its
// password lives only in the keychain (passwordKey) and in memory, never in settings,
// arguments or logs.
struct ProxyConfig
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ProxyConfig)
public:
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QUrl url; // Manual: http://host:port or socks5://host:port
    QString user; // empty: the user name in url, if any

    static QString modeName(Mode mode); // system, none, manual
    static std::optional<Mode> modeFromName(const QString &name);

    // Empty when text can be used as a proxy; otherwise what is wrong and what to do. A
    // password in the URL is refused: it would end up in settings, argv or shell history.
    static QString urlError(const QString &text);
    static QUrl parseUrl(const QString &text); // "proxy:3128" means http://proxy:3128

    // The QNetworkProxy for a proxy URL (user included, password only when the URL had one).
    static QNetworkProxy toProxy(const QUrl &url);
    // "host:port", how messages name a proxy.
    static QString displayName(const QNetworkProxy &proxy);
    // The keychain entry of the password for user at proxy's host and port.
    static SecretKey passwordKey(const QString &user, const QString &host, int port);

    QString effectiveUser() const { return user.isEmpty() ? url.userName() : user; }

    static ProxyConfig load(const Settings &settings);
    bool save(Settings &settings) const;
};

} // namespace Apim::Core
