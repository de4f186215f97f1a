// Backups and restores through the real window against a private azure-sim (these
// tests change its estate): preflight blocks and warnings, watching an operation to its
// end, the typed restore confirmation, a failure with the service's own error text, an
// operation resumed by a restarted app, and the change report of a backup.
#include "UiHarness.h"

#include "SimProcess.h"
#include "TestEnvironment.h"
#include "arm/ArmClient.h"
#include "cloud/CloudEnvironment.h"
#include "inventory/ApimService.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "settings/Settings.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/RecoveryController.h"
#include "ui/models/HistoryFilterProxy.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/BackupListWidget.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QWindow>

using namespace Apim;

namespace {
const QString kContainer = QStringLiteral("apim-backups");
const QString kAccount = QStringLiteral("contosobackups");

bool hasFinding(Ui::FindingsWidget *findings, const QString &code, Ui::FindingView::Severity severity)
{
    for (const Ui::FindingView &finding : findings->findings()) {
        if (finding.code == code && finding.severity == severity)
            return true;
    }
    return false;
}
} // namespace

class TestUiOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backup_blockedThenWarned_runsToSuccess();
    void restore_needsExactTypedNameAndMatchingTier();
    void failedBackup_showsTheServiceErrorVerbatim();
    void restart_resumesTheRunningOperation();
    void restart_showsTheJournalsHistory_andWhatAnotherProcessAdded();
    void configurationChangeDuringBackup_appearsInChangeReport();
    void backUpNow_rememberedLocation_isOneClickAndAConfirmation();
    void backUpNow_afterCloudSwitch_checksWithTheNewCloud();
    void storageKey_fetchedOncePerOperation();

private:
    bool chooseStorage(Ui::StorageTargetWidget *target);
    // Whether the operation manager looked at the backup's file (it does once it ended).
    bool fileLookedAt(const QString &operationId) const;
    // The listKeys calls azure-sim received for account since the log was last cleared.
    int listKeysCalls(const QString &account);
    // The listings of a subscription's storage accounts since the log was last cleared.
    int storageListings();
    int requestCount();
    bool waitForQuiet();

    Test::SimProcess m_sim;
    std::unique_ptr<Test::UiHarness> m_ui;
};

void TestUiOperations::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TestUiOperations::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_sim.url(), m_sim.cloudFile());
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    QVERIFY(m_ui->useShortOperations());
    m_ui->launch(false);
    QVERIFY(m_ui->signIn());
}

void TestUiOperations::cleanup()
{
    m_ui.reset();
}

bool TestUiOperations::chooseStorage(Ui::StorageTargetWidget *target)
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

bool TestUiOperations::fileLookedAt(const QString &operationId) const
{
    const auto record = m_ui->app()->services()->operations()->find(operationId);
    return record && record->verification.checkedAt.isValid();
}

int TestUiOperations::requestCount() // the app's, not the test's own /_sim/ calls
{
    int count = 0;
    const QJsonArray log = QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array();
    for (const QJsonValue &value : log) {
        if (!value.toObject().value(QLatin1String("path")).toString().startsWith(QLatin1String("/_sim/")))
            ++count;
    }
    return count;
}

// Waits until what the end of an operation sets off in the background is over: the Recovery
// view reads the catalog again and the details pane its latest backup. A count of the next
// operation's requests then holds that operation's only.
bool TestUiOperations::waitForQuiet()
{
    Ui::RecoveryController *recovery = m_ui->app()->recovery();
    if (!QTest::qWaitFor([recovery] { return !recovery->isBuilding(); }, 20000))
        return false;
    int last = requestCount();
    for (int wait = 0; wait < 50; ++wait) { // until no request for 300 ms
        QTest::qWait(300);
        const int now = requestCount();
        if (now == last)
            return true;
        last = now;
    }
    return false;
}

int TestUiOperations::listKeysCalls(const QString &account)
{
    const QString path = QStringLiteral("/storageAccounts/%1/listKeys").arg(account);
    int calls = 0;
    const QJsonArray log = QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array();
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("method")).toString() == QLatin1String("POST")
            && entry.value(QLatin1String("path")).toString().endsWith(path, Qt::CaseInsensitive))
            ++calls;
    }
    return calls;
}

