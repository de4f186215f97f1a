// Sign in, browse and filter against the shared simulator (read-only: nothing here
// changes the estate), with the details pane and the service's context actions.
#include "UiHarness.h"

#include "TestEnvironment.h"
#include "inventory/ApimService.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "storage/BackupBlob.h"
#include "ui/dialogs/RestoreDialog.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/SessionController.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/BackupListWidget.h"
#include "ui/widgets/SecretsStatusButton.h"
#include "ui/widgets/ServiceDetailsPane.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace Apim;

class TestUiBrowse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signIn_listsTenantsSubscriptionsAndServices();
    void filter_typingNarrowsTreeToMatchingService();
    void details_showTierIdentitiesAndBackupSupport();
    void details_consumptionTier_explainsWhyNotSupported();
    void contextActions_copyResourceIdAndOpenPortal();
    void signInDialog_servicePrincipalNeedsTenantClientAndSecret();
    void signInDialog_wrongSecret_showsServiceErrorAndStaysOpen();
    void settingsDialog_invalidNamingPattern_refusesAndSaysWhy();
    void secretsIndicator_showsKeychainAfterProbe();
    void keychainLocked_bannerOffersRetryAndSessionOnly();
    void deviceCode_showsCopyableCodeAndOpensTheLink();
    void switchDirectory_offersKnownTenantsAndPrefillsSignIn();
    void signOut_clearsTreeAndAccount();
    void restoreDialog_expiredBackupListedButNotSelectable();
    void backupList_filesThatAreNotBackupsCannotBeChosen();

private:
    QUrl m_simUrl;
    QString m_cloudFile;
    QTemporaryDir m_dir;
    std::unique_ptr<Test::UiHarness> m_ui;
};

void TestUiBrowse::initTestCase()
{
    m_simUrl = Test::TestEnvironment::sharedSimUrl();
    if (m_simUrl.isEmpty())
        QFAIL("the shared azure-sim is not running: run this test through ctest (NEEDS sim)");
    m_cloudFile = Test::TestEnvironment::writeCloudFile(m_simUrl, m_dir.path());
    QVERIFY(!m_cloudFile.isEmpty());
}

void TestUiBrowse::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_simUrl, m_cloudFile);
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    m_ui->launch(false);
    QVERIFY(QTest::qWaitForWindowExposed(m_ui->window()));
}

void TestUiBrowse::cleanup()
{
    m_ui.reset();
}

void TestUiBrowse::signIn_listsTenantsSubscriptionsAndServices()
{
    Ui::MainWindow *window = m_ui->window();
    QVERIFY(!window->refreshAction()->isEnabled()); // signed out: nothing to refresh
    QVERIFY(m_ui->signIn());

    auto *account = window->findChild<QToolButton *>(QStringLiteral("accountButton"));
    QVERIFY(account);
    // The service principal by its application name (from its token); the GUID in the tooltip.
    QCOMPARE(account->text(), QStringLiteral("apim-backup-automation"));
    QVERIFY2(account->toolTip().contains(Test::UiHarness::kClientId), qPrintable(account->toolTip()));
    QVERIFY(window->signOutAction()->isEnabled());
    // Another account or directory stays one click away.
    QVERIFY(window->signInAction()->isVisible() && window->signInAction()->isEnabled());

    Ui::ServiceTreeModel *model = window->serviceModel();
    // The demo's Contoso tenant: three subscriptions, eight services.
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex tenant = model->index(0, 0);
    QCOMPARE(tenant.data().toString(), QStringLiteral("Contoso"));
    QCOMPARE(model->rowCount(tenant), 3);
    QCOMPARE(model->serviceCount(), 8);
    QVERIFY(!m_ui->serviceId(QStringLiteral("contoso-prod-apim")).isEmpty());
    QVERIFY(model->loadingSubscriptions().isEmpty());
    auto *status = window->findChild<QLabel *>(QStringLiteral("statusMessageLabel"));
    QVERIFY(status->text().contains(QStringLiteral("8")));

    // F5 reloads: the tree empties to "Loading…" and fills again.
    window->refreshAction()->trigger();
    QVERIFY(m_ui->waitForServicesListed());
    QTRY_COMPARE(model->serviceCount(), 8);
}

