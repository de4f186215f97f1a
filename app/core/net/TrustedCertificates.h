#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>

#include <atomic>

namespace Apim::Core {

// Certificate authorities trusted on top of the system's: an organisation's CA that
// inspects TLS traffic, a private cloud's CA. They are added to the default CAs, never
// in their place, and certificate verification stays on whatever they are.
class TrustedCertificates
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::TrustedCertificates)
public:
    // Every certificate in a PEM (one or many) or DER file; empty + *error when there is none.
    static QList<QSslCertificate> fromFile(const QString &path, QString *error);
    // Every certificate in the files of a folder (OpenSSL's SSL_CERT_DIR layout or plain
    // .pem/.crt files); files that hold none are skipped.
    static QList<QSslCertificate> fromDirectory(const QString &path);
    // SSL_CERT_FILE, SSL_CERT_DIR (a ':'-separated list) and REQUESTS_CA_BUNDLE, as OpenSSL
    // and az read them. A variable that names a file without certificates is an error.
    // Stops before the next file once *stop is true (a reader that is no longer needed).
    static QList<QSslCertificate> fromEnvironment(
        const QProcessEnvironment &environment, QString *error, const std::atomic_bool *stop = nullptr);

    // Makes the default TLS configuration (which every request starts from) trust the
    // system's CAs plus extra.
    static void installOnTopOfDefaults(const QList<QSslCertificate> &extra);
    // The CAs installOnTopOfDefaults starts from (Qt's defaults and the system's), read
    // once by whichever thread asks first: a worker may read them ahead of the GUI thread.
    static const QList<QSslCertificate> &systemDefaults();

    // AB:CD:... of the certificate's SHA-256 digest.
    static QString fingerprint(const QSslCertificate &certificate);
    // "CN=..., O=..." for a subject or issuer.
    static QString subjectText(const QSslCertificate &certificate);
    static QString issuerText(const QSslCertificate &certificate);

    // Adds the certificates of from that are not in into yet.
    static void merge(QList<QSslCertificate> &into, const QList<QSslCertificate> &from);
};

} // namespace Apim::Core
