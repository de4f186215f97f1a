#pragma once

#include "arm/ArmResponse.h"
#include "operations/BackupNaming.h"
#include "operations/OperationLauncher.h"
#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"
#include "operations/OperationStartChecks.h"
#include "operations/OperationTracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Apim::Core {

class ArmClient;
class BackupFileProbe;
class ChangeReport;
class Clock;
class OperationJournal;
class StorageCredentialResolver;
class StorageService;

// Runs backups and restores: checks the request, refuses a second operation on the same
// service, journals the operation before anything is sent, fetches the access key when
// one is needed, sends the start request exactly once, follows it with an
// OperationTracker, and reads the change report when a backup ends. resume() picks up
// what a previous run of the app or CLI left unfinished, in this cloud and tenant only. An
// unfinished record that no process follows any more (a CLI run that was killed) does not
// block a new start for ever: the service's state decides whether it still runs.
class OperationManager : public QObject
{
    Q_OBJECT
public:
    OperationManager(ArmClient *client, StorageService *storage, StorageCredentialResolver *credentials,
        OperationJournal *journal, const Clock *clock, QObject *parent = nullptr);
    ~OperationManager() override;

    void setPollSettings(const PollSettings &settings) { m_pollSettings = settings; }
    PollSettings pollSettings() const { return m_pollSettings; }
    void setNaming(const BackupNaming &naming) { m_naming = naming; }
    void setChangeReportEnabled(bool enabled) { m_changeReportEnabled = enabled; }
    // The cloud's name (CloudEnvironment::name()), kept in every record started here.
    void setCloudName(const QString &name) { m_checks.setCloudName(name); }
    // Looks for a backup's file when the service never showed it running (trackers).
    void setBackupFileProbe(BackupFileProbe *probe);

    // The operation id, or an empty string with *error saying why nothing was started
    // (invalid names, another operation on the service, the journal cannot be written).
    QString startBackup(const BackupRequest &request, QString *error = nullptr);
    QString startRestore(const RestoreRequest &request, QString *error = nullptr);

    // Tracks every unfinished operation of the journal again. Returns how many.
    int resume(QStringList *warnings = nullptr);
    // The same over records already read from the journal (the app reads them on a worker:
    // the whole journal, tens of milliseconds per thousand records). Returns the ids followed.
    QStringList resumeFrom(const QList<OperationRecord> &records);
    // Tracks one (full id or unique prefix); true when found (finished ones are not
    // tracked again, find() returns them).
    bool resumeOne(const QString &idOrPrefix, QString *operationId = nullptr, QString *error = nullptr);

    QList<OperationRecord> list() const; // journal and live records, oldest first
    std::optional<OperationRecord> find(const QString &operationId) const;
    bool isTracking(const QString &operationId) const { return m_trackers.contains(operationId); }
    // Started or followed by this process and not finished yet (starting, tracked).
    bool isLiveHere(const QString &operationId) const
    {
        return m_records.contains(operationId) && !m_records.value(operationId).isFinished();
    }
    // The id of an unfinished operation on the service, if any (this process or journal;
    // not records of another cloud or tenant, nor ones older than the longest tracking).
    QString activeOperationFor(const QString &serviceId) const;
    // True when the record was started in this cloud and tenant, or does not say where
    // (records written before that was kept). Else false and *why says where it belongs.
    bool isFromHere(const OperationRecord &record, QString *why = nullptr) const;

    // The app or CLI is about to quit: stops following, writes every live record to the
    // journal as it stands (a start not sent yet becomes Canceled) and returns the ids
    // of the operations that may still run in Azure. Nothing is sent afterwards.
    QStringList suspend();

    // The name a backup gets when the request leaves it empty.
    QString defaultBackupName(const QString &serviceId, const QString &sku = {}) const;

signals:
    void operationAdded(const Apim::Core::OperationRecord &record);
    void operationChanged(const Apim::Core::OperationRecord &record);
    void operationFinished(const Apim::Core::OperationRecord &record);
    void journalWarning(const QString &message);

private:
    QString start(OperationRequest request, QString *error);
    void launch(const QString &operationId, const OperationRequest &request);
    void settleEarlierThenLaunch(
        const QString &operationId, const OperationRequest &request, const QStringList &earlier);
    bool resumeRecord(OperationRecord record, bool serviceSeenIdle);
    void track(const OperationRecord &record, int firstDelayMs, bool serviceSeenIdle = false);
    void update(const OperationRecord &record);
    void complete(OperationRecord record);
    void verifyThenReport(OperationRecord record);
    void reportChanges(OperationRecord record);
    void failBeforeStart(const QString &operationId, const ArmError &error, const QString &note);
    // The storage key of the operation's account is fetched once and kept until it ends.
    void holdKey(const OperationRecord &record);
    void finish(const OperationRecord &record);
    // Journals that the start POST is about to go out (OperationRecord::startSent).
    void journalStartSent(const QString &operationId, OperationLauncher::Proceed proceed);
    void save(const OperationRecord &record);

    QPointer<ArmClient> m_client;
    OperationJournal *m_journal;
    const Clock *m_clock;
    OperationStartChecks m_checks;
    OperationLauncher *m_launcher;
    ChangeReport *m_changeReport;
    QPointer<BackupFileProbe> m_probe;
    bool m_suspended = false;
    QSet<QString> m_sent; // start requests handed to ARM in this process
    PollSettings m_pollSettings;
    BackupNaming m_naming;
    bool m_changeReportEnabled = true;
    QHash<QString, OperationRecord> m_records; // live in this process
    QHash<QString, QPointer<OperationTracker>> m_trackers;
    QPointer<StorageCredentialResolver> m_credentials;
    QHash<QString, QObject *> m_keyHolders; // one per live operation, owned by this
};

} // namespace Apim::Core
