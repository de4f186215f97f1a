#pragma once

#include "EngineCommand.h"

#include "operations/OperationRecord.h"
#include "operations/OperationRequest.h"
#include "operations/Preflight.h"

#include <optional>

namespace Apim::Cli {

// What backup and restore share: the options, preflight, starting through the
// OperationManager, progress on stderr, the outcome and exit code.
class OperationCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

protected:
    virtual Core::OperationKind kind() const = 0;
    // Storage account, container, their subscription, identity client id and overwrite.
    void readTarget(CliContext &context, Core::OperationRequest *request) const;
    // --access-type (and the client id a user identity needs); false + *error when wrong.
    bool readAccess(CliContext &context, Core::OperationRequest *request, QString *error) const;

    const Core::OperationRequest &request() const { return m_request; }
    // The operation as it ended, once it has (not for refusals before it started).
    const std::optional<Core::OperationRecord> &finishedRecord() const { return m_finished; }

private:
    bool readRequest(CliContext &context, Core::OperationRequest *request, QString *error) const;
    void printCommand(CliContext &context, const Core::OperationRequest &request);
    void onPreflight(CliContext &context, Engine &engine, const Core::PreflightReport &report);
    bool confirmRestore(CliContext &context, const QString &serviceName);
    void start(CliContext &context, Engine &engine, const Core::OperationRequest &request);

    Core::OperationRequest m_request;
    QString m_lastProgress;
    std::optional<Core::OperationRecord> m_finished;
};

// restore --service ID --account NAME --container NAME --name BLOB [--yes]
class RestoreCommand : public OperationCommand
{
    Q_OBJECT
public:
    using OperationCommand::OperationCommand;
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;

protected:
    Core::OperationKind kind() const override { return Core::OperationKind::Restore; }
};

// operations: the journal, newest last.
class OperationsCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("operations"); }
    QString summary() const override;
    void run(CliContext &context) override;
};

// wait OPERATION_ID: follows an operation started earlier (by this tool, GUI or CLI)
// to its end.
class WaitCommand : public EngineCommand
{
    Q_OBJECT
public:
    using EngineCommand::EngineCommand;
    QString name() const override { return QStringLiteral("wait"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

} // namespace Apim::Cli