int TestUiOperations::storageListings()
{
    int listings = 0;
    const QJsonArray log = QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array();
    for (const QJsonValue &value : log) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("method")).toString() == QLatin1String("GET")
            && entry.value(QLatin1String("path"))
                   .toString()
                   .endsWith(QLatin1String("/providers/Microsoft.Storage/storageAccounts"), Qt::CaseInsensitive))
            ++listings;
    }
    return listings;
}

void TestUiOperations::backup_blockedThenWarned_runsToSuccess()
{
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-partners-apim"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(chooseStorage(dialog->storageTarget()));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"));
    QVERIFY(name->text().startsWith(QStringLiteral("contoso-partners-apim-"))); // prefilled from the pattern
    // Azurite outlives the simulator between runs: a fresh name every time.
    const QString blobName = QStringLiteral("ui-flow-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    name->setText(blobName);
    // What a backup leaves out is spelled out before starting.
    auto *exclusions = dialog->findChild<QLabel *>(QStringLiteral("exclusionsLabel"));
    QVERIFY(exclusions->text().contains(QStringLiteral("Developer portal content")));

    // The service has no system-assigned identity: preflight blocks, Start stays off.
    auto *access = dialog->findChild<QComboBox *>(QStringLiteral("accessTypeComboBox"));
    access->setCurrentIndex(access->findData(int(Core::AccessType::SystemAssignedManagedIdentity)));
    QPushButton *start = dialog->startButton();
    QTRY_VERIFY_WITH_TIMEOUT(
        hasFinding(dialog->findings(), QStringLiteral("SystemIdentityMissing"), Ui::FindingView::Severity::Blocking),
        10000);
    QVERIFY(!start->isEnabled());
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("finding_SystemIdentityMissing_BannerWidget")));

    // With the access key the checks pass and Start is offered.
    access->setCurrentIndex(access->findData(int(Core::AccessType::AccessKey)));
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), 10000);
    QVERIFY(!dialog->findings()->hasBlocking());

    // "Copy as command": the az rest call for this request, never the key itself.
    QGuiApplication::clipboard()->clear();
    dialog->findChild<QPushButton *>(QStringLiteral("copyCommandButton"))->click();
    QTRY_VERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("az rest")));
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY(command.contains(m_ui->serviceId(QStringLiteral("contoso-partners-apim")) + QStringLiteral("/backup")));
    QVERIFY(command.contains(blobName));
    // The key is looked up by the command itself into a shell variable.
    QVERIFY2(command.contains(QStringLiteral("az storage account keys list")), qPrintable(command));
    QVERIFY2(command.contains(QStringLiteral("${STORAGE_KEY}")), qPrintable(command));
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    // The user is looking at the window: the banner tells them, not the desktop.
    m_ui->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ui->window()));
    const int notifiedBefore = m_ui->notifier().kinds.size();

    // The operation shows at once, with the service's banner, and runs to its end.
    QVERIFY(m_ui->latestOperation());
    QCOMPARE(m_ui->latestOperation()->serviceName, QStringLiteral("contoso-partners-apim"));
    auto *banner = m_ui->window()->findChild<QWidget *>(QStringLiteral("operationBannerWidget"));
    QTRY_VERIFY(banner->isVisible() || m_ui->latestOperation()->isFinished());
    QVERIFY(!m_ui->window()->backupAction()->isEnabled() || m_ui->latestOperation()->isFinished());
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(m_ui->window()->findChild<QWidget *>(QStringLiteral("resultBannerWidget"))->isVisible());
    QCOMPARE(m_ui->notifier().kinds.size(), notifiedBefore);
    // The account and container are now this subscription's default.
    const QString subscription = m_ui->window()->selectedService().subscriptionId;
    QCOMPARE(Ui::UiSettings(m_ui->settings()).defaultStorageAccount(subscription), kAccount);

    // The same name again: preflight blocks (it exists), then warns once replacing is chosen.
    dialog = m_ui->openBackupDialog(QStringLiteral("contoso-partners-apim"));
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->storageTarget()->container(), kContainer); // the remembered default
    name = dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"));
    name->setText(blobName);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasFinding(dialog->findings(), QStringLiteral("BlobExists"), Ui::FindingView::Severity::Blocking), 10000);
    QVERIFY(!dialog->startButton()->isEnabled());
    QCheckBox *overwrite = dialog->overwriteCheckBox();
    QVERIFY(overwrite->isVisible());
    overwrite->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasFinding(dialog->findings(), QStringLiteral("BlobExists"), Ui::FindingView::Severity::Warning), 10000);
    QTRY_VERIFY(dialog->startButton()->isEnabled());
    dialog->startButton()->click();
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QCOMPARE(m_ui->window()->operationsModel()->rowCount(), 2);
}

