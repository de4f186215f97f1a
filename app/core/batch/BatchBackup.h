#pragma once

#include "batch/BatchItem.h"
#include "batch/BatchSummary.h"
#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Apim::Core {

class BatchOutcome;
class Clock;
class OperationManager;
class Preflight;
struct PreflightReport;

// A service of a batch: its id, and the service itself when a listing already read it
// (its tier then decides a skip without asking Azure). requested: named by the user, as
// opposed to picked up by "every service of this subscription".
struct BatchTarget
{
    QString serviceId;
    std::optional<ApimService> service;
    bool requested = true;
};

// Backs up several services through the same Preflight and OperationManager as a single
// backup: at most concurrency() services at a time (preflight and operation both hold the
// slot), never two on one service (duplicates are dropped, and a service the manager or
// the journal knows busy is skipped), the others go on when one fails, the ones whose turn
// has not come can be cancelled. itemChanged reports each service as it moves, finished
// the summary. One run per object.
class BatchBackup : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 16;
    using PreflightFactory = std::function<Preflight *(QObject *owner)>;

    BatchBackup(OperationManager *manager, PreflightFactory preflights, const Clock *clock, QObject *parent = nullptr);

    static bool isValidConcurrency(int limit) { return limit >= 1 && limit <= kMaxConcurrency; }
    // Clamped to 1..kMaxConcurrency; takes effect for the next slot that frees up.
    void setConcurrency(int limit);
    int concurrency() const { return m_concurrency; }

    // common: what every backup shares (storage account and its subscription, container,
    // access type, identity, overwrite); its service and blob name are ignored, each
    // backup is named by the naming pattern. The work starts from the event loop, so
    // signals connected after start() are not missed.
    void start(const OperationRequest &common, const QList<BatchTarget> &targets);
    // Skips (as Canceled) every service whose backup was not started yet; started ones
    // go on to their end. finished follows once they have.
    void cancelPending();

    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    const QList<BatchItem> &items() const { return m_items; }
    int activeCount() const { return m_active; } // services holding a slot
    int finishedCount() const;
    double overallPercent() const; // 0..100
    BatchSummary summary() const;
    // A backup or restore this process started or follows on the service (through manager),
    // if any: what makes a service busy before anything is asked of Azure.
    static QString liveOperationOn(const OperationManager *manager, const QString &serviceId);

signals:
    void itemChanged(int index, const Apim::Core::BatchItem &item);
    void progressChanged(int finished, int total, double percent);
    void finished(const Apim::Core::BatchSummary &summary);

private:
    void pump();
    void begin(int index);
    void onPreflight(int index, const PreflightReport &report);
    void launch(int index, OperationRequest request);
    void onOperationChanged(const OperationRecord &record);
    void onOperationFinished(const OperationRecord &record);
    void complete(int index, const BatchOutcome &outcome);
    void changed(int index);
    void finishIfDone();

    QPointer<OperationManager> m_manager;
    PreflightFactory m_preflights;
    const Clock *m_clock;
    int m_concurrency = kDefaultConcurrency;
    OperationRequest m_common;
    QList<BatchItem> m_items;
    QHash<int, QPointer<Preflight>> m_checks;
    QHash<QString, int> m_byOperation;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
    int m_active = 0;
    bool m_started = false;
    bool m_canceled = false;
    bool m_finished = false;
};

} // namespace Apim::Core
