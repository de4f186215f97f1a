// Settings → Network: the trusted certificates dialog imports a PEM file (listing subject,
// issuer, expiry and fingerprint), refuses a file without certificates, and removes one
// after asking; the NetworkSettingsWidget saves the proxy without its password, keeps the
// password in the secret store and refuses a URL with a password in it.
#include "FakeDialogProvider.h"

#include "net/NetworkSetup.h"
#include "net/ProxyConfig.h"
#include "net/TrustedCertificateStore.h"
#include "net/TrustedCertificates.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "ui/dialogs/TrustedCertificatesDialog.h"
#include "ui/widgets/NetworkSettingsWidget.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSslConfiguration>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim;
using namespace Apim::Test;

class TestUiNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_certs;

    QString caFile() const { return m_certs.filePath(QStringLiteral("ca.pem")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_certs.isValid());
        QProcess make;
        make.setProcessChannelMode(QProcess::MergedChannels);
        make.start(QStringLiteral(APIM_MAKE_TEST_CA), { m_certs.path() });
        QVERIFY(make.waitForFinished(60000));
        QVERIFY2(make.exitCode() == 0, make.readAll().constData());
    }

    void trustedCertificates_importListRemove()
    {
        QTemporaryDir store;
        FakeDialogProvider dialogs;
        Ui::TrustedCertificatesDialog dialog(Core::TrustedCertificateStore(store.path()), &dialogs);
        dialog.show();
        QSignalSpy changed(&dialog, &Ui::TrustedCertificatesDialog::changed);
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("trustedCertificatesTableWidget"));
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importCertificateButton"));
        auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeCertificateButton"));
        QVERIFY(table && import && remove);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!remove->isEnabled());

        // A file with no certificate: an error in words, nothing listed.
        dialogs.setNextOpenFileName(QStringLiteral(APIM_MAKE_TEST_CA));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY2(dialogs.errors.first().contains(QStringLiteral("no certificate")), qPrintable(dialogs.errors.first()));
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(changed.count(), 0);

        dialogs.setNextOpenFileName(caFile());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(table->rowCount(), 1);
        QString problem;
        const QSslCertificate ca = Core::TrustedCertificates::fromFile(caFile(), &problem).value(0);
        QVERIFY(!ca.isNull());
        QVERIFY(table->item(0, 0)->text().contains(QStringLiteral("CN=APIM Backup Test CA")));
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("CN=APIM Backup Test CA"))); // self-signed
        QVERIFY(!table->item(0, 2)->text().isEmpty());
        QCOMPARE(table->item(0, 3)->text(), Core::TrustedCertificates::fingerprint(ca));
        QCOMPARE(Core::TrustedCertificateStore(store.path()).certificates(), QList<QSslCertificate> { ca });
        // Only the certificate is kept: no key, and nothing else.
        const QStringList files = QDir(store.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile saved(QDir(store.path()).filePath(files.first()));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("PRIVATE KEY"));

        // The same file again adds nothing.
        QVERIFY(dialog.importFile(caFile()));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(changed.count(), 1);

        // Remove: asked first; "no" keeps it.
        table->selectRow(0);
        QVERIFY(remove->isEnabled());
        dialogs.setNextConfirm(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(dialogs.questions.size(), 1);
        dialogs.setNextConfirm(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(changed.count(), 2);
        QVERIFY(Core::TrustedCertificateStore(store.path()).certificates().isEmpty());
    }

    void networkSettings_savesProxyWithoutPassword()
    {
        QTemporaryDir home;
        Core::Settings settings(home.filePath(QStringLiteral("settings.ini")));
        Core::MemorySecretStore secrets;
        Core::NetworkSetup network(QProcessEnvironment {});
        FakeDialogProvider dialogs;
        Ui::NetworkSettingsWidget::Parts parts;
        parts.network = &network;
        parts.secrets = &secrets;
        parts.settings = &settings;
        parts.dialogs = &dialogs;
        parts.trustedCertificatesDir = home.filePath(QStringLiteral("trusted"));
        parts.probeUrl = QUrl(QStringLiteral("https://management.azure.com/"));
        Ui::NetworkSettingsWidget widget(parts);
        widget.show();
        auto *mode = widget.findChild<QComboBox *>(QStringLiteral("proxyModeComboBox"));
        auto *url = widget.findChild<QLineEdit *>(QStringLiteral("proxyUrlLineEdit"));
        auto *user = widget.findChild<QLineEdit *>(QStringLiteral("proxyUserLineEdit"));
        auto *password = widget.findChild<QLineEdit *>(QStringLiteral("proxyPasswordLineEdit"));
        QVERIFY(mode && url && user && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(mode->currentData().toString(), QStringLiteral("system"));
        QVERIFY(!url->isEnabled());

        mode->setCurrentIndex(mode->findData(QStringLiteral("manual")));
        QVERIFY(url->isEnabled());
        url->setText(QStringLiteral("http://carol:hunter2@proxy.corp:3128"));
        QVERIFY(widget.problem().contains(QStringLiteral("keychain")));
        url->setText(QStringLiteral("http://proxy.corp:3128"));
        password->setText(QStringLiteral("proxy-pw-55"));
        QVERIFY(widget.problem().contains(QStringLiteral("user name")));
        user->setText(QStringLiteral("carol"));
        QVERIFY(widget.problem().isEmpty());
        widget.apply();
        QVERIFY(password->text().isEmpty());

        const Core::ProxyConfig saved = Core::ProxyConfig::load(settings);
        QCOMPARE(saved.mode, Core::ProxyConfig::Mode::Manual);
        QCOMPARE(saved.url.host(), QStringLiteral("proxy.corp"));
        QCOMPARE(saved.user, QStringLiteral("carol"));
        settings.sync();
        QFile file(home.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("proxy-pw-55"));

        QCOMPARE(network.proxyFor(parts.probeUrl).hostName(), QStringLiteral("proxy.corp"));
        QVERIFY(network.hasProxyPassword());
        QCOMPARE(network.passwordKeyFor(parts.probeUrl).toString(),
            Core::ProxyConfig::passwordKey(QStringLiteral("carol"), QStringLiteral("proxy.corp"), 3128).toString());
        QString stored;
        bool read = false;
        secrets.read(Core::ProxyConfig::passwordKey(QStringLiteral("carol"), QStringLiteral("proxy.corp"), 3128), this,
            [&](const QString &value, const Core::SecretError &) {
                stored = value;
                read = true;
            });
        QTRY_VERIFY(read);
        QCOMPARE(stored, QStringLiteral("proxy-pw-55"));
    }
};

QTEST_MAIN(TestUiNetwork)
#include "tst_uinetwork.moc"
