#include "util/CrashPoint.h"

#include <QtGlobal>

#include <cstdlib>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <csignal>
#include <unistd.h>
#endif

namespace Apim::Core {

void crashPoint(const QString &name)
{
    static const QString wanted = qEnvironmentVariable("APIM_BACKUP_CRASH_AT");
    if (wanted.isEmpty() || wanted != name)
        return;
#ifdef Q_OS_WIN
    ::TerminateProcess(::GetCurrentProcess(), 137);
#else
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137); // not reached
}

} // namespace Apim::Core
