#include "net/NetworkSetup.h"

#include "net/NetworkErrorText.h"
#include "net/ProxyFactory.h"
#include "net/TrustedCertificates.h"
#include "secrets/SecretStore.h"
#include "util/Logging.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Apim::Core {

NetworkSetup::NetworkSetup(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(ProxyRules::fromEnvironment(environment))
{ }

void NetworkSetup::configure(QNetworkAccessManager *network)
{
    m_networks.removeAll(nullptr);
    if (m_networks.contains(network))
        return;
    m_networks << network;
    network->setProxyFactory(new ProxyFactory(m_config, m_environment, m_password));
    connect(
        network, &QNetworkAccessManager::proxyAuthenticationRequired, this, &NetworkSetup::answerProxyAuthentication);
    // Never ignored: only remembered, so that the failure can name the certificate.
    connect(network, &QNetworkAccessManager::sslErrors, this, [](QNetworkReply *reply, const QList<QSslError> &errors) {
        NetworkErrorText::recordTlsErrors(reply, errors);
        qCWarning(lcNet).noquote() << "certificate of" << reply->url().host() << "refused:" << errors;
    });
}

void NetworkSetup::setProxyConfig(const ProxyConfig &config)
{
    m_config = config;
    applyProxy();
}

void NetworkSetup::applyProxy()
{
    m_networks.removeAll(nullptr);
    for (QNetworkAccessManager *network : std::as_const(m_networks)) {
        network->setProxyFactory(new ProxyFactory(m_config, m_environment, m_password));
        network->clearConnectionCache();
        NetworkErrorText::clearProxyRefusals(network); // another proxy, or the same with other settings
    }
}

QNetworkProxy NetworkSetup::proxyFor(const QUrl &url) const
{
    ProxyFactory factory(m_config, m_environment, m_password);
    return factory.proxyFor(url);
}

SecretKey NetworkSetup::passwordKeyFor(const QUrl &url) const
{
    // Without the keychain's password: a password here came in the proxy's URL itself.
    const QNetworkProxy proxy = ProxyFactory(m_config, m_environment).proxyFor(url);
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.user().isEmpty() || !proxy.password().isEmpty())
        return {};
    return ProxyConfig::passwordKey(proxy.user(), proxy.hostName(), proxy.port());
}

void NetworkSetup::loadProxyPassword(
    SecretStore *secrets, const QUrl &url, QObject *context, std::function<void()> done)
{
    const SecretKey key = passwordKeyFor(url);
    if (!key.isValid() || !secrets) {
        done();
        return;
    }
    secrets->read(key, context, [this, done](const QString &value, const SecretError &error) {
        if (error.isError())
            qCInfo(lcNet) << "no proxy password in the keychain:" << error.message;
        else
            setProxyPassword(value);
        done();
    });
}

void NetworkSetup::setProxyPassword(const QString &password)
{
    *m_password = password;
    m_offered.clear();
    // Connections opened with the old password would keep it.
    m_networks.removeAll(nullptr);
    for (QNetworkAccessManager *network : std::as_const(m_networks)) {
        network->clearConnectionCache();
        NetworkErrorText::clearProxyRefusals(network); // the new password has not been refused
    }
}

void NetworkSetup::answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    // The password normally travels with the proxy (ProxyFactory), and Qt only asks here
    // when the proxy refused it. Answer at most once per proxy and password: after a
    // refusal Qt asks again with an empty authenticator, and offering the same password
    // again would go round for ever. Left empty, the request ends with a 407 error.
    const QString name = ProxyConfig::displayName(proxy);
    const QString user = proxy.user().isEmpty() ? m_config.effectiveUser() : proxy.user();
    const QString password = proxy.password().isEmpty() ? *m_password : proxy.password();
    if (user.isEmpty() || password.isEmpty() || m_offered.contains(name) || !proxy.password().isEmpty()) {
        qCWarning(lcNet).noquote() << "proxy" << name << "refused authentication";
        // Qt may end the request with a plain "error communicating with HTTP proxy": the
        // manager remembers the refusal so that the message can say 407.
        if (QObject *network = sender())
            NetworkErrorText::recordProxyRefusal(network, name);
        emit proxyAuthenticationRefused(proxy);
        return;
    }
    m_offered.insert(name);
    authenticator->setUser(user);
    authenticator->setPassword(password);
}

void NetworkSetup::setExtraCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas = certificates;
    applyCaCertificates();
}

void NetworkSetup::setSavedCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_savedCas = certificates;
    applyCaCertificates();
}

void NetworkSetup::applyCaCertificates()
{
    QList<QSslCertificate> all = m_extraCas;
    TrustedCertificates::merge(all, m_savedCas);
    // Nothing to add and nothing added before: leave Qt to read the system's CAs when the
    // first TLS connection needs them, instead of parsing the whole store at start-up.
    if (all.isEmpty() && !m_defaultCasReplaced)
        return;
    m_defaultCasReplaced = true;
    TrustedCertificates::installOnTopOfDefaults(all);
    m_networks.removeAll(nullptr);
    for (QNetworkAccessManager *network : std::as_const(m_networks))
        network->clearConnectionCache();
}

} // namespace Apim::Core
