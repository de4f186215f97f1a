#include "ui/support/UiSettings.h"

#include "batch/BatchBackup.h"
#include "operations/BackupNaming.h"
#include "recovery/RecoverySettings.h"
#include "settings/Settings.h"

#include <algorithm>

namespace Apim::Ui {

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
    const auto location = Core::RecoverySettings(m_settings).defaultLocation(subscriptionId);
    return location ? location->account : QString();
}

QString UiSettings::defaultContainer(const QString &subscriptionId) const
{
    const auto location = Core::RecoverySettings(m_settings).defaultLocation(subscriptionId);
    return location ? location->container : QString();
}

QString UiSettings::defaultStorageSubscription(const QString &subscriptionId) const
{
    const auto location = Core::RecoverySettings(m_settings).defaultLocation(subscriptionId);
    if (!location || location->subscriptionId.compare(subscriptionId, Qt::CaseInsensitive) == 0)
        return {};
    return location->subscriptionId;
}

void UiSettings::setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container)
{
    setDefaultLocation(subscriptionId, account, container, QString());
}

void UiSettings::setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container,
    const QString &storageSubscriptionId)
{
    Core::RecoverySettings(m_settings)
        .setDefaultLocation(subscriptionId,
            { storageSubscriptionId.isEmpty() ? subscriptionId : storageSubscriptionId, account, container });
}

void UiSettings::clearDefaultLocation(const QString &subscriptionId)
{
    Core::RecoverySettings(m_settings).clearDefaultLocation(subscriptionId);
}

QStringList UiSettings::subscriptionsWithDefaults() const
{
    return Core::RecoverySettings(m_settings).subscriptionsWithDefaults();
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

int UiSettings::parallelBackups() const
{
    bool ok = false;
    const int limit = string(QStringLiteral("backup/parallel")).toInt(&ok);
    return ok && Core::BatchBackup::isValidConcurrency(limit) ? limit : Core::BatchBackup::kDefaultConcurrency;
}

void UiSettings::setParallelBackups(int limit)
{
    const int clamped = std::clamp(limit, 1, Core::BatchBackup::kMaxConcurrency);
    set(QStringLiteral("backup/parallel"),
        clamped == Core::BatchBackup::kDefaultConcurrency ? QString() : QString::number(clamped));
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
