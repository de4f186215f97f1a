#pragma once

#include "EngineCommand.h"

#include "inventory/ApimService.h"
#include "recovery/CatalogSnapshot.h"

namespace Apim::Cli {

// readiness [--subscription ID]... [--rpo 24h] [--location SUB/ACCOUNT/CONTAINER]...: every
// service's recovery state against its target RPO. The exit code tells monitoring whether
// any service needs attention (7) or, if none does, whether some could not be judged (8).
class ReadinessCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("readiness"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void report(CliContext &context, const QList<Core::ApimService> &services, const Core::CatalogSnapshot &snapshot,
        qint64 targetOverride, bool allSubscriptionsListed);
    void hintGoneLocations(CliContext &context, const QList<Core::BackupLocation> &gone);
};

// verify [--service ID]: looks again at the file of every backup this tool made.
class VerifyCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

// rpo [--service ID | --subscription ID] [--set DURATION | --clear]: the target RPOs.
class RpoCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("rpo"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

} // namespace Apim::Cli
