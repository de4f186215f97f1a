#pragma once

#include "recovery/BackupLocation.h"
#include "recovery/RecoveryReadiness.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Apim::Core {
class RecoverySettings;
}

namespace Apim::Bench {

// The backups of the readiness benchmark, laid over an estate that azure-sim
// --generate-estate wrote. Deterministic, so the seed written before azure-sim starts and
// the answer checked after the run come from the same plan:
// - the subscriptions of each tenant keep their backups in 20 containers, in turn, spread
//   over four of the estate's storage accounts (the default location a backup dialog
//   remembers for a subscription);
// - the services whose tier has backup and restore take, in turn, backups that make them
//   ready, at risk, breached (against the default 24 h target), only expired, or none;
//   the other tiers are "not supported".
class ReadinessEstate
{
public:
    static constexpr int kContainers = 20;

    // Empty plan and *error when the estate is not one this benchmark knows how to fill.
    static ReadinessEstate plan(const QJsonObject &estate, QString *error);

    // The estate with the 20 containers and the planned backups (azure-sim "existingBackups").
    QJsonObject withBackups(QJsonObject estate) const;
    // Remembers each subscription's location as its default, as the backup dialog does.
    void rememberLocations(Core::RecoverySettings &settings) const;

    struct Expected
    {
        Core::RecoveryState state;
        int restorableBackups; // younger than the 30 days APIM restores
    };
    // What the readiness of a service must say; nullopt for a service the plan does not know.
    std::optional<Expected> expected(const QString &serviceName) const;
    // Services in subscriptions of this tenant: what a signed-in listing must return.
    int servicesInTenant(const QString &tenantId) const;
    int backupCount() const;

private:
    struct PlannedService
    {
        QString name;
        QString subscriptionId; // lower case
        QString sku;
        Core::RecoveryState state = Core::RecoveryState::Unknown;
        QList<double> backupAgesDays;
    };

    QList<PlannedService> m_services;
    QHash<QString, int> m_serviceIndex; // lower-case name -> m_services
    QHash<QString, Core::BackupLocation> m_locations; // lower-case subscription id -> where its backups go
    QHash<QString, QString> m_subscriptionTenants; // lower-case subscription id -> lower-case tenant id
};

} // namespace Apim::Bench
