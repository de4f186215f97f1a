// What a screen reader gets: the accessibility tree (QAccessibleInterface, what AT-SPI
// reads) of the main window with nothing selected, with a service selected and while an
// operation runs, and of every dialog, against a private azure-sim. Fails with the list
// of offenders: an interactive control without a name, a label whose value is neither in
// its name nor its text, a combo box without a linked label, a leaf row of the service
// tree that says it is expandable or expanded.
#include "UiHarness.h"

#include "SimProcess.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/BatchBackupDialog.h"
#include "ui/dialogs/DrillDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/RpoTargetDialog.h"
#include "ui/dialogs/ScheduleDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/TrustedCertificatesDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/BatchBackupController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/SessionController.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ReadinessModel.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/HistoryWidget.h"
#include "ui/widgets/RecoveryView.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <utility>

using namespace Apim;

namespace {
const QString kAccount = QStringLiteral("contosobackups");
const QString kContainer = QStringLiteral("apim-backups");

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Slider:
        return true;
    default:
        return false;
    }
}

// Spoken text compares without line breaks and runs of spaces.
QString spoken(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("; ")).remove(QLatin1Char(';')).simplified();
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    const QString name = object && !object->objectName().isEmpty() ? object->objectName()
        : object ? QString::fromLatin1(object->metaObject()->className())
                 : QStringLiteral("(no object)");
    return QStringLiteral("%1 [role %2]").arg(name).arg(int(iface->role()));
}

// Walks the interface tree below root (depth first) and lists what a screen reader
// could not use. Item views are checked by checkTree(), not cell by cell here.
class Audit
{
public:
    QStringList offenders;

    void walk(QAccessibleInterface *iface, int depth = 0)
    {
        if (!iface || depth > 60)
            return;
        const QAccessible::State state = iface->state();
        if (state.invisible)
            return; // hidden subtrees are not read; the named-everywhere checks cover them
        check(iface);
        switch (iface->role()) {
        case QAccessible::Tree:
        case QAccessible::Table:
        case QAccessible::List:
        case QAccessible::MenuBar:
            return; // cells: checked by checkTree(); menus: the actions' own texts
        default:
            break;
        }
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

private:
    void check(QAccessibleInterface *iface)
    {
        const QAccessible::Role role = iface->role();
        const QString name = iface->text(QAccessible::Name).trimmed();
        if (isInteractive(role) && name.isEmpty())
            offenders << QStringLiteral("unnamed control: ") + describe(iface);
        if (role == QAccessible::ComboBox && !hasLabel(iface))
            offenders << QStringLiteral("combo box without a label: ") + describe(iface);
        if (role == QAccessible::StaticText) {
            auto *label = qobject_cast<QLabel *>(iface->object());
            if (!label)
                return;
            QString value = label->text();
            if (label->textFormat() != Qt::PlainText && Qt::mightBeRichText(value))
                value = QTextDocumentFragment::fromHtml(value).toPlainText();
            // A mnemonic's "&" is not spoken ("&&" is a literal one).
            value = spoken(value.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                               .remove(QLatin1Char('&'))
                               .replace(QLatin1Char('\x01'), QLatin1Char('&')));
            if (value.isEmpty())
                return;
            const QString exposed
                = spoken(iface->text(QAccessible::Name)) + QLatin1Char(' ') + spoken(iface->text(QAccessible::Value));
            if (!exposed.contains(value))
                offenders << QStringLiteral("label hides its value \"%1\" behind \"%2\": %3")
                                 .arg(value.left(60), iface->text(QAccessible::Name), describe(iface));
        }
    }

    static bool hasLabel(QAccessibleInterface *iface)
    {
        // On Linux a combo's name is its current text: only a linked label says what it chooses.
        return !iface->relations(QAccessible::Label).isEmpty();
    }
};

QStringList audit(QWidget *root)
{
    Audit audit;
    audit.walk(QAccessible::queryAccessibleInterface(root));
    // Hidden or not, a button we made must have a name: a screen reader may list it.
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        // Qt's own: objects named qt_*, and a table's corner button (never shown here).
        if (button->isVisible() || button->objectName().startsWith(QLatin1String("qt_"))
            || button->inherits("QTableCornerButton"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        if (iface && iface->text(QAccessible::Name).trimmed().isEmpty())
            audit.offenders << QStringLiteral("unnamed hidden button: ") + describe(iface);
    }
    return audit.offenders;
}

// Leaf rows (services, messages) must not say expandable or expanded.
QStringList checkTree(Ui::MainWindow *window)
{
    QStringList offenders;
    QSet<QString> leaves;
    const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        QAbstractItemModel *model = window->serviceProxy();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            const int kind = index.data(Ui::ServiceTreeModel::KindRole).toInt();
            if (kind == int(Ui::ServiceTreeModel::NodeKind::Tenant)
                || kind == int(Ui::ServiceTreeModel::NodeKind::Subscription))
                collect(index);
            else
                leaves.insert(index.data().toString());
        }
    };
    collect({});
    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(window->serviceTree());
    if (!tree)
        return { QStringLiteral("the service tree has no accessible interface") };
    for (int i = 0; i < tree->childCount(); ++i) {
        QAccessibleInterface *cell = tree->child(i);
        if (!cell || !leaves.contains(cell->text(QAccessible::Name)))
            continue;
        if (cell->state().expandable || cell->state().expanded)
            offenders << QStringLiteral("leaf row reports expandable/expanded: ") + cell->text(QAccessible::Name);
    }
    return offenders;
}
} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindow_nothingSelected();
    void mainWindow_serviceSelected_detailsAreRead();
    void mainWindow_operationRunning();
    void serviceTree_afterFiltering_leafRowsAreNotExpandable();
    void qtMadeButtons_areNamed();
    void lazyPages_reachedByKeyboard_areBuiltAndFocusable();
    void detailsPane_tabFromTheTree_reachesItsButtons();
    void backupDialog();
    void restoreDialog();
    void batchBackupDialog();
    void settingsDialog();
    void signInDialog();
    void drillAndRpoTargetDialogs();
    void scheduleAndTrustedCertificatesDialogs();

