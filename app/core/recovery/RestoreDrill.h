#pragma once

#include "arm/ArmError.h"
#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "operations/Preflight.h"
#include "recovery/DrillRecord.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace Apim::Core {

class ArmClient;
class ChangeReport;
class Clock;
class DrillStore;
class Engine;
class OperationManager;

// Why a drill was not started: nothing was restored and no drill record was kept.
struct DrillRefusal
{
    QString code; // NotConfirmed, SameService, TierMismatch, BackupExpired, a preflight code, ...
    QString message; // translated, with what to do
};

// A restore drill: restores a backup of the source into a standby service through the
// OperationManager (journaled, tracked, resumable and busy-checked like any restore),
// measures the RTO from Azure accepting the restore to the standby answering Succeeded
// again, then sets what the standby holds beside what the source holds now and explains
// each difference by the source's Activity Log since the backup. The report is saved in the
// DrillStore. One drill per object.
class RestoreDrill : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        ArmClient *arm = nullptr;
        OperationManager *operations = nullptr;
        std::function<Preflight *(QObject *owner)> createPreflight;
        DrillStore *store = nullptr;
        const Clock *clock = nullptr;
    };
    // The engine's objects; store is the caller's (it outlives the drill).
    static Parts partsOf(Engine &engine, DrillStore *store);

    explicit RestoreDrill(const Parts &parts, QObject *parent = nullptr);

    // How often the standby is asked for its state once the restore has ended (default 5 s),
    // and for how long at most (default 30 min).
    void setReadyPollIntervalMs(int ms) { m_readyIntervalMs = ms; }
    void setReadyTimeoutMs(int ms) { m_readyTimeoutMs = ms; }

    // Checks what needs no network (names, confirmation, standby != source), then reads the
    // standby, the source and the backup and goes on from the event loop. false and
    // *refusal when refused at once; later refusals come through refused().
    bool start(const DrillRequest &request, DrillRefusal *refusal = nullptr);
    const DrillRecord &record() const { return m_record; }

    // The refusal for these facts, if any, pure for tests: the backup's age (30 days),
    // the standby's tier against the backup's (or, when the backup does not say, the
    // source's), then preflight's other blocking findings.
    static std::optional<DrillRefusal> judge(
        const PreflightReport &report, const ApimService &source, const QDateTime &now);

signals:
    void progress(const QString &message);
    void refused(const Apim::Core::DrillRefusal &refusal);
    void restoreStarted(const Apim::Core::DrillRecord &record);
    // The drill ended (Succeeded, Differences or Failed); the record is saved.
    void finished(const Apim::Core::DrillRecord &record);

private:
    void check();
    void onChecked();
    void startRestore();
    void onRestoreFinished(const OperationRecord &operation);
    void pollStandby();
    void onStandbyState(const ArmResponse &response);
    void readInventories();
    void onInventories();
    void explainDifferences();
    void fail(const QString &reason, const ArmError &error = {});
    void refuse(const DrillRefusal &refusal);
    void complete();
    void save();

    Parts m_parts;
    DrillRequest m_request;
    DrillRecord m_record;
    ChangeReport *m_changes = nullptr;
    std::optional<PreflightReport> m_report;
    std::optional<ApimService> m_source;
    ArmError m_sourceError;
    bool m_sourceRead = false;
    int m_inventoriesPending = 0;
    ArmError m_inventoryError;
    QString m_inventoryFailedFor;
    QTimer m_readyTimer;
    QElapsedTimer m_readyElapsed;
    int m_readyIntervalMs = 5000;
    int m_readyTimeoutMs = 30 * 60 * 1000;
    std::unique_ptr<QLockFile> m_hold; // while the restore runs: see DrillStore::hold
    bool m_started = false;
    bool m_done = false;
};

} // namespace Apim::Core
