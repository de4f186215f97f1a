// The Recovery page against a private azure-sim seeded with backups of known ages in a
// container of this run (Azurite outlives the simulator): every state of the demo estate,
// the "Needs attention" filter, the summary, "Back up now" from a row, the target RPO at
// its boundaries, and a restore drill into a standby of the same tier.
#include "UiHarness.h"

#include "SimProcess.h"
#include "TestEnvironment.h"
#include "operations/OperationJournal.h"
#include "recovery/BackupVerifier.h"
#include "recovery/RecoveryOverview.h"
#include "ui/dialogs/DrillDialog.h"
#include "ui/dialogs/RpoTargetDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecoveryController.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ReadinessFilterProxy.h"
#include "ui/models/ReadinessModel.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/DrillResultWidget.h"
#include "ui/widgets/RecoveryView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace Apim;

namespace {
const QString kProduction = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kStaging = QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7");
const QString kDevTest = QStringLiteral("aab3e254-0b27-4400-bb4f-545bce13725d");

QJsonObject backup(
    const QString &account, const QString &container, const QString &service, const QString &sku, double ageDays)
{
    return { { QStringLiteral("account"), account }, { QStringLiteral("container"), container },
        { QStringLiteral("blob"), service + QStringLiteral("-{date}.apimbackup") },
        { QStringLiteral("service"), service }, { QStringLiteral("sku"), sku },
        { QStringLiteral("ageDays"), ageDays } };
}
} // namespace

class TestUiRecovery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recoveryView_showsEveryStateOfTheEstate();
    void needsAttention_hidesReadyRows();
    void backUpNow_fromARow_turnsItReady();
    void serviceChangedInTheTree_isJudgedAgainWithoutCopyingEveryService();
    void targetRpo_changesTheStateAtItsBoundaries();
    void targetRpo_setWithTheKeyboardAlone_data();
    void targetRpo_setWithTheKeyboardAlone();
    void verifyBackups_flagsAChangedFileAndStopsCountingIt();
    void drill_needsTheTypedNameThenRunsIntoASameTierStandby();

private:
    Ui::RecoveryView *view() const { return m_ui->window()->recoveryView(); }
    Ui::RecoveryController *controller() const { return m_ui->app()->recovery(); }
    // The state shown for a service, as the model holds it (-1: no such row).
    int stateOf(const QString &service) const;
    bool selectRow(const QString &service);
    bool waitForRows();

    QTemporaryDir m_seedDir;
    QString m_container;
    Test::SimProcess m_sim;
    std::unique_ptr<Test::UiHarness> m_ui;
};

void TestUiRecovery::initTestCase()
{
    QFile demo(QDir(Test::TestEnvironment::dataDir()).filePath(QStringLiteral("../simulator/seeds/demo.json")));
    QVERIFY2(demo.open(QIODevice::ReadOnly), qPrintable(demo.fileName()));
    QJsonObject seed = QJsonDocument::fromJson(demo.readAll()).object();
    // A container of this run only, so backups left by earlier runs do not change the states.
    m_container = QStringLiteral("rec-%1").arg(QDateTime::currentMSecsSinceEpoch());
    seed.insert(QStringLiteral("existingBackups"),
        QJsonArray {
            backup(QStringLiteral("contosobackups"), m_container, QStringLiteral("contoso-prod-apim"),
                QStringLiteral("Premium"), 0.5),
            backup(QStringLiteral("contosobackups"), m_container, QStringLiteral("contoso-partners-apim"),
                QStringLiteral("Standard"), 1.5),
            backup(QStringLiteral("devbackupstore"), m_container, QStringLiteral("contoso-staging-apim"),
                QStringLiteral("Standard"), 40),
            backup(QStringLiteral("contosodevstore"), m_container, QStringLiteral("contoso-test-apim"),
                QStringLiteral("Basic"), 0.9),
        });
    const QString seedFile = m_seedDir.filePath(QStringLiteral("recovery.json"));
    QFile out(seedFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(seed).toJson());
    out.close();
    QVERIFY2(m_sim.start(seedFile), qPrintable(m_sim.errorString()));
}