private:
    bool chooseStorage(Ui::StorageTargetWidget *target);

    Test::SimProcess m_sim;
    std::unique_ptr<Test::UiHarness> m_ui;
};

#define VERIFY_ACCESSIBLE(widget)                                                                                      \
    do {                                                                                                               \
        const QStringList offenders = audit(widget);                                                                   \
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));                                  \
    } while (false)

void TestAccessibility::initTestCase()
{
    // Under the offscreen platform no screen reader turns it on.
    QAccessible::setActive(true);
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TestAccessibility::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_sim.url(), m_sim.cloudFile());
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    QVERIFY(m_ui->useShortOperations());
    m_ui->launch(false);
    QVERIFY(m_ui->signIn());
}

void TestAccessibility::cleanup()
{
    m_ui.reset();
}

bool TestAccessibility::chooseStorage(Ui::StorageTargetWidget *target)
{
    QComboBox *accounts = target->accountCombo();
    if (!QTest::qWaitFor([accounts] { return accounts->findText(kAccount) >= 0; }, 10000))
        return false;
    accounts->setCurrentIndex(accounts->findText(kAccount));
    QComboBox *containers = target->containerCombo();
    if (!QTest::qWaitFor([containers] { return containers->findText(kContainer) >= 0; }, 10000))
        return false;
    containers->setCurrentIndex(containers->findText(kContainer));
    return true;
}

void TestAccessibility::mainWindow_nothingSelected()
{
    QVERIFY(QTest::qWaitForWindowExposed(m_ui->window()));
    VERIFY_ACCESSIBLE(m_ui->window());
}

