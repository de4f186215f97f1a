#include "ui/main/RecoveryController.h"

#include "engine/Engine.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "recovery/BackupCatalog.h"
#include "recovery/BackupVerifier.h"
#include "recovery/DrillStore.h"
#include "recovery/RecoverySettings.h"
#include "recovery/RestoreDrill.h"
#include "ui/dialogs/DrillDialog.h"
#include "ui/dialogs/RpoTargetDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/UiContext.h"
#include "ui/models/InventoryTreeAdapter.h"
#include "ui/models/ServicePresenter.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/DialogProvider.h"
#include "ui/widgets/RecoveryView.h"
#include "util/Clock.h"
#include "util/OnWorker.h"

#include <algorithm>
#include <utility>

namespace Apim::Ui {

RecoveryController::RecoveryController(
    MainWindow *window, OperationsController *operations, const UiContext &context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_operations(operations)
    , m_context(context)
    , m_view(window->recoveryView())
{
    // An operation's end and the services' listing often come together: one build.
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &RecoveryController::build);
    // A zero timer, not a queued call: the window's input and timers get their turn between
    // the view and the tree, as they would not between queued calls.
    m_showMarks.setSingleShot(true);
    m_showMarks.setInterval(0);
    connect(&m_showMarks, &QTimer::timeout, this, &RecoveryController::showMarks);
    connect(window->inventoryAdapter(), &InventoryTreeAdapter::loadingChanged, this, [this](bool loading) {
        if (!loading)
            refresh();
    });
    connect(m_view, &RecoveryView::refreshRequested, this, &RecoveryController::refresh);
    connect(m_view, &RecoveryView::verifyRequested, this, &RecoveryController::verifyBackups);
    connect(m_view, &RecoveryView::backupNowRequested, operations, &OperationsController::backUpNow);
    connect(m_view, &RecoveryView::drillRequested, this, &RecoveryController::openDrillDialog);
    connect(m_view, &RecoveryView::targetRequested, this, &RecoveryController::openTargetDialog);
}

RecoveryController::~RecoveryController() = default;

DrillDialog *RecoveryController::drillDialog() const
{
    return m_drillDialog;
}

RpoTargetDialog *RecoveryController::targetDialog() const
{
    return m_targetDialog;
}

QDateTime RecoveryController::now() const
{
    return m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
}

void RecoveryController::bind(Core::Engine *services)
{
    if (m_services)
        m_services->operations()->disconnect(this);
    delete m_drillDialog.data();
    delete m_targetDialog.data();
    m_services = services;
    ++m_generation; // a build of the old cloud answers no one
    ++m_judgment; // nor do its rows
    ++m_binding; // nor does a verification
    m_building = false;
    m_judging = false;
    m_verifying = false;
    m_hasSnapshot = false;
    m_rows.clear();
    m_pendingMarks = {};
    m_loaded.clear();
    m_loadedRevision = -1;
    m_view->setVerifying(false);
    m_view->setVerifyResult(QString(), false);
    m_view->setLoading(false);
    m_view->setRows({}, QString(), now());
    m_window->serviceModel()->setRecoveryMarks({});
    m_drills.reset();
    if (!services)
        return;
    m_drills = std::make_unique<Core::DrillStore>(services->parts().dataDir);
    connect(services->operations(), &Core::OperationManager::operationFinished, this, &RecoveryController::refresh);
}

void RecoveryController::refresh()
{
    m_coalesce.start();
}

QList<Core::ApimService> RecoveryController::loadedServices() const
{
    // Made again only when the tree's services changed: an operation's end asks for a new
    // catalog of the same 10,000 services, whose copy out of the tree took over a frame.
    const ServiceTreeModel *model = m_window->serviceModel();
    if (m_loadedRevision == model->servicesRevision())
        return m_loaded;
    QList<Core::ApimService> services;
    services.reserve(model->serviceCount());
    for (const ServiceEntry &entry : model->allServices()) {
        Core::ApimService service = ServicePresenter::service(entry);
        if (service.isValid())
            services << std::move(service);
    }
    Core::releaseOnWorker(std::exchange(m_loaded, services));
    m_loadedRevision = model->servicesRevision();
    ++m_servicesCopyCount;
    return services;
}

void RecoveryController::build()
{
    if (!m_services || !m_window->inventoryAdapter()->inventory()) {
        m_view->setMessage(tr("Sign in to see whether your services can be recovered."));
        return;
    }
    // After an operation's end, one service was refreshed in the tree: it is patched into
    // the services copied before, rather than all of them copied out again.
    const ServiceTreeModel *model = m_window->serviceModel();
    if (m_loadedRevision >= 0 && m_loadedRevision != model->servicesRevision()) {
        if (const std::optional<QVector<ServiceEntry>> updated = model->servicesUpdatedSince(m_loadedRevision)) {
            patchThenBuild(*updated, model->servicesRevision());
            return;
        }
    }
    buildFrom(loadedServices());
}

void RecoveryController::patchThenBuild(const QVector<ServiceEntry> &updated, int revision)
{
    QList<Core::ApimService> updates;
    for (const ServiceEntry &entry : updated) {
        Core::ApimService service = ServicePresenter::service(entry);
        if (!service.isValid()) {
            buildFrom(loadedServices()); // a row no longer a service: read them all again
            return;
        }
        updates << std::move(service);
    }
    const int generation = ++m_generation;
    m_building = true;
    m_view->setLoading(true);
    Core::runOnWorker<QList<Core::ApimService>>(
        this, [loaded = m_loaded, updates] { return patched(loaded, updates); },
        [this, generation, revision](const QList<Core::ApimService> &services) {
            if (generation != m_generation)
                return; // another build or cloud took over; it reads the tree itself
            Core::releaseOnWorker(std::exchange(m_loaded, services));
            m_loadedRevision = revision;
            buildFrom(services);
        });
}

QList<Core::ApimService> RecoveryController::patched(
    QList<Core::ApimService> services, const QList<Core::ApimService> &updates)
{
    for (const Core::ApimService &update : updates) {
        const auto same = std::find_if(services.begin(), services.end(), [&update](const Core::ApimService &service) {
            return service.id.compare(update.id, Qt::CaseInsensitive) == 0;
        });
        if (same != services.end())
            *same = update;
        else
            services << update;
    }
    return services;
}

void RecoveryController::buildFrom(const QList<Core::ApimService> &services)
{
    if (services.isEmpty()) {
        m_building = false;
        m_view->setLoading(false);
        m_hasSnapshot = false;
        m_view->setRows({}, QString(), now());
        m_view->setMessage(tr("No API Management services are loaded."));
        return;
    }
    const int generation = ++m_generation;
    m_building = true;
    ++m_buildCount;
    m_view->setLoading(true);
    m_services->catalog()->build(services, this, [this, generation, services](const Core::CatalogSnapshot &snapshot) {
        if (generation != m_generation)
            return;
        m_building = false;
        onSnapshot(services, snapshot);
    });
}

void RecoveryController::onSnapshot(const QList<Core::ApimService> &services, const Core::CatalogSnapshot &snapshot)
{
    // services may be m_catalogServices itself (showRows()): held by a copy while replaced.
    const QList<Core::ApimService> catalogServices = services;
    Core::releaseOnWorker(std::exchange(m_catalogServices, catalogServices));
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    // Judging 10,000 services held the GUI thread for 70 ms and more after every operation's
    // end, in slices or not: they are judged on a worker, from copies of the services, the
    // snapshot, the drills and the targets, all read here first.
    const int generation = m_generation;
    const int judgment = ++m_judgment;
    m_judging = true;
    const Core::RecoverySettings targets = Core::RecoverySettings(m_context.settings).targetsOnly();
    const std::optional<Core::DrillStore> drillStore
        = m_drills ? std::optional<Core::DrillStore>(*m_drills) : std::nullopt;
    const QDateTime at = now();
    Core::runOnWorker<Judged>(
        this,
        [services, snapshot, targets, drillStore, at] {
            Judged judged;
            judged.at = at;
            judged.rows = Core::RecoveryOverview::rows(services, snapshot, targets, at);
            judged.presented = present(judged.rows, loadDrills(drillStore));
            return judged;
        },
        [this, generation, judgment](const Judged &judged) {
            // A newer build, another cloud, or a target or drill changed meanwhile: a newer
            // judgment is on its way, and these rows would undo what it shows.
            if (generation != m_generation || judgment != m_judgment)
                return;
            showJudged(judged);
        });
}

void RecoveryController::showJudged(const Judged &judged)
{
    // The view changes in this turn of the event loop and the tree in the next, each about
    // half a frame for 10,000 services, so that the window answers in between.
    m_view->setLoading(false);
    Core::releaseOnWorker(std::exchange(m_rows, judged.rows));
    showInView(judged.presented.views, judged.at);
    m_pendingMarks = judged.presented.marks;
    m_marksJudgment = m_judgment;
    m_showMarks.start();
}

void RecoveryController::showMarks()
{
    if (m_marksJudgment != m_judgment)
        return; // a newer build, another cloud, or newer targets took over
    m_judging = false;
    m_window->serviceModel()->setRecoveryMarks(std::exchange(m_pendingMarks, RecoveryMarks()));
    emit refreshed();
}

void RecoveryController::showRows()
{
    // Judging 10,000 services here held the window for 70 ms after the target dialog closed.
    // Without a snapshot yet, the build under way reads the targets when it ends.
    if (m_hasSnapshot)
        onSnapshot(m_catalogServices, m_snapshot);
}

QHash<QString, QList<Core::DrillRecord>> RecoveryController::loadDrills(const std::optional<Core::DrillStore> &store)
{
    // Every drill file is read once per judgment, then grouped by source.
    QHash<QString, QList<Core::DrillRecord>> drillsBySource;
    if (store) {
        for (const Core::DrillRecord &record : store->loadAll())
            drillsBySource[serviceTreeKey(record.sourceServiceId)] << record;
    }
    return drillsBySource;
}

RecoveryController::Presented RecoveryController::present(
    QList<Core::ReadinessRow> &rows, const QHash<QString, QList<Core::DrillRecord>> &drillsBySource)
{
    Presented presented;
    presented.views.reserve(rows.size());
    presented.marks.reserve(rows.size());
    QHash<int, QString> stateTexts;
    for (Core::ReadinessRow &row : rows) {
        const QString id = serviceTreeKey(row.service.id); // as loadDrills() keys them
        ReadinessView view;
        view.drills = drillsBySource.value(id);
        if (!view.drills.isEmpty()) {
            const Core::DrillRecord &last = view.drills.last();
            row.lastDrillAt = last.startedAt;
            row.lastDrillRtoSeconds = last.rtoMs < 0 ? -1 : last.rtoMs / 1000;
            row.lastDrillPassed = last.state == Core::DrillState::Succeeded;
        }
        view.row = row;
        presented.views << view;
        // The state in words, translated once per state rather than once per service.
        const int state = int(row.readiness.state);
        auto text = stateTexts.constFind(state);
        if (text == stateTexts.constEnd())
            text = stateTexts.insert(state, Core::RecoveryOverview::stateText(row.readiness.state));
        presented.marks.insertByKey(id, RecoveryMark { state, *text, row.readiness.reason });
    }
    return presented;
}

void RecoveryController::showInView(const QList<ReadinessView> &views, const QDateTime &at)
{
    m_view->setRows(views, Core::RecoveryOverview::summarize(m_rows).text(), at);
}

void RecoveryController::verifyBackups()
{
    if (!m_services || m_verifying)
        return;
    m_verifying = true;
    m_view->setVerifying(true);
    const int binding = m_binding;
    // The journal is read on a worker, through its own OperationJournal over the same
    // folder: thousands of record files held the window for a tenth of a second and more.
    Core::runOnWorker<QList<Core::OperationRecord>>(
        this, [dataDir = m_services->journal()->dataDir()] { return Core::OperationJournal(dataDir).loadAll(); },
        [this, binding](const QList<Core::OperationRecord> &journal) {
            if (binding != m_binding)
                return; // signed out or another cloud meanwhile
            verify(Core::BackupVerifier::madeHere(journal, *m_services->operations()));
        });
}

void RecoveryController::verify(const QList<Core::OperationRecord> &records)
{
    const int binding = m_binding;
    auto *verifier = new Core::BackupVerifier(m_services->catalog(), m_services->journal(), m_services->clock(), this);
    verifier->verify(records, this, [this, verifier, binding](const QList<Core::BackupVerifier::Result> &results) {
        verifier->deleteLater();
        if (binding != m_binding)
            return; // signed out or another cloud meanwhile
        m_verifying = false;
        m_view->setVerifying(false);
        const Core::BackupVerifier::Tally tally = Core::BackupVerifier::tally(results);
        QStringList lines { tally.text() };
        for (const Core::BackupVerifier::Result &result : results) {
            if (result.record.verification.failed())
                lines << tr("%1 (%2): %3")
                             .arg(result.record.serviceName, result.record.blobName,
                                 result.record.verification.describe());
        }
        m_view->setVerifyResult(lines.join(QLatin1Char('\n')), tally.failed > 0 || tally.unreadable > 0);
        refresh();
        emit verified(tally.failed);
    });
}

void RecoveryController::openDrillDialog(const Core::ApimService &service)
{
    if (!m_services || !m_drills || !service.isValid())
        return;
    if (m_drillDialog && m_drillDialog->isRunning()) {
        // One drill at a time from here: the running one comes back to the front.
        m_drillDialog->show();
        m_drillDialog->raise();
        return;
    }
    delete m_drillDialog.data();
    QList<Core::ApimService> standbys;
    for (const Core::ApimService &candidate : loadedServices()) {
        if (candidate.id.compare(service.id, Qt::CaseInsensitive) != 0
            && candidate.skuName.compare(service.skuName, Qt::CaseInsensitive) == 0
            && candidate.backupSupport().supported)
            standbys << candidate;
    }
    const QList<Core::CatalogEntry> backups
        = m_hasSnapshot ? m_snapshot.entriesFor(service) : QList<Core::CatalogEntry>();
    auto *dialog = new DrillDialog(service, standbys, backups, now(),
        Core::RestoreDrill::partsOf(*m_services, m_drills.get()), m_context.dialogs, m_window);
    m_drillDialog = dialog;
    connect(dialog, &DrillDialog::drillFinished, this, &RecoveryController::showRows);
    m_context.dialogs->showDialog(dialog);
}

void RecoveryController::openTargetDialog(const Core::ApimService &service)
{
    if (!service.isValid())
        return;
    delete m_targetDialog.data();
    auto *dialog = new RpoTargetDialog(service, m_context.settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_targetDialog = dialog;
    // A new target changes states, not backups: the last catalog is judged again.
    connect(dialog, &QDialog::accepted, this, &RecoveryController::showRows);
    m_context.dialogs->showDialog(dialog);
}

} // namespace Apim::Ui
