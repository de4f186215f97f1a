#pragma once

#include "arm/ArmResponse.h"
#include "operations/OperationRecord.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Apim::Core {

class ArmClient;
class ArmJob;
class BackupFileProbe;
class Clock;
class OperationWitnesses;
struct WitnessVerdict;

// How patiently a long-running operation is followed.
struct PollSettings
{
    int defaultIntervalMs = 60000; // when Azure sends no Retry-After (the ARM default)
    int minIntervalMs = 1000; // a Retry-After is clamped to [min, max]
    int maxIntervalMs = 600000;
    // Following the service's state instead of the status URL (after a 403 on a poll):
    // the first read after this long, each later one twice as late, up to
    // defaultIntervalMs. The status URL's Retry-After no longer applies, and an
    // operation that ends seconds later should not be reported a minute late.
    int serviceCheckFirstMs = 5000;
    // Consecutive 5xx from the Location URL are taken as the operation's answer (Failed)
    // after this many, or once they have lasted this long, whichever comes first: the
    // backoff doubles, so a count alone would let the wait grow past a minute.
    int maxServerErrors = 6;
    int maxServerErrorSeconds = 45;
    // Consecutive answers from the status URL that are not a status (unreadable JSON, not
    // an object) before the outcome is reported as unknown: a broken answer does not heal
    // by itself, and waiting for maxDurationSeconds would hide it for hours.
    int maxUnreadableAnswers = 3;
    int maxUnstartedChecks = 3; // service checks after a lost start answer before "nothing started"
    // How long the Activity Log is searched for a restore whose start answer was lost: ARM
    // files accepted actions there, but the log can lag the request by minutes.
    qint64 activityLogWaitSeconds = 15 * 60;
    qint64 maxDurationSeconds = 4 * 3600; // then Unknown: still running, check the portal

    // The wait before the next look at an operation, for the manager's first poll and
    // the tracker's later ones alike: a server's Retry-After (ms; < 0: none) clamped to
    // [min, max], else the default.
    int intervalFor(qint64 retryAfterMs) const
    {
        if (retryAfterMs < 0)
            return defaultIntervalMs;
        return int(std::clamp<qint64>(retryAfterMs, minIntervalMs, maxIntervalMs));
    }
};

// Follows one accepted (or possibly accepted) backup/restore to its end: polls
// Azure-AsyncOperation when given, else Location, honouring Retry-After, with a fresh
// token on every poll (ArmJob asks the credential each time). A 403/404 on the status
// URL, a status URL this cloud's token may not go to, or a start whose answer was lost, is
// answered by reading the service's provisioningState instead: never by sending the start
// again. Transient poll failures, a missing sign-in and a refused host never end the
// operation. When the service never showed the operation in progress, OperationWitnesses
// decide (a short one can begin and end between two checks): a backup's file in the
// container, and for a lost start the Activity Log under the start's correlation id.
class OperationTracker : public QObject
{
    Q_OBJECT
public:
    OperationTracker(ArmClient *client, const Clock *clock, const OperationRecord &record, const PollSettings &settings,
        QObject *parent = nullptr);
    ~OperationTracker() override;

    // Asked when the service never showed a backup in progress; none: the outcome stays Unknown.
    void setBackupFileProbe(BackupFileProbe *probe);
    // The service was seen idle after this operation could have started (a new start on
    // the service is about to be sent): conclude from what is known now, and never read
    // a later Updating as this operation's.
    void setServiceSeenIdle(bool seen) { m_serviceSeenIdle = seen; }

    // firstDelayMs < 0: the record's nextPollAt (or now when it is past).
    void start(int firstDelayMs = -1);
    void stop();
    const OperationRecord &record() const { return m_record; }

signals:
    void changed(const Apim::Core::OperationRecord &record);
    void finished(const Apim::Core::OperationRecord &record);

private:
    void poll();
    void onStatus(const ArmResponse &response, bool async);
    void onStatusFailure(const ArmResponse &response, bool async);
    void checkService(const QString &why);
    void onService(const ArmResponse &response, const QString &why);
    void concludeIdle(const QString &why);
    void onWitness(const WitnessVerdict &verdict, const QString &why);
    void pause(const QString &note);
    void scheduleNext(int retryAfterMs);
    void scheduleServiceCheck(); // the short, growing backoff of serviceCheckFirstMs
    int retryAfterOf(const ArmResponse &response) const;
    // The wait before the next poll after a transient failure; *giveUp when the server
    // errors have lasted as long as the settings allow.
    int serverErrorBackoff(const ArmResponse &response, bool serverAnswered, bool *giveUp);
    void finish(OperationState state, const QString &note, const ArmError &error = {});
    void touch();

    QPointer<ArmClient> m_client;
    const Clock *m_clock;
    OperationRecord m_record;
    PollSettings m_settings;
    QTimer m_timer;
    QPointer<ArmJob> m_job;
    OperationWitnesses *m_witnesses; // a child: the file and Activity Log lookups
    bool m_stopped = false;
    bool m_serviceSeenIdle = false;
    int m_serviceCheckDelayMs = 0; // the next service read's delay; 0: none yet
    QDateTime m_serverErrorsSince; // the first of the current run of 5xx answers (m_clock)
};

} // namespace Apim::Core
