#include "StorageKeyCommand.h"

#include "CliContext.h"
#include "SecretInput.h"

#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "storage/StorageNames.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Apim::Cli {

using namespace Apim::Core;

QString StorageKeyCommand::summary() const
{
    return tr("Save (set), forget or list pasted storage account keys (key read from stdin)");
}

void StorageKeyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(
        QStringLiteral("action"), tr("set, forget or list."), QStringLiteral("set|forget|list"));
    parser.addOption({ QStringLiteral("account"), tr("The storage account name."), QStringLiteral("name") });
}

void StorageKeyCommand::fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode)
{
    context.output().error(message, errorCode);
    finish(code);
}

void StorageKeyCommand::run(CliContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() > 1) {
        // Most likely the key itself: refuse it, since `ps` and the shell history keep arguments.
        fail(context, ExitCode::Usage,
            tr("storage-key takes one action (set, forget or list). The key is read from standard input, never "
               "from the command line, where other users could see it with 'ps'."),
            QStringLiteral("usage"));
        return;
    }
    const QString action = arguments.value(0);
    if (action == QLatin1String("list")) {
        list(context);
        return;
    }
    if (action != QLatin1String("set") && action != QLatin1String("forget")) {
        fail(context, ExitCode::Usage,
            action.isEmpty() ? tr("storage-key needs an action: set, forget or list.")
                             : tr("Unknown storage-key action \"%1\": use set, forget or list.").arg(action),
            QStringLiteral("usage"));
        return;
    }
    const QString account = context.parser().value(QStringLiteral("account")).trimmed();
    if (account.isEmpty()) {
        fail(context, ExitCode::Usage, tr("storage-key %1 needs --account NAME.").arg(action), QStringLiteral("usage"));
        return;
    }
    if (const QString problem = StorageNames::accountNameError(account); !problem.isEmpty()) {
        fail(context, ExitCode::Usage, problem, QStringLiteral("usage"));
        return;
    }
    if (context.secrets().mode() == SecretsManager::Mode::SessionOnly) {
        // The index of saved keys lives in the settings file: forgetting from memory only
        // would leave the keychain entry behind, saving would lose the key at exit.
        fail(context, ExitCode::Usage,
            tr("Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a key "
               "saved now would be gone when this command ends. Run storage-key %1 without session-only secrets to "
               "use the keychain, or paste the key in the app for one session.")
                .arg(action),
            QStringLiteral("usage"));
        return;
    }
    if (action == QLatin1String("set"))
        set(context, account);
    else
        forget(context, account);
}

void StorageKeyCommand::set(CliContext &context, const QString &account)
{
    const QString key = SecretInput::readSecret(
        tr("Paste key1 or key2 of storage account %1 and press Enter (the input is hidden):").arg(account));
    if (key.isEmpty()) {
        fail(context, ExitCode::Usage,
            tr("No key on standard input. Pipe it in (for example from a secret manager) or type it at the prompt."),
            QStringLiteral("usage"));
        return;
    }
    if (const QString problem = StorageNames::accessKeyError(key); !problem.isEmpty()) {
        fail(context, ExitCode::Usage, tr("What was read is not a storage account key. %1").arg(problem),
            QStringLiteral("usage"));
        return;
    }
    const QString cloud = context.cloud().name();
    context.storageKeys().saveStorageKey(
        account, key, this, [this, &context, account, cloud](const SecretError &error) {
            if (error.isError()) {
                fail(context, ExitCode::Authentication,
                    tr("The key for %1 was not saved: %2").arg(account, error.message), QStringLiteral("keychain"));
                return;
            }
            if (context.output().isJson()) {
                context.output().json(QJsonObject { { QStringLiteral("account"), account },
                    { QStringLiteral("cloud"), cloud }, { QStringLiteral("saved"), true } });
            } else {
                context.output().line(
                    tr("Saved the access key for %1 (%2) in the keychain. Backups and restores with an "
                       "access key use it instead of listing the account's keys.")
                        .arg(account, cloud));
            }
            finish(ExitCode::Success);
        });
}

void StorageKeyCommand::forget(CliContext &context, const QString &account)
{
    const bool wasSaved = context.storageKeys().savedAccounts().contains(account);
    const QString cloud = context.cloud().name();
    // Removed from the keychain even when the index does not list it: nothing may linger.
    context.storageKeys().forgetStorageKey(
        account, this, [this, &context, account, cloud, wasSaved](const SecretError &error) {
            if (error.isError()) {
                fail(context, ExitCode::Authentication,
                    tr("The key for %1 could not be forgotten: %2").arg(account, error.message),
                    QStringLiteral("keychain"));
                return;
            }
            if (context.output().isJson()) {
                context.output().json(QJsonObject { { QStringLiteral("account"), account },
                    { QStringLiteral("cloud"), cloud }, { QStringLiteral("forgotten"), wasSaved } });
            } else {
                context.output().line(wasSaved ? tr("Forgot the pasted access key for %1 (%2).").arg(account, cloud)
                                               : tr("No pasted access key was saved for %1 (%2).").arg(account, cloud));
            }
            finish(ExitCode::Success);
        });
}

void StorageKeyCommand::list(CliContext &context)
{
    const QStringList accounts = context.storageKeys().savedAccounts();
    if (context.output().isJson()) {
        context.output().json(QJsonArray::fromStringList(accounts));
    } else if (accounts.isEmpty()) {
        context.output().line(tr("No pasted storage account keys for %1.").arg(context.cloud().name()));
    } else {
        for (const QString &account : accounts)
            context.output().line(account);
    }
    finish(ExitCode::Success);
}

} // namespace Apim::Cli
