#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Apim::Core {

// The certificates the user chose to trust (Settings → Trusted certificates), one PEM
// file each, named after its SHA-256 fingerprint, in a folder of the configuration
// directory. Certificates are public: files are the right place for them. The app and
// the CLI read the same folder.
class TrustedCertificateStore
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::TrustedCertificateStore)
public:
    explicit TrustedCertificateStore(const QString &directory);

    QString directory() const { return m_directory; }
    QList<QSslCertificate> certificates() const;
    // Adds every certificate of a PEM/DER file; returns how many were new, -1 + *error
    // when the file holds none or cannot be written.
    int importFile(const QString &path, QString *error);
    bool add(const QSslCertificate &certificate, QString *error);
    bool remove(const QSslCertificate &certificate, QString *error);

private:
    QString fileFor(const QSslCertificate &certificate) const;

    QString m_directory;
};

} // namespace Apim::Core
