// Backups of many services through the real window against a private azure-sim (these
// tests change its estate): Ctrl-click and subscription selection behind "Back up selected
// (N)…", the batch dialog's skipped services with their reasons, a run that keeps to the
// limit from Settings and goes on past a failure to its summary, and "Cancel pending".
#include "UiHarness.h"

#include "SimProcess.h"
#include "support_InFlight.h"

#include "batch/BatchBackup.h"
#include "engine/Engine.h"
#include "operations/OperationManager.h"
#include "ui/dialogs/BatchBackupDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/BatchBackupController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QWindow>

using namespace Apim;

namespace {
const QString kProduction = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kAccount = QStringLiteral("contosobackups");
const QString kContainer = QStringLiteral("apim-backups");

// The row of a skipped service: its reason and details, or empty when not listed.
QStringList skippedRow(Ui::BatchBackupDialog *dialog, const QString &service)
{
    QTreeWidget *list = dialog->skippedList();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = list->topLevelItem(i);
        if (row->text(0) == service)
            return { row->text(1), row->text(2) };
    }
    return {};
}

const Core::BatchItem *itemFor(const Core::BatchSummary &summary, const QString &service)
{
    for (const Core::BatchItem &item : summary.items) {
        if (item.serviceName == service)
            return &item;
    }
    return nullptr;
}
} // namespace

class TestUiBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ctrlClick_enablesTheActionWithTheCount();
    void subscriptionNode_meansItsServices();
    void dialog_listsSkippedServicesWithReasons();
    void dialog_unreadableService_endsItsCheckWithTheReason_data();
    void dialog_unreadableService_endsItsCheckWithTheReason();
    void run_keepsToTheLimit_goesOnPastAFailure_endsWithSummary();
    void cancelPending_stopsTheOnesNotStarted();

private:
    QModelIndex proxyIndex(const QString &id) const;
    void select(const QStringList &ids);
    Ui::BatchBackupDialog *openBatch(const QStringList &services);
    bool waitChecked(Ui::BatchBackupDialog *dialog);
    Ui::BatchBackupController *controller() const { return m_ui->app()->operations()->batchBackups(); }

    Test::SimProcess m_sim;
    std::unique_ptr<Test::UiHarness> m_ui;
};

void TestUiBatch::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
    qRegisterMetaType<Core::BatchSummary>();
}

void TestUiBatch::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_sim.url(), m_sim.cloudFile());
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    QVERIFY(m_ui->useShortOperations());
    // The storage of the production subscription, whatever the first service of a batch.
    Ui::UiSettings settings(m_ui->settings());
    settings.setDefaultLocation(kProduction, kAccount, kContainer);
    // Azurite outlives the simulator between runs: names of their own every time.
    settings.setNamingPattern(
        QStringLiteral("uibatch%1-{service}-{yyyyMMdd-HHmmss}.apimbackup").arg(QDateTime::currentMSecsSinceEpoch()));
    settings.sync();
    m_ui->launch(false);
    QVERIFY(m_ui->signIn());
}

void TestUiBatch::cleanup()
{
    // Started backups end in the simulator before the next test changes its faults.
    if (m_ui && m_ui->app()->services()) {
        Core::OperationManager *operations = m_ui->app()->services()->operations();
        const bool ended = QTest::qWaitFor(
            [operations] {
                for (const Core::OperationRecord &record : operations->list()) {
                    if (!record.isFinished() && operations->isTracking(record.id))
                        return false;
                }
                return true;
            },
            30000);
        if (!ended)
            qWarning("cleanup: backups still running after 30 s");
    }
    m_ui.reset();
}

QModelIndex TestUiBatch::proxyIndex(const QString &id) const
{
    Ui::MainWindow *window = m_ui->window();
    return window->serviceProxy()->mapFromSource(window->serviceModel()->indexForId(id));
}

