// What keeps the first frame of the main window cheap, without changing what the user
// gets: the services start once the window has painted (or after a fallback when it never
// does, and only once), SVG icons are drawn on demand and look right at any size and in
// the disabled state, hidden banners draw their icon when shown, and the details page and
// the history table are made when first needed. The CA files, read after the first frame,
// are read on a worker, each certificate once, and handed over on the GUI thread.
#include "FakeDialogProvider.h"
#include "RecordingNotifier.h"

#include "cloud/CloudEnvironment.h"
#include "net/TrustedCertificateStore.h"
#include "net/TrustedCertificates.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsManager.h"
#include "settings/Settings.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/CaCertificateLoader.h"
#include "ui/support/DeferredIconStyle.h"
#include "ui/support/Icons.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/HistoryWidget.h"
#include "ui/widgets/ServiceDetailsPane.h"
#include "util/Clock.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Apim;

namespace {
// Any pixel that is not fully transparent: the icon was drawn.
bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}
} // namespace

class TestUiStartup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void startAfterFirstPaint_waitsForTheFirstFrame();
    void startAfterFirstPaint_windowNeverPainted_startsAfterTheFallback();
    void startAfterFirstPaint_paintedAndFallback_startsOnce();
    void startAfterFirstPaint_alreadyPainted_startsAtOnce();
    void icons_drawnOnDemand_atAnySizeAndDisabled();
    void deferredIconStyle_standardIcons_sameAsTheBaseStyle();
    void banner_hiddenAtFirst_drawsItsIconWhenShown();
    void detailsPane_pageMadeForTheFirstService();
    void history_madeWhenItFirstShows();
    void caLoader_environmentAndSaved_eachCertificateOnce_onTheGuiThread();
    void caLoader_fileWithoutCertificates_saysWhichVariable();

private:
    std::unique_ptr<Ui::AppController> makeApp();

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::MemorySecretStore> m_keychain;
    std::unique_ptr<Core::SecretsManager> m_secrets;
    QNetworkAccessManager m_network;
    Core::SystemClock m_clock;
    Test::FakeDialogProvider m_dialogs;
    Test::RecordingNotifier m_notifier;
    Test::RecordingUrlOpener m_urlOpener;
};

void TestUiStartup::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QDir(m_home->path()).mkpath(QStringLiteral("data"));
    m_settings = std::make_unique<Core::Settings>(QDir(m_home->path()).filePath(QStringLiteral("apim-backup.ini")));
    m_keychain = std::make_unique<Core::MemorySecretStore>();
    m_secrets = std::make_unique<Core::SecretsManager>(m_keychain.get());
}

void TestUiStartup::cleanup()
{
    m_secrets.reset();
    m_keychain.reset();
    m_settings.reset();
    m_home.reset();
}

std::unique_ptr<Ui::AppController> TestUiStartup::makeApp()
{
    Ui::UiContext context;
    context.settings = m_settings.get();
    context.dialogs = &m_dialogs;
    context.notifier = &m_notifier;
    context.urlOpener = &m_urlOpener;
    context.clock = &m_clock;
    Core::Engine::Parts shared;
    shared.network = &m_network;
    shared.clock = &m_clock;
    shared.settings = m_settings.get();
    shared.secrets = m_secrets.get();
    shared.urlOpener = &m_urlOpener;
    shared.dataDir = QDir(m_home->path()).filePath(QStringLiteral("data"));
    auto app = std::make_unique<Ui::AppController>(context, shared);
    app->window()->resize(1000, 700);
    return app;
}

void TestUiStartup::startAfterFirstPaint_waitsForTheFirstFrame()
{
    auto app = makeApp();
    int thenCalls = 0;
    app->startAfterFirstPaint(
        Core::CloudEnvironment::azureCloud(), false, [&] { ++thenCalls; }, 60000);
    QCoreApplication::processEvents();
    QVERIFY(!app->services()); // nothing before the window is on screen
    QCOMPARE(m_secrets->mode(), Core::SecretsManager::Mode::Unchecked);
    QCOMPARE(thenCalls, 0);

    QSignalSpy painted(app->window(), &Ui::MainWindow::firstPainted);
    app->window()->show();
    QVERIFY(painted.wait(10000));
    QVERIFY(app->window()->isFirstFramePainted());
    QVERIFY(app->services());
    QCOMPARE(thenCalls, 1);
    // Started for real: the keychain probe ran (the in-memory keychain passes it).
    QTRY_COMPARE(m_secrets->mode(), Core::SecretsManager::Mode::Keychain);
}

