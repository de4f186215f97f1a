#pragma once

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <utility>

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

// A service's id as the tree looks it up: lowercased, as ARM ids compare without case.
inline QString serviceTreeKey(const QString &id)
{
    return id.toLower();
}

// A service's recovery readiness as the tree shows it.
struct RecoveryMark
{
    int state = -1; // Core::RecoveryState as int
    QString text; // the state in words
    QString reason;
};

// Every service's mark, keyed as the tree looks services up. The keys are made where the
// marks are judged (on a worker): checking 10,000 ids for case on the GUI thread, before
// taking them, held it for milliseconds after every operation's end.
class RecoveryMarks
{
public:
    void reserve(qsizetype size) { m_byKey.reserve(size); }
    void insert(const QString &serviceId, const RecoveryMark &mark) { m_byKey.insert(serviceTreeKey(serviceId), mark); }
    // For a caller that already holds serviceTreeKey(id).
    void insertByKey(const QString &key, const RecoveryMark &mark) { m_byKey.insert(key, mark); }
    QHash<QString, RecoveryMark> takeByKey() { return std::exchange(m_byKey, {}); }

private:
    QHash<QString, RecoveryMark> m_byKey;
};

} // namespace Apim::Ui

Q_DECLARE_METATYPE(Apim::Ui::ServiceEntry)
