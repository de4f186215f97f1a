// What a user sees at the default window size, in English and Korean: table columns wide
// enough for their header and values, backup names that keep their date, actions that
// stay on screen under a banner, dialogs as tall as their content with one label column,
// "Sign in…" while signed in, and Azure's regions and states in the user's language.
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/models/AccountPresenter.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/AzureTerms.h"
#include "ui/support/ColumnWidths.h"
#include "ui/widgets/BackupListWidget.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/ServiceDetailsPane.h"

#include "FakeDialogProvider.h"
#include "inventory/AzureRegion.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QTreeWidget>

using namespace Apim;

namespace {
const QString kServiceId
    = QStringLiteral("/subscriptions/sub-a/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso-prod");

// Stands in for the Korean .qm for Azure's words, which the translation pass fills in: it
// proves the names are looked up in the AzureTerms context, as lupdate lists them.
class AzureWordsTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "AzureTerms") != 0)
            return {};
        if (qstrcmp(source, "West Europe") == 0)
            return QStringLiteral("서유럽");
        if (qstrcmp(source, "Updating") == 0)
            return QStringLiteral("업데이트 중");
        if (qstrcmp(source, "In progress") == 0)
            return QStringLiteral("진행 중");
        return {};
    }
};

// The widget's rectangle in window coordinates, cut to what its ancestors let show.
QRect visibleRect(const QWidget *widget, const QWidget *window)
{
    QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    for (const QWidget *w = widget->parentWidget(); w && w != window; w = w->parentWidget())
        rect &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    return rect;
}
} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT
private slots:
    void operationsTable_columnsFitHeaderAndStates_data();
    void operationsTable_columnsFitHeaderAndStates();
    void backupList_longNames_elideInTheMiddleAndKeepTheDate();
    void detailsPane_withBanners_actionsStayInsideTheWindow();
    void detailsPane_noDefaultLocation_expiredSaysHowToSetOne();
    void signIn_staysInFileAndAccountMenusWhileSignedIn();
    void account_servicePrincipal_showsNameAndKeepsGuidInTooltip();
    void tree_regionsAndStates_inTheUsersLanguageWithRawTooltip();
    void azureTerms_listEveryRegionTheCoreKnows();
    void backupDialog_fitsContentWithOneLabelColumn();
    void signInDialog_fitsContent();

private:
    Ui::UiContext context();
    Test::FakeDialogProvider m_dialogs;
    Core::SystemClock m_clock;
};

Ui::UiContext TestUiLayout::context()
{
    Ui::UiContext ctx;
    ctx.dialogs = &m_dialogs;
    ctx.clock = &m_clock;
    return ctx;
}

