#include "SimConfig.h"

#include <QJsonValue>

namespace Apim::Sim {

namespace {
bool readInt(const QJsonObject &json, const char *key, int *target, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isDouble()) {
        *error = QStringLiteral("'%1' must be a number").arg(QLatin1String(key));
        return false;
    }
    *target = value.toInt();
    return true;
}

bool readBool(const QJsonObject &json, const char *key, bool *target, QString *error)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *error = QStringLiteral("'%1' must be true or false").arg(QLatin1String(key));
        return false;
    }
    *target = value.toBool();
    return true;
}
} // namespace

QString SimConfig::apply(const QJsonObject &json)
{
    SimConfig next = *this;
    QString error;
    if (!readInt(json, "operationDurationMs", &next.operationDurationMs, &error)
        || !readBool(json, "asyncOperationHeader", &next.asyncOperationHeader, &error)
        || !readInt(json, "tokenLifetimeSeconds", &next.tokenLifetimeSeconds, &error)
        || !readInt(json, "pageSize", &next.pageSize, &error)
        || !readBool(json, "resourceGraphEnabled", &next.resourceGraphEnabled, &error)
        || !readInt(json, "deviceCodeAutoApproveAfterPolls", &next.deviceCodeAutoApproveAfterPolls, &error)
        || !readInt(json, "deviceCodeIntervalSeconds", &next.deviceCodeIntervalSeconds, &error)
        || !readInt(json, "deviceCodeExpiresInSeconds", &next.deviceCodeExpiresInSeconds, &error))
        return error;
    const QJsonValue retry = json.value(QLatin1String("retryAfterSeconds"));
    if (retry.isNull())
        next.retryAfterSeconds.reset();
    else if (retry.isDouble())
        next.retryAfterSeconds = retry.toInt();
    else if (!retry.isUndefined())
        return QStringLiteral("'retryAfterSeconds' must be a number or null");
    const QJsonValue authorizeError = json.value(QLatin1String("authorizeError"));
    if (authorizeError.isString() || authorizeError.isNull())
        next.authorizeError = authorizeError.toString();
    else if (!authorizeError.isUndefined())
        return QStringLiteral("'authorizeError' must be a string or null");
    if (next.pageSize < 1)
        return QStringLiteral("'pageSize' must be at least 1");
    if (next.operationDurationMs < 0 || next.tokenLifetimeSeconds < 1)
        return QStringLiteral("durations must not be negative");
    *this = next;
    return {};
}

QJsonObject SimConfig::toJson() const
{
    return QJsonObject {
        { QStringLiteral("operationDurationMs"), operationDurationMs },
        { QStringLiteral("retryAfterSeconds"), retryAfterSeconds ? QJsonValue(*retryAfterSeconds) : QJsonValue() },
        { QStringLiteral("asyncOperationHeader"), asyncOperationHeader },
        { QStringLiteral("tokenLifetimeSeconds"), tokenLifetimeSeconds },
        { QStringLiteral("pageSize"), pageSize },
        { QStringLiteral("resourceGraphEnabled"), resourceGraphEnabled },
        { QStringLiteral("deviceCodeAutoApproveAfterPolls"), deviceCodeAutoApproveAfterPolls },
        { QStringLiteral("deviceCodeIntervalSeconds"), deviceCodeIntervalSeconds },
        { QStringLiteral("deviceCodeExpiresInSeconds"), deviceCodeExpiresInSeconds },
        { QStringLiteral("authorizeError"), authorizeError.isEmpty() ? QJsonValue() : QJsonValue(authorizeError) },
    };
}

} // namespace Apim::Sim
