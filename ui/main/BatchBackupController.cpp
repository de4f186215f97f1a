#include "ui/main/BatchBackupController.h"

#include "batch/BatchOutcome.h"
#include "engine/Engine.h"
#include "operations/BackupNaming.h"
#include "operations/OperationManager.h"
#include "operations/Preflight.h"
#include "ui/dialogs/BatchBackupDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/UiContext.h"
#include "ui/models/BatchPresenter.h"
#include "ui/models/TenantSubscriptions.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Notifier.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QApplication>

#include <memory>

namespace Apim::Ui {

BatchBackupController::BatchBackupController(MainWindow *window, const UiContext &context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
{ }

BatchBackupController::~BatchBackupController()
{
    delete m_dialog.data();
}

BatchBackupDialog *BatchBackupController::dialog() const
{
    return m_dialog;
}

void BatchBackupController::bind(Core::Engine *services)
{
    // The dialog and the run were made over the old engine's objects.
    if (m_batch) {
        m_batch->disconnect(this);
        delete m_batch.data();
    }
    delete m_dialog.data();
    m_operations.clear();
    m_services = services;
}

void BatchBackupController::open(const QList<Core::BatchTarget> &targets)
{
    if (!m_services || targets.isEmpty())
        return;
    if (isRunning() && m_dialog) {
        // One batch at a time: the running one comes back to the front.
        m_window->showStatus(tr("A batch backup is still running"));
        m_dialog->show();
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    delete m_dialog.data();
    if (m_batch)
        m_batch->deleteLater();
    m_operations.clear();

    const QString subscription = targets.first().service ? targets.first().service->subscriptionId : QString();
    UiSettings settings(m_context.settings);
    // The location remembered for the first service's subscription, else the first one
    // remembered for another subscription of the batch: a batch led by a service whose
    // subscription has none still starts where its other services are backed up.
    QString remembered = subscription;
    for (const Core::BatchTarget &target : targets) {
        if (target.service && !settings.defaultStorageAccount(target.service->subscriptionId).isEmpty()) {
            remembered = target.service->subscriptionId;
            break;
        }
    }
    QString storageSubscription = settings.defaultStorageSubscription(remembered);
    if (storageSubscription.isEmpty() && remembered.compare(subscription, Qt::CaseInsensitive) != 0)
        storageSubscription = remembered; // that subscription's own storage, named as such
    BatchBackupDialog::Defaults defaults { settings.defaultStorageAccount(remembered),
        settings.defaultContainer(remembered), storageSubscription, settings.namingPattern(),
        TenantSubscriptions::besides(*m_window->serviceModel(), subscription) };
    auto *dialog = new BatchBackupDialog(targets, m_services->storage(), m_context.dialogs, defaults, m_window);
    dialog->storageTarget()->setStorageKeyStore(m_services->storageKeys());
    m_dialog = dialog;
    connect(dialog, &BatchBackupDialog::preflightRequested, this, &BatchBackupController::check);
    connect(dialog, &BatchBackupDialog::startRequested, this, &BatchBackupController::start);
    connect(dialog, &BatchBackupDialog::cancelPendingRequested, this, [this] {
        if (m_batch)
            m_batch->cancelPending();
    });
    m_context.dialogs->showDialog(dialog);
}

void BatchBackupController::check()
{
    if (!m_services || !m_dialog || m_dialog->isRunning())
        return;
    const int generation = ++m_generation;
    QPointer<BatchBackupDialog> dialog = m_dialog;
    // Only the newest check answers: earlier ones were for other inputs.
    const auto earlier = dialog->findChildren<Core::Preflight *>(QString(), Qt::FindDirectChildrenOnly);
    for (Core::Preflight *old : earlier) {
        old->disconnect(this);
        old->deleteLater();
    }
    dialog->setChecking();

    struct Plan
    {
        QList<Core::BatchItem> items;
        QList<ServiceFinding> findings;
        int remaining = 0;
    };
    auto plan = std::make_shared<Plan>();
    const QList<Core::BatchTarget> targets = dialog->targets();
    const Core::OperationRequest common = dialog->commonRequest();
    for (const Core::BatchTarget &target : targets) {
        Core::BatchItem item;
        item.serviceId = target.serviceId;
        item.serviceName = target.service ? target.service->name : target.serviceId.section(QLatin1Char('/'), -1);
        item.requested = target.requested;
        item.storageAccount = common.storageAccount;
        item.container = common.container;
        plan->items.append(item);
    }
    plan->remaining = int(targets.size());
    const auto done = [this, dialog, generation, plan] {
        if (--plan->remaining > 0 || generation != m_generation || !dialog)
            return;
        dialog->setPlan(plan->items, BatchPresenter::groupedFindings(plan->findings));
    };
    const Core::BackupNaming naming(dialog->namingPattern());
    for (int i = 0; i < targets.size(); ++i) {
        const Core::BatchTarget &target = targets.at(i);
        Core::BatchItem &item = plan->items[i];
        // The same rules as the run: a tier without backup, a service this app is busy with.
        if (const auto skip = Core::BatchOutcome::beforeStart(target.service, item.serviceName,
                Core::BatchBackup::liveOperationOn(m_services->operations(), target.serviceId))) {
            skip->applyTo(&item);
            done();
            continue;
        }
        Core::Preflight *preflight = m_services->createPreflight(dialog);
        preflight->setNaming(naming);
        connect(preflight, &Core::Preflight::finished, this,
            [this, preflight, plan, generation, done, i](const Core::PreflightReport &report) {
                preflight->deleteLater();
                if (generation != m_generation)
                    return;
                Core::BatchItem &checked = plan->items[i];
                checked.blobName = report.facts.request.blobName;
                if (report.facts.service)
                    checked.serviceName = report.facts.service->name;
                const auto outcome = Core::BatchOutcome::fromPreflight(report);
                if (outcome)
                    outcome->applyTo(&checked);
                // A skipped service shows its reason in the Skipped list, not as a finding.
                if (!outcome || outcome->state == Core::BatchItem::State::Failed) {
                    for (const Core::PreflightFinding &finding : report.findings)
                        plan->findings.append({ checked.serviceName, finding });
                }
                done();
            });
        Core::OperationRequest request = common;
        request.serviceId = target.serviceId;
        preflight->run(request);
    }
}

void BatchBackupController::start()
{
    if (!m_services || !m_dialog || isRunning())
        return;
    ++m_generation; // a check still on its way no longer matters
    QPointer<Core::Engine> engine = m_services;
    const Core::BackupNaming naming(m_dialog->namingPattern());
    m_batch = new Core::BatchBackup(
        m_services->operations(),
        [engine, naming](QObject *owner) -> Core::Preflight * {
            if (!engine)
                return nullptr;
            Core::Preflight *preflight = engine->createPreflight(owner);
            preflight->setNaming(naming);
            return preflight;
        },
        m_services->clock(), this);
    m_batch->setConcurrency(UiSettings(m_context.settings).parallelBackups());
    connect(m_batch, &Core::BatchBackup::itemChanged, this, [this](int index, const Core::BatchItem &item) {
        if (!item.operationId.isEmpty())
            m_operations.insert(item.operationId);
        if (m_dialog)
            m_dialog->setItem(index, item);
    });
    connect(m_batch, &Core::BatchBackup::progressChanged, this, [this](int finished, int total, double percent) {
        if (m_dialog)
            m_dialog->setProgress(finished, total, percent);
    });
    connect(m_batch, &Core::BatchBackup::finished, this, &BatchBackupController::onFinished);
    m_batch->start(m_dialog->commonRequest(), m_dialog->targets());
    m_dialog->setRunning(m_batch->items());
    m_window->operationsDock()->show();
    m_window->showStatus(tr("Backing up %n service(s), at most %1 at a time", nullptr, int(m_batch->items().size()))
                             .arg(m_batch->concurrency()));
}

void BatchBackupController::onFinished(const Core::BatchSummary &summary)
{
    if (m_dialog)
        m_dialog->setSummary(summary);
    m_window->showStatus(tr("Batch backup: %1").arg(summary.countsText()), 15000);
    m_window->updateSelectedServiceState();
    // The dialog and the operations panel tell someone at the window; the desktop tells
    // someone elsewhere, once for the whole batch.
    if (m_context.notifier && UiSettings(m_context.settings).notificationsEnabled() && !QApplication::activeWindow()) {
        const bool ok = summary.result() == Core::BatchSummary::Result::Succeeded;
        m_context.notifier->notify(ok ? Notifier::Kind::Success : Notifier::Kind::Failure,
            ok ? tr("Batch backup finished") : tr("Batch backup did not fully succeed"),
            BatchPresenter::summaryText(summary));
    }
    emit batchFinished(summary);
}

} // namespace Apim::Ui
