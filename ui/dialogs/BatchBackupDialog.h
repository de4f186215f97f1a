#pragma once

#include "batch/BatchBackup.h"
#include "batch/BatchItem.h"
#include "batch/BatchSummary.h"
#include "operations/OperationRequest.h"
#include "ui/models/ServiceTreeEntries.h"
#include "ui/widgets/FindingView.h"

#include <QDialog>
#include <QList>
#include <QVector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Apim::Core {
class StorageService;
}

namespace Apim::Ui {

class AccessTypeWidget;
class DialogProvider;
class FindingsWidget;
class StorageTargetWidget;

// One dialog for a backup of many services: the common storage location, the access type,
// the naming pattern, the preflight findings grouped (each with the services it concerns),
// every service with what will happen to it, and the ones skipped with their reason. Once
// started it follows the run: each service's state, the overall progress, "Cancel pending",
// and the summary. It decides nothing itself: the controller hands it the core's BatchItems
// (the skips come from Core::BatchOutcome) and it asks through signals.
class BatchBackupDialog : public QDialog
{
    Q_OBJECT
public:
    struct Defaults
    {
        QString storageAccount;
        QString container;
        QString storageSubscriptionId; // of storageAccount; empty: the first service's
        QString namingPattern;
        QVector<SubscriptionEntry> subscriptions; // to pick the storage from
    };

    BatchBackupDialog(const QList<Core::BatchTarget> &targets, Core::StorageService *storage, DialogProvider *dialogs,
        const Defaults &defaults, QWidget *parent = nullptr);

    const QList<Core::BatchTarget> &targets() const { return m_targets; }
    // What every backup shares; the service and the blob name are each backup's own.
    Core::OperationRequest commonRequest() const;
    QString namingPattern() const;
    // The storage is chosen and the pattern valid: the checks may run.
    bool isComplete() const;
    bool isRunning() const { return m_running; }

    // Before the start: the checks run, then what will happen to each service.
    void setChecking();
    void setPlan(const QList<Core::BatchItem> &items, const FindingViews &findings);
    // Services that can run after the checks (Start needs one).
    int runnableCount() const;

    // The run: the items as BatchBackup has them, then each change, then the end.
    void setRunning(const QList<Core::BatchItem> &items);
    void setItem(int index, const Core::BatchItem &item);
    void setProgress(int finished, int total, double percent);
    void setSummary(const Core::BatchSummary &summary);

    StorageTargetWidget *storageTarget() const { return m_storage; }
    AccessTypeWidget *accessType() const { return m_access; }
    FindingsWidget *findings() const { return m_findings; }
    QTreeWidget *servicesList() const { return m_services; }
    QTreeWidget *skippedList() const { return m_skipped; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelPendingButton() const { return m_cancelPending; }
    QLabel *summaryLabel() const { return m_summary; }
    QProgressBar *progressBar() const { return m_progress; }

signals:
    // The inputs changed and settled: check every service for commonRequest().
    void preflightRequested();
    void startRequested();
    void cancelPendingRequested();

private:
    void connectInputs();
    void onInputChanged();
    void updateStart();
    void showItems();
    void showItem(int index);
    void showSkipped();

    QList<Core::BatchTarget> m_targets;
    QList<Core::BatchItem> m_items;
    StorageTargetWidget *m_storage;
    AccessTypeWidget *m_access;
    QLineEdit *m_pattern;
    QLabel *m_patternProblem;
    FindingsWidget *m_findings;
    QTreeWidget *m_services;
    QTreeWidget *m_skipped;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_summary;
    QPushButton *m_start;
    QPushButton *m_cancelPending;
    QPushButton *m_close;
    QTimer *m_settle;
    bool m_checked = false;
    bool m_running = false;
};

} // namespace Apim::Ui