void TestUiStartup::startAfterFirstPaint_windowNeverPainted_startsAfterTheFallback()
{
    auto app = makeApp();
    int thenCalls = 0;
    app->startAfterFirstPaint(
        Core::CloudEnvironment::azureCloud(), false, [&] { ++thenCalls; }, 50);
    QVERIFY(!app->services());
    QTRY_VERIFY(app->services());
    QCOMPARE(thenCalls, 1);
    QVERIFY(!app->window()->isFirstFramePainted());
    QTRY_COMPARE(m_secrets->mode(), Core::SecretsManager::Mode::Keychain);
}

void TestUiStartup::startAfterFirstPaint_paintedAndFallback_startsOnce()
{
    auto app = makeApp();
    int thenCalls = 0;
    app->startAfterFirstPaint(
        Core::CloudEnvironment::azureCloud(), false, [&] { ++thenCalls; }, 300);
    app->window()->show();
    QTRY_VERIFY(app->services());
    Core::Engine *first = app->services();
    // Past the fallback: it must not start a second time (new services, a second sign-in).
    QTest::qWait(500);
    QCOMPARE(thenCalls, 1);
    QCOMPARE(app->services(), first);
}

void TestUiStartup::startAfterFirstPaint_alreadyPainted_startsAtOnce()
{
    auto app = makeApp();
    QSignalSpy painted(app->window(), &Ui::MainWindow::firstPainted);
    app->window()->show();
    QVERIFY(painted.wait(10000));
    int thenCalls = 0;
    app->startAfterFirstPaint(
        Core::CloudEnvironment::azureCloud(), false, [&] { ++thenCalls; }, 60000);
    QVERIFY(app->services());
    QCOMPARE(thenCalls, 1);
}

void TestUiStartup::icons_drawnOnDemand_atAnySizeAndDisabled()
{
    const QList<QIcon> icons = { Ui::Icons::app(), Ui::Icons::backup(), Ui::Icons::restore(), Ui::Icons::refresh(),
        Ui::Icons::warning(), Ui::Icons::error(), Ui::Icons::success(), Ui::Icons::running(), Ui::Icons::info(),
        Ui::Icons::service(), Ui::Icons::subscription(), Ui::Icons::tenant(), Ui::Icons::account(),
        Ui::Icons::keychain(), Ui::Icons::sessionOnly(), Ui::Icons::settings(), Ui::Icons::history(), Ui::Icons::copy(),
        Ui::Icons::portal(), Ui::Icons::signOut() };
    for (const QIcon &icon : icons) {
        QVERIFY(!icon.isNull());
        QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(32, 32));
        for (int side : { 16, 24, 48 }) {
            const QPixmap pixmap = icon.pixmap(QSize(side, side), 1.0);
            QCOMPARE(pixmap.size(), QSize(side, side));
            QVERIFY(hasInk(pixmap.toImage()));
        }
        // Sharp at a device pixel ratio of 2: twice the pixels, not a scaled-up 16.
        const QPixmap hiDpi = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(hiDpi.size(), QSize(32, 32));
        QCOMPARE(hiDpi.devicePixelRatio(), 2.0);
        // Disabled comes from the style (greyed), as for any icon.
        const QImage normal = icon.pixmap(QSize(24, 24), 1.0, QIcon::Normal).toImage();
        const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
        QVERIFY(hasInk(disabled));
        QVERIFY(normal != disabled);
    }
    QVERIFY(Ui::Icons::named(QStringLiteral("no-such-icon")).isNull());
    // The same icon object for every caller: one parse, one pixmap per size.
    QCOMPARE(Ui::Icons::backup().cacheKey(), Ui::Icons::backup().cacheKey());
}

