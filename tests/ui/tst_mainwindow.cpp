// The main window constructs, shows, and has the tree, the filter and the details pane,
// reachable by object name; the filter finds a service among thousands.
#include "ui/main/MainWindow.h"
#include "ui/models/HistoryFilterProxy.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/HistoryWidget.h"
#include "ui/widgets/OperationDetailsFormatter.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/ServiceDetailsPane.h"

#include "FakeDialogProvider.h"
#include "inventory/ApimService.h"
#include "settings/Settings.h"
#include "ui/models/ServicePresenter.h"
#include "ui/support/Formatting.h"
#include "util/Clock.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

using namespace Apim;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void construct_showsTreeFilterAndDetails();
    void filter_findsServiceAmongThousands();
    void serviceModel_updatesSinceARevision_areTheServicesAsTheyAreNow();
    void subscriptionLoading_showsLoadingRowUntilServicesArrive();
    void shortcuts_areTheDocumentedOnes();
    void history_filterAndExportCsv_quotesAndDefusesFormulas();
    void operationsModel_addHistory_oneResetAndLiveRowsKept();
    void operationsPanel_runningBackup_bannerAndBusyProgress();
    void windowState_isRememberedAcrossWindows();
    void details_backupWithChanges_isAWarningThenARunningRestoreReplacesIt();
    void history_backupWithChanges_isMarkedAndFiltered();
    void operationDetails_finished_saysWhenTheServiceStateWasRead();
    void selection_throughTheSelectionModel_updatesDetailsAndActions();
    void findings_noneAfterACheck_sayChecksPassed();
    void details_valuesAreReadWithTheirTitles();
    void korean_translationLoadsAndCoversTheWindow();

private:
    Ui::UiContext context();
    // One Developer-tier service in the tree (backup supported), not selected.
    static QString addService(Ui::MainWindow &window);
    Test::FakeDialogProvider m_dialogs;
    Core::SystemClock m_clock;
};

Ui::UiContext TestMainWindow::context()
{
    Ui::UiContext ctx;
    ctx.dialogs = &m_dialogs;
    ctx.clock = &m_clock;
    return ctx;
}

QString TestMainWindow::addService(Ui::MainWindow &window)
{
    Core::ApimService service;
    service.id = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
    service.name = QStringLiteral("svc");
    service.subscriptionId = QStringLiteral("sub-a");
    service.resourceGroup = QStringLiteral("rg");
    service.skuName = QStringLiteral("Premium");
    service.skuCapacity = 2;
    service.location = QStringLiteral("westeurope");
    service.provisioningState = QStringLiteral("Succeeded");
    window.serviceModel()->addSubscriptions(
        { { QStringLiteral("sub-a"), QStringLiteral("tenant-1"), QStringLiteral("Production"), {} } });
    window.serviceModel()->addServices({ Ui::ServicePresenter::entry(service) });
    return service.id;
}

void TestMainWindow::construct_showsTreeFilterAndDetails()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("serviceTreeView"));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    auto *details = window.findChild<QWidget *>(QStringLiteral("serviceDetailsWidget"));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("operationsDockWidget"));
    QVERIFY(tree);
    QVERIFY(filter);
    QVERIFY(details);
    QVERIFY(dock);
    QVERIFY(tree->isVisible());
    QVERIFY(filter->isVisible());
    QVERIFY(details->isVisible());
    QVERIFY(!filter->accessibleName().isEmpty());
    QVERIFY(!window.windowIcon().isNull());
    // Signed out: the pane says what to do, and the actions that need a service are off.
    auto *placeholder = window.findChild<QLabel *>(QStringLiteral("detailsPlaceholderLabel"));
    QVERIFY(placeholder && placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("Sign in")));
    QVERIFY(!window.backupAction()->isEnabled());
    QVERIFY(!window.restoreAction()->isEnabled());
}

