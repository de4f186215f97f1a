#include "FaultErrors.h"

#include "FaultInjector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace Apim::Sim {

namespace {
QString defaultCode(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BadRequest");
    case 403:
        return QStringLiteral("AuthorizationFailed");
    case 404:
        return QStringLiteral("NotFound");
    case 409:
        return QStringLiteral("Conflict");
    case 502:
        return QStringLiteral("BadGateway");
    case 503:
        return QStringLiteral("ServiceUnavailable");
    case 504:
        return QStringLiteral("GatewayTimeout");
    default:
        return QStringLiteral("InternalServerError");
    }
}

// The caller the bearer token names. The fault answers before the token is checked, so
// this reads the claims without verifying them: they only go into the message.
QJsonObject unverifiedClaims(const SimRequest &request)
{
    const QList<QByteArray> parts = request.header("Authorization").mid(7).trimmed().split('.');
    if (parts.size() != 3)
        return {};
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
}

QString authorizationFailedMessage(const SimRequest &request)
{
    const QJsonObject claims = unverifiedClaims(request);
    const QString upn = claims.value(QLatin1String("upn")).toString();
    const QString client
        = upn.isEmpty() ? claims.value(QLatin1String("appid")).toString(QStringLiteral("unknown")) : upn;
    return QStringLiteral("The client '%1' with object id '%2' does not have authorization to perform action '%3' "
                          "over scope '%4' or the scope is invalid. If access was recently granted, please refresh "
                          "your credentials.")
        .arg(client, claims.value(QLatin1String("oid")).toString(), FaultErrors::action(request), request.path);
}
} // namespace

QString FaultErrors::defaultMessage(int status)
{
    if (status == 503)
        return QStringLiteral("The server is currently unable to handle the request. Please retry later.");
    return QStringLiteral("Encountered internal server error. Diagnostic information: tracking id '%1'.")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

QString FaultErrors::action(const SimRequest &request)
{
    const int providers = request.path.lastIndexOf(QLatin1String("/providers/"), -1, Qt::CaseInsensitive);
    if (providers < 0)
        return QStringLiteral("Microsoft.Resources/subscriptions/read");
    // namespace/type/name/type/name...: keep the namespace and the types.
    const QStringList segments = request.path.mid(providers + 11).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    for (int i = 0; i < segments.size(); ++i) {
        if (i == 0 || i % 2 == 1)
            kept << segments.at(i);
    }
    // A POST's last segment is the action itself (".../service/{name}/backup").
    if (request.method == "POST")
        return kept.join(QLatin1Char('/')) + QStringLiteral("/action");
    const QString verb = request.method == "PUT" || request.method == "PATCH" ? QStringLiteral("write")
        : request.method == "DELETE"                                          ? QStringLiteral("delete")
                                                                              : QStringLiteral("read");
    return kept.join(QLatin1Char('/')) + QLatin1Char('/') + verb;
}

SimResponse FaultErrors::armError(const Fault &fault, const SimRequest &request)
{
    const QString code = fault.code.isEmpty() ? defaultCode(fault.status) : fault.code;
    QString message = fault.message;
    if (message.isEmpty()) {
        if (fault.status == 403)
            message = authorizationFailedMessage(request);
        else if (fault.status == 404)
            message = QStringLiteral("The requested resource was not found.");
        else if (fault.status == 409)
            message = QStringLiteral("The request conflicts with the current state of the resource.");
        else
            message = defaultMessage(fault.status);
    }
    return SimResponse::armError(fault.status, code, message);
}

} // namespace Apim::Sim
