#include "SignalWatcher.h"

#include <QMetaObject>
#include <QPointer>

#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Apim::Cli {

namespace {
#ifdef Q_OS_UNIX
// The self-pipe: a signal handler may only write(); the event loop reads the other end.
int g_pipe[2] = { -1, -1 };
struct sigaction g_oldInt;
struct sigaction g_oldTerm;

void onSignal(int number)
{
    const unsigned char byte = static_cast<unsigned char>(number);
    const ssize_t written = ::write(g_pipe[1], &byte, 1);
    (void)written; // nothing to do about a full pipe: one byte is already waiting
}
#endif
#ifdef Q_OS_WIN
QPointer<SignalWatcher> g_watcher;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    // Runs on a thread of its own: hand over to the watcher's thread and let it decide.
    const int number = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    if (!g_watcher)
        return FALSE;
    QMetaObject::invokeMethod(g_watcher.data(), "interrupted", Qt::QueuedConnection,
        Q_ARG(QString, number == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM")));
    // Console close gives a few seconds before Windows ends the process anyway.
    return TRUE;
}
#endif
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] >= 0 || ::pipe(g_pipe) != 0)
        return;
    for (int fd : g_pipe) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char byte = 0;
        while (::read(g_pipe[0], &byte, 1) == 1)
            deliver(byte);
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &g_oldInt);
    ::sigaction(SIGTERM, &action, &g_oldTerm);
    m_active = true;
#elif defined(Q_OS_WIN)
    if (g_watcher)
        return;
    g_watcher = this;
    m_active = SetConsoleCtrlHandler(onConsoleEvent, TRUE) != 0;
#endif
}

SignalWatcher::~SignalWatcher()
{
    if (!m_active)
        return;
#ifdef Q_OS_UNIX
    ::sigaction(SIGINT, &g_oldInt, nullptr);
    ::sigaction(SIGTERM, &g_oldTerm, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
#endif
}

void SignalWatcher::deliver(int signalNumber)
{
    emit interrupted(signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM"));
}

} // namespace Apim::Cli
