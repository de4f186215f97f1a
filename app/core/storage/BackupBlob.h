#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace Apim::Core {

// One backup file in a container, as List Blobs describes it, plus what a restore needs
// to know: how old it is and whether APIM will still accept it (30 days).
struct BackupBlob
{
    static constexpr int kExpiryDays = 30;

    QString name;
    qint64 size = 0;
    QDateTime createdOn; // Creation-Time (or Last-Modified), or metadata createdat when older
    QDateTime lastModified;
    QString contentType;
    QString etag; // as the service gives it, quotes included
    QString contentMd5; // base64, when the writer set one
    QMap<QString, QString> metadata; // names lowercased

    qint64 ageSeconds(const QDateTime &now) const { return createdOn.isValid() ? createdOn.secsTo(now) : -1; }
    int ageDays(const QDateTime &now) const { return createdOn.isValid() ? int(createdOn.secsTo(now) / 86400) : -1; }
    bool isExpired(const QDateTime &now) const { return createdOn.isValid() && createdOn.addDays(kExpiryDays) < now; }
    QDateTime expiresOn() const { return createdOn.isValid() ? createdOn.addDays(kExpiryDays) : QDateTime(); }

    // The service and tier the backup came from, when known: blob metadata ("service",
    // "sku"/"apimsku") first, else a tier name inside the blob name ("contoso-Premium-...").
    QString sourceService() const;
    QString sourceSku() const;
    static QString skuFromName(const QString &blobName);

    QJsonObject toJson(const QDateTime &now) const;
};

// Parses a List Blobs answer (EnumerationResults XML).
struct BlobListPage
{
    QList<BackupBlob> blobs;
    QString nextMarker;
    QString error; // empty when the XML was read
    static BlobListPage parse(const QByteArray &xml);
};

} // namespace Apim::Core