void TestUiRecovery::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_sim.url(), m_sim.cloudFile());
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    Ui::UiSettings settings(m_ui->settings());
    settings.setDefaultLocation(kProduction, QStringLiteral("contosobackups"), m_container);
    settings.setDefaultLocation(kStaging, QStringLiteral("devbackupstore"), m_container);
    settings.setDefaultLocation(kDevTest, QStringLiteral("contosodevstore"), m_container);
    QVERIFY(m_ui->useShortOperations());
    m_ui->launch(false);
    QVERIFY(m_ui->signIn());
    QVERIFY(waitForRows());
}

void TestUiRecovery::cleanup()
{
    m_ui.reset();
}

bool TestUiRecovery::waitForRows()
{
    return QTest::qWaitFor([this] { return !controller()->isBuilding() && view()->model()->rowCount() == 8; }, 20000);
}

int TestUiRecovery::stateOf(const QString &service) const
{
    const int row = view()->model()->rowForService(m_ui->serviceId(service));
    return row < 0 ? -1 : view()->model()->index(row, 0).data(Ui::ReadinessModel::StateRole).toInt();
}

bool TestUiRecovery::selectRow(const QString &service)
{
    m_ui->window()->showRecovery();
    return view()->selectService(m_ui->serviceId(service));
}

void TestUiRecovery::recoveryView_showsEveryStateOfTheEstate()
{
    QCOMPARE(stateOf(QStringLiteral("contoso-prod-apim")), int(Core::RecoveryState::Ready));
    QCOMPARE(stateOf(QStringLiteral("contoso-test-apim")), int(Core::RecoveryState::AtRisk));
    QCOMPARE(stateOf(QStringLiteral("contoso-partners-apim")), int(Core::RecoveryState::Breached));
    QCOMPARE(stateOf(QStringLiteral("contoso-prod-apim-kr")), int(Core::RecoveryState::NoBackup));
    QCOMPARE(stateOf(QStringLiteral("contoso-dev-apim")), int(Core::RecoveryState::NoBackup));
    QCOMPARE(stateOf(QStringLiteral("contoso-staging-apim")), int(Core::RecoveryState::OnlyExpired));
    QCOMPARE(stateOf(QStringLiteral("contoso-functions-apim")), int(Core::RecoveryState::NotSupported));
    QCOMPARE(stateOf(QStringLiteral("contoso-staging-v2")), int(Core::RecoveryState::NotSupported));

    // The words beside the icon, the age against the target, and the reason of the row.
    Ui::ReadinessModel *model = view()->model();
    const int prod = model->rowForService(m_ui->serviceId(QStringLiteral("contoso-prod-apim")));
    QCOMPARE(model->index(prod, Ui::ReadinessModel::StateColumn).data().toString(), QStringLiteral("Ready"));
    QVERIFY(!model->index(prod, Ui::ReadinessModel::StateColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->index(prod, Ui::ReadinessModel::LastBackupColumn).data().toString(), QStringLiteral("12 h of 1 d"));
    QCOMPARE(model->index(prod, Ui::ReadinessModel::ExpiresColumn).data().toString(), QStringLiteral("29 d"));
    QCOMPARE(model->index(prod, Ui::ReadinessModel::BackupsColumn).data().toInt(), 1);
    QCOMPARE(model->index(prod, Ui::ReadinessModel::DrillColumn).data().toString(), QStringLiteral("Never"));
    QVERIFY(selectRow(QStringLiteral("contoso-staging-apim")));
    QVERIFY2(view()->reasonLabel()->text().startsWith(QStringLiteral("contoso-staging-apim: ")),
        qPrintable(view()->reasonLabel()->text()));
    QVERIFY(view()->reasonLabel()->text().contains(
        model->index(model->rowForService(m_ui->serviceId(QStringLiteral("contoso-staging-apim"))), 0)
            .data(Ui::ReadinessModel::ReasonRole)
            .toString()));
    QCOMPARE(m_ui->window()->pages()->currentWidget(), view());

    // The summary is the core's sentence over the rows shown.
    const Core::ReadinessSummary summary = Core::RecoveryOverview::summarize(controller()->rows());
    QCOMPARE(view()->summaryLabel()->text(), summary.text());
    QCOMPARE(summary.total, model->rowCount());
    QVERIFY2(view()->summaryLabel()->text().contains(QStringLiteral("1 ready")), qPrintable(summary.text()));
    QVERIFY(view()->summaryLabel()->text().contains(QStringLiteral("1 at risk")));

    // The tree says the same, in its Recovery column, to screen readers too.
    const QModelIndex cell = m_ui->window()->serviceModel()->indexForId(
        m_ui->serviceId(QStringLiteral("contoso-prod-apim-kr")), Ui::ServiceTreeModel::RecoveryColumn);
    QCOMPARE(cell.data(Qt::AccessibleTextRole).toString(), QStringLiteral("No backup"));
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("No backup"));
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());

    // Refresh reads the catalog once, however many rows there are.
    const int builds = controller()->buildCount();
    QSignalSpy refreshed(controller(), &Ui::RecoveryController::refreshed);
    view()->refreshButton()->click();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(controller()->buildCount(), builds + 1);
}

