#include "SecretInput.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace Apim::Cli {

namespace {

constexpr int kMaxSecretBytes = 16 * 1024;

// One line from stdin without its line end; false at EOF before any character.
bool readLine(std::string &line)
{
    line.clear();
    char buffer[512];
    bool any = false;
    while (std::fgets(buffer, sizeof buffer, stdin)) {
        any = true;
        const size_t length = std::strlen(buffer);
        const bool complete = length > 0 && buffer[length - 1] == '\n';
        if (line.size() < size_t(kMaxSecretBytes))
            line.append(buffer, complete ? length - 1 : length);
        std::memset(buffer, 0, sizeof buffer);
        if (complete)
            break;
    }
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.pop_back();
    return any;
}

#ifndef Q_OS_WIN
// Kept where the signal handler can reach them: Ctrl+C at the prompt must not leave the
// terminal without echo.
termios g_savedTermios {};
volatile sig_atomic_t g_echoOff = 0;
constexpr int kSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
constexpr int kSignalCount = int(sizeof kSignals / sizeof kSignals[0]);

extern "C" void restoreEchoAndReraise(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios); // async-signal-safe
    struct sigaction fallback = {};
    fallback.sa_handler = SIG_DFL;
    sigaction(signal, &fallback, nullptr);
    raise(signal);
}
#endif

// Echo off for as long as it lives, restored on every way out: return, exception, signal.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        if (m_handle != INVALID_HANDLE_VALUE && GetConsoleMode(m_handle, &m_mode))
            m_changed = SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
            return;
        struct sigaction handler = {};
        handler.sa_handler = restoreEchoAndReraise;
        sigemptyset(&handler.sa_mask);
        for (int i = 0; i < kSignalCount; ++i)
            sigaction(kSignals[i], &handler, &m_previous[i]);
        m_handlersInstalled = true;
        termios quiet = g_savedTermios;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= tcflag_t(ICANON | ISIG); // line by line, and Ctrl+C still works
        // TCSANOW: keep what was typed ahead (it is read as the secret, not lost).
        m_changed = tcsetattr(STDIN_FILENO, TCSANOW, &quiet) == 0;
        g_echoOff = m_changed ? 1 : 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_changed)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_changed)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTermios);
        g_echoOff = 0;
        if (m_handlersInstalled) {
            for (int i = 0; i < kSignalCount; ++i)
                sigaction(kSignals[i], &m_previous[i], nullptr);
        }
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
    DWORD m_mode = 0;
#else
    struct sigaction m_previous[kSignalCount] = {};
    bool m_handlersInstalled = false;
#endif
};

} // namespace

bool SecretInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

QString SecretInput::readSecret(const QString &prompt)
{
    std::string line;
    if (stdinIsTerminal()) {
        {
            // Echo goes off before the prompt shows, so nothing typed after it is seen.
            const EchoOff quiet;
            if (!prompt.isEmpty()) {
                std::fputs(prompt.toLocal8Bit().constData(), stderr);
                std::fflush(stderr);
            }
            readLine(line);
        }
        // The Enter the user typed was not echoed either.
        std::fputs("\n", stderr);
        std::fflush(stderr);
    } else {
        readLine(line);
    }
    const QString secret = QString::fromUtf8(line.data(), qsizetype(line.size())).trimmed();
    // Do not leave the secret lying around in freed memory longer than needed.
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace Apim::Cli