void TestUiOperations::restore_needsExactTypedNameAndMatchingTier()
{
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-partners-apim")));
    m_ui->window()->restoreAction()->trigger();
    QPointer<Ui::RestoreDialog> dialog = m_ui->app()->operations()->restoreDialog();
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    QTreeWidget *list = dialog->backupList()->tree();
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 3, 10000);

    // A Premium backup cannot go into this Standard service: blocked even when confirmed.
    QTreeWidgetItem *premium = nullptr;
    QTreeWidgetItem *standard = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(0).startsWith(QStringLiteral("contoso-prod-apim-")) && !premium)
            premium = item;
        if (item->text(0).startsWith(QStringLiteral("contoso-partners-apim-")))
            standard = item;
    }
    QVERIFY(premium && standard);
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmNameLineEdit"));
    QPushButton *restore = dialog->restoreButton();
    list->setCurrentItem(premium);
    QTest::keyClicks(confirm, QStringLiteral("contoso-partners-apim"));
    QTRY_VERIFY_WITH_TIMEOUT(
        hasFinding(dialog->findings(), QStringLiteral("TierMismatch"), Ui::FindingView::Severity::Blocking), 10000);
    QVERIFY(!restore->isEnabled());

    // The right backup: once its checks are done (they warn that the restore overwrites),
    // only the exact name typed turns Restore on.
    confirm->clear();
    list->setCurrentItem(standard);
    QTRY_VERIFY_WITH_TIMEOUT(
        hasFinding(dialog->findings(), QStringLiteral("RestoreOverwrites"), Ui::FindingView::Severity::Warning)
            && !dialog->findings()->isChecking(),
        10000);
    QVERIFY(!dialog->findings()->hasBlocking());
    QTest::keyClicks(confirm, QStringLiteral("contoso-partners-apm"));
    QVERIFY(!restore->isEnabled());
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("Contoso-Partners-APIM"));
    QVERIFY(!restore->isEnabled()); // exact, not case-insensitive
    confirm->clear();
    QTest::keyClicks(confirm, QStringLiteral("contoso-partners-apim"));
    QVERIFY(restore->isEnabled());
    QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("runningWarningBannerWidget"))
                ->findChild<QLabel *>(QStringLiteral("bannerTextLabel"))
                ->text()
                .contains(QStringLiteral("overwritten")));
    restore->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(int(m_ui->latestOperation()->kind), int(Ui::OperationView::Kind::Restore));
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    auto *result = m_ui->window()->findChild<QWidget *>(QStringLiteral("resultBannerWidget"));
    QTRY_VERIFY(result->isVisible());
    QVERIFY(
        result->findChild<QLabel *>(QStringLiteral("bannerTextLabel"))->text().contains(QStringLiteral("hostnames")));
}