void TestUiLayout::operationsTable_columnsFitHeaderAndStates_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TestUiLayout::operationsTable_columnsFitHeaderAndStates()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(APIM_QM_DIR "/apim-backup_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    {
        Ui::MainWindow window(context());
        window.resize(1200, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::OperationsModel *model = window.operationsModel();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        int n = 0;
        for (auto status : { Ui::OperationView::Status::Running, Ui::OperationView::Status::Unknown,
                 Ui::OperationView::Status::Succeeded, Ui::OperationView::Status::Canceled }) {
            Ui::OperationView op;
            op.id = QStringLiteral("op-%1").arg(++n);
            op.kind = n % 2 ? Ui::OperationView::Kind::Backup : Ui::OperationView::Kind::Restore;
            op.serviceName = QStringLiteral("contoso-prod-apim");
            op.serviceResourceId = kServiceId;
            op.started = now.addSecs(-600 * n);
            op.finished = status == Ui::OperationView::Status::Running ? QDateTime() : now.addSecs(-30);
            op.status = status;
            op.resumed = status == Ui::OperationView::Status::Running;
            op.nextPoll = now.addSecs(30);
            model->upsert(op);
        }
        QTableView *table = window.operationsDock()->operationsView();
        QHeaderView *header = table->horizontalHeader();
        QTRY_VERIFY(table->isVisible() && header->length() > 0);

        // Every column at least as wide as its header text.
        for (int column = 0; column < Ui::OperationsModel::ColumnCount; ++column) {
            QVERIFY2(header->sectionSize(column) >= Ui::ColumnWidths::forHeader(header, column),
                qPrintable(QStringLiteral("column %1 (%2): %3 < %4")
                               .arg(column)
                               .arg(model->headerData(column, Qt::Horizontal).toString())
                               .arg(header->sectionSize(column))
                               .arg(Ui::ColumnWidths::forHeader(header, column))));
        }
        // Status: as wide as its longest state, whichever the rows show now.
        QStringList states;
        for (int row = 0; row < model->rowCount(); ++row)
            states << model->index(row, Ui::OperationsModel::StatusColumn).data().toString();
        const int statusNeeds = Ui::ColumnWidths::forTexts(table, states, true);
        QVERIFY2(header->sectionSize(Ui::OperationsModel::StatusColumn) >= statusNeeds,
            qPrintable(QStringLiteral("%1 < %2")
                           .arg(header->sectionSize(Ui::OperationsModel::StatusColumn))
                           .arg(statusNeeds)));
        // At the default size everything fits: no column pushed out of view.
        QVERIFY2(header->length() <= table->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(table->viewport()->width())));
        // Every cell shows its whole text (as wide as the table's own measure of its column,
        // grid line included), also for an operation that arrives later and ran for days; a
        // service name too long for the column (APIM allows 50 characters) is elided, whole
        // in its tooltip. Yet no column measures its rows at each change (ResizeToContents
        // did, every second for each running operation).
        const QAbstractItemView *measured = table; // QTableView hides the public measure
        const auto cellsFit = [&](const QList<int> &columns) {
            for (int column : columns) {
                QVERIFY2(header->sectionSize(column) >= measured->sizeHintForColumn(column),
                    qPrintable(QStringLiteral("column %1: %2 < %3")
                                   .arg(column)
                                   .arg(header->sectionSize(column))
                                   .arg(measured->sizeHintForColumn(column))));
            }
        };
        cellsFit({ Ui::OperationsModel::KindColumn, Ui::OperationsModel::ServiceColumn,
            Ui::OperationsModel::StartedColumn, Ui::OperationsModel::ElapsedColumn });
        Ui::OperationView late;
        late.id = QStringLiteral("op-late");
        late.kind = Ui::OperationView::Kind::Restore;
        late.serviceName = QStringLiteral("contoso-west-europe-production-apim-gateway-012345");
        QCOMPARE(late.serviceName.size(), 50);
        late.serviceResourceId = kServiceId;
        late.started = QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)).toUTC();
        late.finished = late.started.addSecs(88 * 3600 + 58 * 60);
        late.status = Ui::OperationView::Status::Failed;
        model->upsert(late);
        for (int column = 0; column < Ui::OperationsModel::ColumnCount; ++column)
            QVERIFY(header->sectionResizeMode(column) != QHeaderView::ResizeToContents);
        cellsFit({ Ui::OperationsModel::KindColumn, Ui::OperationsModel::StartedColumn,
            Ui::OperationsModel::ElapsedColumn });
        QVERIFY(header->sectionSize(Ui::OperationsModel::ServiceColumn)
            < measured->sizeHintForColumn(Ui::OperationsModel::ServiceColumn));
        const QModelIndex lateService = table->model()->index(0, Ui::OperationsModel::ServiceColumn);
        QCOMPARE(lateService.data().toString(), late.serviceName);
        QCOMPARE(lateService.data(Qt::ToolTipRole).toString(), late.serviceName);
    }
    if (!language.isEmpty())
        QCoreApplication::removeTranslator(&translator);
}

void TestUiLayout::backupList_longNames_elideInTheMiddleAndKeepTheDate()
{
    Ui::BackupListWidget list;
    list.resize(560, 240);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Core::BackupBlob> blobs;
    for (const QString &stamp : { QStringLiteral("20261206-101500"), QStringLiteral("20261205-101500") }) {
        Core::BackupBlob blob;
        blob.name = QStringLiteral("contoso-prod-apim-premium-westeurope-%1.apimbackup").arg(stamp);
        const QDateTime local = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
        blob.createdOn = QDateTime(local.date(), local.time(), Qt::UTC);
        blob.size = 123456;
        blobs << blob;
    }
    list.setBackups(blobs, now);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QTreeWidget *tree = list.tree();
    QCOMPARE(tree->textElideMode(), Qt::ElideMiddle);
    QHeaderView *header = tree->header();
    const QAbstractItemView *view = tree; // sizeHintForColumn is public here
    // Age takes what it needs, not the spare room: the name has the rest.
    QVERIFY2(header->sectionSize(3) <= view->sizeHintForColumn(3) + 8,
        qPrintable(QStringLiteral("age %1, needs %2").arg(header->sectionSize(3)).arg(view->sizeHintForColumn(3))));
    QVERIFY(header->sectionSize(0) > header->sectionSize(3));
    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = tree->topLevelItem(row);
        const QString name = item->text(0);
        const QString date = name.mid(name.indexOf(QStringLiteral("2026")), 15);
        // What the view draws: the name elided as the view elides it, in the column it has.
        const int room = header->sectionSize(0) - tree->iconSize().width() - 16;
        const QString shown = tree->fontMetrics().elidedText(name, tree->textElideMode(), room);
        QVERIFY2(shown != name, "the names are long enough to be elided in this test");
        QVERIFY2(shown.contains(date.right(6)), qPrintable(shown)); // the end of the date stays
        QVERIFY(item->toolTip(0).contains(name));
    }
}

