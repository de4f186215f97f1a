#include "ui/main/OperationsController.h"

#include "arm/ArmClient.h"
#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "inventory/ResourceId.h"
#include "operations/CopyCommand.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "operations/Preflight.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/main/BatchBackupController.h"
#include "ui/main/CoreBackupLister.h"
#include "ui/main/MainWindow.h"
#include "ui/main/UiContext.h"
#include "ui/models/FindingPresenter.h"
#include "ui/models/OperationPresenter.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServicePresenter.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/models/TenantSubscriptions.h"
#include "ui/support/DialogProvider.h"
#include "ui/support/Notifier.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/OperationDetailsFormatter.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/ServiceDetailsPane.h"
#include "ui/widgets/StorageTargetWidget.h"
#include "util/Clock.h"
#include "util/OnWorker.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>

namespace Apim::Ui {

OperationsController::OperationsController(MainWindow *window, const UiContext &context, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_context(context)
    , m_batch(new BatchBackupController(window, context, this))
{
    connect(
        window, &MainWindow::batchBackupRequested, this, [this] { m_batch->open(m_window->selectedBatchTargets()); });
    connect(window, &MainWindow::backupRequested, this, [this](const Core::ApimService &service, bool quick) {
        if (quick)
            backUpNow(service);
        else
            openBackupDialog(service);
    });
    connect(window, &MainWindow::restoreRequested, this, &OperationsController::openRestoreDialog);
    connect(window, &MainWindow::serviceSelected, this, &OperationsController::loadBackupSummary);
}

OperationsController::~OperationsController() = default;

BackupDialog *OperationsController::backupDialog() const
{
    return m_backupDialog;
}

RestoreDialog *OperationsController::restoreDialog() const
{
    return m_restoreDialog;
}

void OperationsController::bind(Core::Engine *services)
{
    if (m_services)
        m_services->operations()->disconnect(this);
    // Open dialogs work on the old cloud's storage and lister: they go now, not later,
    // so that no late answer reaches a lister that is about to be destroyed.
    delete m_backupDialog.data();
    delete m_restoreDialog.data();
    // Checks still running were made over the old cloud's objects: their answers go.
    const auto preflights = findChildren<Core::Preflight *>(QString(), Qt::FindDirectChildrenOnly);
    for (Core::Preflight *preflight : preflights)
        delete preflight;
    m_batch->bind(services);
    m_services = services;
    ++m_bindCount;
    m_lister.reset();
    m_window->operationsModel()->clear();
    if (!services)
        return;
    m_lister = std::make_unique<CoreBackupLister>(services->catalog());
    Core::OperationManager *operations = services->operations();
    connect(operations, &Core::OperationManager::operationAdded, this, &OperationsController::onRecord);
    connect(operations, &Core::OperationManager::operationChanged, this, &OperationsController::onRecord);
    connect(operations, &Core::OperationManager::operationFinished, this, &OperationsController::onFinished);
    connect(operations, &Core::OperationManager::journalWarning, this,
        [this](const QString &message) { m_window->setNotice(message, true); });
    // The history: every record's file of the journal, which only grows (60 ms per 3,000
    // records on the reference machine, and a row each), read after the window is shown.
    readJournal([this](JournalRead &read) {
        // The index that answers "is an operation running on this service?" need not read
        // the finished ones again at the first backup.
        m_services->journal()->rememberFinished(read.finishedIds);
        m_window->operationsModel()->addHistory(std::move(read.history));
    });
}

void OperationsController::readJournal(std::function<void(JournalRead &)> then)
{
    const int bindCount = m_bindCount;
    const QString dataDir = m_services->journal()->dataDir();
    const QHash<QString, bool> resumed = m_resumed;
    const QSet<QString> known = m_window->operationsModel()->ids();
    Core::runOnWorker<JournalRead>(
        this,
        [dataDir, resumed, known] {
            JournalRead read;
            read.records = Core::OperationJournal(dataDir).loadAll(&read.warnings);
            read.finishedIds = Core::OperationJournal::finishedIdsOf(read.records);
            QVector<OperationView> views;
            views.reserve(read.records.size());
            // Newest first, as the model shows them: it then takes the rows without a copy.
            for (auto record = read.records.crbegin(); record != read.records.crend(); ++record)
                views.append(OperationPresenter::view(*record, resumed.value(record->id)));
            read.history = OperationsModel::History::of(views, known);
            return read;
        },
        [this, bindCount, then = std::move(then)](JournalRead &read) {
            if (bindCount == m_bindCount && m_services)
                then(read);
        });
}

void OperationsController::resume()
{
    if (!m_services)
        return;
    readJournal([this](JournalRead &read) {
        OperationsModel *model = m_window->operationsModel();
        Core::OperationManager *operations = m_services->operations();
        // Rows shown running that no one here follows: another process (the CLI) may have
        // ended them since the history was read. A few, whatever the history's size.
        QSet<QString> runningElsewhere;
        for (const OperationView &row : model->operations()) {
            if (!row.isFinished() && !operations->isLiveHere(row.id))
                runningElsewhere.insert(row.id);
        }
        // Operations another process started since the history was read.
        model->addHistory(std::move(read.history));
        for (const Core::OperationRecord &record : std::as_const(read.records)) {
            if (runningElsewhere.contains(record.id))
                model->upsert(OperationPresenter::view(record, m_resumed.value(record.id)));
        }
        const QStringList followed = operations->resumeFrom(read.records);
        for (const QString &id : followed) {
            m_resumed.insert(id, true);
            if (const auto now = operations->find(id))
                model->upsert(OperationPresenter::view(*now, true));
        }
        const int count = int(followed.size());
        if (!read.warnings.isEmpty())
            m_window->setNotice(read.warnings.join(QLatin1Char('\n')), true);
        if (count > 0)
            m_window->showStatus(tr("Following %n operation(s) started before the restart", nullptr, count), 10000);
        emit resumed(count);
    });
}

void OperationsController::onRecord(const Core::OperationRecord &record)
{
    m_window->operationsModel()->upsert(OperationPresenter::view(record, m_resumed.value(record.id)));
    // Once Azure has accepted it the service shows Updating: show that in the tree too.
    if (record.state == Core::OperationState::Running && !m_refreshedRunning.contains(record.id) && m_services
        && m_services->inventory()) {
        m_refreshedRunning.insert(record.id);
        m_services->inventory()->refreshService(record.serviceId);
    }
}

void OperationsController::onFinished(const Core::OperationRecord &record)
{
    const OperationView view = OperationPresenter::view(record, m_resumed.value(record.id));
    m_window->operationsModel()->upsert(view);
    // Someone looking at one of the app's windows sees the banner and the operations list;
    // a desktop notification is for when they are elsewhere.
    // A backup of a batch is told once, in the batch's summary.
    if (m_context.notifier && UiSettings(m_context.settings).notificationsEnabled() && !QApplication::activeWindow()
        && !m_batch->owns(record.id)) {
        const bool backup = view.kind == OperationView::Kind::Backup;
        const bool succeeded = view.status == OperationView::Status::Succeeded;
        QString title = succeeded
            ? (backup ? tr("Backup of %1 finished") : tr("Restore of %1 finished")).arg(view.serviceName)
            : (backup ? tr("Backup of %1 did not succeed") : tr("Restore of %1 did not succeed")).arg(view.serviceName);
        Notifier::Kind kind = succeeded ? Notifier::Kind::Success : Notifier::Kind::Failure;
        if (view.mayMissChanges()) { // a warning, as in the window's banner
            title = tr("Backup of %1 may be missing changes").arg(view.serviceName);
            kind = Notifier::Kind::Warning;
        }
        m_context.notifier->notify(kind, title, OperationDetailsFormatter::outcome(view));
    }
    if (m_services && m_services->inventory())
        m_services->inventory()->refreshService(record.serviceId);
    m_window->updateSelectedServiceState();
}

void OperationsController::runPreflight(const Core::OperationRequest &request, QObject *owner,
    std::function<void(const QList<Core::PreflightFinding> &)> done)
{
    if (!m_services)
        return;
    // A fresh Preflight per check, over the services of the cloud in use now: one kept
    // from an earlier check would hold the pointers of a cloud switched away from. Only
    // the newest check of an asker answers it.
    const auto earlier = owner->findChildren<Core::Preflight *>(QString(), Qt::FindDirectChildrenOnly);
    for (Core::Preflight *old : earlier) {
        old->disconnect(this);
        old->deleteLater();
    }
    Core::Preflight *preflight = m_services->createPreflight(owner);
    connect(preflight, &Core::Preflight::finished, this, [preflight, done](const Core::PreflightReport &report) {
        preflight->deleteLater();
        done(report.findings);
    });
    preflight->run(request);
}

void OperationsController::startOperation(const Core::OperationRequest &request, QWidget *dialog, bool rememberDefaults)
{
    QString error;
    const bool backup = request.kind == Core::OperationKind::Backup;
    const QString id = backup ? m_services->operations()->startBackup(request, &error)
                              : m_services->operations()->startRestore(request, &error);
    if (id.isEmpty()) {
        m_context.dialogs->error(
            dialog ? dialog : m_window, backup ? tr("Backup not started") : tr("Restore not started"), error);
        return;
    }
    if (rememberDefaults) {
        // Remembered for the service's subscription; the account may live in another one.
        const QString subscription = Core::ResourceId::parse(request.serviceId).subscriptionId;
        UiSettings settings(m_context.settings);
        settings.setDefaultLocation(
            subscription, request.storageAccount, request.container, request.storageSubscriptionId);
        settings.sync();
    }
    m_window->operationsDock()->show();
    m_window->operationsDock()->selectOperation(id);
    m_window->updateSelectedServiceState();
    emit operationStarted(id);
}

void OperationsController::openBackupDialog(const Core::ApimService &service)
{
    if (!m_services || !service.isValid())
        return;
    if (!m_services->operations()->activeOperationFor(service.id).isEmpty()) {
        m_context.dialogs->information(m_window, tr("Operation running"),
            tr("An operation is already running on %1. Wait for it to end before "
               "starting another.")
                .arg(service.name));
        return;
    }
    if (m_backupDialog)
        m_backupDialog->close();
    UiSettings settings(m_context.settings);
    BackupDialog::Defaults defaults { settings.defaultStorageAccount(service.subscriptionId),
        settings.defaultContainer(service.subscriptionId),
        m_services->operations()->defaultBackupName(service.id, service.skuName),
        settings.defaultStorageSubscription(service.subscriptionId),
        TenantSubscriptions::besides(*m_window->serviceModel(), service.subscriptionId) };
    auto *dialog = new BackupDialog(service, m_services->storage(), m_context.dialogs, defaults, m_window);
    dialog->storageTarget()->setStorageKeyStore(m_services->storageKeys());
    keepStorageKeysWhileOpen(dialog, dialog->storageTarget(), defaults.storageAccount);
    m_backupDialog = dialog;
    connect(dialog, &BackupDialog::preflightRequested, this, [this, dialog] {
        dialog->setChecking();
        runPreflight(dialog->request(), dialog,
            [dialog](const QList<Core::PreflightFinding> &findings) { dialog->setFindings(findingViews(findings)); });
    });
    connect(dialog, &BackupDialog::startRequested, this, [this, dialog] {
        const Core::OperationRequest request = dialog->request();
        const bool remember = dialog->rememberAsDefault();
        dialog->hide();
        startOperation(request, m_window, remember);
        dialog->close();
    });
    connect(dialog, &BackupDialog::copyCommandRequested, this, [this, dialog] { copyCommand(dialog->request()); });
    m_context.dialogs->showDialog(dialog);
}

void OperationsController::backUpNow(const Core::ApimService &service)
{
    if (!m_services || !service.isValid())
        return;
    UiSettings settings(m_context.settings);
    const QString account = settings.defaultStorageAccount(service.subscriptionId);
    const QString container = settings.defaultContainer(service.subscriptionId);
    if (account.isEmpty() || container.isEmpty()) {
        // Nothing remembered yet for this subscription: the full dialog, once.
        openBackupDialog(service);
        return;
    }
    Core::OperationRequest request;
    request.kind = Core::OperationKind::Backup;
    request.serviceId = service.id;
    request.storageAccount = account;
    request.storageSubscriptionId = settings.defaultStorageSubscription(service.subscriptionId);
    request.container = container;
    request.blobName = m_services->operations()->defaultBackupName(service.id, service.skuName);
    m_window->showStatus(tr("Checking %1 before the backup…").arg(service.name));
    runPreflight(request, this, [this, request, service](const QList<Core::PreflightFinding> &findings) {
        if (Core::hasBlocking(findings)) {
            // Show what blocks it where the user can fix it.
            openBackupDialog(service);
            if (m_backupDialog)
                m_backupDialog->setFindings(findingViews(findings));
            return;
        }
        QString text = tr("Back up %1 now to %2/%3 as %4?")
                           .arg(service.name, request.storageAccount, request.container, request.blobName);
        for (const Core::PreflightFinding &finding : findings)
            text += QStringLiteral("\n\n⚠ ") + finding.message + QLatin1Char(' ') + finding.action;
        text += QStringLiteral("\n\n")
            + tr("Do not change the configuration, tier or hostnames of the service until "
                 "the backup ends.");
        if (!m_context.dialogs->confirm(m_window, tr("Back up now"), text, tr("Back up")))
            return;
        startOperation(request, m_window, false);
    });
}

void OperationsController::openRestoreDialog(const Core::ApimService &service)
{
    if (!m_services || !service.isValid())
        return;
    if (m_restoreDialog)
        m_restoreDialog->close();
    // The selected service first (the usual case), then the others of the same tier
    // (disaster recovery into a standby), then the rest.
    QList<Core::ApimService> sameTier;
    QList<Core::ApimService> others;
    for (const ServiceEntry &entry : m_window->serviceModel()->allServices()) {
        const Core::ApimService candidate = ServicePresenter::service(entry);
        if (!candidate.isValid() || candidate.id.compare(service.id, Qt::CaseInsensitive) == 0
            || !candidate.backupSupport().supported)
            continue;
        (candidate.skuName == service.skuName ? sameTier : others) << candidate;
    }
    QList<Core::ApimService> candidates { service };
    candidates << sameTier << others;
    UiSettings settings(m_context.settings);
    RestoreDialog::Defaults defaults { settings.defaultStorageAccount(service.subscriptionId),
        settings.defaultContainer(service.subscriptionId), settings.defaultStorageSubscription(service.subscriptionId),
        TenantSubscriptions::besides(*m_window->serviceModel(), service.subscriptionId) };
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    auto *dialog = new RestoreDialog(
        candidates, m_services->storage(), m_lister.get(), m_context.dialogs, defaults, now, m_window);
    dialog->storageTarget()->setStorageKeyStore(m_services->storageKeys());
    keepStorageKeysWhileOpen(dialog, dialog->storageTarget(), defaults.storageAccount);
    m_restoreDialog = dialog;
    connect(dialog, &RestoreDialog::preflightRequested, this, [this, dialog] {
        dialog->setChecking();
        runPreflight(dialog->request(), dialog,
            [dialog](const QList<Core::PreflightFinding> &findings) { dialog->setFindings(findingViews(findings)); });
    });
    connect(dialog, &RestoreDialog::startRequested, this, [this, dialog] {
        const Core::OperationRequest request = dialog->request();
        dialog->hide();
        startOperation(request, m_window, false);
        dialog->close();
    });
    connect(dialog, &RestoreDialog::copyCommandRequested, this, [this, dialog] { copyCommand(dialog->request()); });
    m_context.dialogs->showDialog(dialog);
}

void OperationsController::keepStorageKeysWhileOpen(
    QDialog *dialog, StorageTargetWidget *target, const QString &defaultAccount)
{
    QPointer<Core::StorageCredentialResolver> credentials = m_services->storageCredentials();
    if (!credentials)
        return;
    // Held by name, before the account is even listed; every account the user picks is
    // held until the dialog closes (its checks and the start share the fetched key).
    credentials->holdKey(defaultAccount, dialog);
    connect(target, &StorageTargetWidget::selectionChanged, dialog, [credentials, dialog, target] {
        if (credentials)
            credentials->holdKey(target->account().name, dialog);
    });
}

void OperationsController::copyCommand(const Core::OperationRequest &request)
{
    if (!m_services)
        return;
    const QUrl arm = m_services->cloud().resourceManager();
    QPointer<MainWindow> window = m_window;
    m_services->storage()->findAccount(request.storageSubscriptionId, request.storageAccount, this,
        [window, request, arm](const Core::StorageAccount &account, const Core::ArmError &) {
            const QString command = Core::CopyCommand::azRest(request, arm, account.resourceGroup);
            QGuiApplication::clipboard()->setText(command);
            if (window)
                window->showStatus(
                    tr("Copied the az rest command (the storage key is looked up by the command itself)"));
        });
}

void OperationsController::loadBackupSummary(const Core::ApimService &service)
{
    const int generation = ++m_summaryGeneration;
    ServiceDetailsPane *pane = m_window->detailsPane();
    const QDateTime now = m_context.clock ? m_context.clock->now() : QDateTime::currentDateTimeUtc();
    UiSettings settings(m_context.settings);
    BackupSummaryView summary;
    const QString account = settings.defaultStorageAccount(service.subscriptionId);
    const QString container = settings.defaultContainer(service.subscriptionId);
    if (!m_services || account.isEmpty() || container.isEmpty()) {
        summary.state = BackupSummaryView::State::NoDefaultLocation;
        pane->setBackupSummary(summary, now);
        return;
    }
    summary.state = BackupSummaryView::State::Loading;
    summary.location = account + QLatin1Char('/') + container;
    pane->setBackupSummary(summary, now);
    const QString storageSubscription = settings.defaultStorageSubscription(service.subscriptionId);
    m_services->storage()->findAccount(Core::storageSubscriptionFor(storageSubscription, service.id), account, this,
        [this, generation, service, summary, container, now](
            const Core::StorageAccount &found, const Core::ArmError &error) mutable {
            if (generation != m_summaryGeneration || !m_lister)
                return;
            if (error.isError()) {
                summary.state = BackupSummaryView::State::Failed;
                summary.error = error.userMessage();
                m_window->detailsPane()->setBackupSummary(summary, now);
                return;
            }
            m_lister->listBackups(found, container, service.name, this,
                [this, generation, summary, now](const QList<Core::BackupBlob> &blobs, const QString &problem) mutable {
                    if (generation != m_summaryGeneration)
                        return;
                    if (!problem.isEmpty()) {
                        summary.state = BackupSummaryView::State::Failed;
                        summary.error = problem;
                    } else {
                        summary.state = BackupSummaryView::State::Loaded;
                        summary.totalCount = int(blobs.size());
                        for (const Core::BackupBlob &blob : blobs) {
                            if (blob.isExpired(now)) {
                                ++summary.expiredCount;
                            } else if (!summary.latestTime.isValid() || blob.createdOn > summary.latestTime) {
                                summary.latestTime = blob.createdOn;
                                summary.latestName = blob.name;
                            }
                        }
                    }
                    m_window->detailsPane()->setBackupSummary(summary, now);
                });
        });
}

} // namespace Apim::Ui