void TestUiBatch::select(const QStringList &ids)
{
    QItemSelectionModel *selection = m_ui->window()->serviceTree()->selectionModel();
    selection->clearSelection();
    for (const QString &id : ids)
        selection->select(proxyIndex(id), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

Ui::BatchBackupDialog *TestUiBatch::openBatch(const QStringList &services)
{
    QStringList ids;
    for (const QString &name : services)
        ids << m_ui->serviceId(name);
    select(ids);
    QAction *action = m_ui->window()->backupSelectedAction();
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    return controller()->dialog();
}

bool TestUiBatch::waitChecked(Ui::BatchBackupDialog *dialog)
{
    // The storage comes from the remembered default; the checks follow once it is there.
    return QTest::qWaitFor(
        [dialog] {
            return dialog->storageTarget()->accountName() == kAccount
                && dialog->storageTarget()->container() == kContainer && !dialog->findings()->isChecking()
                && dialog->startButton()->isEnabled();
        },
        20000);
}

void TestUiBatch::ctrlClick_enablesTheActionWithTheCount()
{
    Ui::MainWindow *window = m_ui->window();
    QTreeView *tree = window->serviceTree();
    QAction *action = window->backupSelectedAction();
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    tree->selectionModel()->clearSelection();
    QVERIFY(!action->isEnabled());

    const auto click = [tree](const QModelIndex &index, Qt::KeyboardModifiers modifiers) {
        tree->scrollTo(index);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, modifiers, tree->visualRect(index).center());
    };
    const QModelIndex prod = proxyIndex(m_ui->serviceId(QStringLiteral("contoso-prod-apim")));
    const QModelIndex dev = proxyIndex(m_ui->serviceId(QStringLiteral("contoso-dev-apim")));
    const QModelIndex consumption = proxyIndex(m_ui->serviceId(QStringLiteral("contoso-functions-apim")));
    QVERIFY(prod.isValid() && dev.isValid() && consumption.isValid());
    click(prod, Qt::NoModifier);
    QTRY_VERIFY(action->isEnabled());
    QVERIFY2(action->text().contains(QLatin1String("(1)")), qPrintable(action->text()));
    click(dev, Qt::ControlModifier);
    QTRY_VERIFY2(action->text().contains(QLatin1String("(2)")), qPrintable(action->text()));
    // A Consumption service is selected but has no backup: it does not count.
    click(consumption, Qt::ControlModifier);
    QCOMPARE(tree->selectionModel()->selectedRows().size(), 3);
    QVERIFY2(action->text().contains(QLatin1String("(2)")), qPrintable(action->text()));
    QCOMPARE(window->selectedBatchTargets().size(), 3);

    // Only the unsupported one: nothing to back up.
    click(consumption, Qt::NoModifier);
    QTRY_VERIFY(!action->isEnabled());
}

void TestUiBatch::subscriptionNode_meansItsServices()
{
    Ui::MainWindow *window = m_ui->window();
    select({ kProduction });
    const QList<Core::BatchTarget> targets = window->selectedBatchTargets();
    QStringList names;
    for (const Core::BatchTarget &target : targets) {
        names << target.service->name;
        QVERIFY(!target.requested); // picked up by the subscription, not named
    }
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("contoso-functions-apim"), QStringLiteral("contoso-partners-apim"),
            QStringLiteral("contoso-prod-apim"), QStringLiteral("contoso-prod-apim-kr") }));
    QVERIFY(window->backupSelectedAction()->isEnabled());
    QVERIFY2(window->backupSelectedAction()->text().contains(QLatin1String("(3)")),
        qPrintable(window->backupSelectedAction()->text()));
    // A service of it selected as well is listed once, as one named on purpose.
    select({ kProduction, m_ui->serviceId(QStringLiteral("contoso-prod-apim")) });
    const QList<Core::BatchTarget> both = window->selectedBatchTargets();
    QCOMPARE(both.size(), 4);
    QCOMPARE(both.first().service->name, QStringLiteral("contoso-prod-apim"));
    QVERIFY(both.first().requested);
}

