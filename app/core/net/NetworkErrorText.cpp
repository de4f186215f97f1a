#include "net/NetworkErrorText.h"

#include "net/ProxyAuthProbe.h"
#include "net/ProxyConfig.h"
#include "net/TrustedCertificates.h"
#include "util/Logging.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>

#include <algorithm>

namespace Apim::Core {

namespace {

const char kTlsProblemProperty[] = "apimTlsProblem";
const char kProxyRefusalsProperty[] = "apimProxyRefusals";

bool refusedSignIn(const QNetworkReply *reply, const QString &proxyName)
{
    const QNetworkAccessManager *manager = reply->manager();
    return manager && manager->property(kProxyRefusalsProperty).toStringList().contains(proxyName);
}

bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

QString certificateLine(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return NetworkErrorText::tr("Certificate: subject %1; issuer %2; SHA-256 fingerprint %3.")
        .arg(TrustedCertificates::subjectText(certificate), TrustedCertificates::issuerText(certificate),
            TrustedCertificates::fingerprint(certificate));
}

QNetworkProxy proxyOf(const QNetworkReply *reply)
{
    QNetworkAccessManager *manager = reply->manager();
    if (!manager)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (QNetworkProxyFactory *factory = manager->proxyFactory()) {
        const QList<QNetworkProxy> proxies = factory->queryProxy(QNetworkProxyQuery(reply->url()));
        if (!proxies.isEmpty())
            return proxies.first();
    }
    return manager->proxy();
}

// The errors Qt gives when a proxy refused the sign-in and closed the connection, or that
// follow on the same connection: the ones connectionProblem() reads as a refusal once one
// is known for the reply's proxy.
bool mayHideProxyRefusal(QNetworkReply::NetworkError error)
{
    return (error > 100 && error < 200) || error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError || error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::UnknownNetworkError;
}

} // namespace

void NetworkErrorText::recordProxyRefusal(QObject *network, const QString &proxyName)
{
    QStringList refused = network->property(kProxyRefusalsProperty).toStringList();
    if (!refused.contains(proxyName))
        network->setProperty(kProxyRefusalsProperty, refused << proxyName);
}

void NetworkErrorText::clearProxyRefusals(QObject *network)
{
    network->setProperty(kProxyRefusalsProperty, QVariant());
}

void NetworkErrorText::checkProxyRefusal(const QNetworkReply *reply, QObject *context, std::function<void()> done)
{
    const QNetworkReply::NetworkError error = reply ? reply->error() : QNetworkReply::NoError;
    // Qt's proxy errors (101-199), and the generic ones it gives when a proxy closes the
    // connection after its 407.
    const bool proxyError = (error > 100 && error < 200) || error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::UnknownNetworkError;
    const QNetworkProxy proxy = reply ? proxyOf(reply) : QNetworkProxy(QNetworkProxy::NoProxy);
    QNetworkAccessManager *network = reply ? reply->manager() : nullptr;
    const QString name = ProxyConfig::displayName(proxy);
    if (!proxyError || !network || proxy.type() != QNetworkProxy::HttpProxy
        || error == QNetworkReply::ProxyAuthenticationRequiredError || refusedSignIn(reply, name)) {
        done();
        return;
    }
    const QPointer<QNetworkAccessManager> guard(network);
    ProxyAuthProbe::run(proxy, reply->url(), context, [guard, name, done](int status) {
        qCInfo(lcNet).noquote() << "proxy" << name << "answered the sign-in check with HTTP" << status;
        // 407 is the standard answer; some proxies (tinyproxy before 1.11.2) answer 401,
        // which Qt does not take for a sign-in question either.
        if ((status == 407 || status == 401) && guard)
            recordProxyRefusal(guard, name);
        done();
    });
}

void NetworkErrorText::onFinished(QNetworkReply *reply, QObject *context, std::function<void()> done)
{
    QObject::connect(reply, &QNetworkReply::finished, context,
        [reply, context, done = std::move(done)] { checkProxyRefusal(reply, context, done); });
}

QNetworkReply::NetworkError NetworkErrorText::effectiveError(const QNetworkReply *reply)
{
    if (!reply)
        return QNetworkReply::NoError;
    const QNetworkReply::NetworkError error = reply->error();
    if (!mayHideProxyRefusal(error))
        return error;
    const QNetworkProxy proxy = proxyOf(reply);
    if (proxy.type() != QNetworkProxy::NoProxy && refusedSignIn(reply, ProxyConfig::displayName(proxy)))
        return QNetworkReply::ProxyAuthenticationRequiredError;
    return error;
}

void NetworkErrorText::recordTlsErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    if (reply && !errors.isEmpty())
        reply->setProperty(kTlsProblemProperty, tlsProblem(reply->url().host(), errors));
}

