// The baseline: a bare Qt Widgets window (a main window with a tree and a status bar)
// that quits once its first frame is painted and prints how long that took from main(),
// and when (microseconds since the epoch, so that run.sh can count from the exec).
// It measures the frame exactly as apim-backup --quit-after-paint does (MainWindow::
// firstPainted): after the top-level paint event, once control is back in the event
// loop, that is with the children painted too.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <chrono>
#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    FirstPaint(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Queued: runs when the whole frame (children included) has been painted.
            QMetaObject::invokeMethod(this, &FirstPaint::report, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void report()
    {
        const auto epochUs
            = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        std::fprintf(stderr, "baseline: first paint after %lld ms (at %lld us since the epoch)\n",
            static_cast<long long>(m_clock.elapsed()), static_cast<long long>(epochUs));
        std::fflush(stderr);
        QTimer::singleShot(0, qApp, &QApplication::quit);
    }

    const QElapsedTimer &m_clock;
    bool m_done = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QTreeView(&window));
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 780);
    window.installEventFilter(new FirstPaint(clock, &window));
    window.show();
    return app.exec();
}
