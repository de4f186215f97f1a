#pragma once

#include "CliCommand.h"

#include "arm/ArmError.h"
#include "inventory/ApimService.h"
#include "inventory/ServiceListing.h"
#include "operations/OperationRecord.h"

#include <functional>
#include <memory>

namespace Apim::Core {
class Engine;
} // namespace Apim::Core

namespace Apim::Cli {

class CliContext;
class SignalWatcher;

using Engine = Core::Engine;

// Base of the engine's commands (services, storage, backups, backup, restore,
// operations, wait): signs in, hands over the context's Engine, and maps errors to exit
// codes and plain words on stderr.
class EngineCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

protected:
    // Signs in (or restores the session), then calls ready with the engine. On a
    // sign-in failure it reports and finishes with the right exit code itself.
    void withEngine(CliContext &context, std::function<void(Engine &engine)> ready);
    // The journal and manager only, without signing in (the operations list).
    Engine &offlineEngine(CliContext &context);

    // Every service of the --subscription options (all when none), sorted by name, through
    // Resource Graph unless --no-resource-graph. Subscriptions that could not be listed are
    // reported on stderr; a failure of the whole listing ends the command.
    using ServicesCallback = std::function<void(const QList<Core::ApimService> &, const Core::ServiceListingSummary &)>;
    void listServices(CliContext &context, ServicesCallback done);
    static ExitCode exitCodeFor(const Core::ArmError &error);
    static ExitCode exitCodeFor(const Core::OperationRecord &record);
    void failWith(CliContext &context, const Core::ArmError &error);
    void usage(CliContext &context, const QString &message);

    // Whether a typed confirmation can be asked for (stdin is a terminal).
    static bool stdinIsTerminal();
    // Shows prompt on stderr and reads one line from stdin: true when it is expected exactly.
    static bool confirmByTyping(CliContext &context, const QString &prompt, const QString &expected);

    // One line of progress for stderr, e.g. "Running (InProgress) 40% - 12 s".
    static QString progressLine(const Core::OperationRecord &record, const QDateTime &now);
    // The end of an operation: state, error in the service's words, notes, the change report.
    void printOutcome(CliContext &context, const Core::OperationRecord &record);
    // From now on SIGINT/SIGTERM end the command cleanly: the manager writes the journal
    // and stops, the user is told how to follow what goes on in Azure, exit code 6.
    // beforeSuspend runs first (a batch cancels what has not started).
    void stopCleanlyOnSignal(CliContext &context, Engine &engine, std::function<void()> beforeSuspend = {});

private:
    void watchJournal(CliContext &context);

    bool m_watchingJournal = false;
    SignalWatcher *m_signals = nullptr;
    bool m_interrupted = false;
};

} // namespace Apim::Cli
