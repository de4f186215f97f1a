#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Apim::Core {

// A place backups are kept: a container of a storage account, in the subscription that
// holds the account. Compared without case, as Azure compares these names.
struct BackupLocation
{
    QString subscriptionId; // of the storage account
    QString account;
    QString container;

    bool isValid() const { return !subscriptionId.isEmpty() && !account.isEmpty() && !container.isEmpty(); }
    // "subscription/account/container", lower case: one key per place.
    QString key() const { return toText().toLower(); }
    QString display() const { return account + QLatin1Char('/') + container; }
    QString toText() const { return subscriptionId + QLatin1Char('/') + account + QLatin1Char('/') + container; }
    // As typed on a command line: a subscription id (a GUID), a valid account and container
    // name. nullopt and *error (translated, with an example) otherwise.
    static std::optional<BackupLocation> parse(const QString &text, QString *error = nullptr);
    static std::optional<BackupLocation> fromText(const QString &text)
    {
        const QStringList parts = text.trimmed().split(QLatin1Char('/'));
        if (parts.size() != 3)
            return std::nullopt;
        BackupLocation location { parts.at(0), parts.at(1), parts.at(2) };
        return location.isValid() ? std::optional<BackupLocation>(location) : std::nullopt;
    }
    bool operator==(const BackupLocation &other) const { return key() == other.key(); }
    bool operator!=(const BackupLocation &other) const { return !(*this == other); }
};

} // namespace Apim::Core
