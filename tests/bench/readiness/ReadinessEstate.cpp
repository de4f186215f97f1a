#include "ReadinessEstate.h"

#include "inventory/ApimService.h"
#include "recovery/RecoverySettings.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

namespace Apim::Bench {

using Core::RecoveryState;

namespace {
// Four of the fixed Azurite accounts every generated estate holds.
const QStringList kAccounts { QStringLiteral("benchbackups"), QStringLiteral("contosobackups"),
    QStringLiteral("fabrikambackups"), QStringLiteral("devbackupstore") };

// In turn over the services that can be backed up.
const RecoveryState kCycle[] = { RecoveryState::Ready, RecoveryState::AtRisk, RecoveryState::Breached,
    RecoveryState::OnlyExpired, RecoveryState::NoBackup };

// Ages well inside each state's range against 24 h (at risk from 19.2 h), so that the
// minutes between seeding and measuring change nothing.
QList<double> agesFor(RecoveryState state)
{
    switch (state) {
    case RecoveryState::Ready:
        return { 0.25, 1.25, 2.25 };
    case RecoveryState::AtRisk:
        return { 0.9, 1.9, 2.9 };
    case RecoveryState::Breached:
        return { 2.5, 9.5 };
    case RecoveryState::OnlyExpired:
        return { 31, 38 };
    default:
        return {};
    }
}

QString containerName(int index)
{
    return QStringLiteral("readiness-%1").arg(index + 1, 2, 10, QLatin1Char('0'));
}
} // namespace

ReadinessEstate ReadinessEstate::plan(const QJsonObject &estate, QString *error)
{
    ReadinessEstate plan;
    QHash<QString, QString> accountSubscriptions;
    for (const QJsonValue &value : estate.value(QLatin1String("storageAccounts")).toArray()) {
        const QJsonObject account = value.toObject();
        accountSubscriptions.insert(account.value(QLatin1String("name")).toString(),
            account.value(QLatin1String("subscriptionId")).toString().toLower());
    }
    for (const QString &account : kAccounts) {
        if (!accountSubscriptions.contains(account)) {
            *error = QStringLiteral("the estate has no storage account %1: write it with azure-sim --generate-estate")
                         .arg(account);
            return {};
        }
    }
    // Counted per tenant, so that the subscriptions one sign-in sees use every container.
    QHash<QString, int> perTenant;
    for (const QJsonValue &value : estate.value(QLatin1String("subscriptions")).toArray()) {
        const QJsonObject subscription = value.toObject();
        const QString id = subscription.value(QLatin1String("subscriptionId")).toString().toLower();
        const QString tenant = subscription.value(QLatin1String("tenantId")).toString().toLower();
        const int container = perTenant[tenant]++ % kContainers;
        const QString account = kAccounts.at(container % kAccounts.size());
        plan.m_locations.insert(id, { accountSubscriptions.value(account), account, containerName(container) });
        plan.m_subscriptionTenants.insert(id, tenant);
    }
    int backedUp = 0;
    for (const QJsonValue &value : estate.value(QLatin1String("services")).toArray()) {
        const QJsonObject service = value.toObject();
        PlannedService planned;
        planned.name = service.value(QLatin1String("name")).toString();
        planned.subscriptionId = service.value(QLatin1String("subscriptionId")).toString().toLower();
        planned.sku = service.value(QLatin1String("sku")).toObject().value(QLatin1String("name")).toString();
        if (!plan.m_locations.contains(planned.subscriptionId)) {
            *error = QStringLiteral("service %1 is in an unknown subscription").arg(planned.name);
            return {};
        }
        if (Core::ApimService::backupSupportForSku(planned.sku).supported) {
            planned.state = kCycle[backedUp++ % std::size(kCycle)];
            planned.backupAgesDays = agesFor(planned.state);
        } else {
            planned.state = RecoveryState::NotSupported;
        }
        plan.m_serviceIndex.insert(planned.name.toLower(), int(plan.m_services.size()));
        plan.m_services.append(planned);
    }
    return plan;
}

QJsonObject ReadinessEstate::withBackups(QJsonObject estate) const
{
    QJsonArray containers = estate.value(QLatin1String("containers")).toArray();
    QList<Core::BackupLocation> places = m_locations.values();
    std::sort(places.begin(), places.end(),
        [](const Core::BackupLocation &a, const Core::BackupLocation &b) { return a.key() < b.key(); });
    places.erase(std::unique(places.begin(), places.end()), places.end());
    for (const Core::BackupLocation &place : std::as_const(places))
        containers.append(
            QJsonObject { { QStringLiteral("account"), place.account }, { QStringLiteral("name"), place.container } });
    QJsonArray backups = estate.value(QLatin1String("existingBackups")).toArray();
    for (const PlannedService &service : m_services) {
        const Core::BackupLocation place = m_locations.value(service.subscriptionId);
        for (double age : service.backupAgesDays)
            backups.append(QJsonObject { { QStringLiteral("account"), place.account },
                { QStringLiteral("container"), place.container },
                { QStringLiteral("blob"), service.name + QStringLiteral("-{date}.apimbackup") },
                { QStringLiteral("service"), service.name }, { QStringLiteral("sku"), service.sku },
                { QStringLiteral("ageDays"), age } });
    }
    estate.insert(QStringLiteral("containers"), containers);
    estate.insert(QStringLiteral("existingBackups"), backups);
    return estate;
}

void ReadinessEstate::rememberLocations(Core::RecoverySettings &settings) const
{
    for (auto it = m_locations.cbegin(); it != m_locations.cend(); ++it)
        settings.setDefaultLocation(it.key(), it.value());
}

std::optional<ReadinessEstate::Expected> ReadinessEstate::expected(const QString &serviceName) const
{
    const auto found = m_serviceIndex.constFind(serviceName.toLower());
    if (found == m_serviceIndex.constEnd())
        return std::nullopt;
    const PlannedService &service = m_services.at(*found);
    const auto restorable = std::count_if(service.backupAgesDays.cbegin(), service.backupAgesDays.cend(),
        [](double age) { return age < Core::BackupBlob::kExpiryDays; });
    return Expected { service.state, int(restorable) };
}

int ReadinessEstate::servicesInTenant(const QString &tenantId) const
{
    int count = 0;
    for (const PlannedService &service : m_services) {
        if (m_subscriptionTenants.value(service.subscriptionId).compare(tenantId, Qt::CaseInsensitive) == 0)
            ++count;
    }
    return count;
}

int ReadinessEstate::backupCount() const
{
    int count = 0;
    for (const PlannedService &service : m_services)
        count += int(service.backupAgesDays.size());
    return count;
}

} // namespace Apim::Bench
