#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// A directory the signed-in account can reach (GET /tenants).
struct TenantInfo
{
    QString tenantId;
    QString displayName;
    QString defaultDomain;
    QStringList domains;

    static TenantInfo fromJson(const QJsonObject &object)
    {
        TenantInfo tenant;
        tenant.tenantId = object.value(QLatin1String("tenantId")).toString();
        tenant.displayName = object.value(QLatin1String("displayName")).toString();
        tenant.defaultDomain = object.value(QLatin1String("defaultDomain")).toString();
        const auto domains = object.value(QLatin1String("domains")).toArray();
        for (const auto &domain : domains)
            tenant.domains << domain.toString();
        if (tenant.displayName.isEmpty())
            tenant.displayName = tenant.defaultDomain.isEmpty() ? tenant.tenantId : tenant.defaultDomain;
        return tenant;
    }
};

} // namespace Apim::Core