void TestUiRecovery::needsAttention_hidesReadyRows()
{
    Ui::ReadinessFilterProxy *proxy = view()->proxy();
    const int all = proxy->rowCount();
    QCOMPARE(all, view()->model()->rowCount());
    view()->attentionCheckBox()->setChecked(true);
    QVERIFY(proxy->rowCount() < all);
    QVERIFY(proxy->rowCount() > 0);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const auto state = Core::RecoveryState(proxy->index(row, 0).data(Ui::ReadinessModel::StateRole).toInt());
        QVERIFY(state != Core::RecoveryState::Ready && state != Core::RecoveryState::NotSupported);
    }
    const int attention = Core::RecoveryOverview::summarize(controller()->rows()).needingAttention();
    QCOMPARE(proxy->rowCount(), attention);
    view()->attentionCheckBox()->setChecked(false);
    QCOMPARE(proxy->rowCount(), all);

    // Sorted by state, the rows that need attention come first.
    view()->table()->sortByColumn(Ui::ReadinessModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, 0).data(Ui::ReadinessModel::NeedsAttentionRole).toBool(), true);
    QCOMPARE(
        proxy->index(all - 1, 0).data(Ui::ReadinessModel::StateRole).toInt(), int(Core::RecoveryState::NotSupported));
}

void TestUiRecovery::backUpNow_fromARow_turnsItReady()
{
    QCOMPARE(stateOf(QStringLiteral("contoso-partners-apim")), int(Core::RecoveryState::Breached));
    const int copies = controller()->servicesCopyCount();
    QVERIFY(selectRow(QStringLiteral("contoso-partners-apim")));
    QVERIFY(view()->backupButton()->isEnabled());
    m_ui->dialogs().setNextConfirm(true);
    view()->backupButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->window()->operationsModel()->rowCount(), 1, 10000);
    QVERIFY2(m_ui->dialogs().questions.value(0).contains(QStringLiteral("contosobackups/") + m_container),
        qPrintable(m_ui->dialogs().questions.value(0)));
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("contoso-partners-apim")), int(Core::RecoveryState::Ready), 20000);
    const int row = view()->model()->rowForService(m_ui->serviceId(QStringLiteral("contoso-partners-apim")));
    QCOMPARE(view()->model()->index(row, Ui::ReadinessModel::BackupsColumn).data().toInt(), 2);
    // The operation's end refreshed the service in the tree: patched in, not every
    // service copied out of the tree again.
    QCOMPARE(controller()->servicesCopyCount(), copies);

    // A service without backup and restore offers neither.
    QVERIFY(selectRow(QStringLiteral("contoso-functions-apim")));
    QVERIFY(!view()->backupButton()->isEnabled());
    QVERIFY(!view()->drillButton()->isEnabled());
    QVERIFY(view()->targetButton()->isEnabled());
}

void TestUiRecovery::serviceChangedInTheTree_isJudgedAgainWithoutCopyingEveryService()
{
    const QString prod = QStringLiteral("contoso-prod-apim");
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready));
    const int copies = controller()->servicesCopyCount();
    QVERIFY(copies >= 1);
    QHash<QString, int> others; // the other services' states, whatever earlier tests backed up
    for (const Ui::ServiceEntry &entry : m_ui->window()->serviceModel()->allServices()) {
        if (entry.name != prod)
            others.insert(entry.name, stateOf(entry.name));
    }
    QCOMPARE(others.size(), 7);

    // The service as a refresh after an operation's end brings it: moved to a tier
    // without backup and restore, in place in the tree.
    Ui::ServiceTreeModel *tree = m_ui->window()->serviceModel();
    Ui::ServiceEntry entry
        = tree->indexForId(m_ui->serviceId(prod)).data(Ui::ServiceTreeModel::EntryRole).value<Ui::ServiceEntry>();
    Core::ApimService service = entry.payload.value<Core::ApimService>();
    QVERIFY(service.isValid());
    service.skuName = QStringLiteral("Consumption");
    entry.sku = service.skuName;
    entry.payload = QVariant::fromValue(service);
    tree->updateService(entry);
    QCOMPARE(tree->serviceCount(), 8);

    const int builds = controller()->buildCount();
    QSignalSpy refreshed(controller(), &Ui::RecoveryController::refreshed);
    controller()->refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(controller()->buildCount(), builds + 1);
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::NotSupported));
    // The other services are judged as before, from the services copied before.
    QCOMPARE(view()->model()->rowCount(), 8);
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        QCOMPARE(stateOf(it.key()), it.value());
    QCOMPARE(controller()->servicesCopyCount(), copies);

    // Refresh with nothing changed in the tree copies nothing either.
    controller()->refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(controller()->servicesCopyCount(), copies);
}

