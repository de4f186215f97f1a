// The Schedules page over a temporary systemd user directory and a temporary crontab file:
// it lists what is installed (a damaged entry with its message), New installs what the
// catalog reads back, Edit changes it, Delete asks and removes, Run now starts the job
// without waiting. systemctl and the job launch are recorded, never run.
#include "FakeDialogProvider.h"
#include "RecordingScheduleRunner.h"
#include "schedule/ScheduleCatalog.h"
#include "schedule/ScheduleSpec.h"
#include "ui/dialogs/ScheduleDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SchedulesController.h"
#include "ui/models/ScheduleTableModel.h"
#include "ui/widgets/BannerWidget.h"
#include "ui/widgets/SchedulesView.h"
#include "util/Clock.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTreeView>

#include <memory>

using namespace Apim;
using Core::ScheduleEntry;
using Core::ScheduleSpec;

namespace {

const QString kProd
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");
const QString kPartners
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-partners/providers/"
                     "Microsoft.ApiManagement/service/contoso-partners-apim");
const QString kUserCron = QStringLiteral("15 4 * * * /usr/bin/backup-photos --quiet\n");

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestUiSchedules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyPage_saysNoneAndHowToCreateOne();
    void page_listsInstalledSchedules_damagedOneWithItsMessage();
    void new_installsWhatTheCatalogReadsBack();
    void new_badInput_staysInTheDialogWithTheProblem();
    void new_unwritableDirectory_saysWhatToDo();
    void edit_changesTheSchedule();
    void delete_asksFirst_thenRemoves();
    void runNow_startsTheJobWithoutWaiting();

private:
    Ui::UiContext context();
    Ui::SchedulesController::Setup setup();
    // Builds the window and the controller, shows the page and waits for the first list.
    bool open();
    bool waitChanged(bool expectOk);
    QList<ScheduleEntry> installed();
    ScheduleSpec spec(const QString &name, ScheduleSpec::Format format) const;
    Ui::SchedulesView *view() const { return m_window->schedulesView(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Test::FakeDialogProvider> m_dialogs;
    Core::SystemClock m_clock;
    std::shared_ptr<Test::RecordingScheduleRunner> m_runner;
    QStringList m_started;
    QString m_unitDir;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SchedulesController> m_controller;
};

Ui::UiContext TestUiSchedules::context()
{
    Ui::UiContext ctx;
    ctx.dialogs = m_dialogs.get();
    ctx.clock = &m_clock;
    return ctx;
}

void TestUiSchedules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dialogs = std::make_unique<Test::FakeDialogProvider>();
    m_runner = std::make_shared<Test::RecordingScheduleRunner>();
    m_started.clear();
    m_unitDir = m_dir->filePath(QStringLiteral("config/systemd/user"));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("crontab")), kUserCron));
}

void TestUiSchedules::cleanup()
{
    m_controller.reset();
    m_window.reset();
}

Ui::SchedulesController::Setup TestUiSchedules::setup()
{
    // The same seams the CLI honours, pointed at the temporary folder.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("APIM_BACKUP_CRONTAB_FILE"), m_dir->filePath(QStringLiteral("crontab")));
    Ui::SchedulesController::Setup setup;
    setup.locations = Core::ScheduleCatalog::locationsFor(environment, m_dir->filePath(QStringLiteral("data")));
    setup.configDir = m_dir->filePath(QStringLiteral("app-config"));
    setup.program = QStringLiteral("/opt/apim-backup/bin/apim-backup-cli");
    setup.environment = environment;
    setup.runner = m_runner;
    setup.startDetached = [this](const QString &program, const QStringList &arguments) {
        m_started << (QStringList { program } + arguments).join(QLatin1Char(' '));
        return true;
    };
    return setup;
}

bool TestUiSchedules::open()
{
    m_window = std::make_unique<Ui::MainWindow>(context());
    m_controller = std::make_unique<Ui::SchedulesController>(m_window.get(), context(), setup());
    QSignalSpy reloaded(m_controller.get(), &Ui::SchedulesController::reloaded);
    m_window->resize(1200, 700);
    m_window->show();
    m_window->schedulesPageAction()->trigger(); // Ctrl+3
    if (m_window->pages()->currentWidget() != view())
        return false;
    return reloaded.wait(10000) && !m_controller->isBusy();
}