void TestMainWindow::serviceModel_updatesSinceARevision_areTheServicesAsTheyAreNow()
{
    Ui::ServiceTreeModel model;
    model.addSubscriptions(
        { { QStringLiteral("sub-a"), QStringLiteral("tenant-1"), QStringLiteral("Production"), {} } });
    const auto service = [](const QString &name, const QString &sku) {
        Ui::ServiceEntry entry;
        entry.subscriptionId = QStringLiteral("sub-a");
        entry.name = name;
        entry.resourceGroup = QStringLiteral("rg");
        entry.resourceId
            = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.ApiManagement/service/")
            + name;
        entry.sku = sku;
        return entry;
    };
    model.addServices({ service(QStringLiteral("apim-1"), QStringLiteral("Developer")),
        service(QStringLiteral("apim-2"), QStringLiteral("Developer")) });
    const int listed = model.servicesRevision();
    QVERIFY(model.servicesUpdatedSince(listed).has_value());
    QCOMPARE(model.servicesUpdatedSince(listed)->size(), 0);

    // Updated twice, the second time under another case of its id: once, as it is now.
    model.updateService(service(QStringLiteral("apim-1"), QStringLiteral("Premium")));
    Ui::ServiceEntry again = service(QStringLiteral("apim-1"), QStringLiteral("Standard"));
    again.resourceId = again.resourceId.toUpper();
    model.updateService(again);
    const int updatedAt = model.servicesRevision();
    QVERIFY(updatedAt > listed);
    std::optional<QVector<Ui::ServiceEntry>> updated = model.servicesUpdatedSince(listed);
    QVERIFY(updated.has_value());
    QCOMPARE(updated->size(), 1);
    QCOMPARE(updated->first().name, QStringLiteral("apim-1"));
    QCOMPARE(updated->first().sku, QStringLiteral("Standard"));
    QCOMPARE(model.serviceCount(), 2);
    QCOMPARE(model.servicesUpdatedSince(updatedAt)->size(), 0);
    QVERIFY(!model.servicesUpdatedSince(updatedAt + 1).has_value()); // not a revision yet

    // A row that came since: every service is read again.
    model.addServices({ service(QStringLiteral("apim-3"), QStringLiteral("Basic")) });
    QVERIFY(!model.servicesUpdatedSince(listed).has_value());
    QVERIFY(!model.servicesUpdatedSince(updatedAt).has_value());
    QCOMPARE(model.servicesUpdatedSince(model.servicesRevision())->size(), 0);

    // Hundreds of updates since: reading them all again is cheaper than patching each.
    const int beforeMany = model.servicesRevision();
    for (int i = 0; i < 300; ++i)
        model.updateService(
            service(QStringLiteral("apim-2"), i % 2 ? QStringLiteral("Basic") : QStringLiteral("Premium")));
    QVERIFY(!model.servicesUpdatedSince(beforeMany).has_value());

    const int beforeClear = model.servicesRevision();
    model.clear();
    QVERIFY(!model.servicesUpdatedSince(beforeClear).has_value());
}

