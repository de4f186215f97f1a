#include "net/TrustedCertificateStore.h"

#include "net/TrustedCertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Apim::Core {

TrustedCertificateStore::TrustedCertificateStore(const QString &directory)
    : m_directory(directory)
{ }

QString TrustedCertificateStore::fileFor(const QSslCertificate &certificate) const
{
    const QString name = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
    return QDir(m_directory).filePath(name + QStringLiteral(".pem"));
}

QList<QSslCertificate> TrustedCertificateStore::certificates() const
{
    QList<QSslCertificate> all;
    const QStringList files = QDir(m_directory).entryList({ QStringLiteral("*.pem") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        TrustedCertificates::merge(all, TrustedCertificates::fromFile(QDir(m_directory).filePath(file), nullptr));
    return all;
}

int TrustedCertificateStore::importFile(const QString &path, QString *error)
{
    const QList<QSslCertificate> found = TrustedCertificates::fromFile(path, error);
    if (found.isEmpty())
        return -1;
    const QList<QSslCertificate> existing = certificates();
    int added = 0;
    for (const QSslCertificate &certificate : found) {
        if (existing.contains(certificate))
            continue;
        if (!add(certificate, error))
            return -1;
        ++added;
    }
    return added;
}

bool TrustedCertificateStore::add(const QSslCertificate &certificate, QString *error)
{
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile file(fileFor(certificate));
    if (!file.open(QIODevice::WriteOnly) || file.write(certificate.toPem()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save the certificate in %1: %2")
                         .arg(QDir::toNativeSeparators(m_directory), file.errorString());
        return false;
    }
    return true;
}

bool TrustedCertificateStore::remove(const QSslCertificate &certificate, QString *error)
{
    QFile file(fileFor(certificate));
    if (file.exists() && !file.remove()) {
        if (error)
            *error = tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return false;
    }
    return true;
}

} // namespace Apim::Core
