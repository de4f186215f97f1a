// Measures, in one process, what the user feels while a large estate loads: how long the
// GUI thread is ever blocked (the longest gap between ticks of a 1 ms timer), how long
// until all services are in the tree, and how long the filter takes over all of them.
// Needs a running azure-sim with a large estate: tests/bench/startup/run.sh starts one.
#include "UiHarness.h"

#include "TestEnvironment.h"
#include "ui/main/MainWindow.h"
#include "ui/models/ServiceFilterProxy.h"
#include "ui/models/ServiceTreeModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Apim;

namespace {
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
            const qint64 gap = (now - m_last) / 1000000;
            m_longest = std::max(m_longest, gap);
            if (gap >= 50)
                ++m_over50;
            if (gap >= 100)
                ++m_over100;
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longest() const { return m_longest; }
    int over50() const { return m_over50; }
    int over100() const { return m_over100; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
    int m_over100 = 0;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QUrl sim = Test::TestEnvironment::sharedSimUrl();
    if (sim.isEmpty()) {
        std::fprintf(stderr, "stall: no simulator (APIM_TEST_STATE_DIR/sim.url); run tests/bench/startup/run.sh\n");
        return 1;
    }
    QTemporaryDir dir;
    Test::UiHarness ui(sim, Test::TestEnvironment::writeCloudFile(sim, dir.path()));
    ui.launch(false);

    StallMeter meter;
    QElapsedTimer load;
    meter.start();
    load.start();
    const bool listed = ui.signIn(120000);
    const qint64 loadMs = load.elapsed();
    meter.stop();
    if (!listed) {
        std::fprintf(stderr, "stall: the services were not listed within 2 minutes\n");
        return 1;
    }
    const int services = ui.window()->serviceModel()->serviceCount();

    // The filter as the user types: each keystroke re-filters every row.
    Ui::ServiceFilterProxy *proxy = ui.window()->serviceProxy();
    QElapsedTimer filter;
    qint64 worstFilterMs = 0;
    const QString typed = QStringLiteral("apim-0042");
    for (int i = 1; i <= typed.size(); ++i) {
        filter.start();
        proxy->setFilterText(typed.left(i));
        worstFilterMs = std::max(worstFilterMs, filter.elapsed());
    }
    proxy->setFilterText(QString());

    std::printf("services listed: %d in %lld ms\n", services, static_cast<long long>(loadMs));
    std::printf("GUI thread longest stall while loading: %lld ms (stalls >= 50 ms: %d, >= 100 ms: %d)\n",
        static_cast<long long>(meter.longest()), meter.over50(), meter.over100());
    std::printf(
        "filter over %d services, slowest keystroke: %lld ms\n", services, static_cast<long long>(worstFilterMs));
    return 0;
}