void TestAccessibility::mainWindow_serviceSelected_detailsAreRead()
{
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-prod-apim")));
    auto *tier = m_ui->window()->findChild<QLabel *>(QStringLiteral("tierLabel"));
    QTRY_VERIFY(tier->isVisible());
    VERIFY_ACCESSIBLE(m_ui->window());
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tier);
    QVERIFY2(iface->text(QAccessible::Name).startsWith(QStringLiteral("Tier and capacity: Premium")),
        qPrintable(iface->text(QAccessible::Name)));
}

void TestAccessibility::mainWindow_operationRunning()
{
    QVERIFY(
        m_ui->simControl("POST", QStringLiteral("/_sim/config"), { { QStringLiteral("operationDurationMs"), 4000 } }));
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-partners-apim"));
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"))
        ->setText(QStringLiteral("a11y-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 15000);
    dialog->startButton()->click();
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ui->latestOperation() && m_ui->latestOperation()->status == Ui::OperationView::Status::Running, 10000);
    QTRY_VERIFY(m_ui->window()->findChild<QWidget *>(QStringLiteral("operationBannerWidget"))->isVisible());
    VERIFY_ACCESSIBLE(m_ui->window());
    QVERIFY(m_ui->waitLatestFinished(25000));
}

void TestAccessibility::serviceTree_afterFiltering_leafRowsAreNotExpandable()
{
    auto *filter = m_ui->window()->findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("contoso"));
    QTRY_VERIFY(m_ui->window()->serviceProxy()->rowCount() > 0);
    QTest::qWait(300); // the filter applies once typing pauses
    const QStringList offenders = checkTree(m_ui->window());
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
    // And the filter did expand the subscriptions: the services are there to be read.
    QVERIFY(m_ui->window()->serviceTree()->isExpanded(m_ui->window()->serviceProxy()->index(0, 0)));
}

// The Recovery and Schedules pages and the History tab make their widgets when first
// shown: reached with the keyboard alone, each is whole, and Tab moves into it.
void TestAccessibility::lazyPages_reachedByKeyboard_areBuiltAndFocusable()
{
    QWidget *window = m_ui->window();
    QApplication::setActiveWindow(window); // shortcuts go to the active window only
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto press = [window](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key(key), modifiers);
    };
    QTabBar *pagesBar = window->findChild<QTabWidget *>(QStringLiteral("mainPagesTabWidget"))->tabBar();
    for (const auto &[key, pageName] : { std::pair { Qt::Key_2, QStringLiteral("recoveryView") },
             std::pair { Qt::Key_3, QStringLiteral("schedulesView") } }) {
        press(key, Qt::ControlModifier);
        auto *page = window->findChild<QWidget *>(pageName);
        QVERIFY2(page, qPrintable(pageName));
        QTRY_VERIFY(page->isVisible());
        QVERIFY2(page->findChild<QTreeView *>(), qPrintable(pageName + QStringLiteral(" has no table")));
        VERIFY_ACCESSIBLE(window);
        // From the pages' tab bar, the next Tab is in the page, once something in it can take
        // the focus (the Schedules page's buttons wait for the installed schedules).
        const auto canTakeFocus = [page] {
            const QList<QWidget *> inPage = page->findChildren<QWidget *>();
            return std::any_of(inPage.begin(), inPage.end(), [](const QWidget *widget) {
                return widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(canTakeFocus(), 15000);
        pagesBar->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Tab);
        QVERIFY2(page->isAncestorOf(QApplication::focusWidget()),
            qPrintable(QStringLiteral("Tab from the tab bar went to %1, not into %2")
                           .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(),
                               pageName)));
    }
    press(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(window->findChild<QTreeView *>(QStringLiteral("serviceTreeView"))->isVisible());

    // The History tab, behind the Operations tab: from the dock's tab bar, Right opens it,
    // whole, and the next Tab is in it.
    auto *dockTabs = window->findChild<QTabWidget *>(QStringLiteral("operationsTabWidget"));
    auto *history = window->findChild<Ui::HistoryWidget *>();
    QVERIFY(dockTabs && history);
    dockTabs->tabBar()->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Right);
    QTRY_VERIFY(history->isVisible());
    QVERIFY(history->findChild<QTableView *>(QStringLiteral("historyTableView")));
    press(Qt::Key_Tab);
    const QWidget *focused = QApplication::focusWidget();
    QVERIFY2(history->isAncestorOf(focused),
        qPrintable(QStringLiteral("Tab went to %1").arg(focused ? focused->objectName() : QStringLiteral("nothing"))));
    VERIFY_ACCESSIBLE(window);
}

