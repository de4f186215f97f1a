// The baseline: a bare Qt Widgets window (a main window with a tree and a status bar)
// that quits on its first paint and prints how long that took from main().
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace {
class FirstPaint : public QObject
{
public:
    FirstPaint(const QElapsedTimer &clock, QObject *parent)
        : QObject(parent)
        , m_clock(clock)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fprintf(stderr, "baseline: first paint after %lld ms\n", static_cast<long long>(m_clock.elapsed()));
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
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