void TestUiBatch::dialog_listsSkippedServicesWithReasons()
{
    // contoso-prod-apim-kr may not be read; contoso-partners-apim is being backed up already.
    QVERIFY(m_ui->simControl("POST", QStringLiteral("/_sim/faults"),
        { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("route"), QStringLiteral("^GET .*/service/contoso-prod-apim-kr$") },
            { QStringLiteral("status"), 403 } }));
    QVERIFY(
        m_ui->simControl("POST", QStringLiteral("/_sim/config"), { { QStringLiteral("operationDurationMs"), 15000 } }));
    Core::OperationRequest single;
    single.kind = Core::OperationKind::Backup;
    single.serviceId = m_ui->serviceId(QStringLiteral("contoso-partners-apim"));
    single.storageAccount = kAccount;
    single.container = kContainer;
    single.blobName = QStringLiteral("uibatch-busy-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    QString error;
    const QString running = m_ui->app()->services()->operations()->startBackup(single, &error);
    QVERIFY2(!running.isEmpty(), qPrintable(error));

    QStringList ids { kProduction, m_ui->serviceId(QStringLiteral("contoso-staging-v2")) };
    select(ids);
    m_ui->window()->backupSelectedAction()->trigger();
    QPointer<Ui::BatchBackupDialog> dialog = controller()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog->runnableCount(), 1); // contoso-prod-apim only

    const QStringList functions = skippedRow(dialog, QStringLiteral("contoso-functions-apim"));
    QCOMPARE(functions.value(0), Core::BatchItem::skipReasonText(Core::BatchItem::SkipReason::TierUnsupported));
    QVERIFY2(functions.value(1).contains(QLatin1String("Consumption")), qPrintable(functions.join('|')));
    const QStringList v2 = skippedRow(dialog, QStringLiteral("contoso-staging-v2"));
    QCOMPARE(v2.value(0), Core::BatchItem::skipReasonText(Core::BatchItem::SkipReason::TierUnsupported));
    QVERIFY2(v2.value(1).contains(QLatin1String("v2")), qPrintable(v2.join('|')));
    const QStringList busy = skippedRow(dialog, QStringLiteral("contoso-partners-apim"));
    QCOMPARE(busy.value(0), Core::BatchItem::skipReasonText(Core::BatchItem::SkipReason::Busy));
    QVERIFY2(busy.value(1).contains(running), qPrintable(busy.join('|')));
    const QStringList denied = skippedRow(dialog, QStringLiteral("contoso-prod-apim-kr"));
    QCOMPARE(denied.value(0), Core::BatchItem::skipReasonText(Core::BatchItem::SkipReason::NoPermission));
    QVERIFY2(denied.value(1).contains(QLatin1String("authorization")), qPrintable(denied.join('|')));
    QVERIFY(skippedRow(dialog, QStringLiteral("contoso-prod-apim")).isEmpty());
    QCOMPARE(dialog->skippedList()->topLevelItemCount(), 4);

    // Only unsupported services: nothing can run, Start stays off.
    dialog->close();
    select({ m_ui->serviceId(QStringLiteral("contoso-staging-v2")),
        m_ui->serviceId(QStringLiteral("contoso-prod-apim-kr")) });
    m_ui->window()->backupSelectedAction()->trigger();
    QPointer<Ui::BatchBackupDialog> none = controller()->dialog();
    QVERIFY(none);
    QTRY_VERIFY_WITH_TIMEOUT(none->skippedList()->topLevelItemCount() == 2, 20000);
    QTRY_VERIFY(!none->findings()->isChecking());
    QVERIFY(!none->startButton()->isEnabled());
    none->close();
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/faults")));
    QVERIFY(
        m_ui->simControl("POST", QStringLiteral("/_sim/config"), { { QStringLiteral("operationDurationMs"), 1200 } }));
}

void TestUiBatch::dialog_unreadableService_endsItsCheckWithTheReason_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
        { QStringLiteral("status"), 404 } }
                         << QStringLiteral("not found");
    QTest::newRow("network failure") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") } } << QString();
    QTest::newRow("malformed JSON") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } }
                                    << QStringLiteral("cut off");
}

