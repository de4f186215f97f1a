// Measures, in one process, what the user feels while a large estate loads and is worked
// with: how long the GUI thread is ever blocked (the longest gap between ticks of a 1 ms
// timer) and how often for a frame or more (16 ms), in four phases:
//   1. signing in until all services are in the tree;
//   2. typing into the filter box, a keystroke at a time, as a user would;
//   3. a batch of 20 backups, run as the app runs one, whose status is polled until they end;
//   4. a new target RPO for one service, after which every service's readiness is judged again;
//   5. launching and signing in over a journal of 3,000 finished operations (a year of
//      nightly backups of eight services), from the first frame until the history and the
//      services are shown.
// It also prints the GUI thread's own time while listing (the app's share of the listing,
// whatever the server's latency) and the slowest re-filter over every service.
// Needs a running azure-sim with a large estate: tests/bench/startup/run.sh starts one.
//
// Every figure is a line "what: value (goal ...)" on stdout for people, and one line
// "FIGURE <name> <value>" for scripts/bench.sh. Beside each, a baseline measured in the
// same run: the longest gap of the idle event loop (the meter's own floor) for the stalls,
// and Qt's stock QSortFilterProxyModel over the same rows for the filter.
// APIM_STALL_TRACE=1 also prints, on stderr, every event that held the GUI thread for a
// frame or more, with its receiver: where a stall comes from.
#include "UiHarness.h"

#include "TestEnvironment.h"
#include "batch/BatchBackup.h"
#include "engine/Engine.h"
#include "inventory/ApimService.h"
#include "operations/OperationJournal.h"
#include "ui/dialogs/RpoTargetDialog.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/RecoveryController.h"
#include "ui/models/OperationsModel.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <typeinfo>

#include <unistd.h>

using namespace Apim;

namespace {
constexpr qint64 kFrameMs = 16;

// Times each event the loop delivers (outermost only, so a nested loop's events are not
// counted twice) and names the slow ones.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event); // the GUI thread's outermost events only
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const int type = event->type();
        const QByteArray name = receiver ? QByteArray(receiver->metaObject()->className()) + ' '
                + receiver->objectName().toUtf8() + ' ' + typeid(*receiver).name()
                                         : QByteArray("(none)");
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 ms = timer.elapsed();
        if (ms >= m_thresholdMs)
            std::fprintf(
                stderr, "stall trace: %lld ms in event %d to %s\n", static_cast<long long>(ms), type, name.constData());
        return result;
    }

private:
    // APIM_STALL_TRACE=N: events of N ms or more (1: a frame or more).
    const int m_thresholdMs = std::max<int>(int(kFrameMs) * (qEnvironmentVariableIntValue("APIM_STALL_TRACE") == 1),
        qEnvironmentVariableIntValue("APIM_STALL_TRACE"));
    const bool m_trace = m_thresholdMs > 0;
    int m_depth = 0;
};

// Runs the event loop as the app's exec() does until the predicate holds or the time is
// up. Not QTest::qWaitFor: it sleeps 10 ms between rounds of events, which the meter would
// count as stalls of the app.
template<typename Predicate>
bool waitFor(Predicate predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return predicate();
}

// Ticks every millisecond; a gap between ticks is time the event loop could not run.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpuNs = threadCpuNs();
            const qint64 cpuGapMs = (cpuNs - m_lastCpuNs) / 1000000;
            m_lastCpuNs = cpuNs;
            const qint64 gapNs = now - m_last;
            const qint64 gap = gapNs / 1000000;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestCpu = cpuGapMs;
            }
            if (gap >= kFrameMs) {
                ++m_overFrame;
                if (m_traceGaps)
                    std::fprintf(stderr, "stall: a gap of %lld ms, %lld ms of it on the CPU\n",
                        static_cast<long long>(gap), static_cast<long long>(cpuGapMs));
            }
            // What the loop spent beyond its 1 ms tick: the GUI thread's own work.
            if (gapNs > 2000000)
                m_busyNs += gapNs - 1000000;
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_overFrame = 0;
        m_busyNs = 0;
        m_clock.start();
        m_last = 0;
        // Else the first gap's CPU would count all the thread ran since the last phase.
        m_lastCpuNs = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longest() const { return m_longest; }
    // How much of the longest gap the GUI thread itself ran; the rest it waited, for the
    // disk or for a core (the simulator and Azurite share the machine's).
    qint64 longestOnCpu() const { return m_longestCpu; }
    int overFrame() const { return m_overFrame; }
    qint64 busyMs() const { return m_busyNs / 1000000; }

