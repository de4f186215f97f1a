// Where a backup goes, through the real window against a private azure-sim (the demo
// estate): a storage account in another subscription of the tenant (a central backup
// account) is picked in the dialog, carried into the request and the remembered default,
// and used by "Back up now"; a pasted access key is saved through the StorageKeyStore and
// used for an account whose listKeys is denied, then forgotten.
#include "UiHarness.h"

#include "SimProcess.h"
#include "TestEnvironment.h"
#include "engine/Engine.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTest>

using namespace Apim;

namespace {
// tests/simulator/seeds/demo.json
const QString kProdSubscription = QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201");
const QString kStagingSubscription = QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7");
const QString kCentralAccount = QStringLiteral("contosobackups"); // in Contoso Production
const QString kDeniedAccount = QStringLiteral("contosodrbackups"); // listKeys refused
const QString kContainer = QStringLiteral("apim-backups");

int indexOfData(QComboBox *combo, const QString &data)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(data, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

class TestUiStorageTarget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backup_accountInAnotherSubscription_isCarriedAndRemembered();
    void pastedKey_listKeysDenied_isSavedUsedAndForgotten();
    void listKeysDenied_saysSoAndBlocksUntilAWayToTheStorageIsChosen();

private:
    bool chooseStorage(Ui::StorageTargetWidget *target, const QString &account);
    int listKeysCalls(const QString &account);
    QString azuriteKey(const QString &account);

    Test::SimProcess m_sim;
    std::unique_ptr<Test::UiHarness> m_ui;
};

void TestUiStorageTarget::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
}

void TestUiStorageTarget::init()
{
    m_ui = std::make_unique<Test::UiHarness>(m_sim.url(), m_sim.cloudFile());
    QVERIFY2(m_ui->isValid(), qPrintable(m_ui->error()));
    QVERIFY(m_ui->useShortOperations());
    m_ui->launch(false);
    QVERIFY(m_ui->signIn());
}

void TestUiStorageTarget::cleanup()
{
    m_ui.reset();
}

bool TestUiStorageTarget::chooseStorage(Ui::StorageTargetWidget *target, const QString &account)
{
    QComboBox *accounts = target->accountCombo();
    if (!QTest::qWaitFor([&] { return accounts->findText(account) >= 0; }, 10000))
        return false;
    accounts->setCurrentIndex(accounts->findText(account));
    QComboBox *containers = target->containerCombo();
    if (!QTest::qWaitFor([containers] { return containers->findText(kContainer) >= 0; }, 10000))
        return false;
    containers->setCurrentIndex(containers->findText(kContainer));
    return true;
}

int TestUiStorageTarget::listKeysCalls(const QString &account)
{
    const QJsonArray requests = QJsonDocument::fromJson(m_ui->simGet(QStringLiteral("/_sim/requests"))).array();
    int count = 0;
    for (const QJsonValue &request : requests) {
        const QString path = request.toObject().value(QLatin1String("path")).toString();
        if (path.contains(
                QLatin1String("/storageAccounts/") + account + QLatin1String("/listKeys"), Qt::CaseInsensitive))
            ++count;
    }
    return count;
}

QString TestUiStorageTarget::azuriteKey(const QString &account)
{
    // The keys the simulator gives Azurite: what a user would copy from the portal.
    QProcess sim;
    sim.start(Test::TestEnvironment::simBinary(), { QStringLiteral("--print-azurite-accounts") });
    if (!sim.waitForFinished(10000))
        return {};
    const QStringList accounts = QString::fromUtf8(sim.readAllStandardOutput()).trimmed().split(QLatin1Char(';'));
    for (const QString &entry : accounts) {
        if (entry.startsWith(account + QLatin1Char(':')))
            return entry.mid(account.size() + 1);
    }
    return {};
}

