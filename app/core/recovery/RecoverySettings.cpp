#include "recovery/RecoverySettings.h"

#include "inventory/ResourceId.h"
#include "operations/Retention.h"
#include "settings/Settings.h"

#include <algorithm>

namespace Apim::Core {

namespace {
// The keys the backup dialog has always used for its remembered location.
QString defaultsGroup(const QString &subscriptionId)
{
    return QStringLiteral("defaults/") + subscriptionId.toLower();
}
const QString kDefaultsList = QStringLiteral("defaults/subscriptions");
const QString kAddedLocations = QStringLiteral("recovery/locations");
const QString kGlobalRpo = QStringLiteral("recovery/rpoSeconds");
const QString kSubscriptionRpo = QStringLiteral("recovery/subscriptionRpo");
const QString kServiceRpo = QStringLiteral("recovery/serviceRpo");
} // namespace

RecoverySettings::RecoverySettings(Settings *settings)
    : m_settings(settings)
{ }

QString RecoverySettings::sourceCode(RpoSource source)
{
    switch (source) {
    case RpoSource::Service:
        return QStringLiteral("service");
    case RpoSource::Subscription:
        return QStringLiteral("subscription");
    case RpoSource::Global:
        break;
    }
    return QStringLiteral("global");
}

std::optional<qint64> RecoverySettings::parseTarget(const QString &text, QString *error)
{
    const std::optional<qint64> seconds = Retention::parseAge(text);
    if (seconds && *seconds > 0)
        return seconds;
    if (error)
        *error = tr("\"%1\" is not a target RPO: write a whole number of hours, days or weeks above zero, e.g. 12h, "
                    "2d or 1w.")
                     .arg(text.trimmed());
    return std::nullopt;
}

RecoverySettings RecoverySettings::targetsOnly() const
{
    // Read every key a target needs now, so that the copy answers from what it holds.
    globalRpoSeconds();
    subscriptionRpoSeconds(QString());
    serviceRpoSeconds(QString());
    RecoverySettings copy(*this);
    copy.m_settings = nullptr;
    return copy;
}

QString RecoverySettings::string(const QString &key) const
{
    const auto known = m_read.constFind(key);
    if (known != m_read.constEnd())
        return *known;
    if (!m_settings)
        return {};
    const QString value = m_settings->value(key).toString();
    m_read.insert(key, value);
    return value;
}

void RecoverySettings::setString(const QString &key, const QString &value)
{
    if (!m_settings)
        return;
    m_read.clear();
    m_maps.clear();
    if (value.isEmpty())
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

std::optional<BackupLocation> RecoverySettings::defaultLocation(const QString &serviceSubscriptionId) const
{
    const QString group = defaultsGroup(serviceSubscriptionId);
    BackupLocation location;
    location.account = string(group + QStringLiteral("/storageAccount"));
    location.container = string(group + QStringLiteral("/container"));
    // Kept only when it differs, so that older settings (no key) mean "the same subscription".
    location.subscriptionId = string(group + QStringLiteral("/storageSubscription"));
    if (location.subscriptionId.isEmpty())
        location.subscriptionId = serviceSubscriptionId.toLower();
    if (location.account.isEmpty() || location.container.isEmpty())
        return std::nullopt;
    return location;
}

void RecoverySettings::setDefaultLocation(const QString &serviceSubscriptionId, const BackupLocation &location)
{
    const QString group = defaultsGroup(serviceSubscriptionId);
    setString(group + QStringLiteral("/storageAccount"), location.account);
    setString(group + QStringLiteral("/container"), location.container);
    const bool elsewhere = !location.subscriptionId.isEmpty()
        && location.subscriptionId.compare(serviceSubscriptionId, Qt::CaseInsensitive) != 0;
    setString(
        group + QStringLiteral("/storageSubscription"), elsewhere ? location.subscriptionId.toLower() : QString());
    QStringList ids = subscriptionsWithDefaults();
    if (!ids.contains(serviceSubscriptionId.toLower())) {
        ids << serviceSubscriptionId.toLower();
        setString(kDefaultsList, ids.join(QLatin1Char(',')));
    }
}

void RecoverySettings::clearDefaultLocation(const QString &serviceSubscriptionId)
{
    if (!m_settings)
        return;
    m_read.clear();
    m_maps.clear();
    m_settings->remove(defaultsGroup(serviceSubscriptionId));
    QStringList ids = subscriptionsWithDefaults();
    ids.removeAll(serviceSubscriptionId.toLower());
    setString(kDefaultsList, ids.join(QLatin1Char(',')));
}

QStringList RecoverySettings::subscriptionsWithDefaults() const
{
    // The settings wrapper offers childKeys but not childGroups, so the subscription ids
    // are kept in a list next to their groups.
    return string(kDefaultsList).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QList<BackupLocation> RecoverySettings::addedLocations() const
{
    QList<BackupLocation> locations;
    const QStringList texts = string(kAddedLocations).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &text : texts) {
        if (const auto location = BackupLocation::fromText(text))
            locations.append(*location);
    }
    return locations;
}

void RecoverySettings::addLocation(const BackupLocation &location)
{
    if (!location.isValid())
        return;
    QList<BackupLocation> locations = addedLocations();
    if (locations.contains(location))
        return;
    locations.append(location);
    QStringList texts;
    for (const BackupLocation &each : locations)
        texts << each.toText();
    setString(kAddedLocations, texts.join(QLatin1Char(',')));
}

void RecoverySettings::removeLocation(const BackupLocation &location)
{
    QStringList texts;
    const QList<BackupLocation> locations = addedLocations();
    for (const BackupLocation &each : locations) {
        if (each != location)
            texts << each.toText();
    }
    setString(kAddedLocations, texts.join(QLatin1Char(',')));
}

qint64 RecoverySettings::globalRpoSeconds() const
{
    const qint64 seconds = string(kGlobalRpo).toLongLong();
    return seconds > 0 ? seconds : kDefaultRpoSeconds;
}

void RecoverySettings::setGlobalRpoSeconds(qint64 seconds)
{
    setString(kGlobalRpo, seconds > 0 && seconds != kDefaultRpoSeconds ? QString::number(seconds) : QString());
}

std::optional<qint64> RecoverySettings::fromMap(const QString &key, const QString &id) const
{
    // "id=seconds" entries separated by commas: ids are ARM ids or GUIDs, neither holds either.
    auto map = m_maps.constFind(key);
    if (map == m_maps.constEnd()) {
        QHash<QString, qint64> parsed;
        const QStringList entries = string(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            const qsizetype equals = entry.lastIndexOf(QLatin1Char('='));
            const qint64 seconds = equals > 0 ? entry.mid(equals + 1).toLongLong() : 0;
            // The first entry of an id wins, as it always has.
            if (seconds > 0 && !parsed.contains(entry.left(equals)))
                parsed.insert(entry.left(equals), seconds);
        }
        map = m_maps.insert(key, parsed);
    }
    if (map->isEmpty())
        return std::nullopt; // the common case: no lower-case copy of the id
    const auto seconds = map->constFind(id.toLower());
    if (seconds == map->constEnd())
        return std::nullopt;
    return *seconds;
}

void RecoverySettings::toMap(const QString &key, const QString &id, std::optional<qint64> seconds)
{
    const QString prefix = id.toLower() + QLatin1Char('=');
    QStringList entries = string(key).split(QLatin1Char(','), Qt::SkipEmptyParts);
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                      [&prefix](const QString &entry) { return entry.startsWith(prefix); }),
        entries.end());
    if (seconds && *seconds > 0)
        entries << prefix + QString::number(*seconds);
    setString(key, entries.join(QLatin1Char(',')));
}