void TestMainWindow::filter_findsServiceAmongThousands()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::ServiceTreeModel *model = window.serviceModel();
    model->addSubscriptions({ { QStringLiteral("sub-a"), QStringLiteral("tenant-1"), QStringLiteral("Production"), {} },
        { QStringLiteral("sub-b"), QStringLiteral("tenant-1"), QStringLiteral("Test"), {} } });
    QVector<Ui::ServiceEntry> services;
    for (int i = 0; i < 5000; ++i) {
        Ui::ServiceEntry entry;
        entry.subscriptionId = i % 2 ? QStringLiteral("sub-a") : QStringLiteral("sub-b");
        entry.name = QStringLiteral("apim-%1").arg(i, 5, 10, QLatin1Char('0'));
        entry.resourceGroup = QStringLiteral("rg-%1").arg(i % 7);
        entry.resourceId
            = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
                  .arg(entry.subscriptionId, entry.resourceGroup, entry.name);
        entry.sku = QStringLiteral("Developer");
        entry.location = QStringLiteral("westeurope");
        services << entry;
    }
    model->addServices(services);
    QCOMPARE(model->serviceCount(), 5000);

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("apim-04321"));
    // One tenant, one subscription, one service survive the filter.
    QTRY_COMPARE(window.serviceProxy()->rowCount(), 1);
    const QModelIndex tenant = window.serviceProxy()->index(0, 0);
    QTRY_COMPARE(window.serviceProxy()->rowCount(tenant), 1);
    const QModelIndex subscription = window.serviceProxy()->index(0, 0, tenant);
    QCOMPARE(subscription.data().toString(), QStringLiteral("Production"));
    QCOMPARE(window.serviceProxy()->rowCount(subscription), 1);
    QCOMPARE(window.serviceProxy()->index(0, 0, subscription).data().toString(), QStringLiteral("apim-04321"));

    // The readiness of every service arrives as one change per subscription (not 5,000), of
    // the Recovery column only, a few thousand rows per turn of the event loop, and leaves
    // the filtered tree as it was.
    Ui::RecoveryMarks marks;
    for (const Ui::ServiceEntry &entry : std::as_const(services))
        marks.insert(entry.resourceId, Ui::RecoveryMark { 1, QStringLiteral("At risk"), QStringLiteral("old") });
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    model->setRecoveryMarks(marks);
    QCOMPARE(changes.size(), 1); // 2,500 rows: the other subscription's come in the next turn
    QTRY_COMPARE(changes.size(), 2);
    for (const QList<QVariant> &change : std::as_const(changes)) {
        QCOMPARE(change.at(0).toModelIndex().column(), int(Ui::ServiceTreeModel::RecoveryColumn));
        QCOMPARE(change.at(1).toModelIndex().column(), int(Ui::ServiceTreeModel::RecoveryColumn));
    }
    const QModelIndex survivor = window.serviceProxy()->index(0, Ui::ServiceTreeModel::RecoveryColumn, subscription);
    QCOMPARE(survivor.data().toString(), QStringLiteral("At risk"));
    QCOMPARE(window.serviceProxy()->rowCount(subscription), 1);

    // Case does not matter, in what is typed or in what is matched.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("APIM-04321 WESTEUROPE"));
    QTRY_COMPARE(window.serviceProxy()->filterText(), QStringLiteral("APIM-04321 WESTEUROPE"));
    QTRY_COMPARE(
        window.serviceProxy()->rowCount(window.serviceProxy()->index(0, 0, window.serviceProxy()->index(0, 0))), 1);

    // A subscription's name shows all of its services.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("Test"));
    QTRY_COMPARE(
        window.serviceProxy()->rowCount(window.serviceProxy()->index(0, 0, window.serviceProxy()->index(0, 0))), 2500);
    QCOMPARE(window.serviceProxy()->rowCount(window.serviceProxy()->index(0, 0)), 1);
}

void TestMainWindow::subscriptionLoading_showsLoadingRowUntilServicesArrive()
{
    Ui::ServiceTreeModel model;
    model.addSubscriptions({ { QStringLiteral("sub-a"), QStringLiteral("t"), QStringLiteral("A"), {} } });
    model.setLoading(QStringLiteral("sub-a"), true);
    const QModelIndex sub = model.indexForId(QStringLiteral("sub-a"));
    QCOMPARE(model.rowCount(sub), 1);
    QCOMPARE(model.index(0, 0, sub).data(Ui::ServiceTreeModel::KindRole).toInt(),
        int(Ui::ServiceTreeModel::NodeKind::Loading));
    QCOMPARE(model.loadingSubscriptions(), QStringList { QStringLiteral("sub-a") });
    Ui::ServiceEntry entry;
    entry.subscriptionId = QStringLiteral("sub-a");
    entry.name = QStringLiteral("svc");
    entry.resourceId
        = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
    model.addServices({ entry });
    model.setLoading(QStringLiteral("sub-a"), false);
    QCOMPARE(model.rowCount(sub), 1);
    QCOMPARE(model.index(0, 0, sub).data().toString(), QStringLiteral("svc"));
    QVERIFY(model.loadingSubscriptions().isEmpty());
    // A failure after some services arrived keeps them and adds the error row.
    model.setMessage(QStringLiteral("sub-a"), QStringLiteral("denied"), true);
    QCOMPARE(model.rowCount(sub), 2);
    QCOMPARE(model.index(1, 0, sub).data(Ui::ServiceTreeModel::IsErrorRole).toBool(), true);
    QCOMPARE(model.index(1, 0, sub).data().toString(), QStringLiteral("denied"));
}

