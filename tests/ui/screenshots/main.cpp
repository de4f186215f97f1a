// Takes the README screenshots from the real app against the simulator: the main
// window with a service selected, the backup dialog with its checks done, and a running
// backup in the operations panel. Run by scripts/screenshots.sh, which starts Azurite and
// azure-sim and points APIM_TEST_STATE_DIR at them.
#include "UiHarness.h"

#include "TestEnvironment.h"
#include "inventory/ApimService.h"
#include "recovery/RecoverySettings.h"
#include "schedule/ScheduleCatalog.h"
#include "settings/Settings.h"
#include "ui/dialogs/BackupDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/OperationsController.h"
#include "ui/main/RecoveryController.h"
#include "ui/main/SchedulesController.h"
#include "ui/models/OperationsModel.h"
#include "ui/support/UiSettings.h"
#include "ui/widgets/FindingsWidget.h"
#include "ui/widgets/OperationsDock.h"
#include "ui/widgets/RecoveryView.h"
#include "ui/widgets/SchedulesView.h"
#include "ui/widgets/StorageTargetWidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>

using namespace Apim;

namespace {
int fail(const char *what)
{
    std::fprintf(stderr, "screenshots: %s\n", what);
    return 1;
}

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(200); // let pending layouts and repaints land
    const bool ok = widget->grab().save(path);
    std::fprintf(stderr, "screenshots: %s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}
// Where each subscription's backups are, so the Recovery page and column have states, and
// targets of their own so the page shows each state: two days by default, a week for the
// dev/test subscription (the partners' service gets its own once its id is known).
void prepareRecovery(Core::Settings *store)
{
    Ui::UiSettings settings(store);
    const QString backups = QStringLiteral("apim-backups");
    settings.setDefaultLocation(
        QStringLiteral("fabd8310-a4ac-47d9-837d-8eaa76801201"), QStringLiteral("contosobackups"), backups);
    settings.setDefaultLocation(
        QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7"), QStringLiteral("devbackupstore"), backups);
    settings.setDefaultLocation(
        QStringLiteral("aab3e254-0b27-4400-bb4f-545bce13725d"), QStringLiteral("contosodevstore"), backups);
    Core::RecoverySettings targets(store);
    targets.setGlobalRpoSeconds(2 * 86400);
    targets.setSubscriptionRpoSeconds(QStringLiteral("aab3e254-0b27-4400-bb4f-545bce13725d"), 7 * 86400);
}
// The readiness, with the partners' own target, in the tree and on the Recovery page.
void showReadiness(Test::UiHarness &ui)
{
    Core::RecoverySettings(ui.settings())
        .setServiceRpoSeconds(ui.serviceId(QStringLiteral("contoso-partners-apim")), 84 * 3600);
    Ui::RecoveryController *recovery = ui.app()->recovery();
    QSignalSpy refreshed(recovery, &Ui::RecoveryController::refreshed);
    recovery->refresh();
    if (!refreshed.wait(20000))
        std::fprintf(stderr, "screenshots: the recovery readiness did not show\n");
}
// The Recovery page, a service that needs attention selected; back to the services after.
bool saveRecovery(Test::UiHarness &ui, const QString &path)
{
    Ui::MainWindow *window = ui.window();
    window->showRecovery();
    window->recoveryView()->selectService(ui.serviceId(QStringLiteral("contoso-staging-apim")));
    const bool ok = save(window, path);
    window->showServices();
    return ok;
}
// Two schedules in the temporary systemd user directory and crontab file the page reads
// (XDG_CONFIG_HOME and APIM_BACKUP_CRONTAB_FILE, set before the app starts).
void installSchedules(Test::UiHarness &ui, const QString &dir)
{
    const Core::ScheduleCatalog catalog(
        Core::ScheduleCatalog::locationsFor(QProcessEnvironment::systemEnvironment(), QString()), nullptr);
    Core::ScheduleSpec nightly;
    nightly.name = QStringLiteral("apim-backup-nightly");
    nightly.program = QStringLiteral("/usr/bin/apim-backup-cli");
    nightly.services
        = { ui.serviceId(QStringLiteral("contoso-prod-apim")), ui.serviceId(QStringLiteral("contoso-partners-apim")) };
    nightly.account = QStringLiteral("contosobackups");
    nightly.container = QStringLiteral("apim-backups");
    nightly.keepLast = 7;
    nightly.environmentFile = QDir(dir).filePath(QStringLiteral("apim-backup-nightly.env"));
    Core::ScheduleSpec weekly = nightly;
    weekly.format = Core::ScheduleSpec::Format::Cron;
    weekly.name = QStringLiteral("apim-backup-staging");
    weekly.services = { ui.serviceId(QStringLiteral("contoso-staging-apim")) };
    weekly.every = QStringLiteral("weekly");
    weekly.at = QTime(4, 30);
    weekly.environmentFile = QDir(dir).filePath(QStringLiteral("apim-backup-staging.env"));
    for (const Core::ScheduleSpec &spec : { nightly, weekly }) {
        const Core::ScheduleCatalog::Outcome outcome = catalog.install(spec, QDateTime::currentDateTime(), false);
        if (!outcome.ok)
            std::fprintf(stderr, "screenshots: schedule %s: %s\n", qPrintable(spec.name), qPrintable(outcome.error));
    }
}

bool saveSchedules(Test::UiHarness &ui, const QString &path)
{
    Ui::MainWindow *window = ui.window();
    QSignalSpy reloaded(ui.app()->schedules(), &Ui::SchedulesController::reloaded);
    window->showSchedules();
    if (!reloaded.wait(10000))
        std::fprintf(stderr, "screenshots: the schedules did not show\n");
    window->schedulesView()->selectEntry(QStringLiteral("apim-backup-nightly"));
    const bool ok = save(window, path);
    window->showServices();
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString outDir = args.value(1, QStringLiteral("docs/screenshots"));
    const QString language = args.value(2);
    const QString suffix
        = language.isEmpty() || language == QLatin1String("en") ? QString() : QLatin1Char('-') + language;
    QDir().mkpath(outDir);
    if (language == QLatin1String("ko"))
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    if (!language.isEmpty()) {
        auto *translator = new QTranslator(&app);
        const QString qm = args.value(3);
        if (translator->load(qm))
            QApplication::installTranslator(translator);
        else
            std::fprintf(stderr, "screenshots: no translation at %s\n", qPrintable(qm));
    }

    const QUrl sim = Test::TestEnvironment::sharedSimUrl();
    if (sim.isEmpty())
        return fail("no simulator: run scripts/screenshots.sh");
    QTemporaryDir dir;
    // The Schedules page reads a temporary systemd user directory and crontab file, never the real ones.
    qputenv("XDG_CONFIG_HOME", QDir(dir.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("APIM_BACKUP_CRONTAB_FILE", QDir(dir.path()).filePath(QStringLiteral("crontab")).toUtf8());
    const QString cloudFile = Test::TestEnvironment::writeCloudFile(sim, dir.path());
    Test::UiHarness ui(sim, cloudFile);
    ui.simControl("POST", QStringLiteral("/_sim/config"),
        { { QStringLiteral("operationDurationMs"), 600000 }, { QStringLiteral("retryAfterSeconds"), 1 } });
    prepareRecovery(ui.settings());
    ui.launch(false);
    if (!ui.signIn())
        return fail("sign-in failed");
    Ui::MainWindow *window = ui.window();
    window->resize(1200, 780); // the default size: what a new user sees

    showReadiness(ui);

    // Main window: a production service with its latest backup.
    if (!ui.selectService(QStringLiteral("contoso-prod-apim")))
        return fail("contoso-prod-apim is not in the tree");
    ui.selectService(QStringLiteral("contoso-partners-apim"));
    ui.selectService(QStringLiteral("contoso-prod-apim"));
    auto *latest = window->findChild<QLabel *>(QStringLiteral("latestBackupLabel"));
    if (!QTest::qWaitFor([latest] { return latest->text().startsWith(QStringLiteral("contoso-prod-apim-")); }, 10000))
        std::fprintf(stderr, "screenshots: the latest backup did not show: %s\n", qPrintable(latest->text()));
    window->serviceTree()->expandAll();
    if (!save(window, QDir(outDir).filePath(QStringLiteral("main-window%1.png").arg(suffix))))
        return 1;

    if (!saveRecovery(ui, QDir(outDir).filePath(QStringLiteral("recovery-view%1.png").arg(suffix))))
        return 1;

    installSchedules(ui, dir.path());
    if (!saveSchedules(ui, QDir(outDir).filePath(QStringLiteral("schedules-view%1.png").arg(suffix))))
        return 1;

    // The backup dialog, its checks done.
    window->backupAction()->trigger();
    Ui::BackupDialog *dialog = ui.app()->operations()->backupDialog();
    if (!dialog)
        return fail("the backup dialog did not open");
    // The dialog's own size: as tall as its content.
    if (!QTest::qWaitFor([dialog] { return dialog->startButton()->isEnabled(); }, 15000))
        return fail("the backup dialog's checks did not pass");
    if (!save(dialog, QDir(outDir).filePath(QStringLiteral("backup-dialog%1.png").arg(suffix))))
        return 1;

    // A running backup: the banner on the service and the operations panel.
    dialog->startButton()->click();
    Ui::OperationsModel *operations = window->operationsModel();
    if (!QTest::qWaitFor(
            [operations] {
                return operations->rowCount() > 0
                    && operations->operations().first().status == Ui::OperationView::Status::Running;
            },
            15000))
        return fail("the backup did not start running");
    QTest::qWait(2500); // a few seconds on the clock
    window->operationsDock()->selectOperation(operations->operations().first().id);
    if (!save(window, QDir(outDir).filePath(QStringLiteral("running-operation%1.png").arg(suffix))))
        return 1;
    return 0;
}
