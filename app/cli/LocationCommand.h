#pragma once

#include "CliCommand.h"

#include "recovery/BackupLocation.h"

namespace Apim::Cli {

// location list | add SUBSCRIPTION/ACCOUNT/CONTAINER | remove SUBSCRIPTION/ACCOUNT/CONTAINER:
// the containers the backup catalog reads for every service besides the remembered ones
// (readiness, verify and the app's Recovery page), kept in the settings the app shares.
// `list` also shows each subscription's default location (the one the app's backup dialog
// and Settings remember). Needs no sign-in: nothing is read from Azure.
class LocationCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("location"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void list(CliContext &context);
    void change(CliContext &context, const QString &action, const Core::BackupLocation &location);
    void fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode = {});
};

} // namespace Apim::Cli