void TestUiStorageTarget::backup_accountInAnotherSubscription_isCarriedAndRemembered()
{
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-staging-apim"));
    QVERIFY(dialog);
    Ui::StorageTargetWidget *target = dialog->storageTarget();
    QComboBox *subscriptions = target->subscriptionCombo();
    QCOMPARE(subscriptions->objectName(), QStringLiteral("storageSubscriptionComboBox"));
    // The service's own subscription comes first and is chosen; the tenant's others follow
    // (Fabrikam's subscription is another tenant: not offered).
    QCOMPARE(subscriptions->itemData(0).toString().toLower(), kStagingSubscription);
    QVERIFY(subscriptions->itemText(0).contains(QStringLiteral("Contoso Staging")));
    QCOMPARE(subscriptions->currentIndex(), 0);
    QCOMPARE(subscriptions->count(), 3);
    QVERIFY(subscriptions->isEnabled());
    QVERIFY(indexOfData(subscriptions, kProdSubscription) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(target->accountCombo()->findText(QStringLiteral("devbackupstore")) >= 0, 10000);
    QCOMPARE(target->accountCombo()->findText(kCentralAccount), -1); // not in this subscription

    // The central account lives in Contoso Production.
    subscriptions->setCurrentIndex(indexOfData(subscriptions, kProdSubscription));
    QVERIFY(chooseStorage(target, kCentralAccount));
    QCOMPARE(target->subscriptionId().toLower(), kProdSubscription);
    QCOMPARE(dialog->request().storageSubscriptionId.toLower(), kProdSubscription);
    QCOMPARE(dialog->request().storageAccount, kCentralAccount);

    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"));
    const QString blobName = QStringLiteral("ui-central-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch());
    name->setText(blobName);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10000);
    QVERIFY(!dialog->findings()->hasBlocking());
    // Nothing found: the dialog says the checks ran and passed.
    const bool nothingFound = dialog->findings()->findings().isEmpty();
    QCOMPARE(dialog->findings()->hasPassed(), nothingFound);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("preflightPassedLabel"))->isVisible(), nothingFound);
    dialog->startButton()->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(m_ui->waitLatestFinished());
    QCOMPARE(int(m_ui->latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
    QCOMPARE(m_ui->latestOperation()->storageAccount, kCentralAccount);

    // Remembered for the service's subscription, with the subscription the account is in.
    Ui::UiSettings settings(m_ui->settings());
    QCOMPARE(settings.defaultStorageAccount(kStagingSubscription), kCentralAccount);
    QCOMPARE(settings.defaultContainer(kStagingSubscription), kContainer);
    QCOMPARE(settings.defaultStorageSubscription(kStagingSubscription), kProdSubscription);

    // "Back up now" goes to the remembered account in the other subscription.
    m_ui->dialogs().setNextConfirm(true);
    auto *button = m_ui->window()->findChild<QPushButton *>(QStringLiteral("detailsBackupButton"));
    QTRY_VERIFY(button->isEnabled());
    button->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_ui->window()->operationsModel()->rowCount(), 2, 10000);
    QVERIFY2(m_ui->dialogs().questions.last().contains(kCentralAccount + QLatin1Char('/') + kContainer),
        qPrintable(m_ui->dialogs().questions.last()));
    QVERIFY(!m_ui->app()->operations()->backupDialog()); // no blocking finding sent it to the dialog
    QVERIFY(m_ui->waitLatestFinished());
    QVERIFY2(m_ui->latestOperation()->status == Ui::OperationView::Status::Succeeded,
        qPrintable(m_ui->latestOperation()->errorText));
    QCOMPARE(m_ui->latestOperation()->storageAccount, kCentralAccount);

    // The dialog opens on the remembered subscription and account.
    dialog = m_ui->openBackupDialog(QStringLiteral("contoso-staging-apim"));
    QVERIFY(dialog);
    QCOMPARE(dialog->storageTarget()->subscriptionId().toLower(), kProdSubscription);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->storageTarget()->accountName(), kCentralAccount, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->storageTarget()->container(), kContainer, 10000);
    dialog->close();
}