void TestUiRecovery::verifyBackups_flagsAChangedFileAndStopsCountingIt()
{
    const QString partners = QStringLiteral("contoso-partners-apim");
    QVERIFY(selectRow(partners));
    m_ui->dialogs().setNextConfirm(true);
    view()->backupButton()->click();
    QVERIFY(m_ui->waitLatestFinished());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(partners), int(Core::RecoveryState::Ready), 20000);
    // The state of this test's own file in the catalog (other tests may add backups of the
    // same service to the shared storage, so neither counts nor the newest one are asserted).
    const auto stateOfFile = [this](const QString &blobName) {
        for (const Core::CatalogEntry &entry : controller()->snapshot().allEntries())
            if (entry.blob.name == blobName)
                return int(entry.verification.state);
        return -1;
    };

    QSignalSpy verified(controller(), &Ui::RecoveryController::verified);
    view()->verifyButton()->click();
    QVERIFY(!view()->verifyButton()->isEnabled());
    QVERIFY(verified.wait(20000));
    QCOMPARE(verified.takeFirst().at(0).toInt(), 0);
    QVERIFY(view()->verifyButton()->isEnabled());
    QVERIFY2(!view()->verifyResultLabel()->isHidden(), "the outcome is shown");
    // The core's sentence (its plural forms come from the translation files).
    Core::BackupVerifier::Tally allGood;
    allGood.checked = allGood.verified = 1;
    QCOMPARE(view()->verifyResultLabel()->text(), allGood.text());
    QVERIFY(allGood.text().endsWith(QStringLiteral(": 1 verified.")));

    // The file is no longer the one the backup wrote: as if it had been overwritten since.
    Core::OperationJournal *journal = m_ui->app()->services()->journal();
    QList<Core::OperationRecord> records = journal->loadAll();
    QCOMPARE(records.size(), 1);
    Core::OperationRecord record = records.first();
    QTRY_COMPARE_WITH_TIMEOUT(stateOfFile(record.blobName), int(Core::BackupVerification::State::Verified), 20000);
    QCOMPARE(record.verification.state, Core::BackupVerification::State::Verified);
    record.verification.etag = QStringLiteral("\"0x8DCAFEBEEF\"");
    journal->save(record);

    view()->verifyButton()->click();
    QVERIFY(verified.wait(20000));
    QCOMPARE(verified.takeFirst().at(0).toInt(), 1);
    const QString text = view()->verifyResultLabel()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Attention: 1 backup")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(": 0 verified, 1 no longer usable.")), qPrintable(text));
    QVERIFY2(text.contains(record.blobName), qPrintable(text));
    QCOMPARE(journal->load(record.id)->verification.state, Core::BackupVerification::State::Changed);
    // The catalog read after the verification no longer counts the changed file, and the
    // service's last good backup, whatever it is now, is not that file.
    QTRY_COMPARE_WITH_TIMEOUT(stateOfFile(record.blobName), int(Core::BackupVerification::State::Changed), 20000);
    // The rows of that catalog are judged on a worker after it: shown once nothing is building.
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isBuilding(), 20000);
    for (const Core::ReadinessRow &row : controller()->rows()) {
        if (row.service.name == partners)
            QVERIFY(!row.readiness.lastGood || row.readiness.lastGood->name != record.blobName);
    }
}