bool TestUiSchedules::waitChanged(bool expectOk)
{
    QSignalSpy changed(m_controller.get(), &Ui::SchedulesController::changed);
    if (!changed.wait(10000))
        return false;
    // The list read after the change arrives too.
    if (!QTest::qWaitFor([this] { return !m_controller->isBusy(); }, 10000))
        return false;
    return changed.first().first().toBool() == expectOk;
}

QList<ScheduleEntry> TestUiSchedules::installed()
{
    return Core::ScheduleCatalog(setup().locations, m_runner.get()).load(QDateTime::currentDateTime());
}

ScheduleSpec TestUiSchedules::spec(const QString &name, ScheduleSpec::Format format) const
{
    ScheduleSpec s;
    s.format = format;
    s.name = name;
    s.program = QStringLiteral("/opt/apim-backup/bin/apim-backup-cli");
    s.services = { kProd };
    s.account = QStringLiteral("contosobackups");
    s.container = QStringLiteral("apim-backups");
    s.environmentFile = m_dir->filePath(QStringLiteral("app-config/") + name + QStringLiteral(".env"));
    return s;
}

void TestUiSchedules::emptyPage_saysNoneAndHowToCreateOne()
{
    QVERIFY(open());
    QCOMPARE(m_window->schedulesPageAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QVERIFY(view()->emptyLabel()->isVisible());
    QVERIFY(!view()->table()->isVisible());
    QVERIFY2(
        view()->emptyLabel()->text().contains(QLatin1String("No schedules")), qPrintable(view()->emptyLabel()->text()));
    QVERIFY(view()->emptyLabel()->text().contains(QStringLiteral("New…")));
    QVERIFY(view()->newButton()->isEnabled());
    QVERIFY(!view()->editButton()->isEnabled());
    QVERIFY(!view()->deleteButton()->isEnabled());
    QVERIFY(!view()->runNowButton()->isEnabled());
    // Reading the list asks no scheduler anything.
    QVERIFY2(m_runner->calls().isEmpty(), qPrintable(m_runner->calls().join(QLatin1Char('\n'))));
}

void TestUiSchedules::page_listsInstalledSchedules_damagedOneWithItsMessage()
{
    const Core::ScheduleCatalog catalog(setup().locations, m_runner.get());
    ScheduleSpec nightly = spec(QStringLiteral("apim-backup-nightly"), ScheduleSpec::Format::Systemd);
    nightly.services = { kProd, kPartners };
    ScheduleSpec weekly = spec(QStringLiteral("apim-backup-weekly"), ScheduleSpec::Format::Cron);
    weekly.every = QStringLiteral("weekly");
    weekly.weekday = QStringLiteral("sat");
    QVERIFY(catalog.install(nightly, QDateTime::currentDateTime(), false).ok);
    QVERIFY(catalog.install(weekly, QDateTime::currentDateTime(), false).ok);
    QVERIFY(writeFile(QDir(m_unitDir).filePath(QStringLiteral("apim-backup-broken.service")),
        QStringLiteral("# apim-backup-schedule: {\"version\":1,\"na\n[Unit]\nDescription=APIM Backup: x\n")));
    QVERIFY(writeFile(QDir(m_unitDir).filePath(QStringLiteral("apim-backup-broken.timer")),
        QStringLiteral("[Timer]\nOnCalendar=daily\n")));

    QVERIFY(open());
    QVERIFY(view()->table()->isVisible());
    QVERIFY(!view()->emptyLabel()->isVisible());
    Ui::ScheduleTableModel *model = view()->model();
    QCOMPARE(model->rowCount(), 3);
    const int nightlyRow = model->rowForName(nightly.name);
    const int weeklyRow = model->rowForName(weekly.name);
    const int brokenRow = model->rowForName(QStringLiteral("apim-backup-broken"));
    QVERIFY(nightlyRow >= 0 && weeklyRow >= 0 && brokenRow >= 0);
    auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(nightlyRow, Ui::ScheduleTableModel::ServicesColumn),
        QStringLiteral("contoso-prod-apim, contoso-partners-apim"));
    QCOMPARE(cell(nightlyRow, Ui::ScheduleTableModel::TargetColumn), QStringLiteral("contosobackups/apim-backups"));
    QVERIFY2(cell(nightlyRow, Ui::ScheduleTableModel::ScheduleColumn).contains(QLatin1String("daily at 02:00")),
        qPrintable(cell(nightlyRow, Ui::ScheduleTableModel::ScheduleColumn)));
    QVERIFY(cell(weeklyRow, Ui::ScheduleTableModel::ScheduleColumn).contains(QLatin1String("weekly on sat")));
    QVERIFY(cell(weeklyRow, Ui::ScheduleTableModel::ScheduleColumn).contains(QLatin1String("crontab")));
    QVERIFY(!cell(nightlyRow, Ui::ScheduleTableModel::NextRunColumn).isEmpty());
    QCOMPARE(cell(nightlyRow, Ui::ScheduleTableModel::LastResultColumn), QStringLiteral("Never ran"));
    QCOMPARE(cell(brokenRow, Ui::ScheduleTableModel::ScheduleColumn), QStringLiteral("Damaged"));

    // The damaged one: its message under the table, Delete but no Edit or Run now.
    QVERIFY(view()->selectEntry(QStringLiteral("apim-backup-broken")));
    QVERIFY(view()->problemLabel()->isVisible());
    QVERIFY2(
        view()->problemLabel()->text().contains(QLatin1String("damaged")), qPrintable(view()->problemLabel()->text()));
    QVERIFY(!view()->editButton()->isEnabled());
    QVERIFY(!view()->runNowButton()->isEnabled());
    QVERIFY(view()->deleteButton()->isEnabled());
    // A current one can be edited.
    QVERIFY(view()->selectEntry(nightly.name));
    QVERIFY(!view()->problemLabel()->isVisible());
    QVERIFY(view()->editButton()->isEnabled());
}

