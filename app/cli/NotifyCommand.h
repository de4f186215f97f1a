#pragma once

#include "CliCommand.h"

namespace Apim::Core {
struct Webhook;
} // namespace Apim::Core

namespace Apim::Cli {

// notify set|list|forget|test NAME: the webhooks unattended backups report to
// (backup --notify NAME, schedule --notify NAME). The URL is read from standard input -
// hidden on a terminal - and kept in the keychain; it is never a command-line argument,
// never printed, never logged (only its host is). Needs no sign-in.
class NotifyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("notify"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void set(CliContext &context, const QString &webhook);
    void forget(CliContext &context, const QString &webhook);
    void list(CliContext &context);
    void test(CliContext &context, const QString &webhook);
    void fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode);
    static QString describe(const Core::Webhook &webhook);
};

} // namespace Apim::Cli
