#pragma once

#include "CliCommand.h"

namespace Apim::Cli {

// storage-key set|forget|list --account NAME: the access key of a storage account whose
// keys the signed-in identity may not list (listKeys refused), kept in the keychain under
// the cloud and account name. Backups and restores with an access key then use it instead
// of asking ARM. The key is read from standard input - with echo off on a terminal -
// never from an argument that `ps` would show. Needs no sign-in.
class StorageKeyCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("storage-key"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    void set(CliContext &context, const QString &account);
    void forget(CliContext &context, const QString &account);
    void list(CliContext &context);
    void fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode);
};

} // namespace Apim::Cli
