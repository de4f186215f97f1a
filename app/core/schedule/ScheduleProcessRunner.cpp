#include "schedule/ScheduleProcessRunner.h"

#include <QProcess>

namespace Apim::Core {

ScheduleProcessRunner::Result SystemProcessRunner::run(
    const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Result result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.errorText = process.errorString();
        return result;
    }
    result.started = true;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(3000);
        result.errorText = QStringLiteral("%1 did not finish within a minute").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errorText = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return result;
}

} // namespace Apim::Core