void TestUiSchedules::new_installsWhatTheCatalogReadsBack()
{
    QVERIFY(open());
    QTest::mouseClick(view()->newButton(), Qt::LeftButton);
    Ui::ScheduleDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isEditing());
    QCOMPARE(dialog->nameEdit()->text(), ScheduleSpec::kDefaultName);
    dialog->nameEdit()->setText(QStringLiteral("apim-backup-prod"));
    dialog->servicesEdit()->setPlainText(kProd + QLatin1Char('\n') + kPartners + QLatin1Char('\n'));
    dialog->accountEdit()->setText(QStringLiteral("contosobackups"));
    dialog->containerEdit()->setText(QStringLiteral("apim-backups"));
    dialog->accessTypeCombo()->setCurrentIndex(dialog->accessTypeCombo()->findData(QStringLiteral("system-identity")));
    dialog->everyCombo()->setCurrentIndex(dialog->everyCombo()->findData(QStringLiteral("weekly")));
    dialog->weekdayCombo()->setCurrentIndex(dialog->weekdayCombo()->findData(QStringLiteral("tue")));
    dialog->timeEdit()->setTime(QTime(4, 45));
    dialog->pruneOlderThanEdit()->setText(QStringLiteral("30d"));
    dialog->keepLastSpinBox()->setValue(2);
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ScheduleSpec::Format::Systemd)));
    dialog->webhookCombo()->setCurrentText(QStringLiteral("ops-teams"));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QVERIFY(waitChanged(true));
    QTRY_VERIFY(!m_controller->dialog());

    const QList<ScheduleEntry> entries = installed();
    QCOMPARE(entries.size(), 1);
    const ScheduleEntry &entry = entries.first();
    QCOMPARE(entry.name, QStringLiteral("apim-backup-prod"));
    QCOMPARE(entry.kind, ScheduleEntry::Kind::Systemd);
    QCOMPARE(entry.state, ScheduleEntry::State::Current);
    QCOMPARE(entry.spec.services, (QStringList { kProd, kPartners }));
    QCOMPARE(entry.spec.account, QStringLiteral("contosobackups"));
    QCOMPARE(entry.spec.accessType, QStringLiteral("system-identity"));
    QCOMPARE(entry.spec.every, QStringLiteral("weekly"));
    QCOMPARE(entry.spec.weekday, QStringLiteral("tue"));
    QCOMPARE(entry.spec.at, QTime(4, 45));
    QCOMPARE(entry.spec.pruneOlderThan, QStringLiteral("30d"));
    QCOMPARE(entry.spec.keepLast, 2);
    QCOMPARE(entry.spec.notify, QStringLiteral("ops-teams"));
    QCOMPARE(entry.spec.program, QStringLiteral("/opt/apim-backup/bin/apim-backup-cli"));
    QCOMPARE(entry.spec.environmentFile, m_dir->filePath(QStringLiteral("app-config/apim-backup-prod.env")));
    // The job's files name the webhook, never a URL.
    QVERIFY(!readFile(QDir(m_unitDir).filePath(QStringLiteral("apim-backup-prod.service")))
                 .contains(QLatin1String("https://")));
    // The timer was enabled through the runner, on the worker.
    QVERIFY2(m_runner->calls().contains(QStringLiteral("systemctl --user enable --now apim-backup-prod.timer")),
        qPrintable(m_runner->calls().join(QLatin1Char('\n'))));
    // The page shows it, and says what to do next (fill in the secret).
    QCOMPARE(view()->model()->rowCount(), 1);
    QVERIFY(view()->messageBanner()->isVisible());
    QVERIFY2(view()->messageBanner()->text().contains(QLatin1String("AZURE_CLIENT_SECRET")),
        qPrintable(view()->messageBanner()->text()));
}

