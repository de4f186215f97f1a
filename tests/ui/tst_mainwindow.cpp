// The main window constructs, shows, and has the tree, the filter and the details pane,
// reachable by object name; the filter finds a service among thousands.
#include "ui/main/MainWindow.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/widgets/ServiceDetailsPane.h"

#include "FakeDialogProvider.h"
#include "util/Clock.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace Apim;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void construct_showsTreeFilterAndDetails();
    void filter_findsServiceAmongThousands();
    void subscriptionLoading_showsLoadingRowUntilServicesArrive();
    void shortcuts_areTheDocumentedOnes();

private:
    Ui::UiContext context();
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

void TestMainWindow::filter_findsServiceAmongThousands()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::ServiceTreeModel *model = window.serviceModel();
    model->addSubscriptions({{QStringLiteral("sub-a"), QStringLiteral("tenant-1"), QStringLiteral("Production"), {}},
                             {QStringLiteral("sub-b"), QStringLiteral("tenant-1"), QStringLiteral("Test"), {}}});
    QVector<Ui::ServiceEntry> services;
    for (int i = 0; i < 5000; ++i) {
        Ui::ServiceEntry entry;
        entry.subscriptionId = i % 2 ? QStringLiteral("sub-a") : QStringLiteral("sub-b");
        entry.name = QStringLiteral("apim-%1").arg(i, 5, 10, QLatin1Char('0'));
        entry.resourceGroup = QStringLiteral("rg-%1").arg(i % 7);
        entry.resourceId = QStringLiteral("/subscriptions/%1/resourceGroups/%2/providers/Microsoft.ApiManagement/service/%3")
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

    // A subscription's name shows all of its services.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("Test"));
    QTRY_COMPARE(window.serviceProxy()->rowCount(window.serviceProxy()->index(0, 0, window.serviceProxy()->index(0, 0))), 2500);
    QCOMPARE(window.serviceProxy()->rowCount(window.serviceProxy()->index(0, 0)), 1);
}

void TestMainWindow::subscriptionLoading_showsLoadingRowUntilServicesArrive()
{
    Ui::ServiceTreeModel model;
    model.addSubscriptions({{QStringLiteral("sub-a"), QStringLiteral("t"), QStringLiteral("A"), {}}});
    model.setLoading(QStringLiteral("sub-a"), true);
    const QModelIndex sub = model.indexForId(QStringLiteral("sub-a"));
    QCOMPARE(model.rowCount(sub), 1);
    QCOMPARE(model.index(0, 0, sub).data(Ui::ServiceTreeModel::KindRole).toInt(),
             int(Ui::ServiceTreeModel::NodeKind::Loading));
    QCOMPARE(model.loadingSubscriptions(), QStringList{QStringLiteral("sub-a")});
    Ui::ServiceEntry entry;
    entry.subscriptionId = QStringLiteral("sub-a");
    entry.name = QStringLiteral("svc");
    entry.resourceId = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
    model.addServices({entry});
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
