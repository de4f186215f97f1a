#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Apim::Test {

// What one apim-backup-cli run left behind: exit code (-1 after a crash or timeout) and
// both output streams.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs APIM_CLI_BINARY (the test target's compile definition) with input on stdin (then
// closed) and waits for it; a run that outlives timeoutMs is killed and reports "timed out"
// on err.
CliRun runCli(
    const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000, const QByteArray &input = {});

} // namespace Apim::Test