void TestMainWindow::shortcuts_areTheDocumentedOnes()
{
    Ui::MainWindow window(context());
    QCOMPARE(window.refreshAction()->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(window.backupAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(window.restoreAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(find && quit);
    QCOMPARE(find->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
}

// The journal's history arrives from a worker after the window shows: in one reset (not a
// signal per row: thousands of them), newest first, and an operation the live manager
// reported meanwhile keeps its newer state.
void TestMainWindow::operationsModel_addHistory_oneResetAndLiveRowsKept()
{
    Ui::MainWindow window(context());
    Ui::OperationsModel *model = window.operationsModel();
    const QDateTime start(QDate(2026, 11, 1), QTime(2, 0), Qt::UTC);
    const auto backup = [&](int day) {
        Ui::OperationView view;
        view.id = QStringLiteral("op-%1").arg(day);
        view.kind = Ui::OperationView::Kind::Backup;
        view.serviceName = QStringLiteral("contoso-prod-apim");
        view.started = start.addDays(day);
        view.finished = view.started.addSecs(300);
        view.status = Ui::OperationView::Status::Succeeded;
        return view;
    };
    // Newest first, as the controller's worker makes them.
    const auto historyOf = [&](int days) {
        QVector<Ui::OperationView> rows;
        for (int day = days - 1; day >= 0; --day)
            rows.append(backup(day));
        return rows;
    };
    const auto idsInOrder = [model] {
        QStringList ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(Ui::OperationsModel::IdRole).toString();
        return ids;
    };
    QStringList newestFirst;
    for (int day = 99; day >= 0; --day)
        newestFirst << QStringLiteral("op-%1").arg(day);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(model, &QAbstractItemModel::rowsInserted);

    // Into an empty model, as at the start: one reset for a hundred rows.
    model->addHistory(Ui::OperationsModel::History::of(historyOf(100)));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(idsInOrder(), newestFirst);
    QCOMPARE(model->ids().size(), 100);

    // The same history again (read after the sign-in): nothing new, nothing signalled; and
    // what the worker leaves out are the rows the model had when the read was asked for.
    model->addHistory(Ui::OperationsModel::History::of(historyOf(100)));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 0);
    const Ui::OperationsModel::History known = Ui::OperationsModel::History::of(historyOf(100), model->ids());
    QVERIFY(known.rows.isEmpty());
    QVERIFY(known.ids.isEmpty());

    // An operation the live manager reported before the history came keeps its newer state;
    // a few rows more go in one by one, each where it belongs.
    model->clear();
    Ui::OperationView live = backup(5);
    live.finished = {};
    live.status = Ui::OperationView::Status::Running;
    model->upsert(live);
    resets.clear();
    inserts.clear();
    model->addHistory(Ui::OperationsModel::History::of(historyOf(8)));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(inserts.size(), 7);
    QCOMPARE(idsInOrder(), newestFirst.mid(92));
    QCOMPARE(int(model->find(QStringLiteral("op-5"))->status), int(Ui::OperationView::Status::Running));

    // Many more: in one reset, in order, the live row still as it was.
    model->addHistory(Ui::OperationsModel::History::of(historyOf(100)));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(inserts.size(), 7);
    QCOMPARE(idsInOrder(), newestFirst);
    QCOMPARE(model->ids().size(), 100);
    QCOMPARE(int(model->find(QStringLiteral("op-5"))->status), int(Ui::OperationView::Status::Running));
}

void TestMainWindow::history_filterAndExportCsv_quotesAndDefusesFormulas()
{
    Ui::MainWindow window(context());
    Ui::OperationsModel *model = window.operationsModel();
    Ui::OperationView ok;
    ok.id = QStringLiteral("op-1");
    ok.kind = Ui::OperationView::Kind::Backup;
    ok.serviceName = QStringLiteral("contoso-prod-apim");
    ok.storageAccount = QStringLiteral("contosobackups");
    ok.container = QStringLiteral("apim-backups");
    ok.backupName = QStringLiteral("prod.apimbackup");
    ok.started = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    ok.finished = ok.started.addSecs(300);
    ok.status = Ui::OperationView::Status::Succeeded;
    Ui::OperationView failed = ok;
    failed.id = QStringLiteral("op-2");
    failed.kind = Ui::OperationView::Kind::Restore;
    failed.started = ok.started.addSecs(600);
    failed.finished = failed.started.addSecs(60);
    failed.status = Ui::OperationView::Status::Failed;
    failed.errorText = QStringLiteral("=HYPERLINK(\"x\"), \"quoted\"\nsecond line");
    model->upsert(ok);
    model->upsert(failed);
    QCOMPARE(model->index(0, 0).data(Ui::OperationsModel::IdRole).toString(), QStringLiteral("op-2")); // newest first

    auto *history = window.findChild<Ui::HistoryWidget *>();
    QVERIFY(history);
    // As a user does: the History tab first (its widgets are made when it first shows).
    window.findChild<QTabWidget *>(QStringLiteral("operationsTabWidget"))->setCurrentWidget(history);
    auto *scope = history->findChild<QComboBox *>(QStringLiteral("historyScopeComboBox"));
    scope->setCurrentIndex(scope->findData(int(Ui::HistoryFilterProxy::Scope::Failures)));
    QCOMPARE(history->visibleCount(), 1);
    scope->setCurrentIndex(0);
    history->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit"))->setText(QStringLiteral("prod.apim"));
    QCOMPARE(history->visibleCount(), 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.csv"));
    m_dialogs.setNextSaveFileName(path);
    history->findChild<QPushButton *>(QStringLiteral("exportHistoryButton"))->click();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.startsWith(QStringLiteral("id,operation,service,")));
    QVERIFY(csv.contains(QStringLiteral("op-1,backup,contoso-prod-apim,")));
    QVERIFY(csv.contains(QStringLiteral("2026-01-02T03:04:05Z")));
    // Quotes doubled, the whole field quoted, a leading "=" defused for spreadsheets.
    QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\nsecond line\"")), qPrintable(csv));
    QCOMPARE(csv.count(QStringLiteral("\r\n")), 3);

    // A folder that cannot be written: a clear error, nothing thrown away.
    m_dialogs.setNextSaveFileName(QStringLiteral("/nonexistent-dir/history.csv"));
    history->findChild<QPushButton *>(QStringLiteral("exportHistoryButton"))->click();
    QCOMPARE(m_dialogs.errors.size(), 1);
    QVERIFY(m_dialogs.errors.first().contains(QStringLiteral("/nonexistent-dir/history.csv")));
}

