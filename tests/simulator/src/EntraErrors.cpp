#include "EntraErrors.h"

#include <QDateTime>
#include <QUuid>

namespace Apim::Sim {

SimResponse entraError(
    int status, const QString &error, int aadsts, const QString &description, const SimRequest &request)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlationId = QString::fromLatin1(request.header("client-request-id"));
    if (correlationId.isEmpty())
        correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"));
    const QString text = QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
                             .arg(aadsts)
                             .arg(description, traceId, correlationId, timestamp);
    SimResponse r = SimResponse::json(status,
        QJsonObject {
            { QStringLiteral("error"), error },
            { QStringLiteral("error_description"), text },
            { QStringLiteral("error_codes"), QJsonArray { aadsts } },
            { QStringLiteral("timestamp"), timestamp },
            { QStringLiteral("trace_id"), traceId },
            { QStringLiteral("correlation_id"), correlationId },
            { QStringLiteral("error_uri"), QStringLiteral("%1/error?code=%2").arg(request.baseUrl()).arg(aadsts) },
        });
    r.setHeader("Cache-Control", "no-store, no-cache");
    return r;
}

SimResponse unknownUserError(const SimRequest &request)
{
    return entraError(
        400, QStringLiteral("invalid_grant"), 50034, QStringLiteral("The user account does not exist."), request);
}

} // namespace Apim::Sim
