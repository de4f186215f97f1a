#include "ServiceJsonCache.h"

#include "ArmJson.h"
#include "Estate.h"

#include <QJsonDocument>

namespace Apim::Sim {

namespace {
template<typename Build>
QByteArray cached(
    QHash<QString, ServiceJsonCache::Entry> &entries, const ApimService &service, const QString &tenantId, Build build)
{
    auto &entry = entries[service.id()];
    if (entry.json.isEmpty() || entry.version != service.version || entry.tenantId != tenantId) {
        entry.json = QJsonDocument(build(service, tenantId)).toJson(QJsonDocument::Compact);
        entry.version = service.version;
        entry.tenantId = tenantId;
    }
    return entry.json;
}
} // namespace

QByteArray ServiceJsonCache::resource(const ApimService &service, const QString &tenantId)
{
    return cached(m_resources, service, tenantId, &ArmJson::service);
}

QByteArray ServiceJsonCache::graphRow(const ApimService &service, const QString &tenantId)
{
    return cached(m_graphRows, service, tenantId, &ArmJson::serviceGraphRow);
}

void ServiceJsonCache::warm(const Estate &estate)
{
    for (const ApimService &service : estate.services) {
        if (const Subscription *subscription = estate.findSubscription(service.subscriptionId)) {
            resource(service, subscription->tenantId);
            graphRow(service, subscription->tenantId);
        }
    }
}

} // namespace Apim::Sim
