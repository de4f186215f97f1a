#pragma once

#include "CliCommand.h"

namespace Apim::Core {
struct AccountInfo;
}

namespace Apim::Cli {

// login: signs in (--auth device|browser|sp|cli|env) and saves the session in the
// keychain (metadata in settings) so later commands and the GUI use it. A client secret is
// read from standard input (--client-secret-stdin) or AZURE_CLIENT_SECRET, never from an
// argument that `ps` would show.
class LoginCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;
};

// logout: forgets the saved sign-in and storage keys, in the settings and the keychain.
class LogoutCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    void run(CliContext &context) override;
};

// account: who is signed in, where, how, and where secrets are kept. --check also asks for
// a token, proving the saved sign-in still works.
class AccountCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void report(CliContext &context, const Core::AccountInfo &info, const QString &tokenProblem);
};

// tenants: the tenants the account can reach (for --tenant).
class TenantsCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("tenants"); }
    QString summary() const override;
    void run(CliContext &context) override;
};

} // namespace Apim::Cli
