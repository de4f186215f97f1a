#pragma once

#include <QObject>
#include <QString>

class QCommandLineParser;

namespace Apim::Cli {

class CliContext;

// The exit codes scripts can rely on.
enum class ExitCode : int {
    Success = 0,
    Failed = 1, // the operation ran and failed
    Usage = 2, // bad command line
    Authentication = 3, // not signed in, sign-in expired or refused, keychain trouble
    Refused = 4, // refused by a preflight check
    Unavailable = 5, // network or service unavailable after retries
    Interrupted = 6, // SIGINT/SIGTERM: the journal is written; a started operation goes on in Azure ('wait')
    Differences = 7, // a restore drill ran to its end, but the standby differs from the source
    NeedsAttention = 7, // readiness/verify: a service or backup needs someone's attention
    Undetermined = 8, // readiness/verify: some could not be judged (listing refused, unreachable)
};

// One command of apim-backup-cli ("login", "backup", ...). Registered in
// CommandRegistry.cpp. run() starts the work and returns; the command ends by calling
// finish() - possibly much later, from the event loop.
class CliCommand : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the command list
    // The command's own options; the global ones are added by main.
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    virtual void run(CliContext &context) = 0;

signals:
    void finished(int exitCode);

protected:
    // Ends the command. A command with something left to do at its end (a notification)
    // overrides it and calls this one when done.
    virtual void finish(ExitCode code) { emit finished(static_cast<int>(code)); }
};

} // namespace Apim::Cli