std::optional<qint64> RecoverySettings::subscriptionRpoSeconds(const QString &subscriptionId) const
{
    return fromMap(kSubscriptionRpo, subscriptionId);
}

void RecoverySettings::setSubscriptionRpoSeconds(const QString &subscriptionId, std::optional<qint64> seconds)
{
    toMap(kSubscriptionRpo, subscriptionId, seconds);
}

std::optional<qint64> RecoverySettings::serviceRpoSeconds(const QString &serviceId) const
{
    return fromMap(kServiceRpo, serviceId);
}

void RecoverySettings::setServiceRpoSeconds(const QString &serviceId, std::optional<qint64> seconds)
{
    toMap(kServiceRpo, serviceId, seconds);
}

qint64 RecoverySettings::targetRpoSeconds(const QString &serviceId, RpoSource *source) const
{
    return targetRpoSeconds(serviceId, ResourceId::parse(serviceId).subscriptionId, source);
}

qint64 RecoverySettings::targetRpoSeconds(
    const QString &serviceId, const QString &subscriptionId, RpoSource *source) const
{
    if (const auto own = serviceRpoSeconds(serviceId)) {
        if (source)
            *source = RpoSource::Service;
        return *own;
    }
    if (const auto subscription = subscriptionRpoSeconds(subscriptionId)) {
        if (source)
            *source = RpoSource::Subscription;
        return *subscription;
    }
    if (source)
        *source = RpoSource::Global;
    return globalRpoSeconds();
}

} // namespace Apim::Core
