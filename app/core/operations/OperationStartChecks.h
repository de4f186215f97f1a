#pragma once

#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QStringList>

namespace Apim::Core {

class ArmClient;
class Clock;
class OperationJournal;

// What is decided before a backup or restore may start: the request can be sent, no
// operation of this process runs on the service, and which unfinished records of the
// journal (left by a CLI run that was killed, an app that quit) still need a look at the
// service. Also whether a record belongs to the cloud and tenant signed in now, since a
// status URL of another cloud means nothing here.
class OperationStartChecks
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::OperationManager)

public:
    struct Verdict
    {
        QString refusal; // non-empty: nothing may start, in words
        QStringList earlier; // unfinished journal records on the service: ask the service first
        QStringList stale; // unfinished but older than the longest tracking: to be ended
    };

    OperationStartChecks(ArmClient *client, const OperationJournal *journal, const Clock *clock);

    void setCloudName(const QString &name) { m_cloudName = name; }
    QString cloudName() const { return m_cloudName; }
    void setMaxDurationSeconds(qint64 seconds) { m_maxDurationSeconds = seconds; }

    Verdict check(const OperationRequest &request, const QHash<QString, OperationRecord> &live) const;
    // The id of an unfinished operation on the service: live ones of this process first,
    // then the journal's (of this cloud and tenant, not stale).
    QString activeOperationFor(const QString &serviceId, const QHash<QString, OperationRecord> &live) const;
    bool isFromHere(const OperationRecord &record, QString *why = nullptr) const;
    bool isStale(const OperationRecord &record) const;
    QString currentTenant() const;

private:
    QPointer<ArmClient> m_client;
    const OperationJournal *m_journal;
    const Clock *m_clock;
    QString m_cloudName;
    qint64 m_maxDurationSeconds = 4 * 3600;
};

} // namespace Apim::Core