void TestUiStartup::deferredIconStyle_standardIcons_sameAsTheBaseStyle()
{
    std::unique_ptr<QStyle> base(QStyleFactory::create(QStringLiteral("fusion")));
    QVERIFY(base);
    Ui::DeferredIconStyle style(QStyleFactory::create(QStringLiteral("fusion")));
    QStyleOption rightToLeft;
    rightToLeft.direction = Qt::RightToLeft;
    const QList<QStyle::StandardPixmap> icons = { QStyle::SP_ToolBarHorizontalExtensionButton,
        QStyle::SP_ToolBarVerticalExtensionButton, QStyle::SP_LineEditClearButton, QStyle::SP_MessageBoxWarning,
        QStyle::SP_DockWidgetCloseButton, QStyle::SP_DialogOkButton };
    for (QStyle::StandardPixmap which : icons) {
        for (const QStyleOption *option :
            { static_cast<const QStyleOption *>(nullptr), static_cast<const QStyleOption *>(&rightToLeft) }) {
            const QIcon deferred = style.standardIcon(which, option);
            const QIcon real = base->standardIcon(which, option);
            QCOMPARE(deferred.isNull(), real.isNull());
            for (int side : { 8, 16, 32 }) {
                QCOMPARE(deferred.actualSize(QSize(side, side)), real.actualSize(QSize(side, side)));
                QCOMPARE(
                    deferred.pixmap(QSize(side, side), 1.0).toImage(), real.pixmap(QSize(side, side), 1.0).toImage());
            }
            QCOMPARE(deferred.pixmap(QSize(16, 16), 2.0).toImage(), real.pixmap(QSize(16, 16), 2.0).toImage());
            QCOMPARE(deferred.pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage(),
                real.pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage());
        }
    }
    QVERIFY(Ui::DeferredIconStyle::isDeferred(QStyle::SP_LineEditClearButton));
    QVERIFY(!Ui::DeferredIconStyle::isDeferred(QStyle::SP_MessageBoxWarning));
}

void TestUiStartup::banner_hiddenAtFirst_drawsItsIconWhenShown()
{
    QWidget parent;
    auto *banner = new Ui::BannerWidget(&parent);
    banner->setKind(Ui::BannerWidget::Kind::Error);
    banner->setText(QStringLiteral("Something went wrong"));
    banner->hide();
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    auto *icon = banner->findChild<QLabel *>(QStringLiteral("bannerIconLabel"));
    QVERIFY(icon);

    const int side = banner->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, banner);
    const auto expected
        = [&](const QIcon &source) { return source.pixmap(QSize(side, side), banner->devicePixelRatioF()).toImage(); };
    banner->show();
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(icon->pixmap().toImage(), expected(Ui::Icons::error()));
    // A visible banner follows its kind at once.
    banner->setKind(Ui::BannerWidget::Kind::Success);
    QCOMPARE(icon->pixmap().toImage(), expected(Ui::Icons::success()));
    // Changed while hidden: right again when shown.
    banner->hide();
    banner->setKind(Ui::BannerWidget::Kind::Warning);
    banner->show();
    QCOMPARE(icon->pixmap().toImage(), expected(Ui::Icons::warning()));
}