void TestUiSchedules::new_badInput_staysInTheDialogWithTheProblem()
{
    QVERIFY(open());
    QTest::mouseClick(view()->newButton(), Qt::LeftButton);
    Ui::ScheduleDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    dialog->servicesEdit()->setPlainText(QStringLiteral("contoso-prod-apim"));
    dialog->accountEdit()->setText(QStringLiteral("contosobackups"));
    dialog->containerEdit()->setText(QStringLiteral("apim-backups"));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY2(dialog->problem().contains(QLatin1String("/subscriptions/")), qPrintable(dialog->problem()));
    QVERIFY(dialog->isVisible());
    dialog->servicesEdit()->setPlainText(kProd);
    dialog->everyCombo()->setCurrentIndex(dialog->everyCombo()->findData(QStringLiteral("cron")));
    dialog->cronEdit()->setText(QStringLiteral("every tuesday"));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QVERIFY(dialog->problemLabel()->isVisible());
    QVERIFY(dialog->isVisible());
    QTest::qWait(100);
    QVERIFY(installed().isEmpty());
    QVERIFY(m_runner->calls().isEmpty());
}

void TestUiSchedules::new_unwritableDirectory_saysWhatToDo()
{
    // The unit directory cannot be made: a file is where a folder must be.
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("config/systemd")), QStringLiteral("not a folder")));
    QVERIFY(open());
    QTest::mouseClick(view()->newButton(), Qt::LeftButton);
    Ui::ScheduleDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    dialog->servicesEdit()->setPlainText(kProd);
    dialog->accountEdit()->setText(QStringLiteral("contosobackups"));
    dialog->containerEdit()->setText(QStringLiteral("apim-backups"));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ScheduleSpec::Format::Systemd)));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QVERIFY(waitChanged(false));
    // The form stays, with what to do; nothing was enabled.
    QVERIFY(m_controller->dialog());
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problem().contains(QLatin1String("permissions")), qPrintable(dialog->problem()));
    QVERIFY(dialog->installButton()->isEnabled());
    QVERIFY(m_runner->calls().isEmpty());
}

