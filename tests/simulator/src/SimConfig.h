#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Apim::Sim {

// Behaviour knobs that tests change at run time (POST /_sim/config) or a seed sets.
struct SimConfig
{
    int operationDurationMs = 3000;
    std::optional<int> retryAfterSeconds = 1; // empty: no Retry-After header on 202s
    bool asyncOperationHeader = false;
    int tokenLifetimeSeconds = 3600;
    int pageSize = 2; // ARM lists: subscriptions, tenants, services, accounts, activity log
    bool resourceGraphEnabled = true;
    int deviceCodeAutoApproveAfterPolls = 2; // -1: only manual approval
    int deviceCodeIntervalSeconds = 1;
    int deviceCodeExpiresInSeconds = 900;
    QString authorizeError; // e.g. "access_denied": /authorize redirects with this error

    // Applies the keys present in json; returns an error text for a bad value.
    QString apply(const QJsonObject &json);
    QJsonObject toJson() const;
};

} // namespace Apim::Sim
