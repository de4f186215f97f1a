#include "net/TrustedCertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSslConfiguration>

#include <algorithm>

namespace Apim::Core {

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QList<QPair<QSslCertificate::SubjectInfo, QString>> parts {
        { QSslCertificate::CommonName, QStringLiteral("CN") },
        { QSslCertificate::OrganizationalUnitName, QStringLiteral("OU") },
        { QSslCertificate::Organization, QStringLiteral("O") },
        { QSslCertificate::LocalityName, QStringLiteral("L") },
        { QSslCertificate::StateOrProvinceName, QStringLiteral("ST") },
        { QSslCertificate::CountryName, QStringLiteral("C") },
    };
    QStringList words;
    for (const auto &part : parts) {
        const QStringList values = issuer ? certificate.issuerInfo(part.first) : certificate.subjectInfo(part.first);
        for (const QString &value : values)
            words << part.second + QLatin1Char('=') + value;
    }
    return words.join(QStringLiteral(", "));
}

// The files of a folder not read yet (seen: their canonical paths). OpenSSL's layout links
// each certificate twice (name.pem and its hash) and often holds the bundle that
// SSL_CERT_FILE names too: each file is parsed once.
QStringList unreadFiles(const QString &path, QSet<QString> *seen)
{
    QStringList files;
    const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : entries) {
        if (info.size() > 1024 * 1024)
            continue;
        const QString canonical = info.canonicalFilePath();
        if (seen->contains(canonical))
            continue;
        seen->insert(canonical);
        files << info.filePath();
    }
    return files;
}

} // namespace

QList<QSslCertificate> TrustedCertificates::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error
                = tr("Cannot read the certificate file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    // At most 16 MB (a system bundle is about 200 KB). read(16 MB) would allocate all of it
    // for every file, whatever its size.
    constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    const qint64 size = file.size();
    const QByteArray data = size > 0 ? file.read(std::min(size, kMaxBytes)) : file.read(kMaxBytes);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    certificates.erase(std::remove_if(certificates.begin(), certificates.end(),
                           [](const QSslCertificate &certificate) { return certificate.isNull(); }),
        certificates.end());
    if (certificates.isEmpty() && error)
        *error = tr("%1 holds no certificate: give a PEM file (-----BEGIN CERTIFICATE-----) or a DER certificate.")
                     .arg(QDir::toNativeSeparators(path));
    return certificates;
}

QList<QSslCertificate> TrustedCertificates::fromDirectory(const QString &path)
{
    QList<QSslCertificate> certificates;
    QSet<QString> seen;
    for (const QString &file : unreadFiles(path, &seen))
        merge(certificates, fromFile(file, nullptr));
    return certificates;
}

QList<QSslCertificate> TrustedCertificates::fromEnvironment(
    const QProcessEnvironment &environment, QString *error, const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(); };
    QList<QSslCertificate> certificates;
    QSet<QString> seen; // canonical paths already read
    for (const QString &name : { QStringLiteral("SSL_CERT_FILE"), QStringLiteral("REQUESTS_CA_BUNDLE") }) {
        const QString path = environment.value(name).trimmed();
        if (path.isEmpty())
            continue;
        if (stopped())
            return certificates;
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty() && seen.contains(canonical))
            continue;
        QString problem;
        const QList<QSslCertificate> found = fromFile(path, &problem);
        if (found.isEmpty()) {
            if (error && error->isEmpty())
                *error = tr("%1: %2").arg(name, problem);
            continue;
        }
        seen.insert(canonical);
        merge(certificates, found);
    }
    const QString dirs = environment.value(QStringLiteral("SSL_CERT_DIR"));
    for (const QString &dir : dirs.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        for (const QString &file : unreadFiles(dir.trimmed(), &seen)) {
            if (stopped())
                return certificates;
            merge(certificates, fromFile(file, nullptr));
        }
    }
    return certificates;
}

const QList<QSslCertificate> &TrustedCertificates::systemDefaults()
{
    // The system's CAs are read when first needed; once a list is set they no longer are,
    // so the list always starts from them.
    static const QList<QSslCertificate> defaults = [] {
        QList<QSslCertificate> list = QSslConfiguration::defaultConfiguration().caCertificates();
        merge(list, QSslConfiguration::systemCaCertificates());
        return list;
    }();
    return defaults;
}

void TrustedCertificates::installOnTopOfDefaults(const QList<QSslCertificate> &extra)
{
    QList<QSslCertificate> all = systemDefaults();
    merge(all, extra);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(all);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

QString TrustedCertificates::fingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    return pairs.join(QLatin1Char(':'));
}

QString TrustedCertificates::subjectText(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, false);
}

QString TrustedCertificates::issuerText(const QSslCertificate &certificate)
{
    return distinguishedName(certificate, true);
}

void TrustedCertificates::merge(QList<QSslCertificate> &into, const QList<QSslCertificate> &from)
{
    for (const QSslCertificate &certificate : from) {
        if (!certificate.isNull() && !into.contains(certificate))
            into << certificate;
    }
}

} // namespace Apim::Core
