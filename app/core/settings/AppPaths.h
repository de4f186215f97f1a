#pragma once

#include <QString>

namespace Apim::Core {

// Where the app keeps its files: config (settings INI), data (operation journal) and
// cache. The GUI and the CLI share them, so a sign-in in one is seen by the other.
// APIM_BACKUP_HOME moves all three under one folder (tests, portable installs).
class AppPaths
{
public:
    // home empty: the platform folders (~/.config/apim-backup, ~/.local/share/apim-backup,
    // ~/.cache/apim-backup on Linux); otherwise <home>/config, <home>/data, <home>/cache.
    explicit AppPaths(const QString &home = {});
    static AppPaths fromEnvironment(); // honours APIM_BACKUP_HOME

    QString configDir() const { return m_config; }
    QString dataDir() const { return m_data; }
    QString cacheDir() const { return m_cache; }
    QString settingsFile() const; // <config>/apim-backup.ini
    // <config>/trusted-certificates: the CA certificates trusted on top of the system's.
    QString trustedCertificatesDir() const;

    // Creates the three folders (owner-only on Unix). false + *error when one cannot be made.
    bool ensureCreated(QString *error = nullptr) const;

private:
    QString m_config;
    QString m_data;
    QString m_cache;
};

} // namespace Apim::Core
