#include "recovery/InventoryReader.h"

#include "arm/ArmClient.h"
#include "arm/ArmPager.h"
#include "inventory/Inventory.h"

#include <QUrl>

namespace Apim::Core {

InventoryReader::InventoryReader(ArmClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void InventoryReader::read(const QString &serviceId)
{
    m_serviceId = serviceId;
    m_inventory = ServiceInventory();
    m_error = ArmError();
    if (!m_client) {
        m_error = ArmError::local(ArmError::Kind::Refused, tr("not connected to Azure"));
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_inventory, m_error); }, Qt::QueuedConnection);
        return;
    }
    // Counted before the first request goes out, so that no answer can end the read early.
    m_pending = 7;
    list(
        QStringLiteral("apis"), [this](const QJsonArray &values) { readRevisions(ServiceInventory::namesOf(values)); },
        QStringLiteral("isCurrent eq true"));
    list(QStringLiteral("products"),
        [this](const QJsonArray &values) { m_inventory.products = ServiceInventory::namesOf(values); });
    list(QStringLiteral("namedValues"),
        [this](const QJsonArray &values) { m_inventory.namedValues = ServiceInventory::namesOf(values); });
    list(QStringLiteral("backends"),
        [this](const QJsonArray &values) { m_inventory.backends = ServiceInventory::namesOf(values); });
    list(QStringLiteral("policies"),
        [this](const QJsonArray &values) { m_inventory.policyHash = ServiceInventory::policyHashOf(values); });
    list(QStringLiteral("subscriptions"),
        [this](const QJsonArray &values) { m_inventory.subscriptionCount = int(values.size()); });
    list(QStringLiteral("users"), [this](const QJsonArray &values) { m_inventory.userCount = int(values.size()); });
}

void InventoryReader::list(const QString &path, PageHandler handler, const QString &filter)
{
    ArmRequest request = ArmRequest::get(m_serviceId + QLatin1Char('/') + path, Inventory::kApimApiVersion);
    if (!filter.isEmpty())
        request.withQuery(QStringLiteral("$filter"), filter);
    auto *pager = new ArmPager(m_client, request, this);
    connect(pager, &ArmPager::finished, this,
        [this, pager, handler](const QJsonArray &values, const ArmResponse &response) {
            pager->deleteLater();
            if (!response.ok()) {
                if (!m_error.isError())
                    m_error = response.error;
            } else {
                handler(values);
            }
            done();
        });
    pager->start();
}

void InventoryReader::readRevisions(const QStringList &apis)
{
    for (const QString &api : apis)
        m_inventory.apis.insert(api, {});
    m_pending += int(apis.size());
    for (const QString &api : apis) {
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(api));
        list(QStringLiteral("apis/%1/revisions").arg(encoded), [this, api](const QJsonArray &values) {
            m_inventory.apis.insert(api, ServiceInventory::revisionsOf(values));
        });
    }
}

void InventoryReader::done()
{
    if (--m_pending > 0)
        return;
    emit finished(m_inventory, m_error);
}

} // namespace Apim::Core