void TestAccessibility::qtMadeButtons_areNamed()
{
    // The clear buttons of the filters and the toolbar's overflow button: made by Qt, named by us.
    const auto nameOf = [](QWidget *widget) {
        QAccessibleInterface *iface = widget ? QAccessible::queryAccessibleInterface(widget) : nullptr;
        return iface ? iface->text(QAccessible::Name) : QString();
    };
    auto *filter = m_ui->window()->findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    filter->setText(QStringLiteral("x"));
    const QList<QToolButton *> clear = filter->findChildren<QToolButton *>();
    QVERIFY(!clear.isEmpty());
    QCOMPARE(nameOf(clear.first()), QStringLiteral("Clear the filter"));
    m_ui->window()
        ->findChild<QTabWidget *>(QStringLiteral("operationsTabWidget"))
        ->setCurrentWidget(m_ui->window()->findChild<Ui::HistoryWidget *>());
    auto *history = m_ui->window()->findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit"));
    QVERIFY(!history->findChildren<QToolButton *>().isEmpty());
    QCOMPARE(nameOf(history->findChildren<QToolButton *>().first()), QStringLiteral("Clear the history filter"));
    auto *toolbar = m_ui->window()->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(!nameOf(toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))).isEmpty());
    // The History filter's combo is linked to its label.
    auto *scope = m_ui->window()->findChild<QComboBox *>(QStringLiteral("historyScopeComboBox"));
    QAccessibleInterface *scopeIface = QAccessible::queryAccessibleInterface(scope);
    const auto labels = scopeIface->relations(QAccessible::Label);
    QVERIFY(!labels.isEmpty());
    QCOMPARE(labels.first().first->text(QAccessible::Name), QStringLiteral("Show:"));
}

// The details pane makes its page when the first service shows: Tab from the service tree
// goes on to its buttons, not after the status bar.
void TestAccessibility::detailsPane_tabFromTheTree_reachesItsButtons()
{
    QWidget *window = m_ui->window();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-prod-apim")));
    auto *backup = window->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"));
    QVERIFY(backup);
    QTRY_VERIFY(backup->isVisible() && backup->isEnabled());
    QTreeView *tree = window->findChild<QTreeView *>(QStringLiteral("serviceTreeView"));
    tree->setFocus(Qt::TabFocusReason);
    for (int tab = 0; tab < 12 && QApplication::focusWidget() != backup; ++tab) {
        QWidget *from = QApplication::focusWidget();
        QTest::keyClick(from, Qt::Key_Tab);
        QVERIFY2(!qobject_cast<QTabBar *>(QApplication::focusWidget()),
            qPrintable(QStringLiteral("Tab went to the tab bar before the details' buttons")));
    }
    QCOMPARE(QApplication::focusWidget(), backup);
}

void TestAccessibility::backupDialog()
{
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-partners-apim"));
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->findings()->isChecking() && !dialog->storageTarget()->isLoading(), 15000);
    VERIFY_ACCESSIBLE(dialog);
    // The warning about changes during the backup is read as a warning, not as the title
    // of the box it sits in.
    auto *warning = dialog->findChild<QWidget *>(QStringLiteral("runningWarningBannerWidget"));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(warning);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Warning"));
    // The storage-account combo's editor has a name of its own, not only a placeholder.
    QLineEdit *editor = dialog->storageTarget()->accountCombo()->lineEdit();
    QCOMPARE(QAccessible::queryAccessibleInterface(editor)->text(QAccessible::Name), QStringLiteral("Storage account"));
    dialog->close();
}

