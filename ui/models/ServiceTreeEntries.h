#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Apim::Ui {

// Plain rows for ServiceTreeModel. The model knows nothing of how the inventory was
// fetched; InventoryTreeAdapter turns the core's value types into these.
struct TenantEntry
{
    QString id;
    QString displayName; // falls back to the id when the directory has no name
};

struct SubscriptionEntry
{
    QString id; // the subscription GUID
    QString tenantId;
    QString displayName;
    QString state; // Enabled, Disabled, Warned, ...
};

struct ServiceEntry
{
    QString resourceId;
    QString name;
    QString subscriptionId;
    QString resourceGroup;
    QString sku; // Developer, Basic, Standard, Premium, Consumption, BasicV2, ...
    int capacity = 0;
    QString location;
    QString provisioningState;
    QVariant payload; // the core's service value, handed back to the details pane
};

// A service's recovery readiness as the tree shows it.
struct RecoveryMark
{
    int state = -1; // Core::RecoveryState as int
    QString text; // the state in words
    QString reason;
};

} // namespace Apim::Ui

Q_DECLARE_METATYPE(Apim::Ui::ServiceEntry)