private:
    static qint64 threadCpuNs()
    {
        timespec cpu {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        return qint64(cpu.tv_sec) * 1000000000 + cpu.tv_nsec;
    }

    const bool m_traceGaps = qEnvironmentVariableIntValue("APIM_STALL_TRACE") != 0;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpuNs = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    int m_overFrame = 0;
    qint64 m_busyNs = 0;
};

void figure(const char *name, long long value)
{
    std::printf("FIGURE %s %lld\n", name, value);
}

// figureName: the FIGURE line of the longest stall; figureName + "_count" is the count of stalls.
void printStalls(const char *phase, const StallMeter &meter, const char *figureName)
{
    std::printf("GUI thread longest stall %s: %lld ms, %lld of them on the CPU (goal <= %lld ms)\n", phase,
        static_cast<long long>(meter.longest()), static_cast<long long>(meter.longestOnCpu()),
        static_cast<long long>(kFrameMs));
    std::printf(
        "GUI thread stalls >= %lld ms %s: %d (goal 0)\n", static_cast<long long>(kFrameMs), phase, meter.overFrame());
    figure(figureName, meter.longest());
    std::printf("FIGURE %s_cpu %lld\n", figureName, static_cast<long long>(meter.longestOnCpu()));
    std::printf("FIGURE %s_count %d\n", figureName, meter.overFrame());
    std::fflush(stdout);
}

// The slowest of the filter's keystrokes, typed one character at a time, each applied at once.
template<typename SetFilter>
qint64 slowestKeystroke(const QString &typed, SetFilter setFilter)
{
    QElapsedTimer clock;
    qint64 worst = 0;
    for (int i = 1; i <= typed.size(); ++i) {
        clock.start();
        setFilter(typed.left(i));
        worst = std::max(worst, clock.elapsed());
    }
    setFilter(QString());
    return worst;
}

