#pragma once

#include <QCoreApplication>
#include <QString>

namespace Apim::Cli {

// Reads a secret (a client secret, a storage key) from standard input, never from argv:
// on a terminal with echo turned off (termios on POSIX, SetConsoleMode on Windows) and
// one line only, so the user sees nothing and need not press Ctrl+D; from a pipe, its
// first line. Surrounding whitespace is dropped (a secret has none).
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Cli::SecretInput)
public:
    static bool stdinIsTerminal();
    // prompt goes to stderr, and only when stdin is a terminal.
    static QString readSecret(const QString &prompt);
};

} // namespace Apim::Cli
