#pragma once

#include "operations/ChangeEvent.h"
#include "recovery/DrillDifference.h"
#include "recovery/ServiceInventory.h"

#include <QDateTime>
#include <QList>

namespace Apim::Core {

// The judgement of a drill, pure so that each rule is tested without a network: what
// differs between the source and the standby, and which of those differences a change
// made to the source after the backup explains.
class DrillComparison
{
public:
    static QList<DrillDifference> compare(const ServiceInventory &source, const ServiceInventory &standby);

    // Attaches to each difference the latest write or delete of its resource on the source
    // (sourceServiceId) at or after backupTime, as the Activity Log reported it (changes:
    // ChangeReport's reading). A count difference takes any change in its collection.
    static QList<DrillDifference> explain(QList<DrillDifference> differences, const QList<ChangeEvent> &changes,
        const QString &sourceServiceId, const QDateTime &backupTime);

    // "apis" and "orders-api" for .../service/x/apis/orders-api;rev=2/operations/y under
    // serviceId; false when the resource is not a child of the service.
    static bool childOf(const QString &resourceId, const QString &serviceId, QString *collection, QString *name);
};

} // namespace Apim::Core
