#pragma once

#include "ui/models/ServiceTreeEntries.h"

#include <QVector>

namespace Apim::Ui {

class ServiceTreeModel;

// The subscriptions of one tenant as the service tree already lists them, for pickers
// such as the storage subscription of a backup (a central backup account often lives in
// another subscription). Asks Azure nothing: the inventory has listed them.
class TenantSubscriptions
{
public:
    // The subscriptions in the tenant of subscriptionId, that one first, the others by name.
    // Just subscriptionId when the tree does not know it (yet).
    static QVector<SubscriptionEntry> besides(const ServiceTreeModel &model, const QString &subscriptionId);
};

} // namespace Apim::Ui