void TestUiBrowse::filter_typingNarrowsTreeToMatchingService()
{
    QVERIFY(m_ui->signIn());
    Ui::MainWindow *window = m_ui->window();
    auto *filter = window->findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    QVERIFY(filter);
    window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("partners"));
    Ui::ServiceFilterProxy *proxy = window->serviceProxy();
    // Tenant > Contoso Production > contoso-partners-apim, nothing else.
    QTRY_COMPARE(proxy->rowCount(proxy->index(0, 0)), 1);
    const QModelIndex subscription = proxy->index(0, 0, proxy->index(0, 0));
    QCOMPARE(subscription.data().toString(), QStringLiteral("Contoso Production"));
    QCOMPARE(proxy->rowCount(subscription), 1);
    QCOMPARE(proxy->index(0, 0, subscription).data().toString(), QStringLiteral("contoso-partners-apim"));
    // The status bar counts what the filter shows, of all the services.
    auto *status = window->findChild<QLabel *>(QStringLiteral("statusMessageLabel"));
    // (The English plural ending comes from the .qm, which the translation pass fills in.)
    const QString shownOfAll = QStringLiteral("%1 of %2 API Management service")
                                   .arg(proxy->visibleServiceCount())
                                   .arg(window->serviceModel()->serviceCount());
    QTRY_VERIFY2(status->text().startsWith(shownOfAll), qPrintable(status->text()));
    QCOMPARE(proxy->visibleServiceCount(), 1);
    // Two words must both match: a region and a tier.
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("koreacentral developer"));
    QTRY_COMPARE(proxy->index(0, 0, proxy->index(0, 0, proxy->index(0, 0))).data().toString(),
        QStringLiteral("contoso-dev-apim"));
    filter->clear();
    QTRY_COMPARE(proxy->rowCount(proxy->index(0, 0)), 3);
    QTRY_VERIFY2(status->text().startsWith(QStringLiteral("8 API Management service")), qPrintable(status->text()));
}

void TestUiBrowse::details_showTierIdentitiesAndBackupSupport()
{
    QVERIFY(m_ui->signIn());
    Ui::MainWindow *window = m_ui->window();
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-prod-apim")));
    auto label = [window](const char *name) {
        auto *l = window->findChild<QLabel *>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<missing %1>").arg(QString::fromLatin1(name));
    };
    QCOMPARE(label("serviceNameLabel"), QStringLiteral("contoso-prod-apim"));
    QVERIFY2(label("tierLabel").contains(QStringLiteral("Premium")), qPrintable(label("tierLabel")));
    QVERIFY2(label("tierLabel").contains(QStringLiteral("2")), qPrintable(label("tierLabel")));
    QCOMPARE(label("regionLabel"), QStringLiteral("West Europe")); // the simulator answers "westeurope"
    QVERIFY(label("identitiesLabel").contains(QStringLiteral("System-assigned")));
    QVERIFY(label("identitiesLabel").contains(QStringLiteral("id-apim-backup")));
    QCOMPARE(label("platformVersionLabel"), QStringLiteral("stv2"));
    QCOMPARE(label("backupSupportLabel"), QStringLiteral("Supported"));
    // No default location yet for the subscription: the pane says how one is made.
    QTRY_VERIFY(label("latestBackupLabel").contains(QStringLiteral("No default backup location")));
    QVERIFY(window->backupAction()->isEnabled());
    QVERIFY(window->restoreAction()->isEnabled());

    // With a default location, the latest backup and its age show.
    Ui::UiSettings(m_ui->settings())
        .setDefaultLocation(m_ui->window()->selectedService().subscriptionId, QStringLiteral("contosobackups"),
            QStringLiteral("apim-backups"));
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-partners-apim")));
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-prod-apim")));
    // (Other tests may have added newer backups to the shared Azurite: no exact age here.)
    QTRY_VERIFY2_WITH_TIMEOUT(label("latestBackupLabel").startsWith(QStringLiteral("contoso-prod-apim-")),
        qPrintable(label("latestBackupLabel")), 10000);
    QVERIFY(label("latestBackupLabel").contains(QStringLiteral("contosobackups/apim-backups")));
    QVERIFY(label("latestBackupLabel").contains(QStringLiteral("ago"))
        || label("latestBackupLabel").contains(QStringLiteral("just now")));
    QCOMPARE(label("expiredBackupsLabel"), QStringLiteral("None"));
}

