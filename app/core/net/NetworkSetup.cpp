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
    network->setProxyFactory(new ProxyFactory(m_config, m_environment));
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
    for (QNetworkAccessManager *network : qAsConst(m_networks)) {
        network->setProxyFactory(new ProxyFactory(m_config, m_environment));
        network->clearConnectionCache();
    }
}

QNetworkProxy NetworkSetup::proxyFor(const QUrl &url) const
{
    ProxyFactory factory(m_config, m_environment);
    return factory.proxyFor(url);
}

SecretKey NetworkSetup::passwordKeyFor(const QUrl &url) const
{
    const QNetworkProxy proxy = proxyFor(url);
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
            m_password = value;
        done();
    });
}

void NetworkSetup::answerProxyAuthentication(const QNetworkProxy &proxy, QAuthenticator *authenticator)
{
    const QString user = proxy.user().isEmpty() ? m_config.effectiveUser() : proxy.user();
    const QString password = proxy.password().isEmpty() ? m_password : proxy.password();
    // Asked again with what we already gave: the proxy refused it. Leaving the
    // authenticator as it is ends the request with ProxyAuthenticationRequiredError.
    if (user.isEmpty() || password.isEmpty()
        || (authenticator->user() == user && authenticator->password() == password)) {
        qCWarning(lcNet).noquote() << "proxy" << ProxyConfig::displayName(proxy) << "refused authentication";
        emit proxyAuthenticationRefused(proxy);
        return;
    }
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
    TrustedCertificates::installOnTopOfDefaults(all);
    m_networks.removeAll(nullptr);
    for (QNetworkAccessManager *network : qAsConst(m_networks))
        network->clearConnectionCache();
}

} // namespace Apim::Core
