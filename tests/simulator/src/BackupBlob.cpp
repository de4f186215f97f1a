#include "BackupBlob.h"

#include "SimClock.h"

#include <QJsonDocument>

namespace Apim::Sim {

namespace {
// Version 1 held the APIs only; version 2 every child collection, at the top level.
const QString FormatV1 = QStringLiteral("azure-sim/apim-backup/1");
const QString Format = QStringLiteral("azure-sim/apim-backup/2");
} // namespace

QByteArray BackupBlob::toJson() const
{
    QJsonObject o = config.toJson();
    o.insert(QStringLiteral("format"), Format);
    o.insert(QStringLiteral("service"), service);
    o.insert(QStringLiteral("serviceId"), serviceId);
    o.insert(QStringLiteral("sku"), sku);
    o.insert(QStringLiteral("capacity"), capacity);
    o.insert(QStringLiteral("createdAt"), SimClock::iso(createdAt));
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
    const QString format = o.value(QLatin1String("format")).toString();
    if (!doc.isObject() || (format != Format && format != FormatV1))
        return QStringLiteral("the blob is not an API Management backup");
    for (const QString &collection : ServiceConfig::collections()) {
        const QJsonValue items = o.value(collection);
        if (!items.isUndefined() && !items.isObject())
            return QStringLiteral("the backup is damaged: its '%1' are unreadable").arg(collection);
    }
    out->service = o.value(QLatin1String("service")).toString();
    out->serviceId = o.value(QLatin1String("serviceId")).toString();
    out->sku = o.value(QLatin1String("sku")).toString();
    out->capacity = o.value(QLatin1String("capacity")).toInt(1);
    out->createdAt = SimClock::parseIso(o.value(QLatin1String("createdAt")).toString());
    out->config = ServiceConfig::fromJson(o);
    if (out->sku.isEmpty() || !out->createdAt.isValid())
        return QStringLiteral("the backup is damaged: it has no SKU or creation time");
    return {};
}

} // namespace Apim::Sim
