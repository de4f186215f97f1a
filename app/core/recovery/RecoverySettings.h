#pragma once

#include "recovery/BackupLocation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Apim::Core {

class Settings;

// Where a service's backups are looked for and how old its newest one may be, kept in the
// settings file the app and the CLI share:
// - the default backup location of each APIM subscription (the backup dialog remembers it);
// - locations added by hand (a central container the catalog should always read);
// - the target recovery point objective (RPO): per service, else per subscription, else
//   the global default (24 h).
// Service ids live inside values, never in key names: a key named after a service could
// look like a secret to Settings and be refused.
// An instance reads each key once and keeps what it read until it writes: the catalog and
// the Recovery view ask it about 10,000 services per refresh. So keep an instance only for
// one piece of work, and on one thread.
class RecoverySettings
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::RecoverySettings)

public:
    static constexpr qint64 kDefaultRpoSeconds = 24 * 3600;
    enum class RpoSource { Service, Subscription, Global };

    explicit RecoverySettings(Settings *settings);

    // A copy that has read the targets' keys and never reads the settings again: it answers
    // targetRpoSeconds() on any thread (the Recovery view judges 10,000 services on a
    // worker). It writes nothing and knows no location.
    RecoverySettings targetsOnly() const;

    // "service", "subscription", "global": where a target comes from, for scripts and JSON.
    static QString sourceCode(RpoSource source);

    // A target RPO as typed ("12h", "2d", "1w"), above zero; nullopt and *error (translated,
    // with an example) for anything else: "0h", "-3h", "abc", "30m".
    static std::optional<qint64> parseTarget(const QString &text, QString *error = nullptr);

    // The location remembered for the services of an APIM subscription.
    std::optional<BackupLocation> defaultLocation(const QString &serviceSubscriptionId) const;
    // location.subscriptionId may be another subscription (a central backup account).
    void setDefaultLocation(const QString &serviceSubscriptionId, const BackupLocation &location);
    void clearDefaultLocation(const QString &serviceSubscriptionId);
    QStringList subscriptionsWithDefaults() const; // lower case

    QList<BackupLocation> addedLocations() const;
    void addLocation(const BackupLocation &location);
    void removeLocation(const BackupLocation &location);

    qint64 globalRpoSeconds() const;
    void setGlobalRpoSeconds(qint64 seconds); // <= 0: back to the default
    std::optional<qint64> subscriptionRpoSeconds(const QString &subscriptionId) const;
    void setSubscriptionRpoSeconds(const QString &subscriptionId, std::optional<qint64> seconds);
    std::optional<qint64> serviceRpoSeconds(const QString &serviceId) const;
    void setServiceRpoSeconds(const QString &serviceId, std::optional<qint64> seconds);
    // The target that applies to a service, and where it comes from.
    qint64 targetRpoSeconds(const QString &serviceId, RpoSource *source = nullptr) const;
    // The same when the subscription is known (no parse of the id).
    qint64 targetRpoSeconds(const QString &serviceId, const QString &subscriptionId, RpoSource *source) const;

private:
    QString string(const QString &key) const;
    void setString(const QString &key, const QString &value);
    std::optional<qint64> fromMap(const QString &key, const QString &id) const;
    void toMap(const QString &key, const QString &id, std::optional<qint64> seconds);

    Settings *m_settings;
    mutable QHash<QString, QString> m_read; // key -> value, as read
    mutable QHash<QString, QHash<QString, qint64>> m_maps; // key -> lower-case id -> seconds
};

} // namespace Apim::Core