// The estate's first storage account (run.sh writes the estate next to the simulator).
QJsonObject firstStorageAccount()
{
    QFile file(qEnvironmentVariable("APIM_TEST_STATE_DIR") + QStringLiteral("/estate.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("storageAccounts"))
        .toArray()
        .first()
        .toObject();
}

// Phase 2: the filter box as the user types, one character per 200 ms (beyond the
// browser's 120 ms pause), each applied before the next.
bool typeFilter(Ui::MainWindow *window, const QString &typed, StallMeter &meter)
{
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("serviceFilterLineEdit"));
    if (!edit)
        return false;
    Ui::ServiceFilterProxy *proxy = window->serviceProxy();
    meter.start();
    for (int i = 1; i <= typed.size(); ++i) {
        edit->setText(typed.left(i));
        if (!waitFor([&] { return proxy->filterText() == typed.left(i); }, 5000))
            return false;
        waitFor([] { return false; }, 80);
    }
    edit->clear();
    const bool cleared = waitFor([&] { return proxy->filterText().isEmpty(); }, 5000);
    waitFor([] { return false; }, 80);
    meter.stop();
    return cleared;
}

// Phase 3: a batch of 20 backups run as the app runs one (BatchBackup at its widest: a
// preflight for each, then the backup, at most kMaxConcurrency at a time), polled every
// second until they end. Only services whose tier has backups: the batch would skip others.
int runBatch(Test::UiHarness &ui, StallMeter &meter, int *finished)
{
    const QJsonObject account = firstStorageAccount();
    if (account.isEmpty()) {
        std::fprintf(stderr, "stall: no storage account in APIM_TEST_STATE_DIR/estate.json\n");
        return -1;
    }
    ui.simControl("POST", QStringLiteral("/_sim/config"),
        { { QStringLiteral("operationDurationMs"), 6000 }, { QStringLiteral("retryAfterSeconds"), 1 } });
    Core::Engine *engine = ui.app()->services();
    const QVector<Ui::ServiceEntry> services = ui.window()->serviceModel()->allServices();
    QList<Core::BatchTarget> targets;
    // 20, or every service of a tiny estate (scripts/bench.sh --tiny).
    for (const Ui::ServiceEntry &entry : services) {
        const auto service = entry.payload.value<Core::ApimService>();
        if (service.backupSupport().supported)
            targets.append({ entry.resourceId, service, true });
        if (targets.size() == 20)
            break;
    }
    Core::OperationRequest common;
    common.storageAccount = account.value(QLatin1String("name")).toString();
    common.storageSubscriptionId = account.value(QLatin1String("subscriptionId")).toString();
    common.container = QStringLiteral("apim-backups");
    QObject owner;
    Core::BatchBackup *batch = engine->createBatchBackup(&owner);
    batch->setConcurrency(Core::BatchBackup::kMaxConcurrency);
    bool ended = false;
    QObject::connect(batch, &Core::BatchBackup::finished, &owner, [&ended] { ended = true; });
    meter.start();
    batch->start(common, targets);
    if (!waitFor([&] { return ended; }, 120000))
        std::fprintf(stderr, "stall: the batch did not end within 120 s\n");
    meter.stop();
    int started = 0;
    *finished = 0;
    for (const Core::BatchItem &item : batch->items()) {
        if (item.operationId.isEmpty()) {
            std::fprintf(stderr, "stall: %s not started: %s\n", qPrintable(item.serviceName), qPrintable(item.message));
            continue;
        }
        ++started;
        if (item.state == Core::BatchItem::State::Succeeded)
            ++*finished;
    }
    return started;
}

// Phase 4: the Recovery view's target dialog accepted for one service: the rows of every
// service are judged again with the new target, and shown.
bool changeTarget(Test::UiHarness &ui, StallMeter &meter)
{
    Ui::RecoveryController *recovery = ui.app()->recovery();
    if (!waitFor([recovery] { return !recovery->isBuilding() && !recovery->rows().isEmpty(); }, 120000))
        return false;
    const Core::ApimService service = recovery->rows().first().service;
    recovery->openTargetDialog(service);
    Ui::RpoTargetDialog *dialog = recovery->targetDialog();
    if (!dialog)
        return false;
    dialog->serviceRadio()->setChecked(true);
    dialog->useDefaultCheckBox()->setChecked(false);
    dialog->durationEdit()->setText(QStringLiteral("6h"));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled())
        return false;
    meter.start();
    ok->click();
    const bool shown = waitFor([recovery] { return !recovery->isBuilding(); }, 30000);
    waitFor([] { return false; }, 300); // and what the rows' showing leaves for later turns
    meter.stop();
    return shown;
}
// Phase 5: a journal of `count` finished backups written under the harness's home, then the
// app launched and signed in over it: the history is read when the app starts and again when
// the operations are resumed after the sign-in. Measured from the first frame on.
bool launchOverHistory(const QUrl &sim, const QString &cloudFile, int count, StallMeter &meter)
{
    Test::UiHarness ui(sim, cloudFile);
    {
        Core::OperationJournal journal(QDir(ui.home()).filePath(QStringLiteral("data")));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < count; ++i) {
            Core::OperationRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kind = Core::OperationKind::Backup;
            record.state = Core::OperationState::Succeeded;
            record.serviceName = QStringLiteral("contoso-apim-%1").arg(i % 8);
            record.serviceId = QStringLiteral("/subscriptions/sub-1/resourceGroups/rg/providers/"
                                              "Microsoft.ApiManagement/service/")
                + record.serviceName;
            record.createdAt = now.addDays(-1 - i / 8).addSecs(-600LL * (i % 8)); // nightly, eight services
            record.updatedAt = record.createdAt.addSecs(600);
            record.finishedAt = record.updatedAt;
            record.storageAccount = QStringLiteral("contosobackups");
            record.container = QStringLiteral("apim-backups");
            record.blobName = record.serviceName + QStringLiteral("-%1.apimbackup").arg(i);
            if (!journal.save(record)) {
                std::fprintf(stderr, "stall: cannot write the journal under %s\n", qPrintable(ui.home()));
                return false;
            }
        }
    }
    // The 3,000 new files written back to the disk first: the benchmark measures the app,
    // not the writeback of the files it was given.
    ::sync();
    // From the first frame on: building and painting it is the startup benchmark's figure.
    // The app starts, and reads the journal, once that frame is painted, as app/main.cpp
    // starts it. (The app of the other phases is idle meanwhile: nothing runs or polls.)
    ui.launch(false, true);
    const auto historyShown
        = [&ui, count] { return ui.window() && ui.window()->operationsModel()->rowCount() >= count; };
    if (!waitFor([&ui] { return ui.window()->isFirstFramePainted(); }, 10000)) {
        std::fprintf(stderr, "stall: the window was not painted within 10 seconds\n");
        return false;
    }
    meter.start();
    if (historyShown()) { // it cannot: the read had not started
        meter.stop();
        std::fprintf(stderr, "stall: the history was shown before the first frame: nothing to measure\n");
        return false;
    }
    if (!waitFor(historyShown, 60000)) {
        meter.stop();
        std::fprintf(stderr, "stall: the history of %d operations was not shown within a minute\n", count);
        return false;
    }
    ui.startSignIn();
    const bool listed = waitFor([&ui] { return ui.isListed(); }, 180000);
    waitFor([] { return false; }, 300); // and what the sign-in leaves for later turns
    meter.stop();
    if (!listed)
        std::fprintf(stderr, "stall: the services were not listed within 3 minutes\n");
    return listed && historyShown();
}
} // namespace