void TestUiBrowse::details_consumptionTier_explainsWhyNotSupported()
{
    QVERIFY(m_ui->signIn());
    Ui::MainWindow *window = m_ui->window();
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-functions-apim")));
    QCOMPARE(
        window->findChild<QLabel *>(QStringLiteral("backupSupportLabel"))->text(), QStringLiteral("Not supported"));
    auto *banner = window->findChild<QWidget *>(QStringLiteral("backupSupportBannerWidget"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(!window->backupAction()->isEnabled());
    QVERIFY(!window->restoreAction()->isEnabled());
    QVERIFY(!window->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"))->isEnabled());
}

void TestUiBrowse::contextActions_copyResourceIdAndOpenPortal()
{
    QVERIFY(m_ui->signIn());
    Ui::MainWindow *window = m_ui->window();
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-staging-apim")));
    const QString id = m_ui->serviceId(QStringLiteral("contoso-staging-apim"));
    window->findChild<QAction *>(QStringLiteral("copyResourceIdAction"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), id);
    window->findChild<QAction *>(QStringLiteral("openPortalAction"))->trigger();
    QCOMPARE(m_ui->urlOpener().urls.size(), 1);
    QVERIFY2(m_ui->urlOpener().urls.first().toString().contains(QStringLiteral("contoso-staging-apim")),
        qPrintable(m_ui->urlOpener().urls.first().toString()));
}

void TestUiBrowse::signInDialog_servicePrincipalNeedsTenantClientAndSecret()
{
    Ui::SessionController *session = m_ui->app()->session();
    session->openSignInDialog();
    QPointer<Ui::SignInDialog> dialog = session->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("signInMethodComboBox"));
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"));
    auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    method->setCurrentIndex(method->findData(int(Core::SignInMethod::ServicePrincipal)));
    QVERIFY(secret->isVisible());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(!signIn->isEnabled());
    QVERIFY(dialog->problem().contains(QStringLiteral("tenant")));
    dialog->findChild<QLineEdit *>(QStringLiteral("tenantLineEdit"))->setText(Test::UiHarness::kTenant);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(QStringLiteral("not-a-guid"));
    QVERIFY(dialog->problem().contains(QStringLiteral("client")));
    dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(Test::UiHarness::kClientId);
    QVERIFY(!signIn->isEnabled());
    secret->setText(Test::UiHarness::kSecret);
    QVERIFY(signIn->isEnabled());

    // A custom cloud file that does not exist: the dialog names the problem.
    auto *cloud = dialog->findChild<QComboBox *>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->count() - 1);
    dialog->findChild<QLineEdit *>(QStringLiteral("cloudFileLineEdit"))
        ->setText(QStringLiteral("/nonexistent/cloud.json"));
    QVERIFY(!signIn->isEnabled());
    QVERIFY(!dialog->problem().isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("cloudFileLineEdit"))->setText(m_cloudFile);
    QVERIFY2(signIn->isEnabled(), qPrintable(dialog->problem()));

    // Signing in through the dialog closes it and lists the services.
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(m_ui->waitForServicesListed());
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(Ui::UiSettings(m_ui->settings()).signInMethod(), QStringLiteral("sp"));
    QCOMPARE(Ui::UiSettings(m_ui->settings()).cloud(), m_cloudFile);
    // The secret never lands in the settings file.
    QFile ini(m_ui->settings()->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(Test::UiHarness::kSecret.toUtf8()));
}

void TestUiBrowse::signInDialog_wrongSecret_showsServiceErrorAndStaysOpen()
{
    Ui::SessionController *session = m_ui->app()->session();
    session->openSignInDialog();
    Ui::SignInDialog *dialog = session->signInDialog();
    QVERIFY(dialog);
    auto *cloud = dialog->findChild<QComboBox *>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->count() - 1);
    dialog->findChild<QLineEdit *>(QStringLiteral("cloudFileLineEdit"))->setText(m_cloudFile);
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("signInMethodComboBox"));
    method->setCurrentIndex(method->findData(int(Core::SignInMethod::ServicePrincipal)));
    dialog->findChild<QLineEdit *>(QStringLiteral("tenantLineEdit"))->setText(Test::UiHarness::kTenant);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(Test::UiHarness::kClientId);
    dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"))->setText(QStringLiteral("wrong"));
    dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    auto *banner = dialog->findChild<QWidget *>(QStringLiteral("signInBannerWidget"));
    QTRY_VERIFY_WITH_TIMEOUT(
        banner->isVisible() && dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled(), 10000);
    auto *text = banner->findChild<QLabel *>(QStringLiteral("bannerTextLabel"));
    QVERIFY2(!text->text().isEmpty(), "the sign-in error must say what went wrong");
    QVERIFY(dialog->isVisible());
    QVERIFY(!session->isSignedIn());
}