void TestAccessibility::restoreDialog()
{
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-partners-apim")));
    m_ui->window()->restoreAction()->trigger();
    QPointer<Ui::RestoreDialog> dialog = m_ui->app()->operations()->restoreDialog();
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->storageTarget()->isLoading(), 15000);
    VERIFY_ACCESSIBLE(dialog);
    dialog->close();
}

void TestAccessibility::batchBackupDialog()
{
    QItemSelectionModel *selection = m_ui->window()->serviceTree()->selectionModel();
    selection->clearSelection();
    for (const QString &name : { QStringLiteral("contoso-prod-apim"), QStringLiteral("contoso-partners-apim") }) {
        const QModelIndex index = m_ui->window()->serviceProxy()->mapFromSource(
            m_ui->window()->serviceModel()->indexForId(m_ui->serviceId(name)));
        selection->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(m_ui->window()->backupSelectedAction()->isEnabled());
    m_ui->window()->backupSelectedAction()->trigger();
    QPointer<Ui::BatchBackupDialog> dialog = m_ui->app()->operations()->batchBackups()->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 5000);
    VERIFY_ACCESSIBLE(dialog);
    dialog->close();
}

void TestAccessibility::settingsDialog()
{
    m_ui->window()->settingsAction()->trigger();
    QPointer<Ui::SettingsDialog> dialog = m_ui->window()->findChild<Ui::SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    VERIFY_ACCESSIBLE(dialog);
    dialog->close();
}

void TestAccessibility::signInDialog()
{
    m_ui->app()->session()->openSignInDialog();
    QPointer<Ui::SignInDialog> dialog = m_ui->app()->session()->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    VERIFY_ACCESSIBLE(dialog);
    dialog->close();
}

void TestAccessibility::drillAndRpoTargetDialogs()
{
    Ui::RecoveryController *recovery = m_ui->app()->recovery();
    m_ui->window()->showRecovery();
    Ui::RecoveryView *view = m_ui->window()->recoveryView();
    QTRY_VERIFY_WITH_TIMEOUT(!recovery->isBuilding() && view->model()->rowCount() == 8, 20000);
    VERIFY_ACCESSIBLE(m_ui->window()); // the Recovery page itself

    QVERIFY(view->selectService(m_ui->serviceId(QStringLiteral("contoso-prod-apim"))));
    view->targetButton()->click();
    QPointer<Ui::RpoTargetDialog> target = recovery->targetDialog();
    QVERIFY(target);
    QTRY_VERIFY(target->isVisible());
    VERIFY_ACCESSIBLE(target);
    target->reject();

    QVERIFY(view->selectService(m_ui->serviceId(QStringLiteral("contoso-prod-apim"))));
    QTRY_VERIFY(view->drillButton()->isEnabled());
    view->drillButton()->click();
    QPointer<Ui::DrillDialog> drill = recovery->drillDialog();
    QVERIFY(drill);
    QTRY_VERIFY(drill->isVisible());
    VERIFY_ACCESSIBLE(drill);
    drill->close();
}

void TestAccessibility::scheduleAndTrustedCertificatesDialogs()
{
    Core::ScheduleSpec spec;
    spec.name = QStringLiteral("nightly-prod");
    Ui::ScheduleDialog schedule(spec, false, { Core::ScheduleSpec::Format::Systemd, Core::ScheduleSpec::Format::Cron },
        { QStringLiteral("ops-teams") });
    schedule.show();
    QTRY_VERIFY(schedule.isVisible());
    VERIFY_ACCESSIBLE(&schedule);

    QTemporaryDir certificates;
    QVERIFY(certificates.isValid());
    const Core::TrustedCertificateStore store(certificates.path());
    Ui::TrustedCertificatesDialog trusted(store, nullptr);
    trusted.show();
    QTRY_VERIFY(trusted.isVisible());
    VERIFY_ACCESSIBLE(&trusted);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
