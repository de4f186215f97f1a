#include "arm/ArmError.h"

#include "net/TransportPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace Apim::Core {

namespace {
bool sameCode(const QString &code, const char *name)
{
    return code.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

void collectDetails(const std::vector<ArmErrorDetail> &details, QStringList &out)
{
    for (const ArmErrorDetail &detail : details) {
        QString line = detail.code;
        if (!detail.message.isEmpty())
            line += (line.isEmpty() ? QString() : QStringLiteral(": ")) + detail.message;
        if (!detail.target.isEmpty())
            line += QStringLiteral(" [") + detail.target + QLatin1Char(']');
        if (!line.isEmpty())
            out << line;
        collectDetails(detail.details, out);
    }
}
} // namespace

ArmErrorDetail ArmErrorDetail::fromJson(const QJsonObject &error)
{
    ArmErrorDetail detail;
    detail.code = error.value(QLatin1String("code")).toString();
    detail.message = error.value(QLatin1String("message")).toString();
    detail.target = error.value(QLatin1String("target")).toString();
    const QJsonArray details = error.value(QLatin1String("details")).toArray();
    for (const QJsonValue &value : details) {
        if (value.isObject())
            detail.details.push_back(fromJson(value.toObject()));
    }
    return detail;
}

QJsonObject ArmErrorDetail::toJson() const
{
    QJsonObject object { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!target.isEmpty())
        object.insert(QStringLiteral("target"), target);
    if (!details.empty()) {
        QJsonArray array;
        for (const ArmErrorDetail &detail : details)
            array.append(detail.toJson());
        object.insert(QStringLiteral("details"), array);
    }
    return object;
}

bool ArmError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    case Kind::Http:
        return TransportPolicy::isTransientStatus(httpStatus);
    default:
        return false;
    }
}

bool ArmError::parseBody(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    QJsonObject error = document.object().value(QLatin1String("error")).toObject();
    if (error.isEmpty()) {
        // Some services (and the Azure-AsyncOperation body) put code/message at the top.
        error = document.object();
        if (!error.contains(QLatin1String("code")) && !error.contains(QLatin1String("message")))
            return false;
    }
    const ArmErrorDetail top = ArmErrorDetail::fromJson(error);
    code = top.code;
    message = top.message;
    target = top.target;
    details = top.details;
    return !code.isEmpty() || !message.isEmpty();
}

ArmError ArmError::local(Kind kind, const QString &message)
{
    ArmError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString ArmError::userMessage() const
{
    if (!isError())
        return {};
    const QString said = message.isEmpty() ? code : message;
    QString text;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        text = tr("Could not get a sign-in token: %1 Sign in again and retry.").arg(said);
        break;
    case Kind::Network:
        text = tr("Could not reach Azure: %1. Check the network connection, VPN or proxy, then try again.").arg(said);
        if (fateUnknown)
            text += QLatin1Char(' ') + tr("The request may have reached Azure before the connection broke.");
        break;
    case Kind::Timeout:
        text = tr("Azure did not answer in time (%1). Try again in a moment.").arg(said);
        break;
    case Kind::Malformed:
        text = tr("Azure sent an answer that could not be read (%1). Try again; if it keeps happening, report it with "
                  "the request id.")
                   .arg(said);
        break;
    case Kind::Canceled:
        text = tr("The request was cancelled.");
        break;
    case Kind::Refused:
        text = said;
        break;
    case Kind::Http:
        if (httpStatus == 401 || authRequired)
            text = tr("Azure did not accept the sign-in (%1). Sign in again, then retry.").arg(said);
        else if (httpStatus == 403)
            text = tr("Permission denied: %1. Ask an owner of the subscription or resource for a role that allows this "
                      "(for example API Management Service Contributor).")
                       .arg(said);
        else if (httpStatus == 404)
            text = tr("Not found: %1. It may have been deleted or moved; refresh the list.").arg(said);
        else if (sameCode(code, "ServiceLocked") || sameCode(code, "PessimisticConcurrencyConflict"))
            text = tr("Another operation is running on this service: %1. Wait until it has finished, then try again.")
                       .arg(said);
        else if (httpStatus == 409)
            text
                = tr("Azure refused because of a conflict: %1. Wait until other changes have finished, then try again.")
                      .arg(said);
        else if (httpStatus == 429)
            text = tr("Azure is throttling requests: %1. Wait a minute, then try again.").arg(said);
        else if (httpStatus >= 500)
            text = tr("Azure reported a server error (HTTP %1): %2. Try again in a few minutes; if it persists, "
                      "contact Azure support with the request id.")
                       .arg(httpStatus)
                       .arg(said);
        else
            text = tr("Azure refused the request (HTTP %1): %2").arg(httpStatus).arg(said);
        break;
    }
    QStringList extra;
    collectDetails(details, extra);
    if (!extra.isEmpty())
        text += QLatin1Char(' ') + tr("Details: %1.").arg(extra.join(QStringLiteral("; ")));
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("(request id %1)").arg(requestId);
    else if (!correlationId.isEmpty())
        text += QLatin1Char(' ') + tr("(correlation id %1)").arg(correlationId);
    else if (!clientRequestId.isEmpty())
        text += QLatin1Char(' ') + tr("(client request id %1)").arg(clientRequestId);
    return text;
}

