#pragma once

#include "arm/ArmError.h"
#include "recovery/ServiceInventory.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class ArmClient;

// Reads what a restore drill compares of one service through ARM: its APIs and each
// one's revisions, products, named values (the list only; a value is never asked for),
// backends, the global policy, APIM subscriptions and users, following nextLink paging
// (ArmPager). One read per object; finished() once, with the first error if any.
class InventoryReader : public QObject
{
    Q_OBJECT
public:
    explicit InventoryReader(ArmClient *client, QObject *parent = nullptr);

    void read(const QString &serviceId);

signals:
    void finished(const Apim::Core::ServiceInventory &inventory, const Apim::Core::ArmError &error);

private:
    using PageHandler = std::function<void(const QJsonArray &values)>;
    void list(const QString &path, PageHandler handler, const QString &filter = {});
    void readRevisions(const QStringList &apis);
    void done();

    QPointer<ArmClient> m_client;
    QString m_serviceId;
    ServiceInventory m_inventory;
    ArmError m_error;
    int m_pending = 0;
};

} // namespace Apim::Core
