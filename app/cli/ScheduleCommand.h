#pragma once

#include "CliCommand.h"

#include "schedule/WorkflowSpec.h"

#include <optional>

namespace Apim::Core {
class ScheduleCatalog;
class ScheduleProcessRunner;
struct ScheduleSpec;
class ScheduleTemplate;
} // namespace Apim::Core

namespace Apim::Cli {

// schedule: prints (or, with --install, writes) what runs the backups unattended: a
// systemd user service and timer, a crontab line, or a Windows script and its schtasks
// command. The job backs up each service in turn, then prunes; it fails loudly (non-zero
// exit) so the scheduler records the failure. With --drill the job runs one restore drill
// instead (apim-backup-cli drill ... --yes), through the same templates. It signs in with --auth env from a
// credentials file the user fills in - this command never writes a secret - or with the
// saved sign-in. Needs no network. --format github-actions | azure-pipelines writes the job
// as a workflow file instead (ScheduleWorkflow.cpp). --list and --remove read back and delete what was
// installed, through ScheduleCatalog.
class ScheduleCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    // Each fills in its part of the spec from the options; a usage message when one is wrong.
    QString readTarget(CliContext &context, Core::ScheduleSpec *spec) const;
    QString readDrill(CliContext &context, Core::ScheduleSpec *spec) const;
    QString readWhen(CliContext &context, Core::ScheduleSpec *spec) const;
    QString readJobEnvironment(CliContext &context, Core::ScheduleSpec *spec) const;
    ExitCode install(CliContext &context, const Core::ScheduleTemplate &schedule);
    void print(CliContext &context, const Core::ScheduleTemplate &schedule);

    // The workflow formats (ScheduleWorkflow.cpp).
    static std::optional<Core::WorkflowSpec::Engine> workflowEngine(const QString &format);
    static void addWorkflowOptions(QCommandLineParser &parser);
    static QString workflowOptionsMisused(CliContext &context);
    QString readWorkflow(CliContext &context, Core::WorkflowSpec *workflow) const;
    void runWorkflow(CliContext &context, Core::WorkflowSpec::Engine engine);
    // --list and --remove NAME: the schedules installed on this machine (ScheduleCatalog).
    ExitCode list(CliContext &context);
    ExitCode remove(CliContext &context, const QString &name);
    static Core::ScheduleCatalog catalog(CliContext &context, Core::ScheduleProcessRunner *runner);
};

} // namespace Apim::Cli
