#include "settings/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Apim::Core {

namespace {
const QString kFolder = QStringLiteral("apim-backup");

QString platformDir(QStandardPaths::StandardLocation location)
{
    // The generic locations, not AppConfigLocation: they do not depend on the organisation
    // and application names, which differ between apim-backup and apim-backup-cli.
    return QDir(QStandardPaths::writableLocation(location)).filePath(kFolder);
}
} // namespace

AppPaths::AppPaths(const QString &home)
{
    if (home.isEmpty()) {
        m_config = platformDir(QStandardPaths::GenericConfigLocation);
        m_data = platformDir(QStandardPaths::GenericDataLocation);
        m_cache = platformDir(QStandardPaths::GenericCacheLocation);
    } else {
        const QDir root(QDir::cleanPath(QDir(home).absolutePath()));
        m_config = root.filePath(QStringLiteral("config"));
        m_data = root.filePath(QStringLiteral("data"));
        m_cache = root.filePath(QStringLiteral("cache"));
    }
}

AppPaths AppPaths::fromEnvironment()
{
    return AppPaths(qEnvironmentVariable("APIM_BACKUP_HOME"));
}

QString AppPaths::trustedCertificatesDir() const
{
    return QDir(m_config).filePath(QStringLiteral("trusted-certificates"));
}

QString AppPaths::settingsFile() const
{
    return QDir(m_config).filePath(QStringLiteral("apim-backup.ini"));
}

bool AppPaths::ensureCreated(QString *error) const
{
    for (const QString &dir : { m_config, m_data, m_cache }) {
        if (!QDir().mkpath(dir)) {
            if (error)
                *error = QCoreApplication::translate("Apim::Core::AppPaths",
                    "Cannot create the folder %1: check its "
                    "permissions or set APIM_BACKUP_HOME.")
                             .arg(QDir::toNativeSeparators(dir));
            return false;
        }
        // Settings name the signed-in account and tenants: not secret, but nobody else's business.
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    return true;
}

} // namespace Apim::Core
