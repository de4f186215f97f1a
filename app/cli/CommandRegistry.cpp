#include "CommandRegistry.h"

#include "AuthCommands.h"
#include "CliCommand.h"

namespace Apim::Cli {

QList<CliCommand *> CommandRegistry::createCommands(QObject *parent)
{
    // One line per command; each lives in its own file pair.
    return {
        new LoginCommand(parent),
        new LogoutCommand(parent),
        new AccountCommand(parent),
        new TenantsCommand(parent),
    };
}

CliCommand *CommandRegistry::find(const QList<CliCommand *> &commands, const QString &name)
{
    for (CliCommand *command : commands) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

} // namespace Apim::Cli