int main(int argc, char *argv[])
{
    TracingApplication app(argc, argv);
    const QUrl sim = Test::TestEnvironment::sharedSimUrl();
    if (sim.isEmpty()) {
        std::fprintf(stderr, "stall: no simulator (APIM_TEST_STATE_DIR/sim.url); run tests/bench/startup/run.sh\n");
        return 1;
    }
    QTemporaryDir dir;
    Test::UiHarness ui(sim, Test::TestEnvironment::writeCloudFile(sim, dir.path()));
    ui.launch(false);

    // Baseline: the event loop with nothing to do, the floor of every stall below (once
    // what the launch left for after the first frame has run).
    waitFor([] { return false; }, 500);
    StallMeter meter;
    meter.start();
    waitFor([] { return false; }, 1000);
    meter.stop();
    std::printf(
        "GUI thread longest stall while idle (the meter's floor): %lld ms\n", static_cast<long long>(meter.longest()));
    figure("gui_idle_stall_ms", meter.longest());

    // Phase 1: sign-in to every service listed.
    QElapsedTimer load;
    meter.start();
    load.start();
    ui.startSignIn();
    const bool listed = waitFor([&] { return ui.isListed(); }, 180000);
    const qint64 loadMs = load.elapsed();
    meter.stop();
    if (!listed) {
        std::fprintf(stderr, "stall: the services were not listed within 3 minutes\n");
        return 1;
    }
    const int services = ui.window()->serviceModel()->serviceCount();
    std::printf("services listed from sign-in: %d in %lld ms (goal <= 1000 ms at zero latency)\n", services,
        static_cast<long long>(loadMs));
    std::printf("GUI thread's own time while listing %d services: %lld ms (the app's share of the listing)\n", services,
        static_cast<long long>(meter.busyMs()));
    figure("app_services_listed_ms", loadMs);
    figure("app_services_listed", services);
    figure("app_gui_busy_ms", meter.busyMs());
    printStalls("while services load", meter, "gui_longest_stall_ms");

    // Phase 2: the filter, keystroke by keystroke through the filter box.
    if (!typeFilter(ui.window(), QStringLiteral("apim-0042"), meter)) {
        std::fprintf(stderr, "stall: the filter box did not filter\n");
        return 1;
    }
    printStalls("while typing into the filter", meter, "gui_filter_stall_ms");
    // The re-filter itself, over every row, timed alone.
    Ui::ServiceFilterProxy *proxy = ui.window()->serviceProxy();
    const QString typed = QStringLiteral("apim-0042");
    const qint64 worstFilterMs = slowestKeystroke(typed, [proxy](const QString &text) { proxy->setFilterText(text); });
    std::printf("slowest filter keystroke over %d services: %lld ms (goal <= %lld ms)\n", services,
        static_cast<long long>(worstFilterMs), static_cast<long long>(kFrameMs));
    figure("filter_slowest_keystroke_ms", worstFilterMs);
    // Baseline: Qt's stock proxy over the same tree, matching the name column, no view.
    QSortFilterProxyModel stock;
    stock.setRecursiveFilteringEnabled(true);
    stock.setFilterCaseSensitivity(Qt::CaseInsensitive);
    stock.setSourceModel(proxy->sourceModel());
    const qint64 stockFilterMs
        = slowestKeystroke(typed, [&stock](const QString &text) { stock.setFilterFixedString(text); });
    std::printf("the same with Qt's QSortFilterProxyModel (fixed string, recursive, no view): %lld ms\n",
        static_cast<long long>(stockFilterMs));
    figure("filter_stock_keystroke_ms", stockFilterMs);

    // Phase 3: a batch of 20 backups, at most BatchBackup::kMaxConcurrency polled at once.
    int finished = 0;
    const int started = runBatch(ui, meter, &finished);
    if (started < 0)
        return 1;
    std::printf("backups of the batch: %d started, %d succeeded (goal 20, at most %d at once)\n", started, finished,
        Core::BatchBackup::kMaxConcurrency);
    figure("operations_polled", started);
    printStalls("while the operations poll", meter, "gui_poll_stall_ms");

    // Phase 4: a target changed, every service judged again.
    if (!changeTarget(ui, meter)) {
        std::fprintf(stderr, "stall: the Recovery view did not show the new target's rows\n");
        return 1;
    }
    printStalls("after a target RPO changes", meter, "gui_target_stall_ms");

    // Phase 5: a second app, launched and signed in over a long history.
    constexpr int kHistory = 3000;
    if (!launchOverHistory(sim, Test::TestEnvironment::writeCloudFile(sim, dir.path()), kHistory, meter))
        return 1;
    std::printf("history shown: %d operations\n", kHistory);
    figure("history_operations", kHistory);
    printStalls("launching over a history of 3,000 operations", meter, "gui_history_stall_ms");
    return started > 0 && finished == started ? 0 : 1;
}
