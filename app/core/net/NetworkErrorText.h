#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

class QNetworkReply;

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
};

} // namespace Apim::Core