void TestUiRecovery::targetRpo_changesTheStateAtItsBoundaries()
{
    // The production backup is 12 h old: breached under 11 h, at risk under 13 h (over
    // 80 %), ready under 16 h and under the default.
    const QString prod = QStringLiteral("contoso-prod-apim");
    const auto setTarget = [this, prod](const QString &text, bool forSubscription = false) {
        if (!selectRow(prod))
            return false;
        view()->targetButton()->click();
        Ui::RpoTargetDialog *dialog = controller()->targetDialog();
        if (!dialog)
            return false;
        (forSubscription ? dialog->subscriptionRadio() : dialog->serviceRadio())->setChecked(true);
        dialog->useDefaultCheckBox()->setChecked(text.isEmpty());
        if (!text.isEmpty()) {
            dialog->durationEdit()->clear();
            QTest::keyClicks(dialog->durationEdit(), text);
        }
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return false;
        ok->click();
        // The rows are judged again on a worker: the window never waits for them.
        return QTest::qWaitFor([this] { return !controller()->isBuilding(); }, 10000);
    };
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready));
    QVERIFY(setTarget(QStringLiteral("11h")));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Breached));
    QVERIFY(setTarget(QStringLiteral("13h")));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::AtRisk));
    QVERIFY(setTarget(QStringLiteral("16h")));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready));
    const int row = view()->model()->rowForService(m_ui->serviceId(prod));
    QCOMPARE(view()->model()->index(row, Ui::ReadinessModel::LastBackupColumn).data().toString(),
        QStringLiteral("12 h of 16 h"));

    // The subscription's target applies once the service's own is gone.
    QVERIFY(setTarget(QStringLiteral("11h"), true));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready)); // its own 16 h still wins
    QVERIFY(setTarget(QString()));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Breached));
    QCOMPARE(stateOf(QStringLiteral("contoso-prod-apim-kr")), int(Core::RecoveryState::NoBackup));
    QVERIFY(setTarget(QString(), true));
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready));

    // Not a duration: OK stays off and the dialog says why.
    QVERIFY(selectRow(prod));
    view()->targetButton()->click();
    Ui::RpoTargetDialog *dialog = controller()->targetDialog();
    QVERIFY(dialog);
    dialog->useDefaultCheckBox()->setChecked(false);
    dialog->durationEdit()->setText(QStringLiteral("soon"));
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("rpoProblemLabel"))->text().isEmpty());
    dialog->reject();
}

void TestUiRecovery::targetRpo_setWithTheKeyboardAlone_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("Korean") << QStringLiteral("ko");
}

