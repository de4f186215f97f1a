#pragma once

#include <QString>
#include <QStringList>

namespace Apim::Core {
class Settings;
}

namespace Apim::Ui {

// Typed access to the settings the desktop app reads and writes, over the core's
// Settings file (shared with the CLI). Every key is spelled here and nowhere else.
class UiSettings
{
public:
    explicit UiSettings(Core::Settings *settings);
    bool isValid() const { return m_settings != nullptr; }

    QString cloud() const; // a built-in name or the path of an `az cloud show` JSON file
    void setCloud(const QString &cloud);
    QString signInMethod() const; // browser, device, sp, cli
    void setSignInMethod(const QString &method);
    QString tenant() const;
    void setTenant(const QString &tenant);
    QString clientId() const;
    void setClientId(const QString &clientId);

    QString defaultStorageAccount(const QString &subscriptionId) const;
    QString defaultContainer(const QString &subscriptionId) const;
    // Where the remembered account lives; empty: in subscriptionId itself.
    QString defaultStorageSubscription(const QString &subscriptionId) const;
    // An account in subscriptionId itself.
    void setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container);
    // A central backup account may live in another subscription of the tenant.
    void setDefaultLocation(const QString &subscriptionId, const QString &account, const QString &container,
        const QString &storageSubscriptionId);
    void clearDefaultLocation(const QString &subscriptionId);
    QStringList subscriptionsWithDefaults() const;

    QString namingPattern() const;
    void setNamingPattern(const QString &pattern);
    // How many services a batch backup runs at a time (1..16, default 4).
    int parallelBackups() const;
    void setParallelBackups(int limit);
    QString language() const; // "en", "ko" or empty for the system language
    void setLanguage(const QString &language);
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    bool sessionOnlySecrets() const;
    void setSessionOnlySecrets(bool sessionOnly);

    void sync();

private:
    QString string(const QString &key, const QString &fallback = {}) const;
    void set(const QString &key, const QString &value);

    Core::Settings *m_settings;
};

} // namespace Apim::Ui