void TestUiLayout::detailsPane_withBanners_actionsStayInsideTheWindow()
{
    Ui::MainWindow window(context());
    window.resize(1200, 780);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::ServiceTreeModel *model = window.serviceModel();
    model->addSubscriptions({ { QStringLiteral("sub-a"), QStringLiteral("t"), QStringLiteral("Production"), {} } });
    Core::ApimService service;
    service.id = kServiceId;
    service.name = QStringLiteral("contoso-prod");
    service.subscriptionId = QStringLiteral("sub-a");
    service.resourceGroup = QStringLiteral("rg");
    service.location = QStringLiteral("westeurope");
    service.skuName = QStringLiteral("Premium");
    service.skuCapacity = 2;
    service.provisioningState = QStringLiteral("Succeeded");
    Ui::ServiceEntry entry;
    entry.resourceId = service.id;
    entry.name = service.name;
    entry.subscriptionId = service.subscriptionId;
    entry.location = service.location;
    entry.payload = QVariant::fromValue(service);
    model->addServices({ entry });
    QVERIFY(window.selectService(service.id));

    Ui::ServiceDetailsPane *pane = window.detailsPane();
    QString longText;
    for (int i = 0; i < 12; ++i)
        longText += QStringLiteral("Configuration changed while the backup ran: api-%1 was edited. ").arg(i);
    pane->setOperationBanner(longText);
    pane->setResult(longText, Ui::BannerWidget::Kind::Warning);
    auto *backup = window.findChild<QPushButton *>(QStringLiteral("detailsBackupButton"));
    auto *restore = window.findChild<QPushButton *>(QStringLiteral("detailsRestoreButton"));
    QVERIFY(backup && restore);
    QTRY_VERIFY(backup->isVisible());
    for (QPushButton *button : { backup, restore }) {
        const QRect inWindow = visibleRect(button, &window);
        QVERIFY2(inWindow.size() == button->size(),
            qPrintable(QStringLiteral("%1 is cut: %2x%3 of %4x%5 shown")
                           .arg(button->objectName())
                           .arg(inWindow.width())
                           .arg(inWindow.height())
                           .arg(button->width())
                           .arg(button->height())));
        QVERIFY(window.rect().contains(inWindow));
    }
}

void TestUiLayout::detailsPane_noDefaultLocation_expiredSaysHowToSetOne()
{
    Ui::ServiceDetailsPane pane;
    Ui::ServiceDetailsView view;
    view.name = QStringLiteral("contoso-prod");
    view.resourceId = kServiceId;
    pane.setService(view);
    Ui::BackupSummaryView summary;
    summary.state = Ui::BackupSummaryView::State::NoDefaultLocation;
    pane.setBackupSummary(summary, QDateTime::currentDateTimeUtc());
    const QString expired = pane.findChild<QLabel *>(QStringLiteral("expiredBackupsLabel"))->text();
    QVERIFY2(expired.contains(QStringLiteral("no default backup location")), qPrintable(expired));
    QVERIFY2(expired.contains(QStringLiteral("Remember this account and container")), qPrintable(expired));
}

