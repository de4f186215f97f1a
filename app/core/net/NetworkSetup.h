#pragma once

#include "net/ProxyConfig.h"
#include "net/ProxyRules.h"

#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSet>
#include <QSslCertificate>

#include <functional>
#include <memory>

class QAuthenticator;
class QNetworkAccessManager;

namespace Apim::Core {

class SecretStore;

// The one place that sets up every QNetworkAccessManager the product makes (the app's,
// the CLI's): which proxy each request takes, the proxy's credentials, and which CAs are
// trusted on top of the system's. Changing the configuration applies to the managers
// already set up. Certificate errors are never ignored: they are kept on the reply, for
// NetworkErrorText to describe.
class NetworkSetup : public QObject
{
    Q_OBJECT
public:
    explicit NetworkSetup(const QProcessEnvironment &environment, QObject *parent = nullptr);

    void configure(QNetworkAccessManager *network);

    void setProxyConfig(const ProxyConfig &config);
    const ProxyConfig &proxyConfig() const { return m_config; }
    const ProxyRules &environmentRules() const { return m_environment; }
    // The proxy a request to url takes (NoProxy when it goes direct).
    QNetworkProxy proxyFor(const QUrl &url) const;

    // The password for the proxy's user, from the keychain; held in memory only.
    void setProxyPassword(const QString &password);
    bool hasProxyPassword() const { return !m_password->isEmpty(); }
    // The keychain entry for the proxy that requests to url take with its user; invalid
    // when that proxy has no user name.
    SecretKey passwordKeyFor(const QUrl &url) const;
    // Reads the password for passwordKeyFor(url) (nothing to read: done at once).
    void loadProxyPassword(SecretStore *secrets, const QUrl &url, QObject *context, std::function<void()> done);

    // Trusted on top of the system's CAs, for every request from now on: those given for
    // this run (environment, --ca-file) and those the user saved (TrustedCertificateStore),
    // which the app changes while it runs.
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    void setSavedCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

signals:
    void proxyAuthenticationRefused(const QNetworkProxy &proxy);

private:
    void answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void applyProxy();
    void applyCaCertificates();

    ProxyRules m_environment;
    ProxyConfig m_config;
    std::shared_ptr<QString> m_password = std::make_shared<QString>();
    QSet<QString> m_offered; // proxies whose sign-in was answered with the current password
    QList<QSslCertificate> m_extraCas;
    QList<QSslCertificate> m_savedCas;
    bool m_defaultCasReplaced = false; // Qt's default CA list was set from here at least once
    QList<QPointer<QNetworkAccessManager>> m_networks;
};

} // namespace Apim::Core
