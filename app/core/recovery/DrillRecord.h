#pragma once

#include "arm/ArmError.h"
#include "operations/OperationRequest.h"
#include "recovery/DrillDifference.h"
#include "recovery/ServiceInventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Apim::Core {

enum class DrillState {
    Running, // the restore was started; a record left so shows a drill that did not end here
    Succeeded, // restored, standby ready, the same as the source
    Differences, // restored and ready, but the standby differs from the source
    Failed, // no RTO, or nothing to compare: reason says why
};

QString drillStateName(DrillState state);
DrillState drillStateFromName(const QString &name, bool *ok = nullptr);

// What one restore drill asked for: restore this backup of the source into the standby.
struct DrillRequest
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::DrillRequest)

public:
    QString sourceServiceId;
    QString standbyServiceId;
    QString storageAccount;
    QString storageSubscriptionId; // empty: the source service's subscription
    QString container;
    QString backupName;
    AccessType accessType = AccessType::AccessKey;
    QString identityClientId;
    QByteArray accessKey; // optional, as for a restore; never stored
    bool confirmed = false; // the user agreed to replace the standby's configuration

    // The restore the drill runs: the backup into the standby. The storage subscription
    // defaults to the source's, where the backup was written.
    RestoreRequest restoreRequest() const;
    // The first problem with the names, in words; empty when the request can be checked further.
    QString validate() const;
    // True when both ids name the same service (ARM ids compare case-insensitively).
    static bool sameService(const QString &a, const QString &b);
};

// One drill, as the DrillStore keeps it and the reports show it: the request, the restore
// operation, the measured RTO (from Azure accepting the restore to the standby answering
// Succeeded again), both inventories and their differences.
struct DrillRecord
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::DrillRecord)

public:
    QString id; // our own GUID
    QString sourceServiceId;
    QString standbyServiceId;
    QString storageAccount;
    QString storageSubscriptionId;
    QString container;
    QString backupName;
    QDateTime backupTime; // when the backup was written; invalid when unknown
    QString backupSku;
    QString operationId; // the restore in the operation journal

    DrillState state = DrillState::Running;
    QString reason; // Failed: why, in words
    ArmError error; // Failed: Azure's error, when there was one
    QDateTime startedAt; // before the restore was started
    QDateTime acceptedAt; // Azure accepted the restore (the operation record's acceptedAt)
    QDateTime restoreFinishedAt; // the operation ended
    QDateTime standbyReadyAt; // the standby answered Succeeded again after the restore
    QDateTime finishedAt;
    qint64 rtoMs = -1; // acceptedAt -> standbyReadyAt; -1: not measured

    std::optional<ServiceInventory> source;
    std::optional<ServiceInventory> standby;
    QList<DrillDifference> differences;
    bool changesChecked = false;
    QString changesError; // the source's Activity Log could not be read

    QString sourceName() const;
    QString standbyName() const;
    int unexplainedCount() const;
    // "12.3 s", or "-" when not measured.
    QString rtoText() const;
    // The state in words, for people (drillStateName() is the code, for files and JSON).
    QString stateText() const;

    QJsonObject toJson() const;
    // ok false (and *error set) when the object is not a drill record.
    static DrillRecord fromJson(const QJsonObject &object, bool *ok = nullptr, QString *error = nullptr);
};

} // namespace Apim::Core
