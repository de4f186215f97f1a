#pragma once

#include <QJsonObject>
#include <QString>

namespace Apim::Core {

// A subscription the account can see (GET /subscriptions).
struct SubscriptionInfo
{
    QString subscriptionId;
    QString displayName;
    QString tenantId;
    QString state; // Enabled, Warned, PastDue, Disabled, Deleted

    bool isEnabled() const
    {
        return state.isEmpty() || state == QLatin1String("Enabled") || state == QLatin1String("Warned")
            || state == QLatin1String("PastDue");
    }

    static SubscriptionInfo fromJson(const QJsonObject &object)
    {
        SubscriptionInfo info;
        info.subscriptionId = object.value(QLatin1String("subscriptionId")).toString();
        info.displayName = object.value(QLatin1String("displayName")).toString();
        info.tenantId = object.value(QLatin1String("tenantId")).toString();
        info.state = object.value(QLatin1String("state")).toString();
        if (info.displayName.isEmpty())
            info.displayName = info.subscriptionId;
        return info;
    }
};

} // namespace Apim::Core