void TestUiStartup::detailsPane_pageMadeForTheFirstService()
{
    Ui::ServiceDetailsPane pane;
    pane.showPlaceholder(QString());
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("detailsPlaceholderLabel")));
    QVERIFY(!pane.findChild<QLabel *>(QStringLiteral("serviceNameLabel"))); // not yet

    Ui::ServiceDetailsView view;
    view.resourceId
        = QStringLiteral("/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
    view.name = QStringLiteral("svc");
    view.sku = QStringLiteral("Premium");
    view.capacity = 2;
    view.location = QStringLiteral("West Europe");
    view.backupSupported = true;
    pane.setService(view);
    auto *title = pane.findChild<QLabel *>(QStringLiteral("serviceNameLabel"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("svc"));
    QCOMPARE(pane.findChild<QLabel *>(QStringLiteral("regionLabel"))->text(), QStringLiteral("West Europe"));
    QVERIFY(pane.hasService());

    // Back to the placeholder and again: the one page is reused.
    pane.showPlaceholder(QStringLiteral("Sign in"));
    pane.setService(view);
    QCOMPARE(pane.findChildren<QLabel *>(QStringLiteral("serviceNameLabel")).size(), 1);
}

void TestUiStartup::history_madeWhenItFirstShows()
{
    Core::SystemClock clock;
    Ui::OperationsModel model([&clock] { return clock.now(); });
    Ui::OperationView op;
    op.id = QStringLiteral("op-1");
    op.kind = Ui::OperationView::Kind::Backup;
    op.serviceName = QStringLiteral("contoso-prod-apim");
    op.started = QDateTime::currentDateTimeUtc();
    op.status = Ui::OperationView::Status::Succeeded;
    model.upsert(op);

    Ui::HistoryWidget history(&model, &m_dialogs);
    // Behind the Operations tab at startup: none of its widgets is made before it shows.
    QVERIFY(history.findChildren<QWidget *>().isEmpty());
    QVERIFY(!history.findChild<QAbstractItemModel *>());

    history.show();
    QVERIFY(QTest::qWaitForWindowExposed(&history));
    auto *table = history.findChild<QTableView *>(QStringLiteral("historyTableView"));
    QVERIFY(table);
    QVERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(history.view(), table);
    QCOMPARE(history.visibleCount(), 1);
    QVERIFY(history.findChild<QLineEdit *>(QStringLiteral("historyFilterLineEdit")));
    QVERIFY(table->isColumnHidden(Ui::OperationsModel::ProgressColumn));
}

QTEST_MAIN(TestUiStartup)
void TestUiStartup::caLoader_environmentAndSaved_eachCertificateOnce_onTheGuiThread()
{
    QTemporaryDir dir;
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral(APIM_MAKE_TEST_CA), { dir.path() });
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAll().constData());
    const QString ca = dir.filePath(QStringLiteral("ca.pem"));
    const QString server = dir.filePath(QStringLiteral("server.pem"));
    // OpenSSL's folder layout: the bundle again, each certificate under its name and its hash.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("certs")));
    const QString certs = dir.filePath(QStringLiteral("certs"));
    QVERIFY(QFile::copy(ca, certs + QStringLiteral("/ca.pem")));
    QVERIFY(QFile::link(certs + QStringLiteral("/ca.pem"), certs + QStringLiteral("/0a1b2c3d.0")));
    QVERIFY(QFile::link(ca, certs + QStringLiteral("/bundle.pem")));
    QVERIFY(QFile::copy(server, certs + QStringLiteral("/server.pem")));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("SSL_CERT_FILE"), ca);
    environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), ca);
    environment.insert(QStringLiteral("SSL_CERT_DIR"), certs);
    const QString saved = dir.filePath(QStringLiteral("saved"));
    QString error;
    QVERIFY2(Core::TrustedCertificateStore(saved).importFile(ca, &error) == 1, qPrintable(error));

    Ui::CaCertificateLoader loader;
    bool done = false;
    QThread *thread = nullptr;
    Ui::CaCertificateLoader::Result result;
    loader.start(environment, saved, this, [&](const Ui::CaCertificateLoader::Result &loaded) {
        result = loaded;
        thread = QThread::currentThread();
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(thread, QThread::currentThread());
    QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
    // The CA and the server's certificate, each once, whatever the number of files.
    QCOMPARE(result.extra.size(), 2);
    QVERIFY(result.extra.contains(Core::TrustedCertificates::fromFile(ca, nullptr).value(0)));
    QVERIFY(result.extra.contains(Core::TrustedCertificates::fromFile(server, nullptr).value(0)));
    QCOMPARE(result.saved.size(), 1);
    // The same as reading them on the calling thread.
    const Ui::CaCertificateLoader::Result direct = Ui::CaCertificateLoader::load(environment, saved);
    QCOMPARE(direct.extra, result.extra);
    QCOMPARE(direct.saved, result.saved);
}

void TestUiStartup::caLoader_fileWithoutCertificates_saysWhichVariable()
{
    QTemporaryDir dir;
    const QString notCertificates = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notCertificates);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("REQUESTS_CA_BUNDLE"), notCertificates);
    const Ui::CaCertificateLoader::Result result
        = Ui::CaCertificateLoader::load(environment, dir.filePath(QStringLiteral("saved")));
    QVERIFY(result.extra.isEmpty());
    QVERIFY2(result.problem.contains(QStringLiteral("REQUESTS_CA_BUNDLE")), qPrintable(result.problem));
}

#include "tst_uistartup.moc"
