#include "settings/Settings.h"

#include "util/Logging.h"
#include "util/Redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace Apim::Core {

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{ }

QVariant Settings::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings.value(key, defaultValue);
}

bool Settings::setValue(const QString &key, const QVariant &value)
{
    if (isSecretLookingKey(key)) {
        qCWarning(lcSecrets) << "refused to write the secret-looking setting" << key
                             << "- secrets go to the SecretStore";
        return false;
    }
    if (isSecretLookingValue(value)) {
        qCWarning(lcSecrets) << "refused to write a token-shaped value to the setting" << key;
        return false;
    }
    // QSettings rewrites its whole file for any setValue, even of the value it holds; a
    // value the file already has is not worth a write (e.g. the same --cloud at every start).
    if (m_settings.contains(key) && m_settings.value(key) == value)
        return true;
    m_settings.setValue(key, value);
    return true;
}

void Settings::remove(const QString &keyOrGroup)
{
    m_settings.remove(keyOrGroup);
}

bool Settings::contains(const QString &key) const
{
    return m_settings.contains(key);
}

QStringList Settings::childKeys(const QString &group) const
{
    QSettings &settings = const_cast<QSettings &>(m_settings);
    settings.beginGroup(group);
    const QStringList keys = settings.childKeys();
    settings.endGroup();
    return keys;
}

bool Settings::sync(QString *error)
{
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("Apim::Core::Settings",
                "Cannot write the settings file %1: check the folder's permissions "
                "and free space.")
                         .arg(m_settings.fileName());
        return false;
    }
    return true;
}

bool Settings::isSecretLookingKey(const QString &key)
{
    const QStringList segments = key.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &segment : segments) {
        const QString lower = segment.toLower();
        if (Redaction::isSensitiveName(segment) || lower.contains(QLatin1String("secret"))
            || lower.contains(QLatin1String("password")) || lower.contains(QLatin1String("token"))
            || lower.endsWith(QLatin1String("key")) || lower == QLatin1String("sas") || lower == QLatin1String("sig"))
            return true;
    }
    return false;
}

bool Settings::isSecretLookingValue(const QVariant &value)
{
    // A JWT (access, refresh or id token) starts with a base64url "{"alg"..." header.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\."));
    const auto check = [](const QString &text) { return jwt.match(text).hasMatch(); };
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        return std::any_of(list.cbegin(), list.cend(), check);
    }
    return value.canConvert<QString>() && check(value.toString());
}

} // namespace Apim::Core