void TestUiBrowse::settingsDialog_invalidNamingPattern_refusesAndSaysWhy()
{
    Ui::SettingsDialog dialog(m_ui->settings(), {});
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("namingPatternLineEdit"));
    QVERIFY(pattern);
    QCOMPARE(pattern->text(), Ui::UiSettings(m_ui->settings()).namingPattern());
    pattern->setText(QStringLiteral("bad\\name/"));
    QVERIFY(!dialog.apply());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsProblemLabel"))->isVisibleTo(&dialog));
    pattern->setText(QStringLiteral("{service}-{yyyyMMdd}.apimbackup"));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("ko")));
    dialog.findChild<QCheckBox *>(QStringLiteral("notificationsCheckBox"))->setChecked(false);
    QVERIFY2(dialog.apply(), qPrintable(dialog.problem()));
    Ui::UiSettings saved(m_ui->settings());
    QCOMPARE(saved.namingPattern(), QStringLiteral("{service}-{yyyyMMdd}.apimbackup"));
    QCOMPARE(saved.language(), QStringLiteral("ko"));
    QVERIFY(!saved.notificationsEnabled());
}

void TestUiBrowse::secretsIndicator_showsKeychainAfterProbe()
{
    auto *indicator = m_ui->window()->findChild<Ui::SecretsStatusButton *>(QStringLiteral("secretsStatusButton"));
    QVERIFY(indicator);
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::Keychain);
    QVERIFY(indicator->text().contains(QStringLiteral("OS keychain")));
    // Choosing session-only is explicit, shown, and remembered.
    indicator->sessionOnlyAction()->trigger();
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::SessionOnly);
    QVERIFY(indicator->text().contains(QStringLiteral("Session only")));
    QVERIFY(Ui::UiSettings(m_ui->settings()).sessionOnlySecrets());
}

