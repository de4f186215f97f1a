#pragma once

#include "arm/ArmResponse.h"
#include "operations/BackupNaming.h"
#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"
#include "operations/OperationTracker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Apim::Core {

class ArmClient;
class ChangeReport;
class Clock;
class OperationJournal;
class StorageCredentialResolver;
class StorageService;

// Runs backups and restores: checks the request, refuses a second operation on the same
// service, journals the operation before anything is sent, fetches the access key when
// one is needed, sends the start request exactly once, follows it with an
// OperationTracker, and reads the change report when a backup ends. resume() picks up
// what a previous run of the app or CLI left unfinished.
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

    // The operation id, or an empty string with *error saying why nothing was started
    // (invalid names, another operation on the service, the journal cannot be written).
    QString startBackup(const BackupRequest &request, QString *error = nullptr);
    QString startRestore(const RestoreRequest &request, QString *error = nullptr);

    // Tracks every unfinished operation of the journal again. Returns how many.
    int resume(QStringList *warnings = nullptr);
    // Tracks one (full id or unique prefix); true when found (finished ones are not
    // tracked again, find() returns them).
    bool resumeOne(const QString &idOrPrefix, QString *operationId = nullptr, QString *error = nullptr);

    QList<OperationRecord> list() const; // journal and live records, oldest first
    std::optional<OperationRecord> find(const QString &operationId) const;
    bool isTracking(const QString &operationId) const { return m_trackers.contains(operationId); }
    // The id of an unfinished operation on the service, if any (this process or journal).
    QString activeOperationFor(const QString &serviceId) const;

    // The name a backup gets when the request leaves it empty.
    QString defaultBackupName(const QString &serviceId, const QString &sku = {}) const;

signals:
    void operationAdded(const Apim::Core::OperationRecord &record);
    void operationChanged(const Apim::Core::OperationRecord &record);
    void operationFinished(const Apim::Core::OperationRecord &record);
    void journalWarning(const QString &message);

private:
    QString start(OperationRequest request, QString *error);
    void fetchKeyAndPost(const QString &operationId, const OperationRequest &request);
    void post(const QString &operationId, const OperationRequest &request);
    void onPosted(const QString &operationId, const ArmResponse &response);
    void track(const OperationRecord &record, int firstDelayMs);
    void update(const OperationRecord &record);
    void complete(OperationRecord record);
    void failBeforeStart(const QString &operationId, const ArmError &error, const QString &note);
    void save(const OperationRecord &record);

    QPointer<ArmClient> m_client;
    QPointer<StorageService> m_storage;
    QPointer<StorageCredentialResolver> m_credentials;
    OperationJournal *m_journal;
    const Clock *m_clock;
    ChangeReport *m_changeReport;
    PollSettings m_pollSettings;
    BackupNaming m_naming;
    bool m_changeReportEnabled = true;
    QHash<QString, OperationRecord> m_records; // live in this process
    QHash<QString, QPointer<OperationTracker>> m_trackers;
};

} // namespace Apim::Core