void TestUiOperations::failedBackup_showsTheServiceErrorVerbatim()
{
    const QString message = QStringLiteral("The storage account refused the request of the service (simulated).");
    QVERIFY(m_ui->simControl("POST", QStringLiteral("/_sim/faults"),
        { { QStringLiteral("route"), QStringLiteral("POST .*/backup") },
            { QStringLiteral("kind"), QStringLiteral("failOperation") }, { QStringLiteral("status"), 400 },
            { QStringLiteral("code"), QStringLiteral("StorageAccessDenied") }, { QStringLiteral("message"), message },
            { QStringLiteral("times"), 1 } }));
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-test-apim"));
    QVERIFY(dialog);
    Ui::StorageTargetWidget *target = dialog->storageTarget();
    QTRY_VERIFY_WITH_TIMEOUT(target->accountCombo()->findText(QStringLiteral("contosodevstore")) >= 0, 10000);
    QTRY_COMPARE(target->container(), kContainer);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10000);
    dialog->startButton()->click();
    QTRY_VERIFY(!dialog);
    // The user turns to another program while it runs: the outcome reaches the desktop.
    const int notifiedBefore = m_ui->notifier().kinds.size();
    QWindow elsewhere;
    elsewhere.resize(200, 100);
    elsewhere.show();
    elsewhere.requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
    QVERIFY(!QApplication::activeWindow());
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Failed));
    QCOMPARE(m_ui->notifier().kinds.size(), notifiedBefore + 1);
    QCOMPARE(int(m_ui->notifier().kinds.last()), int(Ui::Notifier::Kind::Failure));
    const QString notified = m_ui->notifier().messages.last();
    QVERIFY2(
        notified.startsWith(QStringLiteral("Backup of contoso-test-apim did not succeed: ")), qPrintable(notified));
    QVERIFY2(notified.contains(message), qPrintable(notified));
    // Coming back to the window reads it.
    const int readsBefore = m_ui->notifier().reads;
    elsewhere.hide();
    m_ui->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ui->window()));
    QTRY_VERIFY(m_ui->notifier().reads > readsBefore);
    QVERIFY2(m_ui->latestOperation()->errorText.contains(QStringLiteral("StorageAccessDenied")),
        qPrintable(m_ui->latestOperation()->errorText));
    QVERIFY(m_ui->latestOperation()->errorText.contains(message));
    Ui::OperationsDock *dock = m_ui->window()->operationsDock();
    dock->selectOperation(m_ui->latestOperation()->id);
    QTRY_VERIFY(dock->detailsBrowser()->toPlainText().contains(message));
    QVERIFY(m_ui->window()
                ->operationsModel()
                ->index(0, Ui::OperationsModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Failed")));
    auto *result = m_ui->window()->findChild<QWidget *>(QStringLiteral("resultBannerWidget"));
    QTRY_VERIFY(result->isVisible());
}

void TestUiOperations::restart_resumesTheRunningOperation()
{
    QVERIFY(
        m_ui->simControl("POST", QStringLiteral("/_sim/config"), { { QStringLiteral("operationDurationMs"), 3000 } }));
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-staging-apim"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->storageTarget()->container() == kContainer, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10000);
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ui->latestOperation() && m_ui->latestOperation()->status == Ui::OperationView::Status::Running, 10000);
    const QString id = m_ui->latestOperation()->id;

    // Quit and start again: the saved session comes back and the operation is followed.
    m_ui->restart(true);
    QVERIFY(m_ui->waitForServicesListed());
    // The history is read on a worker: it may come a moment after the services.
    QTRY_VERIFY(m_ui->window()->operationsModel()->find(id));
    QTRY_VERIFY(m_ui->window()->operationsModel()->find(id)->resumed);
    QVERIFY(m_ui->window()
                ->operationsModel()
                ->index(0, Ui::OperationsModel::StatusColumn)
                .data()
                .toString()
                .contains(QStringLiteral("resumed"))
        || m_ui->window()->operationsModel()->find(id)->isFinished());
    QTRY_VERIFY_WITH_TIMEOUT(m_ui->window()->operationsModel()->find(id)->isFinished(), 20000);
    QCOMPARE(int(m_ui->window()->operationsModel()->find(id)->status), int(Ui::OperationView::Status::Succeeded));
}

