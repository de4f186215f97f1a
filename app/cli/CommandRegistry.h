#pragma once

#include <QList>
#include <QString>

class QObject;

namespace Apim::Cli {

class CliCommand;

// The list of apim-backup-cli commands, in the order `--help` shows them.
class CommandRegistry
{
public:
    static QList<CliCommand *> createCommands(QObject *parent);
    static CliCommand *find(const QList<CliCommand *> &commands, const QString &name);
};

} // namespace Apim::Cli
