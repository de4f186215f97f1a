#include "CommandRegistry.h"

#include "AuthCommands.h"
#include "BackupCommand.h"
#include "CliCommand.h"
#include "DrillCommand.h"
#include "InventoryCommands.h"
#include "LocationCommand.h"
#include "NotifyCommand.h"
#include "OperationCommands.h"
#include "ProxyPasswordCommand.h"
#include "PruneCommand.h"
#include "RecoveryCommands.h"
#include "ScheduleCommand.h"
#include "StorageKeyCommand.h"

namespace Apim::Cli {

QList<CliCommand *> CommandRegistry::createCommands(QObject *parent)
{
    // One line per command; each lives in its own file pair.
    return {
        new LoginCommand(parent),
        new LogoutCommand(parent),
        new AccountCommand(parent),
        new TenantsCommand(parent),
        new ServicesCommand(parent),
        new StorageCommand(parent),
        new StorageKeyCommand(parent),
        new ProxyPasswordCommand(parent),
        new BackupsCommand(parent),
        new BackupCommand(parent),
        new RestoreCommand(parent),
        new OperationsCommand(parent),
        new WaitCommand(parent),
        new DrillCommand(parent),
        new ReadinessCommand(parent),
        new VerifyCommand(parent),
        new RpoCommand(parent),
        new LocationCommand(parent),
        new PruneCommand(parent),
        new ScheduleCommand(parent),
        new NotifyCommand(parent),
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
