// The desktop app on an enterprise network, end to end: azure-sim serves HTTPS under a
// throwaway CA (tests/support/make-test-ca.sh) and is named by this machine's host name, so
// its requests go through a real tinyproxy with Basic authentication. The proxy, its user
// and password are given in Settings → Network (the password goes to the keychain) and the
// CA is imported in Settings → Trusted certificates; the app then lists the services and
// runs a backup, and the proxy's log shows the CONNECTs; the password is in no file the app
// wrote. Without the CA the user reads the actionable TLS message; a certificate for another
// host fails even with its CA trusted. Signing in to another cloud, whose endpoints go
// through the proxy when the first cloud's did not, reads that proxy's password first.
#include "FakeDialogProvider.h"
#include "SimProcess.h"
#include "TestCertificates.h"
#include "TinyProxy.h"
#include "UiHarness.h"

#include "net/NetworkSetup.h"
#include "net/ProxyConfig.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/dialogs/SignInDialog.h"
#include "ui/dialogs/TrustedCertificatesDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionController.h"
#include "ui/models/OperationView.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Apim;
using namespace Apim::Test;

namespace {
const QString kProxyUser = QStringLiteral("alice");
const QString kProxyPassword = QStringLiteral("ui-proxy-pw-3307");
} // namespace

class TestUiProxy : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;
    SimProcess m_sim; // https://<this host's name>: through the proxy
    SimProcess m_wrongHost; // https://127.0.0.1, certificate for wrong-host.invalid only
    TinyProxy m_proxy; // with Basic authentication
    TinyProxy m_openProxy; // without
    // Trusted CAs are the process's default TLS configuration: each test starts from this one.
    QSslConfiguration m_defaultTls = QSslConfiguration::defaultConfiguration();

    QString caFile() const { return m_certs.caFile(); }

    // Settings → Network as a user fills it in: a manual proxy with its user and password,
    // and (importCa) the organisation's CA imported in Trusted certificates…
    static bool configureInSettings(UiHarness &ui, const QString &proxyUrl, const QString &caFile)
    {
        ui.window()->settingsAction()->trigger();
        const QPointer<QDialog> settings = ui.dialogs().lastDialog;
        if (!settings || settings->objectName() != QLatin1String("settingsDialog"))
            return false;
        auto *mode = settings->findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"));
        auto *url = settings->findChild<QLineEdit *>(QStringLiteral("proxyUrlLineEdit"));
        auto *user = settings->findChild<QLineEdit *>(QStringLiteral("proxyUserLineEdit"));
        auto *password = settings->findChild<QLineEdit *>(QStringLiteral("proxyPasswordLineEdit"));
        auto *certificates = settings->findChild<QPushButton *>(QStringLiteral("trustedCertificatesButton"));
        auto *ok = settings->findChild<QPushButton *>(QStringLiteral("settingsOkButton"));
        if (!mode || !url || !user || !password || !certificates || !ok)
            return false;
        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        url->setText(proxyUrl);
        user->setText(kProxyUser);
        password->setText(kProxyPassword);

        if (!caFile.isEmpty()) {
            QTest::mouseClick(certificates, Qt::LeftButton);
            QDialog *trusted = ui.dialogs().lastDialog;
            if (!trusted || trusted->objectName() != QLatin1String("trustedCertificatesDialog"))
                return false;
            ui.dialogs().setNextOpenFileName(caFile);
            QTest::mouseClick(
                trusted->findChild<QPushButton *>(QStringLiteral("importCertificateButton")), Qt::LeftButton);
            if (trusted->findChild<QTableWidget *>(QStringLiteral("trustedCertificatesTableWidget"))->rowCount() != 1)
                return false;
            trusted->close();
        }
        QTest::mouseClick(ok, Qt::LeftButton);
        return !settings || !settings->isVisible();
    }

    static QString readSecret(Core::SecretStore *store, const Core::SecretKey &key)
    {
        QObject context; // the answer is dropped if it comes after the wait
        QString value;
        bool read = false;
        store->read(key, &context, [&](const QString &secret, const Core::SecretError &) {
            value = secret;
            read = true;
        });
        return QTest::qWaitFor([&read] { return read; }, 5000) ? value : QString();
    }

    static QString noticeText(const UiHarness &ui)
    {
        auto *notice = ui.window()->findChild<Ui::BannerWidget *>(QStringLiteral("noticeBannerWidget"));
        return notice && notice->isVisible() ? notice->text() : QString();
    }

