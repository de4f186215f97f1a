#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "recovery/CatalogSnapshot.h"
#include "recovery/DrillRecord.h"
#include "recovery/RecoveryOverview.h"
#include "ui/models/ReadinessPresenter.h"
#include "ui/models/ServiceTreeEntries.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

namespace Apim::Core {
class DrillStore;
class Engine;
} // namespace Apim::Core

namespace Apim::Ui {

class DrillDialog;
class MainWindow;
class OperationsController;
class RecoveryView;
class RpoTargetDialog;
struct UiContext;

// Recovery readiness between the core and the window: builds the backup catalog of every
// loaded service once per refresh (when the services are listed, after an operation ends,
// on Refresh), turns it into rows with the drills of each service, fills the Recovery view
// and the tree's Recovery column, and runs a row's actions: back up now (the details
// pane's path), a restore drill, and the target RPO.
class RecoveryController : public QObject
{
    Q_OBJECT
public:
    RecoveryController(
        MainWindow *window, OperationsController *operations, const UiContext &context, QObject *parent = nullptr);
    ~RecoveryController() override;

    void bind(Core::Engine *services);
    // Reads the catalog again (coalesced: several calls in a row make one build).
    void refresh();
    // A refresh is asked for (coalescing) or under way, or rows are being judged again
    // (a target or a drill changed) and are not shown yet.
    bool isBuilding() const { return m_building || m_judging || m_coalesce.isActive(); }
    const QList<Core::ReadinessRow> &rows() const { return m_rows; }
    const Core::CatalogSnapshot &snapshot() const { return m_snapshot; }
    int buildCount() const { return m_buildCount; }
    // How often every service was copied out of the tree: once per listing, not once per
    // operation's end (the one service refreshed is patched in on a worker).
    int servicesCopyCount() const { return m_servicesCopyCount; }

    // Checks again every backup this tool made, then reads the catalog again: a backup
    // whose file vanished or changed stops counting.
    void verifyBackups();
    bool isVerifying() const { return m_verifying; }

    void openDrillDialog(const Core::ApimService &service);
    void openTargetDialog(const Core::ApimService &service);
    DrillDialog *drillDialog() const;
    RpoTargetDialog *targetDialog() const;

signals:
    // The view and the tree show the readiness of a catalog built after this was called.
    void refreshed();
    void verified(int failed);

private:
    // The second half of verifyBackups(), once the journal is read: these records' backups.
    void verify(const QList<Core::OperationRecord> &records);
    void build();
    void buildFrom(const QList<Core::ApimService> &services);
    // The services last copied out of the tree with updated ones put in their place, on a
    // worker (the copy of 10,000 is the worker's), then a build from them.
    void patchThenBuild(const QVector<ServiceEntry> &updated, int revision);
    static QList<Core::ApimService> patched(QList<Core::ApimService> services, const QList<Core::ApimService> &updates);
    // Judges the snapshot's services on a worker, then shows them.
    void onSnapshot(const QList<Core::ApimService> &services, const Core::CatalogSnapshot &snapshot);
    // Rows from the last snapshot and the settings and drills as they are now, judged on a
    // worker like a build's.
    void showRows();
    // What the view and the tree's Recovery column show of rows.
    struct Presented
    {
        QList<ReadinessView> views;
        RecoveryMarks marks;
    };
    // Every drill file, grouped by lower-case source service id. Static: it reads the
    // files on the worker, from a copy of the store (a folder's path).
    static QHash<QString, QList<Core::DrillRecord>> loadDrills(const std::optional<Core::DrillStore> &store);
    // A build's rows, judged on a worker, and what they show.
    struct Judged
    {
        QList<Core::ReadinessRow> rows;
        Presented presented;
        QDateTime at;
    };
    // Adds each service's drills (by lower-case service id) to its row, and makes what the
    // rows show. Static: it runs on the worker.
    static Presented present(
        QList<Core::ReadinessRow> &rows, const QHash<QString, QList<Core::DrillRecord>> &drillsBySource);
    // The judged rows into the view now, their marks into the tree in the next turn.
    void showJudged(const Judged &judged);
    void showMarks();
    void showInView(const QList<ReadinessView> &views, const QDateTime &at);
    QList<Core::ApimService> loadedServices() const;
    QDateTime now() const;

    MainWindow *m_window;
    OperationsController *m_operations;
    const UiContext &m_context;
    RecoveryView *m_view;
    QPointer<Core::Engine> m_services;
    std::unique_ptr<Core::DrillStore> m_drills;
    QTimer m_coalesce;
    QTimer m_showMarks; // the tree's marks of the build just shown in the view
    int m_marksJudgment = 0; // the judgment m_pendingMarks come from
    QList<Core::ApimService> m_catalogServices;
    Core::CatalogSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QList<Core::ReadinessRow> m_rows;
    RecoveryMarks m_pendingMarks;
    mutable QList<Core::ApimService> m_loaded; // loadedServices() as of the tree's revision
    mutable int m_loadedRevision = -1;
    QPointer<DrillDialog> m_drillDialog;
    QPointer<RpoTargetDialog> m_targetDialog;
    int m_generation = 0; // of catalog builds
    int m_judgment = 0; // of onSnapshot(): only the newest judgment is shown
    int m_binding = 0; // of bind(): engine changes
    int m_buildCount = 0;
    mutable int m_servicesCopyCount = 0;
    bool m_building = false; // a catalog build is under way
    bool m_judging = false; // rows are being judged, or their marks wait for the next turn
    bool m_verifying = false;
};

} // namespace Apim::Ui
