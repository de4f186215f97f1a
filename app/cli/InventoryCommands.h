#pragma once

#include "EngineCommand.h"

namespace Apim::Cli {

// services [--subscription ID]...: every APIM service with tier, state and whether
// backup works for it.
class ServicesCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("services"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

// storage --subscription ID: storage accounts and their containers.
class StorageCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("storage"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

// backups --account NAME --container NAME [--subscription ID] [--service ID]: the
// backup files with their age and whether they are still restorable.
class BackupsCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

} // namespace Apim::Cli