QString ArmError::technicalSummary() const
{
    QStringList parts;
    if (!code.isEmpty())
        parts << code;
    if (!message.isEmpty())
        parts << message;
    QStringList extra;
    collectDetails(details, extra);
    QString text = parts.join(QStringLiteral(": "));
    if (!extra.isEmpty())
        text += QStringLiteral(" [") + extra.join(QStringLiteral("; ")) + QLatin1Char(']');
    QStringList meta;
    if (httpStatus)
        meta << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!method.isEmpty())
        meta << method + QLatin1Char(' ') + url;
    if (!requestId.isEmpty())
        meta << QStringLiteral("x-ms-request-id %1").arg(requestId);
    if (!correlationId.isEmpty())
        meta << QStringLiteral("x-ms-correlation-request-id %1").arg(correlationId);
    if (!meta.isEmpty())
        text += QStringLiteral(" (") + meta.join(QStringLiteral(", ")) + QLatin1Char(')');
    return text;
}

QJsonObject ArmError::toJson() const
{
    static const char *const kinds[]
        = { "none", "http", "network", "timeout", "auth", "malformed", "canceled", "refused" };
    QJsonObject object {
        { QStringLiteral("kind"), QLatin1String(kinds[int(kind)]) },
        { QStringLiteral("httpStatus"), httpStatus },
        { QStringLiteral("code"), code },
        { QStringLiteral("message"), message },
    };
    if (!target.isEmpty())
        object.insert(QStringLiteral("target"), target);
    if (!details.empty()) {
        QJsonArray array;
        for (const ArmErrorDetail &detail : details)
            array.append(detail.toJson());
        object.insert(QStringLiteral("details"), array);
    }
    if (!requestId.isEmpty())
        object.insert(QStringLiteral("requestId"), requestId);
    if (!correlationId.isEmpty())
        object.insert(QStringLiteral("correlationId"), correlationId);
    if (!clientRequestId.isEmpty())
        object.insert(QStringLiteral("clientRequestId"), clientRequestId);
    if (fateUnknown)
        object.insert(QStringLiteral("fateUnknown"), true);
    if (authRequired)
        object.insert(QStringLiteral("authRequired"), true);
    return object;
}

ArmError ArmError::fromJson(const QJsonObject &object)
{
    static const QStringList kinds { QStringLiteral("none"), QStringLiteral("http"), QStringLiteral("network"),
        QStringLiteral("timeout"), QStringLiteral("auth"), QStringLiteral("malformed"), QStringLiteral("canceled"),
        QStringLiteral("refused") };
    ArmError error;
    const int kind = kinds.indexOf(object.value(QLatin1String("kind")).toString());
    error.kind = kind < 0 ? Kind::Http : Kind(kind);
    error.httpStatus = object.value(QLatin1String("httpStatus")).toInt();
    const ArmErrorDetail top = ArmErrorDetail::fromJson(object);
    error.code = top.code;
    error.message = top.message;
    error.target = top.target;
    error.details = top.details;
    error.requestId = object.value(QLatin1String("requestId")).toString();
    error.correlationId = object.value(QLatin1String("correlationId")).toString();
    error.clientRequestId = object.value(QLatin1String("clientRequestId")).toString();
    error.fateUnknown = object.value(QLatin1String("fateUnknown")).toBool();
    error.authRequired = object.value(QLatin1String("authRequired")).toBool();
    return error;
}

} // namespace Apim::Core