// The journal's history (here written as the CLI writes it) shows after a restart, read on
// a worker; what another process added after that shows once the operations are resumed.
void TestUiOperations::restart_showsTheJournalsHistory_andWhatAnotherProcessAdded()
{
    const QString dataDir = QDir(m_ui->home()).filePath(QStringLiteral("data"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-40);
    const QString serviceId = m_ui->serviceId(QStringLiteral("contoso-prod-apim"));
    QVERIFY(!serviceId.isEmpty());
    const auto finishedBackup = [&](int day) {
        Core::OperationRecord record;
        record.id = QStringLiteral("dddddddd-0000-0000-0000-%1").arg(day, 12, 10, QLatin1Char('0'));
        record.kind = Core::OperationKind::Backup;
        record.state = Core::OperationState::Succeeded;
        record.serviceName = QStringLiteral("contoso-prod-apim");
        record.serviceId = serviceId;
        record.storageAccount = kAccount;
        record.container = kContainer;
        record.blobName = QStringLiteral("contoso-prod-apim-day%1.apimbackup").arg(day);
        record.createdAt = start.addDays(day);
        record.updatedAt = record.createdAt.addSecs(300);
        record.finishedAt = record.updatedAt;
        return record;
    };
    {
        const Core::OperationJournal cli(dataDir);
        for (int day = 0; day < 30; ++day)
            QVERIFY(cli.save(finishedBackup(day)));
    }
    m_ui->restart(true);
    QSignalSpy resumed(m_ui->app()->operations(), &Ui::OperationsController::resumed);
    Ui::OperationsModel *model = m_ui->window()->operationsModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 30, 10000);
    QCOMPARE(model->index(0, 0).data(Ui::OperationsModel::IdRole).toString(), finishedBackup(29).id); // newest first
    QCOMPARE(model->index(29, 0).data(Ui::OperationsModel::IdRole).toString(), finishedBackup(0).id);
    QVERIFY(m_ui->waitForServicesListed());
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000); // once the session is back
    QCOMPARE(resumed.first().first().toInt(), 0);

    // A backup the CLI ran meanwhile: picked up with the operations' next resume.
    QVERIFY(Core::OperationJournal(dataDir).save(finishedBackup(35)));
    m_ui->app()->operations()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 2, 10000);
    QCOMPARE(model->rowCount(), 31);
    QCOMPARE(model->index(0, 0).data(Ui::OperationsModel::IdRole).toString(), finishedBackup(35).id);
    QCOMPARE(int(model->find(finishedBackup(35).id)->status), int(Ui::OperationView::Status::Succeeded));

    // A backup running in another cloud (not followed here) shows as running; once the CLI
    // that follows it writes its end, the next resume shows that.
    Core::OperationRecord elsewhere = finishedBackup(36);
    elsewhere.state = Core::OperationState::Running;
    elsewhere.finishedAt = {};
    elsewhere.startSent = true;
    elsewhere.cloud = QStringLiteral("AzureChinaCloud");
    QVERIFY(Core::OperationJournal(dataDir).save(elsewhere));
    m_ui->app()->operations()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 3, 10000);
    QCOMPARE(resumed.last().first().toInt(), 0); // not followed: another cloud's
    QVERIFY(model->find(elsewhere.id));
    QCOMPARE(int(model->find(elsewhere.id)->status), int(Ui::OperationView::Status::Running));
    elsewhere.state = Core::OperationState::Succeeded;
    elsewhere.finishedAt = elsewhere.createdAt.addSecs(300);
    QVERIFY(Core::OperationJournal(dataDir).save(elsewhere));
    m_ui->app()->operations()->resume();
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 4, 10000);
    QCOMPARE(int(model->find(elsewhere.id)->status), int(Ui::OperationView::Status::Succeeded));
    QCOMPARE(model->rowCount(), 32);
}

