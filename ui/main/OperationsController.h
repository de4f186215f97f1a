#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "operations/PreflightFinding.h"
#include "ui/models/OperationsModel.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

class QDialog;

namespace Apim::Core {
class Engine;
}

namespace Apim::Ui {

class BackupDialog;
class BatchBackupController;
class CoreBackupLister;
class MainWindow;
class RestoreDialog;
class StorageTargetWidget;
struct UiContext;

// Backups and restores between the window and the core: opens the backup and restore
// dialogs, runs their preflight, starts the operation, remembers the per-subscription
// default location, "Back up now" in one click plus a confirmation, copies the az
// command, mirrors the operation manager into the operations panel (with the journal's
// history and resumed operations), notifies when one ends, and fills the details pane's
// "latest backup". Backups of many services go through its BatchBackupController.
class OperationsController : public QObject
{
    Q_OBJECT
public:
    OperationsController(MainWindow *window, const UiContext &context, QObject *parent = nullptr);
    ~OperationsController() override;

    void bind(Core::Engine *services);
    // Picks up unfinished operations of the journal (after the session is restored). The
    // journal is read on a worker; resumed() tells how many were picked up.
    void resume();

    void openBackupDialog(const Core::ApimService &service);
    void backUpNow(const Core::ApimService &service);
    void openRestoreDialog(const Core::ApimService &service);
    BackupDialog *backupDialog() const;
    RestoreDialog *restoreDialog() const;
    BatchBackupController *batchBackups() const { return m_batch; }

signals:
    void operationStarted(const QString &operationId);
    void resumed(int count);

private:
    // The whole journal, read on a worker: records, their rows and the files that could not
    // be read. then() runs here, unless another engine was bound meanwhile.
    struct JournalRead
    {
        QList<Core::OperationRecord> records;
        OperationsModel::History history; // the rows the model did not have when asked
        QSet<QString> finishedIds;
        QStringList warnings;
    };
    void readJournal(std::function<void(JournalRead &)> then);
    void onRecord(const Core::OperationRecord &record);
    void onFinished(const Core::OperationRecord &record);
    void startOperation(const Core::OperationRequest &request, QWidget *dialog, bool rememberDefaults);
    void runPreflight(const Core::OperationRequest &request, QObject *owner,
        std::function<void(const QList<Core::PreflightFinding> &)> done);
    void copyCommand(const Core::OperationRequest &request);
    // The storage key a dialog's checks fetch is kept while the dialog is open, so that
    // the operation it starts reuses it (one listKeys per operation).
    void keepStorageKeysWhileOpen(QDialog *dialog, StorageTargetWidget *target, const QString &defaultAccount);
    void loadBackupSummary(const Core::ApimService &service);

    MainWindow *m_window;
    const UiContext &m_context;
    BatchBackupController *m_batch;
    QPointer<Core::Engine> m_services;
    std::unique_ptr<CoreBackupLister> m_lister;
    QPointer<BackupDialog> m_backupDialog;
    QPointer<RestoreDialog> m_restoreDialog;
    QHash<QString, bool> m_resumed; // operation ids picked up from the journal
    int m_bindCount = 0; // a journal read started before the last bind() is dropped
    QSet<QString> m_refreshedRunning; // operations whose service state was re-read once running
    int m_summaryGeneration = 0;
};

} // namespace Apim::Ui
