#pragma once

#include "HttpTypes.h"

#include <QDateTime>
#include <QList>

namespace Apim::Sim {

class ArmGuard;
class Router;
struct Caller;
struct SimContext;

// The Activity Log of the writes made through the simulator (API changes, backups,
// restores), served from /subscriptions/{id}/providers/Microsoft.Insights/eventtypes/
// management/values with the $filter the app uses (time window and resourceUri).
class ActivityLog
{
public:
    explicit ActivityLog(SimContext &context)
        : m_context(context)
    { }

    // status: Started, Accepted, Succeeded, Failed.
    void append(const QString &resourceId, const QString &operationName, const QString &status, const Caller &caller,
        const QString &correlationId);
    void registerRoutes(Router &router, const ArmGuard &guard);
    int size() const { return int(m_events.size()); }

private:
    struct Event
    {
        QDateTime timestamp;
        QString subscriptionId;
        QString resourceId;
        QString operationName;
        QString status;
        QString caller;
        QString correlationId;
        QString eventDataId;
        QString tenantId;
    };
    SimResponse list(const SimRequest &request, const QString &subscriptionId) const;
    static QJsonObject toJson(const Event &event);

    SimContext &m_context;
    QList<Event> m_events;
};

} // namespace Apim::Sim