void TestMainWindow::operationsPanel_runningBackup_bannerAndBusyProgress()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::OperationView running;
    running.id = QStringLiteral("op-run");
    running.kind = Ui::OperationView::Kind::Backup;
    running.serviceName = QStringLiteral("svc");
    running.serviceResourceId
        = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
    running.started = QDateTime::currentDateTimeUtc().addSecs(-75);
    running.status = Ui::OperationView::Status::Running;
    running.nextPoll = QDateTime::currentDateTimeUtc().addSecs(30);
    running.requestIds = { QStringLiteral("start: 1234") };
    window.operationsModel()->upsert(running);
    Ui::OperationsModel *model = window.operationsModel();
    QCOMPARE(model->index(0, Ui::OperationsModel::ProgressColumn).data().toString(), QStringLiteral("Working…"));
    QVERIFY(model->index(0, Ui::OperationsModel::ElapsedColumn).data().toString().startsWith(QStringLiteral("1 min")));
    QVERIFY(model->index(0, Ui::OperationsModel::NextPollColumn).data().toString().startsWith(QStringLiteral("in ")));
    QVERIFY(model->runningFor(running.serviceResourceId.toUpper()));
    running.percent = 40;
    model->upsert(running);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::OperationsModel::ProgressColumn).data().toString(), QStringLiteral("40%"));

    // The dock's details show the request ids; the recent list shows the running one.
    window.operationsDock()->selectOperation(running.id);
    QTRY_VERIFY(window.operationsDock()->detailsBrowser()->toPlainText().contains(QStringLiteral("start: 1234")));
}

