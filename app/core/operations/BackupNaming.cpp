#include "operations/BackupNaming.h"

#include "inventory/ResourceId.h"
#include "settings/Settings.h"
#include "storage/StorageNames.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Apim::Core {

BackupNaming::BackupNaming(const QString &pattern)
    : m_pattern(pattern.trimmed().isEmpty() ? kDefaultPattern : pattern.trimmed())
{ }

BackupNaming BackupNaming::fromSettings(const Settings &settings)
{
    const BackupNaming saved(settings.value(kSettingsKey).toString());
    return saved.validate().isEmpty() ? saved : BackupNaming();
}

QString BackupNaming::forService(const QString &serviceId, const QString &sku, const QDateTime &now) const
{
    const ResourceId rid = ResourceId::parse(serviceId);
    return name(rid.name, now, sku, rid.resourceGroup, rid.subscriptionId);
}

QString BackupNaming::name(const QString &service, const QDateTime &now, const QString &sku,
    const QString &resourceGroup, const QString &subscription) const
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    const QDateTime utc = now.toUTC();
    QString result;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(m_pattern);
    while (it.hasNext()) {
        const auto match = it.next();
        result += m_pattern.mid(last, match.capturedStart() - last);
        const QString key = match.captured(1);
        if (key == QLatin1String("service"))
            result += service;
        else if (key == QLatin1String("sku"))
            result += sku.isEmpty() ? QStringLiteral("unknown") : sku;
        else if (key == QLatin1String("resourceGroup"))
            result += resourceGroup;
        else if (key == QLatin1String("subscription"))
            result += subscription;
        else
            result += utc.toString(key);
        last = match.capturedEnd();
    }
    result += m_pattern.mid(last);
    return result;
}

QString BackupNaming::validate() const
{
    const QString sample = name(QStringLiteral("service"), QDateTime(QDate(2025, 1, 31), QTime(23, 59, 58), Qt::UTC),
        QStringLiteral("Premium"), QStringLiteral("rg"), QStringLiteral("sub"));
    if (sample
        == name(QStringLiteral("service"), QDateTime(QDate(2025, 2, 1), QTime(0, 0, 1), Qt::UTC),
            QStringLiteral("Premium"), QStringLiteral("rg"), QStringLiteral("sub")))
        return QCoreApplication::translate("Apim::Core::BackupNaming",
            "The naming pattern \"%1\" has no date or time, so every backup would get the same name. Add for example "
            "{yyyyMMdd-HHmmss}.")
            .arg(m_pattern);
    return StorageNames::blobNameError(sample);
}

} // namespace Apim::Core