void TestUiLayout::signIn_staysInFileAndAccountMenusWhileSignedIn()
{
    Ui::MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu *file = window.menuBar()->actions().first()->menu();
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *toolSignIn = window.findChild<QAction *>(QStringLiteral("signInToolAction"));
    QVERIFY(file && toolbar && toolSignIn);
    QVERIFY(toolSignIn->isVisible()); // signed out: the next step, on the toolbar

    window.setAccountText(QStringLiteral("alex@contoso.example"), QStringLiteral("alex in AzureCloud"));
    QAction *signIn = window.signInAction();
    QVERIFY(signIn->isVisible());
    QVERIFY(signIn->isEnabled());
    QVERIFY(file->actions().contains(signIn));
    QVERIFY(window.accountMenu()->actions().contains(signIn));
    QVERIFY(!toolSignIn->isVisible()); // the toolbar keeps its room for the service actions
    QSignalSpy requested(&window, &Ui::MainWindow::signInRequested);
    signIn->trigger();
    QCOMPARE(requested.count(), 1);
}

void TestUiLayout::account_servicePrincipal_showsNameAndKeepsGuidInTooltip()
{
    Core::AccountInfo account;
    account.method = Core::SignInMethod::ServicePrincipal;
    account.clientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
    account.accountName = account.clientId;
    account.tenantId = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
    account.displayName = QStringLiteral("apim-backup-automation");
    QCOMPARE(Ui::AccountPresenter::label(account), QStringLiteral("apim-backup-automation"));
    QVERIFY(Ui::AccountPresenter::toolTip(account, QStringLiteral("AzureCloud")).contains(account.clientId));

    account.displayName.clear(); // a token without app_displayname
    const QString label = Ui::AccountPresenter::label(account);
    QVERIFY2(label.startsWith(QStringLiteral("Service principal")), qPrintable(label));
    QVERIFY2(label.contains(QStringLiteral("99a2af6f")) && !label.contains(account.clientId), qPrintable(label));
    QVERIFY(Ui::AccountPresenter::toolTip(account, QStringLiteral("AzureCloud")).contains(account.clientId));

    Core::AccountInfo user;
    user.method = Core::SignInMethod::Browser;
    user.accountName = QStringLiteral("alex@contoso.example");
    user.displayName = QStringLiteral("ignored for users");
    QCOMPARE(Ui::AccountPresenter::label(user), user.accountName);
}

void TestUiLayout::tree_regionsAndStates_inTheUsersLanguageWithRawTooltip()
{
    Ui::ServiceTreeModel model;
    model.addSubscriptions({ { QStringLiteral("sub-a"), QStringLiteral("t"), QStringLiteral("Production"), {} } });
    // One region, spelled both ways ARM answers: one form in the tree.
    QVector<Ui::ServiceEntry> entries;
    for (const QString &spelling : { QStringLiteral("westeurope"), QStringLiteral("West Europe") }) {
        Ui::ServiceEntry entry;
        entry.subscriptionId = QStringLiteral("sub-a");
        entry.name = QStringLiteral("apim-%1").arg(entries.size());
        entry.resourceId = kServiceId + QString::number(entries.size());
        entry.location = spelling;
        entry.provisioningState = QStringLiteral("Updating");
        entries << entry;
    }
    model.addServices(entries);
    const QModelIndex subscription = model.indexForId(QStringLiteral("sub-a"));
    QCOMPARE(model.rowCount(subscription), 2);
    const auto cell = [&](int row, int column) { return model.index(row, column, subscription); };
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(cell(row, Ui::ServiceTreeModel::LocationColumn).data().toString(), QStringLiteral("West Europe"));
        QCOMPARE(cell(row, Ui::ServiceTreeModel::LocationColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("westeurope"));
        QCOMPARE(cell(row, Ui::ServiceTreeModel::StateColumn).data().toString(), QStringLiteral("Updating"));
    }

    AzureWordsTranslator korean;
    QCoreApplication::installTranslator(&korean);
    const QString region = cell(0, Ui::ServiceTreeModel::LocationColumn).data().toString();
    const QString state = cell(0, Ui::ServiceTreeModel::StateColumn).data().toString();
    const QString stateTip = cell(0, Ui::ServiceTreeModel::StateColumn).data(Qt::ToolTipRole).toString();
    const QString filterText = cell(1, 0).data(Ui::ServiceTreeModel::FilterTextRole).toString();
    const QString operationState = Ui::AzureTerms::stateName(QStringLiteral("InProgress"));
    QCoreApplication::removeTranslator(&korean);
    QCOMPARE(region, QStringLiteral("서유럽"));
    QCOMPARE(state, QStringLiteral("업데이트 중"));
    QCOMPARE(stateTip, QStringLiteral("Updating"));
    QCOMPARE(operationState, QStringLiteral("진행 중"));
    // Found by what the user reads and by what ARM writes.
    for (const QString &word :
        { QStringLiteral("서유럽"), QStringLiteral("West Europe"), QStringLiteral("westeurope") })
        QVERIFY2(filterText.contains(word), qPrintable(filterText));
    // A state the table does not know stays as Azure wrote it.
    QCOMPARE(Ui::AzureTerms::stateName(QStringLiteral("SomethingNew")), QStringLiteral("SomethingNew"));
}