void TestMainWindow::details_backupWithChanges_isAWarningThenARunningRestoreReplacesIt()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString id = addService(window);
    QVERIFY(window.selectService(id));

    Ui::OperationView backup;
    backup.id = QStringLiteral("op-backup");
    backup.kind = Ui::OperationView::Kind::Backup;
    backup.serviceName = QStringLiteral("svc");
    backup.serviceResourceId = id;
    backup.storageAccount = QStringLiteral("acct");
    backup.container = QStringLiteral("backups");
    backup.backupName = QStringLiteral("svc.apimbackup");
    backup.started = QDateTime::currentDateTimeUtc().addSecs(-600);
    backup.finished = backup.started.addSecs(300);
    backup.status = Ui::OperationView::Status::Succeeded;
    window.operationsModel()->upsert(backup);
    auto *result = window.findChild<Ui::BannerWidget *>(QStringLiteral("resultBannerWidget"));
    auto *running = window.findChild<Ui::BannerWidget *>(QStringLiteral("operationBannerWidget"));
    QVERIFY(result && running);
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->kind(), Ui::BannerWidget::Kind::Success); // no changes: a success

    // The same backup with a change made while it ran: a warning, said first, then the
    // change, then what to do.
    backup.changeCount = 1;
    backup.changeReport = QStringLiteral("1 configuration change(s) were made while the backup ran and may be missing "
                                         "from it:\n• 2026-01-02 PUT apis/late-api by someone");
    window.operationsModel()->upsert(backup);
    QTRY_COMPARE(result->kind(), Ui::BannerWidget::Kind::Warning);
    const QStringList lines = result->text().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().contains(QStringLiteral("may be missing changes")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QStringLiteral("apis/late-api")));
    QVERIFY2(lines.last().startsWith(QStringLiteral("Back up again")), qPrintable(result->text()));
    QCOMPARE(result->accessibleName(), QStringLiteral("Warning"));

    // A restore starts: one banner, the current state.
    Ui::OperationView restore = backup;
    restore.id = QStringLiteral("op-restore");
    restore.kind = Ui::OperationView::Kind::Restore;
    restore.started = QDateTime::currentDateTimeUtc();
    restore.finished = {};
    restore.status = Ui::OperationView::Status::Running;
    restore.changeCount = 0;
    restore.changeReport.clear();
    window.operationsModel()->upsert(restore);
    QTRY_VERIFY(running->isVisible());
    QVERIFY(!result->isVisible());
    QVERIFY(!window.backupAction()->isEnabled());

    // It ends: its outcome replaces the running banner.
    restore.status = Ui::OperationView::Status::Succeeded;
    restore.finished = QDateTime::currentDateTimeUtc();
    window.operationsModel()->upsert(restore);
    QTRY_VERIFY(result->isVisible());
    QVERIFY(!running->isVisible());
    QCOMPARE(result->kind(), Ui::BannerWidget::Kind::Success);
    QVERIFY(result->text().startsWith(QStringLiteral("Restore of")));
}