void TestUiBatch::dialog_unreadableService_endsItsCheckWithTheReason()
{
    // Every read of contoso-prod-apim-kr fails: its check ends, says why, and the other
    // service can still be backed up.
    QFETCH(QJsonObject, fault);
    QFETCH(QString, reason);
    fault.insert(QStringLiteral("route"), QStringLiteral("^GET .*/service/contoso-prod-apim-kr$"));
    QVERIFY(m_ui->simControl("POST", QStringLiteral("/_sim/faults"), fault));
    QPointer<Ui::BatchBackupDialog> dialog
        = openBatch({ QStringLiteral("contoso-prod-apim"), QStringLiteral("contoso-prod-apim-kr") });
    QVERIFY(dialog);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog->runnableCount(), 1);
    const QTreeWidget *services = dialog->servicesList();
    QCOMPARE(services->topLevelItemCount(), 2);
    const QTreeWidgetItem *unreadable = nullptr;
    for (int i = 0; i < services->topLevelItemCount(); ++i) {
        if (services->topLevelItem(i)->text(0) == QLatin1String("contoso-prod-apim-kr"))
            unreadable = services->topLevelItem(i);
    }
    QVERIFY(unreadable);
    // Not run, and said so with the service's words (the dialog's "Blocked").
    QCOMPARE(unreadable->text(1), QStringLiteral("Blocked"));
    const QString details = unreadable->text(2);
    QVERIFY2(!details.trimmed().isEmpty(), "no reason given");
    QVERIFY2(details.contains(reason, Qt::CaseInsensitive), qPrintable(details));
    QVERIFY(dialog->startButton()->isEnabled());
    dialog->close();
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/faults")));
}

void TestUiBatch::run_keepsToTheLimit_goesOnPastAFailure_endsWithSummary()
{
    Ui::UiSettings(m_ui->settings()).setParallelBackups(2);
    const QString failure = QStringLiteral("Backup failed: the storage account rejected the write (simulated).");
    QVERIFY(m_ui->simControl("POST", QStringLiteral("/_sim/faults"),
        { { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("^POST .*/service/contoso-staging-apim/backup$") },
            { QStringLiteral("status"), 400 }, { QStringLiteral("code"), QStringLiteral("BackupFailed") },
            { QStringLiteral("message"), failure }, { QStringLiteral("times"), 1 } }));
    const QStringList services { QStringLiteral("contoso-prod-apim"), QStringLiteral("contoso-prod-apim-kr"),
        QStringLiteral("contoso-partners-apim"), QStringLiteral("contoso-staging-apim"),
        QStringLiteral("contoso-dev-apim"), QStringLiteral("contoso-test-apim") };
    QPointer<Ui::BatchBackupDialog> dialog = openBatch(services);
    QVERIFY(dialog);
    QVERIFY(waitChecked(dialog));
    QCOMPARE(dialog->runnableCount(), int(services.size()));
    QCOMPARE(dialog->skippedList()->topLevelItemCount(), 0);
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));

    // Someone turns to another program while the batch runs: the end reaches the desktop once.
    const int notifiedBefore = int(m_ui->notifier().kinds.size());
    QWindow elsewhere;
    elsewhere.resize(200, 100);
    elsewhere.show();
    elsewhere.requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));

    int maxActive = 0;
    QSignalSpy finished(controller(), &Ui::BatchBackupController::batchFinished);
    dialog->startButton()->click();
    QPointer<Core::BatchBackup> batch = controller()->batch();
    QVERIFY2(batch, "the batch did not start");
    QCOMPARE(batch->concurrency(), 2);
    connect(batch, &Core::BatchBackup::progressChanged, this,
        [&maxActive, batch] { maxActive = std::max(maxActive, batch->activeCount()); });
    QVERIFY(finished.wait(90000) || !finished.isEmpty());
    const std::optional<Core::BatchSummary> summary = finished.first().first().value<Core::BatchSummary>();
    QVERIFY(summary);
    QVERIFY(controller()->batch()->isFinished());

    QCOMPARE(summary->total(), int(services.size()));
    QCOMPARE(summary->succeeded(), int(services.size()) - 1);
    QCOMPARE(summary->failed(), 1);
    const Core::BatchItem *failed = itemFor(*summary, QStringLiteral("contoso-staging-apim"));
    QVERIFY(failed);
    QCOMPARE(failed->state, Core::BatchItem::State::Failed);
    QCOMPARE(failed->message, failure); // the service's words
    QVERIFY(maxActive <= 2);

    // The dialog says how it ended, with the service's message.
    QVERIFY(dialog->summaryLabel()->isVisible());
    const QString text = dialog->summaryLabel()->text();
    QVERIFY2(text.contains(summary->countsText()), qPrintable(text));
    QVERIFY2(text.contains(failure), qPrintable(text));
    QVERIFY(!dialog->cancelPendingButton()->isVisible());
    QCOMPARE(dialog->progressBar()->value(), 100);

    // Every started backup is in the operations panel.
    for (const Core::BatchItem &item : summary->items) {
        QVERIFY(!item.operationId.isEmpty());
        QVERIFY2(m_ui->window()->operationsModel()->find(item.operationId), qPrintable(item.operationId));
    }

    // What Azure saw: never more than two in flight, never two on one service.
    const Test::InFlight flight
        = Test::InFlight::fromLog(QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array());
    QCOMPARE(flight.accepted, int(services.size()));
    QVERIFY2(flight.maxInFlight <= 2, qPrintable(QString::number(flight.maxInFlight)));
    QVERIFY2(flight.overlappingOnOneService.isEmpty(), qPrintable(flight.overlappingOnOneService.join(',')));

    // One desktop notification for the batch, saying what failed.
    QCOMPARE(int(m_ui->notifier().kinds.size()), notifiedBefore + 1);
    QCOMPARE(int(m_ui->notifier().kinds.last()), int(Ui::Notifier::Kind::Failure));
    QVERIFY2(m_ui->notifier().messages.last().contains(failure), qPrintable(m_ui->notifier().messages.last()));
}

