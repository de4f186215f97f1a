#include "BackupBlob.h"

#include "SimClock.h"

#include <QJsonDocument>

namespace Apim::Sim {

namespace {
const QString Format = QStringLiteral("azure-sim/apim-backup/1");
}

QByteArray BackupBlob::toJson() const
{
    const QJsonObject o {
        { QStringLiteral("format"), Format },
        { QStringLiteral("service"), service },
        { QStringLiteral("serviceId"), serviceId },
        { QStringLiteral("sku"), sku },
        { QStringLiteral("capacity"), capacity },
        { QStringLiteral("createdAt"), SimClock::iso(createdAt) },
        { QStringLiteral("apis"), apis },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QHash<QByteArray, QByteArray> BackupBlob::metadataHeaders() const
{
    return { { "x-ms-meta-sku", sku.toUtf8() }, { "x-ms-meta-service", service.toUtf8() },
        { "x-ms-meta-createdat", SimClock::iso(createdAt).toUtf8() } };
}

QString BackupBlob::parse(const QByteArray &data, BackupBlob *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QLatin1String("format")).toString() != Format)
        return QStringLiteral("the blob is not an API Management backup");
    out->service = o.value(QLatin1String("service")).toString();
    out->serviceId = o.value(QLatin1String("serviceId")).toString();
    out->sku = o.value(QLatin1String("sku")).toString();
    out->capacity = o.value(QLatin1String("capacity")).toInt(1);
    out->createdAt = SimClock::parseIso(o.value(QLatin1String("createdAt")).toString());
    out->apis = o.value(QLatin1String("apis")).toObject();
    if (out->sku.isEmpty() || !out->createdAt.isValid())
        return QStringLiteral("the backup has no SKU or creation time");
    return {};
}

} // namespace Apim::Sim
