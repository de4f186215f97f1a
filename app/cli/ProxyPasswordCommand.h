#pragma once

#include "CliCommand.h"

namespace Apim::Cli {

// proxy-password set|forget: the password of the proxy's user, kept in the keychain under
// the user, proxy host and port. The proxy is the one requests to Azure take (--proxy,
// HTTPS_PROXY or the app's Network settings) and must name its user
// (http://USER@host:port, or the user saved in the app). The password is read from
// standard input - with echo off on a terminal - never from the command line.
class ProxyPasswordCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("proxy-password"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode);
};

} // namespace Apim::Cli
