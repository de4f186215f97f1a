#pragma once

#include "arm/ArmError.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Apim::Core {

// The one typed result of an ArmJob: status, headers, the parsed JSON body and, when the
// call failed, an ArmError. ok() is the only check a caller needs.
struct ArmResponse
{
    int status = 0; // 0 when no answer arrived
    QHash<QByteArray, QByteArray> headers; // names lowercased
    QByteArray body;
    QJsonDocument json; // null when the body was empty or not JSON
    ArmError error;
    QUrl url; // the URL finally requested
    int attempts = 0;
    qint64 durationMs = 0; // all attempts together

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString requestId() const { return QString::fromLatin1(header("x-ms-request-id")); }
};

} // namespace Apim::Core
