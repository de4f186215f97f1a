#pragma once

#include "arm/ArmError.h"
#include "operations/BackupVerification.h"
#include "operations/ChangeEvent.h"
#include "operations/OperationRequest.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Apim::Core {

enum class OperationState {
    Starting, // written before the POST: a crash now leaves a record to check, never to re-send
    Running,
    Succeeded,
    Failed,
    Canceled,
    Unknown, // we lost track; the note says what to check
};

QString operationStateName(OperationState state); // Starting, Running, ...
OperationState operationStateFromName(const QString &name, bool *ok = nullptr);

// Everything known about one backup or restore: what was asked, where its status lives,
// how it ended. This is what the journal stores (never a key or token) and what the UI
// and CLI show.
struct OperationRecord
{
    QString id; // our own GUID, shown to the user
    OperationKind kind = OperationKind::Backup;
    QString serviceId;
    QString serviceName;
    QString subscriptionId;
    QString resourceGroup;
    QString serviceSku;
    QString storageAccount;
    QString storageSubscriptionId;
    QString container;
    QString blobName;
    AccessType accessType = AccessType::AccessKey;
    QString identityClientId;
    // Where it was started: a status URL and a service id only mean something in their own
    // cloud and tenant. Empty in records written before these were kept (resumed anywhere).
    QString cloud; // CloudEnvironment::name()
    QString armEndpoint; // the cloud's resourceManager URL
    QString tenantId;

    OperationState state = OperationState::Starting;
    QString serviceStatus; // the status string Azure gave last (InProgress, Updating, ...)
    QDateTime serviceStatusAt; // when serviceStatus was read: it goes stale once the operation ends
    QUrl locationUrl; // Location of the 202
    QUrl asyncOperationUrl; // Azure-AsyncOperation of the 202, when given
    // No status URL (the answer to the POST was lost): progress is read from the service's
    // provisioningState instead.
    bool trackingByServiceState = false;
    bool sawServiceUpdating = false;
    int serviceChecks = 0; // GET service made while tracking by state

    QDateTime createdAt; // before the POST
    QDateTime acceptedAt; // 202 received
    QDateTime updatedAt;
    QDateTime finishedAt;
    QDateTime nextPollAt;
    double percentComplete = -1; // -1: the service gives none
    int pollCount = 0;
    int consecutivePollFailures = 0;

    ArmError error; // Failed: as the service gave it
    QString note; // plain words for the user about how the outcome was determined
    QString startRequestId; // x-ms-request-id of the POST
    QString startCorrelationId;
    // False from the moment the record is first written until just before the start POST
    // is handed to the network: a Starting record that says false was never sent, so
    // nothing started. Records written before this was kept read as true (perhaps sent).
    bool startSent = true;

    bool changesChecked = false;
    QList<ChangeEvent> changes;
    QString changesError;

    BackupVerification verification; // backups: the file as found after the backup and by verify

    bool isFinished() const
    {
        return state == OperationState::Succeeded || state == OperationState::Failed
            || state == OperationState::Canceled || state == OperationState::Unknown;
    }
    qint64 elapsedSeconds(const QDateTime &now) const
    {
        const QDateTime end = finishedAt.isValid() ? finishedAt : now;
        return createdAt.isValid() ? createdAt.secsTo(end) : 0;
    }

    // One line for lists: "backup contoso -> acct/container/blob: Running (12 s)".
    QString summary(const QDateTime &now) const;

    QJsonObject toJson() const;
    // ok false (and *error set) when the object is not a journal record.
    static OperationRecord fromJson(const QJsonObject &object, bool *ok = nullptr, QString *error = nullptr);
};

} // namespace Apim::Core
