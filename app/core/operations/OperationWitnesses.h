#pragma once

#include "arm/ArmError.h"
#include "operations/OperationRecord.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class ArmClient;
class ArmJob;
class BackupFileProbe;
class Clock;
struct BackupFileCheck;
struct StartEvents;

// What the witnesses say about an operation the service never showed in progress.
struct WitnessVerdict
{
    enum class Outcome {
        Succeeded, // it ran and succeeded (note says how that is known)
        Failed, // it ran and failed (error: Azure's words)
        Accepted, // the Activity Log shows Azure took it; no end yet: follow it
        NoTrace, // nothing shows it ran (yet); note and error are the "did not start" verdict
        Unknown, // the witnesses could not be read; note says what to check
    };
    Outcome outcome = Outcome::Unknown;
    // NoTrace: only the Activity Log could still tell (it lags by minutes), so it is worth
    // asking again until PollSettings::activityLogWaitSeconds; waitingNote says so.
    bool onlyTheLogCanTell = false;
    QString note; // translated, for the record
    QString waitingNote; // translated; NoTrace with onlyTheLogCanTell
    ArmError error;
};

// The traces a backup or restore leaves in Azure besides its status URL: for a backup its
// file in the container (BackupFileProbe), and, when the answer to the start was lost,
// the Activity Log events ARM files under the start's correlation id (ActivityLogLookup):
// a backup Azure accepted may fail before it writes a file, so an empty container alone
// never says "did not start".
// The tracker asks them when the service shows no operation in progress: a short one can
// begin and end between two looks at the service. A backup whose container cannot be read
// falls back to the Activity Log as a restore does. Never sends the start again.
class OperationWitnesses : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const WitnessVerdict &verdict)>;

    OperationWitnesses(ArmClient *client, const Clock *clock, QObject *parent = nullptr);
    ~OperationWitnesses() override;

    void setBackupFileProbe(BackupFileProbe *probe);
    // How long the tracker keeps looking in the Activity Log; named in the final note.
    void setActivityLogWaitSeconds(qint64 seconds) { m_activityLogWaitSeconds = seconds; }

    // Asks the witnesses about record (whose start was lost when it has no acceptedAt);
    // why: how the tracker got here, prefixed to some notes. done is called once, from the
    // event loop, unless abort() comes first.
    void ask(const OperationRecord &record, const QString &why, Done done);
    void abort();

private:
    void onBackupFile(const OperationRecord &record, const BackupFileCheck &check, const QString &why);
    // fileProblem: why the container could not be read; fileAbsent: it was read and holds
    // no file of this backup.
    void askActivityLog(const OperationRecord &record, const QString &fileProblem, bool fileAbsent = false);
    void onActivityLog(const OperationRecord &record, const StartEvents &events, const QString &problem,
        const QString &fileProblem, bool fileAbsent);
    void answer(const WitnessVerdict &verdict);

    QPointer<ArmClient> m_client;
    const Clock *m_clock;
    QPointer<BackupFileProbe> m_probe;
    QPointer<ArmJob> m_job;
    Done m_done;
    qint64 m_activityLogWaitSeconds = 15 * 60;
    int m_generation = 0; // abort() and a new ask() make earlier answers stale
};

} // namespace Apim::Core