void TestUiBrowse::keychainLocked_bannerOffersRetryAndSessionOnly()
{
    // A fresh app whose keychain refuses access, as a locked login keyring does.
    m_ui = std::make_unique<Test::UiHarness>(m_simUrl, m_cloudFile);
    m_ui->keychain()->setFailure({ Core::SecretError::Kind::Locked, QStringLiteral("The login keyring is locked.") });
    m_ui->launch(false);
    Ui::MainWindow *window = m_ui->window();
    auto *indicator = window->findChild<Ui::SecretsStatusButton *>(QStringLiteral("secretsStatusButton"));
    auto *banner = window->findChild<QWidget *>(QStringLiteral("keychainBannerWidget"));
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::Unavailable);
    QVERIFY(banner->isVisible());
    QVERIFY2(indicator->reason().contains(QStringLiteral("locked")), qPrintable(indicator->reason()));
    QVERIFY(banner->findChild<QLabel *>(QStringLiteral("bannerTextLabel"))->text().contains(QStringLiteral("locked")));

    // Retry while still locked: still unavailable, still saying why.
    banner->findChild<QPushButton *>(QStringLiteral("bannerActionButton"))->click();
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::Unavailable);
    QVERIFY(banner->isVisible());

    // The explicit choice: session-only. The banner goes, the indicator says so.
    banner->findChild<QPushButton *>(QStringLiteral("useSessionOnlyButton"))->click();
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::SessionOnly);
    QVERIFY(!banner->isVisible());
    QVERIFY(m_ui->signIn()); // signing in still works, nothing is lost

    // The keychain is unlocked again: Retry brings it back.
    m_ui->keychain()->setFailure({});
    indicator->retryAction()->trigger();
    QTRY_COMPARE(indicator->mode(), Ui::SecretsStatusButton::Mode::Keychain);
    QVERIFY(!Ui::UiSettings(m_ui->settings()).sessionOnlySecrets());
}

void TestUiBrowse::deviceCode_showsCopyableCodeAndOpensTheLink()
{
    Ui::SessionController *session = m_ui->app()->session();
    session->openSignInDialog();
    QPointer<Ui::SignInDialog> dialog = session->signInDialog();
    QVERIFY(dialog);
    auto *cloud = dialog->findChild<QComboBox *>(QStringLiteral("cloudComboBox"));
    cloud->setCurrentIndex(cloud->count() - 1);
    dialog->findChild<QLineEdit *>(QStringLiteral("cloudFileLineEdit"))->setText(m_cloudFile);
    auto *method = dialog->findChild<QComboBox *>(QStringLiteral("signInMethodComboBox"));
    method->setCurrentIndex(method->findData(int(Core::SignInMethod::DeviceCode)));
    // The simulator approves the code by itself after two polls.
    dialog->findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
    auto *code = dialog->findChild<QLabel *>(QStringLiteral("deviceCodeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 10000);
    QVERIFY(code->isVisible());
    QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
    dialog->findChild<QPushButton *>(QStringLiteral("copyDeviceCodeButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), code->text());
    dialog->findChild<QPushButton *>(QStringLiteral("openDeviceLoginButton"))->click();
    QCOMPARE(m_ui->urlOpener().urls.size(), 1);
    QVERIFY(m_ui->waitForServicesListed(20000));
    QVERIFY(session->isSignedIn());
    QVERIFY(m_ui->window()->serviceModel()->serviceCount() > 0);
}

void TestUiBrowse::switchDirectory_offersKnownTenantsAndPrefillsSignIn()
{
    QVERIFY(m_ui->signIn());
    const QString fabrikam = QStringLiteral("12bf08ca-1244-42d2-b610-8ba832ce968b");
    m_ui->dialogs().setNextTextInput(QStringLiteral("Fabrikam (%1)").arg(fabrikam));
    m_ui->window()->switchTenantAction()->trigger();
    QVERIFY2(m_ui->dialogs().offeredItems.contains(QStringLiteral("Contoso (%1)").arg(Test::UiHarness::kTenant)),
        qPrintable(m_ui->dialogs().offeredItems.join(QLatin1Char('|'))));
    QPointer<Ui::SignInDialog> dialog = m_ui->app()->session()->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("tenantLineEdit"))->text(), fabrikam);
    dialog->reject();
}

void TestUiBrowse::signOut_clearsTreeAndAccount()
{
    QVERIFY(m_ui->signIn());
    Ui::MainWindow *window = m_ui->window();
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-prod-apim")));
    window->signOutAction()->trigger();
    QTRY_COMPARE(window->serviceModel()->rowCount(), 0);
    QCOMPARE(
        window->findChild<QToolButton *>(QStringLiteral("accountButton"))->text(), QStringLiteral("Not signed in"));
    QVERIFY(!window->backupAction()->isEnabled());
    QVERIFY(!window->refreshAction()->isEnabled());
    QVERIFY(!window->signOutAction()->isEnabled());
    QVERIFY(!m_ui->app()->session()->isSignedIn());
}

void TestUiBrowse::restoreDialog_expiredBackupListedButNotSelectable()
{
    QVERIFY(m_ui->signIn());
    QVERIFY(m_ui->selectService(QStringLiteral("contoso-staging-apim")));
    m_ui->window()->restoreAction()->trigger();
    QPointer<Ui::RestoreDialog> dialog = m_ui->app()->operations()->restoreDialog();
    QVERIFY(dialog);
    QComboBox *accounts = dialog->storageTarget()->accountCombo();
    QTRY_VERIFY_WITH_TIMEOUT(accounts->findText(QStringLiteral("devbackupstore")) >= 0, 10000);
    accounts->setCurrentIndex(accounts->findText(QStringLiteral("devbackupstore")));
    QTreeWidget *list = dialog->backupList()->tree();
    // The demo keeps a 6-day-old and a 45-day-old backup of this service there.
    QTreeWidgetItem *expired = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(list->topLevelItemCount() >= 2, 10000);
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(3).contains(QStringLiteral("expired")))
            expired = list->topLevelItem(i);
    }
    QVERIFY(expired);
    QVERIFY(!(expired->flags() & Qt::ItemIsEnabled));
    QVERIFY(!(expired->flags() & Qt::ItemIsSelectable));
    QVERIFY(!expired->toolTip(0).isEmpty());
    // The newest usable one is preselected; an expired one cannot become the choice.
    QVERIFY(dialog->backupList()->selected());
    QVERIFY(!dialog->backupList()->selected()->isExpired(QDateTime::currentDateTimeUtc()));
    QVERIFY(!dialog->backupList()->selectByName(expired->text(0)));
    QVERIFY(!dialog->restoreButton()->isEnabled()); // nothing typed yet
    dialog->reject();
}

