#pragma once

#include <QString>

namespace Apim::Core {

// Quoting for each scheduler: a word that the scheduler (or the shell it starts) hands
// to the program unchanged, whatever characters it holds.
namespace ScheduleQuoting {

QString systemdQuote(const QString &word); // ExecStart= (also escapes % and $)
// A systemd Environment= line, quoted when it needs it (no $ expansion there).
QString systemdEnvironment(const QString &name, const QString &value);
QString shellQuote(const QString &word); // POSIX sh
QString cmdQuote(const QString &word); // Windows cmd.exe, inside a .cmd file

} // namespace ScheduleQuoting

} // namespace Apim::Core