void TestUiBatch::cancelPending_stopsTheOnesNotStarted()
{
    Ui::UiSettings(m_ui->settings()).setParallelBackups(1);
    const QStringList services { QStringLiteral("contoso-prod-apim"), QStringLiteral("contoso-partners-apim"),
        QStringLiteral("contoso-dev-apim"), QStringLiteral("contoso-test-apim") };
    QPointer<Ui::BatchBackupDialog> dialog = openBatch(services);
    QVERIFY(dialog);
    QVERIFY(waitChecked(dialog));
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));
    QSignalSpy finished(controller(), &Ui::BatchBackupController::batchFinished);
    dialog->startButton()->click();
    QVERIFY(controller()->isRunning());
    QVERIFY(dialog->cancelPendingButton()->isVisible());
    // Once the first backup runs, the rest are cancelled.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(controller()->batch()->items().cbegin(), controller()->batch()->items().cend(),
            [](const Core::BatchItem &item) { return item.state == Core::BatchItem::State::Running; }),
        20000);
    dialog->cancelPendingButton()->click();
    QVERIFY(finished.wait(60000) || !finished.isEmpty());
    const Core::BatchSummary summary = finished.first().first().value<Core::BatchSummary>();
    QVERIFY(summary.canceled);
    QCOMPARE(summary.succeeded(), 1); // the started one ran to its end
    QCOMPARE(summary.skipped(), int(services.size()) - 1);
    for (const Core::BatchItem &item : summary.items) {
        if (item.state == Core::BatchItem::State::Skipped)
            QCOMPARE(item.skipReason, Core::BatchItem::SkipReason::Canceled);
    }
    QCOMPARE(dialog->skippedList()->topLevelItemCount(), int(services.size()) - 1);
    const Test::InFlight flight
        = Test::InFlight::fromLog(QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array());
    QCOMPARE(flight.accepted, 1);
}

QTEST_MAIN(TestUiBatch)
#include "tst_uibatch.moc"
