#pragma once

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

#include <functional>

class QObject;

namespace Apim::Core {

// The one place where a failed connection becomes words a person can act on. A TLS
// failure names the host, the certificate (subject, issuer, SHA-256 fingerprint) and
// what to do; a proxy failure names the proxy and says whether it refused the sign-in.
// Other failures keep Qt's text.
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::NetworkErrorText)
public:
    // The text for a reply that failed in the connection (TLS, proxy); empty otherwise.
    static QString connectionProblem(const QNetworkReply *reply);
    // connectionProblem, else Qt's errorString().
    static QString describe(const QNetworkReply *reply);

    // Kept on the reply when Qt reports the certificate errors (NetworkSetup does it), so
    // that the text can name the certificate once the reply has failed.
    static void recordTlsErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    static QString tlsProblem(const QString &host, const QList<QSslError> &errors);
    // Kept on the network manager when a proxy refuses the sign-in (NetworkSetup does it).
    static void recordProxyRefusal(QObject *network, const QString &proxyName);
    // Forgets the refusals (the proxy settings or password changed).
    static void clearProxyRefusals(QObject *network);
    // Call before describe() for a reply that failed: when it failed through an HTTP proxy
    // with a vague proxy error, asks the proxy itself (ProxyAuthProbe) whether it refused the
    // sign-in and records a 407, so that describe() says so. Never blocks; done() comes
    // at once when there is nothing to ask. The reply must stay alive until done().
    static void checkProxyRefusal(const QNetworkReply *reply, QObject *context, std::function<void()> done);
    // How every request path (ARM, Blob, sign-in, webhooks) hears that its reply finished:
    // done() runs after checkProxyRefusal, so that describe() and effectiveError() tell a
    // refused proxy sign-in apart on every path alike. Nothing runs once context is gone.
    static void onFinished(QNetworkReply *reply, QObject *context, std::function<void()> done);
    // The reply's error for retry decisions: ProxyAuthenticationRequiredError when its proxy
    // refused the sign-in (recorded or found by checkProxyRefusal), which asking again does
    // not change, else Qt's error.
    static QNetworkReply::NetworkError effectiveError(const QNetworkReply *reply);
};

} // namespace Apim::Core