void TestMainWindow::history_backupWithChanges_isMarkedAndFiltered()
{
    Ui::MainWindow window(context());
    Ui::OperationsModel *model = window.operationsModel();
    Ui::OperationView clean;
    clean.id = QStringLiteral("op-clean");
    clean.kind = Ui::OperationView::Kind::Backup;
    clean.serviceName = QStringLiteral("svc");
    clean.started = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    clean.finished = clean.started.addSecs(300);
    clean.status = Ui::OperationView::Status::Succeeded;
    Ui::OperationView changed = clean;
    changed.id = QStringLiteral("op-changed");
    changed.started = clean.started.addSecs(900);
    changed.finished = changed.started.addSecs(300);
    changed.changeCount = 2;
    changed.changeReport = QStringLiteral("2 configuration change(s) were made while the backup ran");
    model->upsert(clean);
    model->upsert(changed);

    // The marker: words in the Status column, a warning icon, the changes in the tooltip.
    const QModelIndex changedStatus = model->index(0, Ui::OperationsModel::StatusColumn);
    QCOMPARE(changedStatus.data(Ui::OperationsModel::IdRole).toString(), QStringLiteral("op-changed"));
    QVERIFY2(changedStatus.data().toString().contains(QStringLiteral("2 change")),
        qPrintable(changedStatus.data().toString()));
    QCOMPARE(changedStatus.data(Qt::ToolTipRole).toString(), changed.changeReport);
    QCOMPARE(model->index(1, Ui::OperationsModel::StatusColumn).data().toString(), QStringLiteral("Succeeded"));

    // The filter keeps only them.
    auto *history = window.findChild<Ui::HistoryWidget *>();
    window.findChild<QTabWidget *>(QStringLiteral("operationsTabWidget"))->setCurrentWidget(history);
    auto *scope = history->findChild<QComboBox *>(QStringLiteral("historyScopeComboBox"));
    const int changedScope = scope->findData(int(Ui::HistoryFilterProxy::Scope::ChangedDuringBackup));
    QVERIFY(changedScope >= 0);
    scope->setCurrentIndex(changedScope);
    QCOMPARE(history->visibleCount(), 1);
    scope->setCurrentIndex(0);
    QCOMPARE(history->visibleCount(), 2);
}

void TestMainWindow::operationDetails_finished_saysWhenTheServiceStateWasRead()
{
    Ui::OperationView op;
    op.id = QStringLiteral("op");
    op.serviceName = QStringLiteral("svc");
    op.started = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    op.status = Ui::OperationView::Status::Running;
    op.statusText = QStringLiteral("InProgress");
    op.statusReadAt = op.started.addSecs(60);
    const QString readAt = Ui::Formatting::dateTime(op.statusReadAt);
    QVERIFY(Ui::OperationDetailsFormatter::html(op).contains(QStringLiteral("Service state<")));
    // Once it succeeded, the word read while it ran is history: labelled so, with its time.
    op.status = Ui::OperationView::Status::Succeeded;
    op.finished = op.started.addSecs(300);
    const QString html = Ui::OperationDetailsFormatter::html(op);
    QVERIFY2(html.contains(QStringLiteral("Service state before the end")), qPrintable(html));
    // The state in the user's words (AzureTerms), with the time it was read.
    QVERIFY2(html.contains(QStringLiteral("In progress (read %1)").arg(readAt).toHtmlEscaped()), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("Service state<")));
}

void TestMainWindow::selection_throughTheSelectionModel_updatesDetailsAndActions()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString id = addService(window);
    QVERIFY(!window.backupAction()->isEnabled());
    // What a screen reader does: it selects the row; the current index stays where it was.
    const QModelIndex row = window.serviceProxy()->mapFromSource(window.serviceModel()->indexForId(id));
    QVERIFY(row.isValid());
    QVERIFY(window.serviceTree()->currentIndex() != row);
    window.serviceTree()->selectionModel()->select(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(window.serviceTree()->currentIndex() != row);
    QVERIFY(window.detailsPane()->hasService());
    QCOMPARE(window.detailsPane()->resourceId(), id);
    QCOMPARE(window.selectedServiceId(), id);
    QVERIFY(window.backupAction()->isEnabled());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("detailsBackupButton"))->isEnabled());
    // Unselected: back to the placeholder, the actions off.
    window.serviceTree()->selectionModel()->clearSelection();
    window.serviceTree()->selectionModel()->select(
        row.parent(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(!window.detailsPane()->hasService());
    QVERIFY(!window.backupAction()->isEnabled());
}

void TestMainWindow::findings_noneAfterACheck_sayChecksPassed()
{
    Ui::FindingsWidget findings;
    findings.resize(400, 200);
    findings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&findings));
    auto *passed = findings.findChild<QLabel *>(QStringLiteral("preflightPassedLabel"));
    QVERIFY(passed);
    QVERIFY(!passed->isVisible()); // nothing has been checked
    findings.setChecking(true);
    QVERIFY(!passed->isVisible());
    findings.setFindings({});
    QVERIFY(passed->isVisible());
    QVERIFY(findings.hasPassed());
    QVERIFY(passed->height() > 0);
    // A screen reader reads it.
    QAccessible::setActive(true);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(passed);
    QVERIFY(iface);
    QVERIFY2(iface->text(QAccessible::Name).contains(QStringLiteral("Checks passed")),
        qPrintable(iface->text(QAccessible::Name)));
    QVERIFY(!iface->state().invisible);
    // The request changed: not passed any more until the next check ends.
    findings.showUnchecked();
    QVERIFY(!passed->isVisible());
    findings.setFindings(
        { { Ui::FindingView::Severity::Warning, QStringLiteral("W"), QStringLiteral("look"), QString() } });
    QVERIFY(!passed->isVisible());
    QVERIFY(!findings.hasPassed());
}