void TestUiStorageTarget::pastedKey_listKeysDenied_isSavedUsedAndForgotten()
{
    const QString key = azuriteKey(kDeniedAccount);
    QVERIFY2(!key.isEmpty(), "azure-sim --print-azurite-accounts did not list the DR account");
    Core::StorageKeyStore *keys = m_ui->app()->services()->storageKeys();
    const Core::SecretKey secretKey
        = Core::SecretKey::storageKey(m_ui->app()->services()->cloud().name(), kDeniedAccount);

    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-prod-apim-kr"));
    QVERIFY(dialog);
    Ui::StorageTargetWidget *target = dialog->storageTarget();
    QVERIFY(chooseStorage(target, kDeniedAccount));
    QPushButton *paste = target->pasteKeyButton();
    QPushButton *forget = target->forgetKeyButton();
    QVERIFY(paste->isVisible());
    QVERIFY(paste->isEnabled());
    QVERIFY(!forget->isVisible());
    QVERIFY(!target->hasPastedKey());

    // Something that is not a key: refused in words, nothing saved.
    m_ui->dialogs().setNextSecretInput(QStringLiteral("not a key!"));
    paste->click();
    QTRY_VERIFY(target->problem().contains(QStringLiteral("88 characters")));
    QCOMPARE(m_ui->dialogs().secretPrompts.size(), 1);
    QVERIFY(m_ui->dialogs().secretPrompts.first().contains(kDeniedAccount));
    QVERIFY(!m_ui->keychain()->contains(secretKey));

    // A locked keychain: said so, nothing saved, the dialog still usable.
    m_ui->keychain()->setFailure({ Core::SecretError::Kind::Locked, QStringLiteral("The keychain is locked.") });
    m_ui->dialogs().setNextSecretInput(key);
    paste->click();
    QTRY_VERIFY(target->problem().contains(QStringLiteral("was not saved")));
    QVERIFY(target->problem().contains(QStringLiteral("locked")));
    QVERIFY(!target->hasPastedKey());
    // The user unlocks it and retries the keychain (the secrets button in the status bar).
    m_ui->keychain()->setFailure({});
    m_ui->secrets()->retryKeychain();
    QTRY_COMPARE(int(m_ui->secrets()->mode()), int(Core::SecretsManager::Mode::Keychain));

    // The real key: saved in the keychain under the cloud and account.
    m_ui->dialogs().setNextSecretInput(key);
    paste->click();
    QTRY_VERIFY(forget->isVisible());
    QVERIFY(target->hasPastedKey());
    QVERIFY(keys->savedAccounts().contains(kDeniedAccount));
    QVERIFY(m_ui->keychain()->contains(secretKey));
    QVERIFY(m_ui->keychain()->values().contains(key));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pastedKeyLabel"))->isVisible());

    // The backup uses it: Azurite accepts the blob written with it, and ARM's listKeys
    // (refused for this account) is never asked.
    QVERIFY(m_ui->simControl("DELETE", QStringLiteral("/_sim/requests")));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"));
    name->setText(QStringLiteral("ui-pasted-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 10000);
    QCOMPARE(int(dialog->request().accessType), int(Core::AccessType::AccessKey));
    dialog->startButton()->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(m_ui->waitLatestFinished());
    QVERIFY2(m_ui->latestOperation()->status == Ui::OperationView::Status::Succeeded,
        qPrintable(m_ui->latestOperation()->errorText));
    QCOMPARE(m_ui->latestOperation()->storageAccount, kDeniedAccount);
    QCOMPARE(listKeysCalls(kDeniedAccount), 0);

    // Forgotten: gone from the keychain and the index; the next backup would ask listKeys again.
    dialog = m_ui->openBackupDialog(QStringLiteral("contoso-prod-apim-kr"));
    QVERIFY(dialog);
    target = dialog->storageTarget();
    QTRY_COMPARE_WITH_TIMEOUT(target->accountName(), kDeniedAccount, 10000); // remembered
    QVERIFY(target->hasPastedKey());
    QVERIFY(target->forgetKeyButton()->isVisible());
    target->forgetKeyButton()->click();
    QTRY_VERIFY(!target->forgetKeyButton()->isVisible());
    QVERIFY(!target->hasPastedKey());
    QVERIFY(!keys->savedAccounts().contains(kDeniedAccount));
    QVERIFY(!m_ui->keychain()->contains(secretKey));
    QVERIFY(target->pasteKeyButton()->isVisible());
    dialog->close();
}

void TestUiStorageTarget::listKeysDenied_saysSoAndBlocksUntilAWayToTheStorageIsChosen()
{
    QPointer<Ui::BackupDialog> dialog = m_ui->openBackupDialog(QStringLiteral("contoso-prod-apim-kr"));
    QVERIFY(dialog);
    QVERIFY(chooseStorage(dialog->storageTarget(), kDeniedAccount));
    QCOMPARE(int(dialog->request().accessType), int(Core::AccessType::AccessKey));
    Ui::FindingsWidget *findings = dialog->findings();
    const auto refused = [findings] {
        for (const Ui::FindingView &finding : findings->findings()) {
            if (finding.code == QLatin1String("StorageKeyRefused"))
                return finding;
        }
        return Ui::FindingView {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!findings->isChecking() && !refused().code.isEmpty(), 15000);
    const Ui::FindingView finding = refused();
    // What was refused, and the two ways out; not a rotated key, the clock or a firewall.
    QCOMPARE(int(finding.severity), int(Ui::FindingView::Severity::Blocking));
    QVERIFY2(finding.message.contains(QStringLiteral("permission to list keys")), qPrintable(finding.message));
    QVERIFY2(finding.action.contains(QStringLiteral("Use a pasted key")), qPrintable(finding.action));
    QVERIFY2(finding.action.contains(QStringLiteral("managed identity")), qPrintable(finding.action));
    for (const QString &text : findings->texts()) {
        QVERIFY2(
            !text.contains(QStringLiteral("rotated")) && !text.contains(QStringLiteral("clock")), qPrintable(text));
    }
    QVERIFY(!findings->hasPassed());
    QVERIFY(!dialog->startButton()->isEnabled());
    QTest::qWait(500); // and it stays off: nothing else turns it on
    QVERIFY(!dialog->startButton()->isEnabled());

    // The service's managed identity is a way to the storage: the finding goes, Start follows.
    auto *access = dialog->findChild<QComboBox *>(QStringLiteral("accessTypeComboBox"));
    access->setCurrentIndex(access->findData(int(Core::AccessType::SystemAssignedManagedIdentity)));
    QTRY_VERIFY_WITH_TIMEOUT(!findings->isChecking() && dialog->startButton()->isEnabled(), 15000);
    QVERIFY(refused().code.isEmpty());

    // Back to the key: blocked again.
    access->setCurrentIndex(access->findData(int(Core::AccessType::AccessKey)));
    QTRY_VERIFY_WITH_TIMEOUT(!findings->isChecking() && !refused().code.isEmpty(), 15000);
    QVERIFY(!dialog->startButton()->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestUiStorageTarget)
#include "tst_uistoragetarget.moc"