void TestUiOperations::configurationChangeDuringBackup_appearsInChangeReport()
{
    QVERIFY(
        m_ui->simControl("POST", QStringLiteral("/_sim/config"), { { QStringLiteral("operationDurationMs"), 3000 } }));
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-prod-apim"));
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10000);
    dialog->startButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_ui->latestOperation() && m_ui->latestOperation()->status == Ui::OperationView::Status::Running, 10000);

    // Someone adds an API while the backup runs.
    const QString serviceId = m_ui->serviceId(QStringLiteral("contoso-prod-apim"));
    Core::ArmRequest put;
    put.method = "PUT";
    put.path = serviceId + QStringLiteral("/apis/late-api");
    put.apiVersion = QStringLiteral("2024-05-01");
    put.body = QJsonDocument(QJsonObject { { QStringLiteral("properties"),
        QJsonObject { { QStringLiteral("displayName"), QStringLiteral("Late API") },
            { QStringLiteral("path"), QStringLiteral("late") } } } });
    bool answered = false;
    int status = 0;
    m_ui->app()->services()->arm()->call(put, this, [&](const Core::ArmResponse &response) {
        answered = true;
        status = response.status;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));

    QVERIFY(m_ui->waitLatestFinished(25000));
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QTRY_VERIFY_WITH_TIMEOUT(!m_ui->latestOperation()->changeReport.isEmpty(), 10000);
    QVERIFY2(m_ui->latestOperation()->changeReport.contains(QStringLiteral("apis/late-api")),
        qPrintable(m_ui->latestOperation()->changeReport));
    // Exactly one change: the Started and Succeeded events of the PUT share its correlation id.
    QVERIFY2(m_ui->latestOperation()->changeReport.startsWith(QStringLiteral("1 configuration change")),
        qPrintable(m_ui->latestOperation()->changeReport));
    QCOMPARE(m_ui->latestOperation()->changeReport.count(QStringLiteral("• ")), 1);
    QVERIFY(m_ui->latestOperation()->changeReport.contains(QStringLiteral("may be missing")));
    // A warning, not a success: amber, said first, the change listed, what to do.
    auto *result = m_ui->window()->findChild<Ui::BannerWidget *>(QStringLiteral("resultBannerWidget"));
    QTRY_VERIFY(result->isVisible());
    QTRY_COMPARE(result->kind(), Ui::BannerWidget::Kind::Warning);
    const QString text = result->findChild<QLabel *>(QStringLiteral("bannerTextLabel"))->text();
    QVERIFY2(
        text.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("may be missing changes")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("apis/late-api")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Back up again")), qPrintable(text));
    // Told on the desktop as a warning too, not as a success.
    QVERIFY(!m_ui->notifier().kinds.isEmpty());
    QCOMPARE(int(m_ui->notifier().kinds.last()), int(Ui::Notifier::Kind::Warning));
    QVERIFY2(m_ui->notifier().messages.last().contains(QStringLiteral("may be missing changes")),
        qPrintable(m_ui->notifier().messages.last()));
    // The history marks it, and its filter finds it.
    QCOMPARE(m_ui->latestOperation()->changeCount, 1);
    const QModelIndex statusCell = m_ui->window()->operationsModel()->index(0, Ui::OperationsModel::StatusColumn);
    QVERIFY2(
        statusCell.data().toString().contains(QStringLiteral("1 change")), qPrintable(statusCell.data().toString()));
    Ui::HistoryFilterProxy changed;
    changed.setSourceModel(m_ui->window()->operationsModel());
    changed.setScope(Ui::HistoryFilterProxy::Scope::ChangedDuringBackup);
    QCOMPARE(changed.rowCount(), 1);
}

void TestUiOperations::backUpNow_rememberedLocation_isOneClickAndAConfirmation()
{
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-staging-apim")));
    const QString subscription = m_ui->window()->selectedService().subscriptionId;
    Ui::UiSettings(m_ui->settings()).setDefaultLocation(subscription, QStringLiteral("devbackupstore"), kContainer);

    // Declined: nothing starts.
    m_ui->dialogs().setNextConfirm(false);
    auto *button = m_ui->window()->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"));
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->dialogs().questions.size(), 1, 10000);
    QVERIFY2(m_ui->dialogs().questions.first().contains(QStringLiteral("devbackupstore/apim-backups")),
        qPrintable(m_ui->dialogs().questions.first()));
    QCOMPARE(m_ui->window()->operationsModel()->rowCount(), 0);
    QVERIFY(!m_ui->app()->operations()->backupDialog()); // no dialog on the quick path

    // Accepted: the backup runs to its end.
    m_ui->dialogs().setNextConfirm(true);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->window()->operationsModel()->rowCount(), 1, 10000);
    QCOMPARE(m_ui->dialogs().questions.size(), 2);
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QCOMPARE(m_ui->latestOperation()->storageAccount, QStringLiteral("devbackupstore"));
}