QString NetworkErrorText::tlsProblem(const QString &host, const QList<QSslError> &errors)
{
    QSslCertificate leaf;
    QSslCertificate untrusted;
    bool mismatch = false;
    bool expired = false;
    for (const QSslError &error : errors) {
        if (leaf.isNull())
            leaf = error.certificate();
        if (error.error() == QSslError::HostNameMismatch)
            mismatch = true;
        else if (error.error() == QSslError::CertificateExpired || error.error() == QSslError::CertificateNotYetValid)
            expired = true;
        else if (isUntrusted(error.error()) && untrusted.isNull())
            untrusted = error.certificate();
    }
    const bool notTrusted
        = std::any_of(errors.begin(), errors.end(), [](const QSslError &error) { return isUntrusted(error.error()); });

    QStringList sentences;
    if (mismatch) {
        QStringList names = leaf.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = leaf.subjectInfo(QSslCertificate::CommonName);
        sentences << tr("The TLS certificate presented for %1 is for another host name (%2): check the address, "
                        "or whether something between you and the server answers in its place.")
                         .arg(host, names.join(QStringLiteral(", ")));
    }
    if (notTrusted) {
        sentences << tr("The TLS certificate of %1 is not trusted: your organisation's CA is not trusted. Add it in "
                        "Settings → Trusted certificates, or with --ca-file (SSL_CERT_FILE and REQUESTS_CA_BUNDLE "
                        "work too).")
                         .arg(host);
    }
    if (expired) {
        sentences << tr("The TLS certificate of %1 is outside its validity period (valid %2 to %3): check the "
                        "computer's clock.")
                         .arg(host, QLocale().toString(leaf.effectiveDate(), QLocale::ShortFormat),
                             QLocale().toString(leaf.expiryDate(), QLocale::ShortFormat));
    }
    if (sentences.isEmpty())
        sentences << tr("The TLS certificate of %1 was refused: %2").arg(host, errors.first().errorString());
    sentences << certificateLine(leaf);
    if (!untrusted.isNull() && untrusted != leaf)
        sentences << tr("Not trusted: %1").arg(certificateLine(untrusted));
    sentences.removeAll(QString());
    return sentences.join(QLatin1Char(' '));
}

QString NetworkErrorText::connectionProblem(const QNetworkReply *reply)
{
    if (!reply)
        return {};
    const QNetworkReply::NetworkError error = reply->error();
    const QString host = reply->url().host();
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError: {
        const QString recorded = reply->property(kTlsProblemProperty).toString();
        if (!recorded.isEmpty())
            return recorded;
        return tr("The TLS handshake with %1 failed: %2. If your organisation inspects TLS traffic, add its CA in "
                  "Settings → Trusted certificates, or with --ca-file.")
            .arg(host, reply->errorString());
    }
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        break;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::UnknownNetworkError: {
        // Through a proxy, Qt does not always say that the proxy is what failed.
        const QNetworkProxy proxy = proxyOf(reply);
        if (proxy.type() == QNetworkProxy::NoProxy)
            return {};
        if (refusedSignIn(reply, ProxyConfig::displayName(proxy)))
            break; // the 407 text below
        return tr("Could not reach %1 through the proxy %2: %3. Check the proxy address (--proxy, HTTPS_PROXY or "
                  "Settings → Network), or whether the proxy allows this host.")
            .arg(host, ProxyConfig::displayName(proxy), reply->errorString());
    }
    default:
        return {};
    }

    const QNetworkProxy proxy = proxyOf(reply);
    const QString name = proxy.type() == QNetworkProxy::NoProxy ? tr("(unknown)") : ProxyConfig::displayName(proxy);
    const bool refused = error == QNetworkReply::ProxyAuthenticationRequiredError
        || refusedSignIn(reply, ProxyConfig::displayName(proxy));
    switch (refused ? QNetworkReply::ProxyAuthenticationRequiredError : error) {
    case QNetworkReply::ProxyAuthenticationRequiredError:
        if (proxy.user().isEmpty())
            return tr("The proxy %1 asks for a user name and password (HTTP 407 Proxy Authentication Required) to "
                      "reach %2. Give the user name in the proxy address (http://USER@%1) or in Settings → Network, "
                      "and save the password in the keychain with 'apim-backup-cli proxy-password set' or in "
                      "Settings → Network.")
                .arg(name, host);
        return tr("The proxy %1 refused the user name and password of %2 (HTTP 407 Proxy Authentication Required) to "
                  "reach %3. Save the right password in the keychain with 'apim-backup-cli proxy-password set' or in "
                  "Settings → Network.")
            .arg(name, proxy.user(), host);
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("The proxy %1 refused the connection (to reach %2): check the proxy address (--proxy, HTTPS_PROXY "
                  "or Settings → Network).")
            .arg(name, host);
    case QNetworkReply::ProxyNotFoundError:
        return tr("The proxy host %1 was not found (to reach %2): check the proxy address (--proxy, HTTPS_PROXY or "
                  "Settings → Network).")
            .arg(name, host);
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy %1 did not answer in time (to reach %2).").arg(name, host);
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("The proxy %1 closed the connection to %2 (it may not allow that address or port): %3")
            .arg(name, host, reply->errorString());
    default:
        return tr("The proxy %1 failed to reach %2: %3").arg(name, host, reply->errorString());
    }
}

QString NetworkErrorText::describe(const QNetworkReply *reply)
{
    const QString problem = connectionProblem(reply);
    return problem.isEmpty() ? reply->errorString() : problem;
}

} // namespace Apim::Core