void TestMainWindow::details_valuesAreReadWithTheirTitles()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.selectService(addService(window)));
    QAccessible::setActive(true);
    auto *tier = window.findChild<QLabel *>(QStringLiteral("tierLabel"));
    QVERIFY(tier);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tier);
    QVERIFY(iface);
    // ("units" once the English plural forms are loaded, as the app does.)
    QVERIFY2(iface->text(QAccessible::Name).startsWith(QStringLiteral("Tier and capacity: Premium, 2 unit")),
        qPrintable(iface->text(QAccessible::Name)));
    QCOMPARE(tier->text(), QStringLiteral("Premium, 2 unit(s)"));
}

void TestMainWindow::windowState_isRememberedAcrossWindows()
{
    QTemporaryDir dir;
    Core::Settings settings(dir.filePath(QStringLiteral("apim-backup.ini")));
    Ui::UiContext ctx = context();
    ctx.settings = &settings;
    {
        Ui::MainWindow window(ctx);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.operationsDock()->hide();
        QTRY_COMPARE(window.size(), QSize(900, 640));
        window.close();
    }
    Ui::MainWindow again(ctx);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QVERIFY(!again.operationsDock()->isVisible());
}

void TestMainWindow::korean_translationLoadsAndCoversTheWindow()
{
    // The .qm that the app embeds as :/i18n/apim-backup_ko.qm, from the build tree.
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(APIM_QM_DIR "/apim-backup_ko.qm")), APIM_QM_DIR);
    QVERIFY(QCoreApplication::installTranslator(&translator));
    {
        Ui::MainWindow window(context());
        QCOMPARE(window.refreshAction()->text(), QStringLiteral("새로 고침(&R)"));
        QCOMPARE(window.backupAction()->text(), QStringLiteral("백업(&B)…"));
        QCOMPARE(window.windowTitle(), QStringLiteral("APIM Backup"));
        auto *placeholder = window.findChild<QLabel *>(QStringLiteral("detailsPlaceholderLabel"));
        QVERIFY2(placeholder->text().contains(QStringLiteral("로그인")), qPrintable(placeholder->text()));
        // Plurals: Korean has one form, and the number still shows.
        QCOMPARE(Ui::Formatting::age(QDateTime::currentDateTimeUtc().addDays(-3), QDateTime::currentDateTimeUtc()),
            QStringLiteral("3일 전"));
    }
    QCoreApplication::removeTranslator(&translator);

    // English has its own .qm for the plural forms: "1 day ago", "3 days ago".
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(APIM_QM_DIR "/apim-backup_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(Ui::Formatting::age(now.addDays(-1), now), QStringLiteral("1 day ago"));
    QCOMPARE(Ui::Formatting::age(now.addDays(-3), now), QStringLiteral("3 days ago"));
    QCoreApplication::removeTranslator(&english);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
