#include "support_CliRun.h"

#include <QProcess>

namespace Apim::Test {

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
    CliRun run;
    if (!process.waitForStarted(5000)) {
        run.err = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace Apim::Test