void TestUiRecovery::targetRpo_setWithTheKeyboardAlone()
{
    // Ctrl+2 to the page, the arrows to the service, Alt+R, the dialog's own mnemonics,
    // Enter: the row follows once the worker has judged it. The Korean words keep the
    // English mnemonics; the dialog, made after the translator is in, speaks Korean.
    QFETCH(QString, language);
    QTranslator translator;
    if (!language.isEmpty()) {
        QVERIFY(translator.load(QStringLiteral(APIM_QM_DIR "/apim-backup_%1.qm").arg(language)));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    const QString prod = QStringLiteral("contoso-prod-apim");
    QWidget *window = m_ui->window();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    const auto press = [window](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : window, Qt::Key(key), modifiers);
    };
    press(Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(view()->isVisible());
    QTreeView *table = view()->findChild<QTreeView *>();
    QVERIFY(table);
    table->setFocus(Qt::TabFocusReason);
    // Typing a name finds its first match (contoso-prod-apim-kr may come first): arrows on.
    const auto onProd = [&] {
        return table->currentIndex()
                   .data(Ui::ReadinessModel::ServiceIdRole)
                   .toString()
                   .compare(m_ui->serviceId(prod), Qt::CaseInsensitive)
            == 0;
    };
    QTest::keyClick(table, Qt::Key_Home);
    for (int row = 0; row < 8 && !onProd(); ++row)
        QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(onProd());
    QCOMPARE(stateOf(prod), int(Core::RecoveryState::Ready));

    press(Qt::Key_R, Qt::AltModifier);
    QTRY_VERIFY(controller()->targetDialog() && controller()->targetDialog()->isVisible());
    Ui::RpoTargetDialog *dialog = controller()->targetDialog();
    if (!language.isEmpty())
        QVERIFY2(dialog->useDefaultCheckBox()->text().startsWith(QStringLiteral("기본값")),
            qPrintable(dialog->useDefaultCheckBox()->text()));
    QApplication::setActiveWindow(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // A mnemonic clicks its button as a user sees it, a moment later (animateClick).
    press(Qt::Key_S, Qt::AltModifier); // For this service only
    QTRY_VERIFY(dialog->serviceRadio()->isChecked());
    if (dialog->useDefaultCheckBox()->isChecked())
        press(Qt::Key_D, Qt::AltModifier); // no longer the default
    QTRY_VERIFY(!dialog->useDefaultCheckBox()->isChecked());
    press(Qt::Key_T, Qt::AltModifier); // to the target's field
    QCOMPARE(QApplication::focusWidget(), dialog->durationEdit());
    dialog->durationEdit()->selectAll();
    QTest::keyClicks(dialog->durationEdit(), QStringLiteral("11h"));
    press(Qt::Key_Return);
    QTRY_VERIFY(!controller()->targetDialog() || !controller()->targetDialog()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(prod), int(Core::RecoveryState::Breached), 10000);
}

void TestUiRecovery::drill_needsTheTypedNameThenRunsIntoASameTierStandby()
{
    QVERIFY(selectRow(QStringLiteral("contoso-prod-apim")));
    view()->drillButton()->click();
    QPointer<Ui::DrillDialog> dialog = controller()->drillDialog();
    QVERIFY(dialog);
    dialog->setReadyPollIntervalMs(200);

    // Standbys: the other Premium services, never the source or another tier.
    QComboBox *standby = dialog->standbyCombo();
    QStringList offered;
    for (int i = 0; i < standby->count(); ++i)
        offered << standby->itemText(i);
    QVERIFY2(!offered.filter(QStringLiteral("contoso-prod-apim-kr")).isEmpty(), qPrintable(offered.join(';')));
    for (const QString &text : offered)
        QVERIFY2(!text.startsWith(QStringLiteral("contoso-prod-apim ")) && !text.contains(QStringLiteral("partners")),
            qPrintable(text));
    standby->setCurrentIndex(offered.indexOf(offered.filter(QStringLiteral("contoso-prod-apim-kr")).first()));
    QCOMPARE(dialog->backupCombo()->count(), 1);
    QVERIFY(dialog->backupCombo()->currentText().startsWith(QStringLiteral("contoso-prod-apim-")));

    // Without the standby's exact name, nothing starts.
    QPushButton *start = dialog->startButton();
    QVERIFY(!start->isEnabled());
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("contoso-prod-apim"));
    QVERIFY(!start->isEnabled());
    dialog->confirmEdit()->clear();
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("Contoso-Prod-APIM-KR"));
    QVERIFY(!start->isEnabled());
    start->click();
    QVERIFY(dialog->progressLog()->toPlainText().isEmpty());
    QCOMPARE(m_ui->window()->operationsModel()->rowCount(), 0);

    dialog->confirmEdit()->clear();
    QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("contoso-prod-apim-kr"));
    QVERIFY(start->isEnabled());
    start->click();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->result()->isVisible(), 60000);
    QVERIFY2(m_ui->dialogs().errors.isEmpty(), qPrintable(m_ui->dialogs().errors.join('\n')));
    const Core::DrillRecord record = dialog->result()->record();
    QVERIFY2(record.state != Core::DrillState::Failed, qPrintable(record.reason));
    QVERIFY(record.rtoMs >= 0);
    QVERIFY(dialog->progressLog()->toPlainText().count(QLatin1Char('\n')) >= 2);
    QVERIFY(dialog->result()->summaryLabel()->text().contains(QStringLiteral("RTO")));

    // The report as Markdown, where the user chose.
    const QString path = QDir(m_ui->home()).filePath(QStringLiteral("drill.md"));
    m_ui->dialogs().setNextSaveFileName(path);
    dialog->result()->markdownButton()->click();
    QFile markdown(path);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QVERIFY(markdown.readAll().startsWith("# Restore drill contoso-prod-apim into contoso-prod-apim-kr"));

    // The row shows the drill.
    const int row = view()->model()->rowForService(m_ui->serviceId(QStringLiteral("contoso-prod-apim")));
    QTRY_VERIFY(
        view()->model()->index(row, Ui::ReadinessModel::DrillColumn).data().toString().contains(QStringLiteral("RTO")));
}

QTEST_MAIN(TestUiRecovery)
#include "tst_uirecovery.moc"
