#pragma once

#include <QDateTime>
#include <QString>

namespace Apim::Core {

// Names new backups from a pattern. Placeholders in braces: {service}, {sku},
// {resourceGroup}, {subscription}; anything else in braces is a date/time format in
// UTC (QDateTime syntax), e.g. {yyyyMMdd-HHmmss}. The default gives
// "contoso-20250101-093000.apimbackup", sortable by time.
class BackupNaming
{
public:
    static inline const QString kDefaultPattern = QStringLiteral("{service}-{yyyyMMdd-HHmmss}.apimbackup");

    explicit BackupNaming(const QString &pattern = kDefaultPattern);

    QString pattern() const { return m_pattern; }
    QString name(const QString &service, const QDateTime &now, const QString &sku = {},
        const QString &resourceGroup = {}, const QString &subscription = {}) const;
    // Empty when the pattern yields valid blob names; else what is wrong, translated.
    QString validate() const;

private:
    QString m_pattern;
};

} // namespace Apim::Core
