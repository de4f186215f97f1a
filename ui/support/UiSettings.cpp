#include "ui/support/UiSettings.h"

#include "operations/BackupNaming.h"
#include "settings/Settings.h"

namespace Apim::Ui {

namespace {
QString defaultsGroup(const QString &subscriptionId)
{
    return QStringLiteral("defaults/") + subscriptionId.toLower();
}
} // namespace

UiSettings::UiSettings(Core::Settings *settings)
    : m_settings(settings)
{ }

QString UiSettings::string(const QString &key, const QString &fallback) const
{
    return m_settings ? m_settings->value(key, fallback).toString() : fallback;
}

void UiSettings::set(const QString &key, const QString &value)
{
    if (!m_settings)
        return;
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QString UiSettings::cloud() const
{
    return string(QStringLiteral("signin/cloud"), QStringLiteral("AzureCloud"));
}
void UiSettings::setCloud(const QString &cloud)
{
    set(QStringLiteral("signin/cloud"), cloud);
}
QString UiSettings::signInMethod() const
{
    return string(QStringLiteral("signin/method"), QStringLiteral("browser"));
}
void UiSettings::setSignInMethod(const QString &method)
{
    set(QStringLiteral("signin/method"), method);
}
QString UiSettings::tenant() const
{
    return string(QStringLiteral("signin/tenant"));
}
void UiSettings::setTenant(const QString &tenant)
{
    set(QStringLiteral("signin/tenant"), tenant);
}
QString UiSettings::clientId() const
{
    return string(QStringLiteral("signin/clientId"));
}
void UiSettings::setClientId(const QString &clientId)
{
    set(QStringLiteral("signin/clientId"), clientId);
}

QString UiSettings::defaultStorageAccount(const QString &subscriptionId) const
{
    return string(defaultsGroup(subscriptionId) + QStringLiteral("/storageAccount"));
}

QString UiSettings::defaultContainer(const QString &subscriptionId) const
{
    return string(defaultsGroup(subscriptionId) + QStringLiteral("/container"));
}

QString UiSettings::defaultStorageSubscription(const QString &subscriptionId) const
{
    return string(defaultsGroup(subscriptionId) + QStringLiteral("/storageSubscription"));
}

void UiSettings::setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container)
{
    setDefaultLocation(subscriptionId, account, container, QString());
}

void UiSettings::setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container,
    const QString &storageSubscriptionId)
{
    set(defaultsGroup(subscriptionId) + QStringLiteral("/storageAccount"), account);
    set(defaultsGroup(subscriptionId) + QStringLiteral("/container"), container);
    // Stored only when it differs, so that older settings (no key) mean "the same subscription".
    const bool elsewhere
        = !storageSubscriptionId.isEmpty() && storageSubscriptionId.compare(subscriptionId, Qt::CaseInsensitive) != 0;
    set(defaultsGroup(subscriptionId) + QStringLiteral("/storageSubscription"),
        elsewhere ? storageSubscriptionId.toLower() : QString());
    QStringList ids = subscriptionsWithDefaults();
    if (!ids.contains(subscriptionId.toLower())) {
        ids << subscriptionId.toLower();
        set(QStringLiteral("defaults/subscriptions"), ids.join(QLatin1Char(',')));
    }
}

void UiSettings::clearDefaultLocation(const QString &subscriptionId)
{
    if (!m_settings)
        return;
    m_settings->remove(defaultsGroup(subscriptionId));
    QStringList ids = subscriptionsWithDefaults();
    ids.removeAll(subscriptionId.toLower());
    set(QStringLiteral("defaults/subscriptions"), ids.join(QLatin1Char(',')));
}

QStringList UiSettings::subscriptionsWithDefaults() const
{
    if (!m_settings)
        return {};
    // The core wrapper offers childKeys but not childGroups, so the subscription ids are
    // kept in a list key next to their groups.
    return string(QStringLiteral("defaults/subscriptions")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QString UiSettings::namingPattern() const
{
    const QString pattern = string(Core::BackupNaming::kSettingsKey);
    return pattern.isEmpty() ? Core::BackupNaming::kDefaultPattern : pattern;
}

void UiSettings::setNamingPattern(const QString &pattern)
{
    set(Core::BackupNaming::kSettingsKey, pattern == Core::BackupNaming::kDefaultPattern ? QString() : pattern);
}

QString UiSettings::language() const
{
    return string(QStringLiteral("ui/language"));
}
void UiSettings::setLanguage(const QString &language)
{
    set(QStringLiteral("ui/language"), language);
}

bool UiSettings::notificationsEnabled() const
{
    return m_settings ? m_settings->value(QStringLiteral("ui/notifications"), true).toBool() : true;
}

void UiSettings::setNotificationsEnabled(bool enabled)
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("ui/notifications"), enabled);
}

bool UiSettings::sessionOnlySecrets() const
{
    return string(QStringLiteral("keychain/mode")) == QLatin1String("session");
}

void UiSettings::setSessionOnlySecrets(bool sessionOnly)
{
    set(QStringLiteral("keychain/mode"), sessionOnly ? QStringLiteral("session") : QString());
}

void UiSettings::sync()
{
    if (m_settings)
        m_settings->sync();
}

} // namespace Apim::Ui