void TestUiLayout::azureTerms_listEveryRegionTheCoreKnows()
{
    const QStringList listed = Ui::AzureTerms::knownRegionNames();
    for (const QString &name : Core::AzureRegion::knownDisplayNames())
        QVERIFY2(listed.contains(name), qPrintable(name + QStringLiteral(" is not listed for translation")));
}

void TestUiLayout::backupDialog_fitsContentWithOneLabelColumn()
{
    Core::ApimService service;
    service.id = kServiceId;
    service.name = QStringLiteral("contoso-prod");
    service.subscriptionId = QStringLiteral("sub-a");
    service.location = QStringLiteral("westeurope");
    service.skuName = QStringLiteral("Premium");
    service.skuCapacity = 1;
    Ui::BackupDialog::Defaults defaults;
    defaults.blobName = QStringLiteral("contoso-prod-20261206.apimbackup");
    defaults.subscriptions = { { QStringLiteral("sub-a"), QStringLiteral("Production") } };
    Ui::BackupDialog dialog(service, nullptr, &m_dialogs, defaults);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // One label column: the storage, access and name fields start at one x.
    const auto fieldX = [&](const char *name) {
        auto *field = dialog.findChild<QWidget *>(QString::fromLatin1(name));
        return field ? field->mapTo(&dialog, QPoint(0, 0)).x() : -1;
    };
    const int x = fieldX("storageAccountComboBox");
    QVERIFY(x > 0);
    QCOMPARE(fieldX("storageSubscriptionComboBox"), x);
    QCOMPARE(fieldX("accessTypeComboBox"), x);
    QCOMPARE(fieldX("backupNameLineEdit"), x);

    // No empty band between the content and the buttons.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    int contentBottom = 0;
    for (QWidget *child : dialog.findChildren<QWidget *>()) {
        if (child->isVisible() && !buttons->isAncestorOf(child) && child != buttons && child->layout() == nullptr
            && !child->inherits("QScrollBar") && child->parentWidget() && child->parentWidget()->layout())
            contentBottom = std::max(contentBottom, child->mapTo(&dialog, QPoint(0, child->height())).y());
    }
    const int gap = buttons->mapTo(&dialog, QPoint(0, 0)).y() - contentBottom;
    QVERIFY2(gap < 60, qPrintable(QStringLiteral("%1 px empty above the buttons").arg(gap)));
}

void TestUiLayout::signInDialog_fitsContent()
{
    Ui::SignInDialog dialog(&m_dialogs, nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("signInHintLabel"));
    QVERIFY(buttons && hint && hint->isVisible());
    const auto gapUnderHint = [&] {
        return buttons->mapTo(&dialog, QPoint(0, 0)).y() - hint->mapTo(&dialog, QPoint(0, hint->height())).y();
    };
    QVERIFY2(gapUnderHint() < 60, qPrintable(QStringLiteral("%1 px empty").arg(gapUnderHint())));
    // The service principal's extra row: the dialog grows with it, and the fields line up.
    auto *method = dialog.findChild<QComboBox *>(QStringLiteral("signInMethodComboBox"));
    method->setCurrentIndex(method->findData(int(Core::SignInMethod::ServicePrincipal)));
    auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    QTRY_VERIFY(secret->isVisible());
    QTRY_VERIFY2(gapUnderHint() < 60 && gapUnderHint() >= 0, qPrintable(QString::number(gapUnderHint())));
    QCOMPARE(secret->mapTo(&dialog, QPoint(0, 0)).x(), method->mapTo(&dialog, QPoint(0, 0)).x());
    QCOMPARE(hint->mapTo(&dialog, QPoint(0, 0)).x(), method->mapTo(&dialog, QPoint(0, 0)).x());
}

QTEST_MAIN(TestUiLayout)
#include "tst_uilayout.moc"
