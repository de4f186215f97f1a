#pragma once

#include <QDateTime>
#include <QString>

namespace Apim::Core {

class Settings;

// Names new backups from a pattern. Placeholders in braces: {service}, {sku},
// {resourceGroup}, {subscription}; anything else in braces is a date/time format in
// UTC (QDateTime syntax), e.g. {yyyyMMdd-HHmmss}. The default gives
// "contoso-20250101-093000.apimbackup", sortable by time.
class BackupNaming
{
public:
    static inline const QString kDefaultPattern = QStringLiteral("{service}-{yyyyMMdd-HHmmss}.apimbackup");
    static inline const QString kSettingsKey = QStringLiteral("backup/namingPattern");

    // The pattern saved in the settings; the default when none is saved or it is invalid
    // (so that the app and the CLI never name the same backup differently).
    static BackupNaming fromSettings(const Settings &settings);

    explicit BackupNaming(const QString &pattern = kDefaultPattern);

    QString pattern() const { return m_pattern; }
    QString name(const QString &service, const QDateTime &now, const QString &sku = {},
        const QString &resourceGroup = {}, const QString &subscription = {}) const;
    // The name of a new backup of the service (its ARM id) with its tier (sku, e.g.
    // "Premium"; empty: unknown), at now. Every default backup name comes from here.
    QString forService(const QString &serviceId, const QString &sku, const QDateTime &now) const;
    // Empty when the pattern yields valid blob names; else what is wrong, translated.
    QString validate() const;

private:
    QString m_pattern;
};

} // namespace Apim::Core
