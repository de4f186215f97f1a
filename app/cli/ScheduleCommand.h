#pragma once

#include "CliCommand.h"

namespace Apim::Core {
class ScheduleTemplate;
}

namespace Apim::Cli {

// schedule: prints (or, with --install, writes) what runs the backups unattended: a
// systemd user service and timer, a crontab line, or a Windows script and its schtasks
// command. The job backs up each service in turn, then prunes; it fails loudly (non-zero
// exit) so the scheduler records the failure. It signs in with --auth env from a
// credentials file the user fills in - this command never writes a secret - or with the
// saved sign-in. Needs no network.
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
    ExitCode install(CliContext &context, const Core::ScheduleTemplate &schedule);
    void print(CliContext &context, const Core::ScheduleTemplate &schedule);
};

} // namespace Apim::Cli