void TestUiSchedules::edit_changesTheSchedule()
{
    const Core::ScheduleCatalog catalog(setup().locations, m_runner.get());
    QVERIFY(catalog
                .install(spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd),
                    QDateTime::currentDateTime(), false)
                .ok);
    QVERIFY(open());
    QVERIFY(view()->selectEntry(QStringLiteral("apim-backup-prod")));
    QTest::mouseClick(view()->editButton(), Qt::LeftButton);
    Ui::ScheduleDialog *dialog = m_controller->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    // The form holds what is installed.
    QCOMPARE(dialog->servicesEdit()->toPlainText(), kProd);
    QCOMPARE(dialog->accountEdit()->text(), QStringLiteral("contosobackups"));
    QCOMPARE(dialog->timeEdit()->time(), QTime(2, 0));
    // Later, another container, and into the crontab instead.
    dialog->timeEdit()->setTime(QTime(23, 10));
    dialog->containerEdit()->setText(QStringLiteral("apim-nightly"));
    dialog->formatCombo()->setCurrentIndex(dialog->formatCombo()->findData(int(ScheduleSpec::Format::Cron)));
    QTest::mouseClick(dialog->installButton(), Qt::LeftButton);
    QVERIFY(waitChanged(true));

    const QList<ScheduleEntry> entries = installed();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, ScheduleEntry::Kind::Cron);
    QCOMPARE(entries.first().spec.at, QTime(23, 10));
    QCOMPARE(entries.first().spec.container, QStringLiteral("apim-nightly"));
    // The credentials file stays the one the job had.
    QCOMPARE(entries.first().spec.environmentFile, spec(QStringLiteral("apim-backup-prod"), {}).environmentFile);
    QVERIFY(!QFileInfo::exists(QDir(m_unitDir).filePath(QStringLiteral("apim-backup-prod.timer"))));
    QVERIFY(readFile(m_dir->filePath(QStringLiteral("crontab"))).startsWith(kUserCron));
    QCOMPARE(view()->model()->rowCount(), 1);
    QVERIFY(view()
                ->model()
                ->index(0, Ui::ScheduleTableModel::ScheduleColumn)
                .data()
                .toString()
                .contains(QLatin1String("23:10")));
}

void TestUiSchedules::delete_asksFirst_thenRemoves()
{
    const Core::ScheduleCatalog catalog(setup().locations, m_runner.get());
    QVERIFY(catalog
                .install(spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd),
                    QDateTime::currentDateTime(), false)
                .ok);
    QVERIFY(open());
    QVERIFY(view()->selectEntry(QStringLiteral("apim-backup-prod")));

    m_dialogs->setNextConfirm(false);
    QTest::mouseClick(view()->deleteButton(), Qt::LeftButton);
    QCOMPARE(m_dialogs->questions.size(), 1);
    QVERIFY2(m_dialogs->questions.first().contains(QLatin1String("apim-backup-prod")),
        qPrintable(m_dialogs->questions.first()));
    QTest::qWait(100);
    QCOMPARE(installed().size(), 1);

    m_dialogs->setNextConfirm(true);
    QTest::mouseClick(view()->deleteButton(), Qt::LeftButton);
    QVERIFY(waitChanged(true));
    QVERIFY(installed().isEmpty());
    QVERIFY(m_runner->calls().contains(QStringLiteral("systemctl --user disable --now apim-backup-prod.timer")));
    QVERIFY(view()->emptyLabel()->isVisible());
    QVERIFY(view()->messageBanner()->text().contains(QLatin1String("Deleted apim-backup-prod")));
}

void TestUiSchedules::runNow_startsTheJobWithoutWaiting()
{
    const Core::ScheduleCatalog catalog(setup().locations, m_runner.get());
    QVERIFY(catalog
                .install(spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd),
                    QDateTime::currentDateTime(), false)
                .ok);
    QVERIFY(catalog
                .install(spec(QStringLiteral("apim-backup-cron"), ScheduleSpec::Format::Cron),
                    QDateTime::currentDateTime(), false)
                .ok);
    QVERIFY(open());
    QVERIFY(view()->selectEntry(QStringLiteral("apim-backup-prod")));
    QTest::mouseClick(view()->runNowButton(), Qt::LeftButton);
    QCOMPARE(m_started, QStringList { QStringLiteral("systemctl --user start --no-block apim-backup-prod.service") });
    QVERIFY(view()->messageBanner()->text().contains(QLatin1String("Started apim-backup-prod")));

    // A cron job runs its own command line: the CLI, through sh.
    QVERIFY(view()->selectEntry(QStringLiteral("apim-backup-cron")));
    QTest::mouseClick(view()->runNowButton(), Qt::LeftButton);
    QCOMPARE(m_started.size(), 2);
    QVERIFY2(m_started.last().startsWith(QLatin1String("/bin/sh -c ")), qPrintable(m_started.last()));
    QVERIFY(m_started.last().contains(QLatin1String("/opt/apim-backup/bin/apim-backup-cli")));
    QVERIFY(m_started.last().contains(kProd));
}

QTEST_MAIN(TestUiSchedules)
#include "tst_uischedules.moc"
