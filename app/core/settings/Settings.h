#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Apim::Core {

// The app's non-secret settings, an INI file under AppPaths::configDir(). It refuses keys
// and values that look like secrets (tokens, keys, passwords, JWTs): those belong in the
// SecretStore, and a refusal here makes a mistake loud instead of leaking to disk.
class Settings
{
public:
    explicit Settings(const QString &iniFile);

    QVariant value(const QString &key, const QVariant &defaultValue = {}) const;
    // false (and nothing written) when the key or value looks like a secret.
    bool setValue(const QString &key, const QVariant &value);
    void remove(const QString &keyOrGroup);
    bool contains(const QString &key) const;
    QStringList childKeys(const QString &group) const;

    // Writes to disk now; false + *error when the file cannot be written.
    bool sync(QString *error = nullptr);
    QString fileName() const { return m_settings.fileName(); }

    static bool isSecretLookingKey(const QString &key);
    static bool isSecretLookingValue(const QVariant &value);

private:
    QSettings m_settings;
};

} // namespace Apim::Core
