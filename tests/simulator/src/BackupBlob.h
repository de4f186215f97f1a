#pragma once

#include "ServiceConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Apim::Sim {

// The content of a simulated APIM backup: the service's configuration as JSON (its child
// resources, SKU, name, creation time), the SKU, name and time also recorded as blob
// metadata (x-ms-meta-*).
struct BackupBlob
{
    QString service;
    QString serviceId;
    QString sku;
    int capacity = 1;
    QDateTime createdAt;
    ServiceConfig config;

    QByteArray toJson() const;
    QHash<QByteArray, QByteArray> metadataHeaders() const;
    // Empty string on success, else why the blob is not a backup.
    static QString parse(const QByteArray &data, BackupBlob *out);
};

} // namespace Apim::Sim