void TestUiBrowse::backupList_filesThatAreNotBackupsCannotBeChosen()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto blob = [&](const QString &name, qint64 size, const QString &type) {
        Core::BackupBlob b;
        b.name = name;
        b.size = size;
        b.contentType = type;
        b.createdOn = now.addDays(-1);
        return b;
    };
    Ui::BackupListWidget list;
    // An empty file named like the newest backup, a note, and a backup named by hand (az apim
    // backup --backup-name) without this tool's metadata.
    list.setBackups({ blob(QStringLiteral("contoso-prod-apim-20990101-000000.apimbackup"), 0,
                          QStringLiteral("application/octet-stream")),
                        blob(QStringLiteral("README.txt"), 120, QStringLiteral("text/plain")),
                        blob(QStringLiteral("before-upgrade"), 4096, QStringLiteral("application/octet-stream")) },
        now);
    QTreeWidget *tree = list.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    int refused = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const bool usable = item->text(0) == QLatin1String("before-upgrade");
        QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), usable);
        if (!usable) {
            ++refused;
            QVERIFY2(item->toolTip(0).contains(QStringLiteral("Not an API Management backup")),
                qPrintable(item->toolTip(0)));
            QVERIFY(!list.selectByName(item->text(0)));
        }
    }
    QCOMPARE(refused, 2);
    QVERIFY(list.selected());
    QCOMPARE(list.selected()->name, QStringLiteral("before-upgrade"));
}

QTEST_MAIN(TestUiBrowse)
#include "tst_uibrowse.moc"