private slots:
    void cleanup() { QSslConfiguration::setDefaultConfiguration(m_defaultTls); }

    void initTestCase()
    {
        QVERIFY2(m_certs.create(), qPrintable(m_certs.errorString()));
        if (m_certs.hostName().isEmpty())
            QSKIP(qPrintable(TestCertificates::noHostNameReason()));
        const QStringList shortOperations { QStringLiteral("--operation-duration"), QStringLiteral("1200") };
        QVERIFY2(m_sim.start({}, m_certs.simArgumentsByName() + shortOperations), qPrintable(m_sim.errorString()));
        QVERIFY2(m_wrongHost.start({}, m_certs.simArguments(QStringLiteral("wrong-host")) + shortOperations),
            qPrintable(m_wrongHost.errorString()));
        QVERIFY2(m_proxy.start(kProxyUser, kProxyPassword), qPrintable(m_proxy.errorString()));
        QVERIFY2(m_openProxy.start(), qPrintable(m_openProxy.errorString()));
    }

    // The system's proxy configuration (on Linux the environment), a proxy without
    // authentication, the CA imported in Settings; NO_PROXY keeps the host off the proxy.
    void systemProxy_withoutAuthentication_carriesTheTraffic_andNoProxyIsHonoured()
    {
        const QString host = m_sim.url().host();
        const int port = m_sim.url().port();
        for (const bool bypass : { false, true }) {
            QProcessEnvironment environment;
            environment.insert(QStringLiteral("HTTPS_PROXY"), m_openProxy.url());
            if (bypass)
                environment.insert(QStringLiteral("NO_PROXY"), QStringLiteral("example.com,") + host);
            Core::NetworkSetup network(environment);
            UiHarness ui(m_sim.url(), m_sim.cloudFile());
            ui.useNetworkSetup(&network);
            ui.launch(false);
            ui.window()->settingsAction()->trigger();
            QDialog *settings = ui.dialogs().lastDialog;
            QVERIFY(settings);
            QCOMPARE(settings->findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"))->currentData().toString(),
                QStringLiteral("system"));
            QTest::mouseClick(
                settings->findChild<QPushButton *>(QStringLiteral("trustedCertificatesButton")), Qt::LeftButton);
            ui.dialogs().setNextOpenFileName(caFile());
            QTest::mouseClick(
                ui.dialogs().lastDialog->findChild<QPushButton *>(QStringLiteral("importCertificateButton")),
                Qt::LeftButton);
            ui.dialogs().lastDialog->close();
            QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("settingsOkButton")), Qt::LeftButton);

            m_openProxy.clearLog();
            QVERIFY2(ui.signIn(30000), qPrintable(noticeText(ui)));
            QCOMPARE(m_openProxy.connected(host, port), !bypass);
        }
    }

    void throughAnAuthenticatingProxy_withTheImportedCa_listsServicesAndBacksUp()
    {
        Core::NetworkSetup network(QProcessEnvironment {});
        UiHarness ui(m_sim.url(), m_sim.cloudFile());
        QVERIFY2(ui.isValid(), qPrintable(ui.error()));
        ui.useNetworkSetup(&network);
        ui.launch(false);
        QVERIFY(configureInSettings(ui, m_proxy.url(), caFile()));

        // The password is in the keychain, under the proxy and its user; not in the settings.
        QTRY_COMPARE(readSecret(ui.keychain(),
                         Core::ProxyConfig::passwordKey(kProxyUser, QStringLiteral("127.0.0.1"), m_proxy.port())),
            kProxyPassword);
        ui.settings()->sync();
        QFile settings(QDir(ui.home()).filePath(QStringLiteral("apim-backup.ini")));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(kProxyPassword.toUtf8()));

        QVERIFY2(ui.signIn(30000), qPrintable(noticeText(ui)));
        QVERIFY(!ui.serviceId(QStringLiteral("contoso-partners-apim")).isEmpty());
        QVERIFY2(m_proxy.connected(m_sim.url().host(), m_sim.url().port()), qPrintable(m_proxy.log()));

        // A backup: its ARM requests through the proxy (the Blob ones go to Azurite on
        // loopback, which is never sent to a proxy). Qt would carry them in the tunnels the
        // listing left open, which the proxy logged before: closed first, so that the
        // backup's requests open their own and the log shows them.
        ui.network()->clearConnectionCache();
        m_proxy.clearLog();
        QPointer<Ui::BackupDialog> dialog = ui.openBackupDialog(QStringLiteral("contoso-partners-apim"));
        QVERIFY(dialog);
        Ui::StorageTargetWidget *target = dialog->storageTarget();
        QTRY_VERIFY_WITH_TIMEOUT(target->accountCombo()->findText(QStringLiteral("contosobackups")) >= 0, 15000);
        target->accountCombo()->setCurrentIndex(target->accountCombo()->findText(QStringLiteral("contosobackups")));
        QTRY_VERIFY_WITH_TIMEOUT(target->containerCombo()->findText(QStringLiteral("apim-backups")) >= 0, 15000);
        target->containerCombo()->setCurrentIndex(target->containerCombo()->findText(QStringLiteral("apim-backups")));
        // Azurite outlives the simulator between runs: a fresh name every time.
        dialog->findChild<QLineEdit *>(QStringLiteral("backupNameLineEdit"))
            ->setText(QStringLiteral("ui-proxy-%1.apimbackup").arg(QDateTime::currentMSecsSinceEpoch()));
        auto *access = dialog->findChild<QComboBox *>(QStringLiteral("accessTypeComboBox"));
        access->setCurrentIndex(access->findData(int(Core::AccessType::AccessKey)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->startButton()->isEnabled(), 15000);
        QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        QVERIFY(ui.waitLatestFinished(60000));
        QCOMPARE(int(ui.latestOperation()->status), int(Ui::OperationView::Status::Succeeded));
        QVERIFY2(m_proxy.connected(m_sim.url().host(), m_sim.url().port()), qPrintable(m_proxy.log()));

        // The password went to the keychain only: no file the app wrote (settings, journal,
        // logs) holds it, plain or URL-encoded, nor the Basic credentials built from it.
        ui.settings()->sync();
        const QByteArray basic = (kProxyUser + QLatin1Char(':') + kProxyPassword).toUtf8().toBase64();
        int files = 0;
        QDirIterator it(ui.home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray text = file.readAll();
            ++files;
            QVERIFY2(!text.contains(kProxyPassword.toUtf8()) && !text.contains(QUrl::toPercentEncoding(kProxyPassword))
                    && !text.contains(basic),
                qPrintable(QStringLiteral("the proxy password is in ") + file.fileName()));
        }
        QVERIFY2(files >= 2, qPrintable(QString::number(files))); // the settings and the journal, at least
    }

    void withoutTheCa_theUserReadsTheActionableTlsMessage()
    {
        Core::NetworkSetup network(QProcessEnvironment {});
        UiHarness ui(m_sim.url(), m_sim.cloudFile());
        ui.useNetworkSetup(&network);
        ui.launch(false);
        QVERIFY(configureInSettings(ui, m_proxy.url(), {}));
        QVERIFY(!ui.signIn(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!noticeText(ui).isEmpty(), 10000);
        const QString text = noticeText(ui);
        QVERIFY2(text.contains(QStringLiteral("CA is not trusted")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Settings → Trusted certificates")), qPrintable(text));
        QVERIFY2(text.contains(m_sim.url().host()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("CN=APIM Backup Test CA")), qPrintable(text));
        // It went as far as the server, through the proxy: the proxy let it in.
        QVERIFY2(m_proxy.connected(m_sim.url().host(), m_sim.url().port()), qPrintable(m_proxy.log()));
    }

    // The app starts in a cloud on loopback, which never takes the proxy, so no password is
    // read then; the user signs in to a cloud named by this host's name, which takes the
    // authenticating proxy: its password, in the keychain from an earlier run, is read
    // before the sign-in's first request.
    void switchingCloud_readsTheNewCloudsProxyPassword_beforeSigningIn()
    {
        Core::NetworkSetup network(QProcessEnvironment {});
        UiHarness ui(m_wrongHost.url(), m_wrongHost.cloudFile());
        QVERIFY2(ui.isValid(), qPrintable(ui.error()));
        ui.useNetworkSetup(&network);
        network.setExtraCaCertificates(QSslCertificate::fromPath(caFile()));
        Core::ProxyConfig proxy;
        proxy.mode = Core::ProxyConfig::Mode::Manual;
        proxy.url = Core::ProxyConfig::parseUrl(m_proxy.url());
        proxy.user = kProxyUser;
        network.setProxyConfig(proxy);
        bool written = false;
        QObject context;
        ui.secrets()->write(Core::ProxyConfig::passwordKey(kProxyUser, QStringLiteral("127.0.0.1"), m_proxy.port()),
            kProxyPassword, &context, [&written](const Core::SecretError &error) { written = !error.isError(); });
        QTRY_VERIFY(written);
        QVERIFY(network.proxyFor(m_wrongHost.url()).type() == QNetworkProxy::NoProxy);
        QVERIFY(network.proxyFor(m_sim.url()).type() != QNetworkProxy::NoProxy);
        ui.launch(false);
        QVERIFY(!network.hasProxyPassword());

        Ui::SessionController *session = ui.app()->session();
        session->openSignInDialog();
        QPointer<Ui::SignInDialog> dialog = session->signInDialog();
        QVERIFY(dialog);
        auto *cloud = dialog->findChild<QComboBox *>(QStringLiteral("cloudComboBox"));
        cloud->setCurrentIndex(cloud->count() - 1);
        dialog->findChild<QLineEdit *>(QStringLiteral("cloudFileLineEdit"))->setText(m_sim.cloudFile());
        auto *method = dialog->findChild<QComboBox *>(QStringLiteral("signInMethodComboBox"));
        method->setCurrentIndex(method->findData(int(Core::SignInMethod::ServicePrincipal)));
        dialog->findChild<QLineEdit *>(QStringLiteral("tenantLineEdit"))->setText(UiHarness::kTenant);
        dialog->findChild<QLineEdit *>(QStringLiteral("clientIdLineEdit"))->setText(UiHarness::kClientId);
        dialog->findChild<QLineEdit *>(QStringLiteral("clientSecretLineEdit"))->setText(UiHarness::kSecret);
        auto *signIn = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
        QVERIFY2(signIn->isEnabled(), qPrintable(dialog->problem()));
        m_proxy.clearLog();
        QTest::mouseClick(signIn, Qt::LeftButton);

        QVERIFY2(ui.waitForServicesListed(30000),
            qPrintable(noticeText(ui) + QLatin1Char(' ') + (dialog ? dialog->problem() : QString())));
        QCOMPARE(ui.app()->services()->cloud().resourceManager().host(), m_sim.url().host());
        QVERIFY(network.hasProxyPassword());
        QVERIFY(!ui.serviceId(QStringLiteral("contoso-partners-apim")).isEmpty());
        QVERIFY2(m_proxy.connected(m_sim.url().host(), m_sim.url().port()), qPrintable(m_proxy.log()));
    }

    void certificateForAnotherHost_failsNamingTheHost_evenWithItsCaTrusted()
    {
        Core::NetworkSetup network(QProcessEnvironment {});
        UiHarness ui(m_wrongHost.url(), m_wrongHost.cloudFile());
        ui.useNetworkSetup(&network);
        ui.launch(false);
        QVERIFY(configureInSettings(ui, m_proxy.url(), caFile())); // loopback: the proxy is not used
        QVERIFY(!ui.signIn(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!noticeText(ui).isEmpty(), 10000);
        const QString text = noticeText(ui);
        QVERIFY2(text.contains(QStringLiteral("another host name")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("wrong-host.invalid")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("presented for 127.0.0.1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("CA is not trusted")), qPrintable(text));
    }
};

QTEST_MAIN(TestUiProxy)
#include "tst_uiproxy.moc"
