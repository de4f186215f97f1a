#pragma once

#include "batch/BatchBackup.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Apim::Core {
class Engine;
}

namespace Apim::Ui {

class BatchBackupDialog;
class MainWindow;
struct UiContext;

// "Back up selected (N)…" between the window and the core: opens the batch dialog for the
// services the tree's selection means, checks each of them with the core's Preflight (what
// is skipped and why is Core::BatchOutcome's decision), runs them through the core's
// BatchBackup with the limit from Settings, feeds the dialog as they move, and tells the
// desktop how the batch ended when the window is not active. The operations themselves
// show in the operations panel through the OperationManager, as a single backup does.
class BatchBackupController : public QObject
{
    Q_OBJECT
public:
    BatchBackupController(MainWindow *window, const UiContext &context, QObject *parent = nullptr);
    ~BatchBackupController() override;

    // A new engine (sign-in, cloud switch) or none: a dialog and a run of the old one go.
    void bind(Core::Engine *services);
    void open(const QList<Core::BatchTarget> &targets);

    BatchBackupDialog *dialog() const;
    Core::BatchBackup *batch() const { return m_batch; }
    bool isRunning() const { return m_batch && !m_batch->isFinished(); }
    // An operation this controller's batch started: its end is told in the batch summary,
    // not in a notification of its own.
    bool owns(const QString &operationId) const { return m_operations.contains(operationId); }

signals:
    void batchFinished(const Apim::Core::BatchSummary &summary);

private:
    void check();
    void start();
    void onFinished(const Core::BatchSummary &summary);

    MainWindow *m_window;
    const UiContext &m_context;
    QPointer<Core::Engine> m_services;
    QPointer<BatchBackupDialog> m_dialog;
    QPointer<Core::BatchBackup> m_batch;
    QSet<QString> m_operations;
    int m_generation = 0;
};

} // namespace Apim::Ui