void TestUiOperations::backUpNow_afterCloudSwitch_checksWithTheNewCloud()
{
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-staging-apim")));
    const QString subscription = m_ui->window()->selectedService().subscriptionId;
    Ui::UiSettings(m_ui->settings()).setDefaultLocation(subscription, QStringLiteral("devbackupstore"), kContainer);
    auto *button = m_ui->window()->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"));
    m_ui->dialogs().setNextConfirm(false);
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->dialogs().questions.size(), 1, 10000);

    // Signing in to another cloud replaces every core object; the old ones are deleted.
    QString error;
    const Core::CloudEnvironment cloud = Core::CloudEnvironment::fromFile(m_sim.cloudFile(), &error);
    QVERIFY2(cloud.isValid(), qPrintable(error));
    QPointer<Core::Engine> old = m_ui->app()->services();
    m_ui->app()->start(cloud, false);
    QTRY_VERIFY_WITH_TIMEOUT(!old, 5000);
    QVERIFY(m_ui->signIn());

    // "Back up now" again: checked with the new cloud's objects (it used to crash here).
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-staging-apim")));
    m_ui->dialogs().setNextConfirm(false);
    QVERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->dialogs().questions.size(), 2, 10000);
    QVERIFY2(m_ui->dialogs().questions.last().contains(QStringLiteral("devbackupstore/apim-backups")),
        qPrintable(m_ui->dialogs().questions.last()));
    QCOMPARE(m_ui->window()->operationsModel()->rowCount(), 0);
}

void TestUiOperations::storageKey_fetchedOncePerOperation()
{
    // The dialog's checks (run again on every change), the start's body and the look at
    // the backup file afterwards share one key: one listKeys per operation, and a fresh
    // one for the next operation.
    QVERIFY(waitForQuiet());
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-partners-apim"));
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget()));
    const QString blobName = QStringLiteral("ui-onekey-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"))->setText(blobName);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled() && !dialog->findings()->isChecking(), 10000);
    QVERIFY(listKeysCalls(kAccount) <= 1);
    dialog->startButton()->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    // The file was looked at once the backup ended (with the same key).
    QTRY_VERIFY_WITH_TIMEOUT(fileLookedAt(m_ui->latestOperation()->id), 10000);
    QCOMPARE(listKeysCalls(kAccount), 1);
    // What the end sets off (the catalog, the latest backup) reads with the operation's key.
    QVERIFY(waitForQuiet());
    QCOMPARE(listKeysCalls(kAccount), 1);

    // "Back up now" to the location just remembered: a check, a confirmation, the backup.
    QVERIFY(waitForQuiet());
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));
    m_ui->dialogs().setNextConfirm(true);
    const int before = m_ui->window()->operationsModel()->rowCount();
    m_ui->window()->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->window()->operationsModel()->rowCount(), before + 1, 10000);
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QTRY_VERIFY_WITH_TIMEOUT(fileLookedAt(m_ui->latestOperation()->id), 10000);
    QCOMPARE(listKeysCalls(kAccount), 1);
    // The check, the start, the look at the file, the catalog and the details pane found the
    // account in one listing of the subscription's accounts (or in the last operation's).
    QVERIFY(waitForQuiet());
    QCOMPARE(listKeysCalls(kAccount), 1);
    QVERIFY(storageListings() <= 1);

    // A restore of the first backup: the dialog lists the container, checks, then starts.
    QVERIFY(waitForQuiet());
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));
    m_ui->window()->restoreAction()->trigger();
    QPointer<Ui::RestoreDialog> restoreDialog = m_ui->app()->operations()->restoreDialog();
    QVERIFY(restoreDialog);
    QTRY_COMPARE_WITH_TIMEOUT(restoreDialog->storageTarget()->container(), kContainer, 10000);
    QTreeWidget *list = restoreDialog->backupList()->tree();
    QTreeWidgetItem *made = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((made = [list, &blobName]() -> QTreeWidgetItem * {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->text(0) == blobName)
                return list->topLevelItem(i);
        }
        return nullptr;
    }()) != nullptr,
        10000);
    list->setCurrentItem(made);
    QTest::keyClicks(restoreDialog->findChild<QLineEdit *>(QStringLiteral("confirmNameLineEdit")),
        QStringLiteral("contoso-partners-apim"));
    QTRY_VERIFY_WITH_TIMEOUT(restoreDialog->restoreButton()->isEnabled(), 10000);
    restoreDialog->restoreButton()->click();
    QTRY_VERIFY(!restoreDialog);
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->kind), int(Ui::OperationView::Kind::Restore));
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QCOMPARE(listKeysCalls(kAccount), 1);
}

QTEST_MAIN(TestUiOperations)
#include "tst_uioperations.moc"
