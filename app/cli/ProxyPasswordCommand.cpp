#include "ProxyPasswordCommand.h"

#include "CliContext.h"
#include "SecretInput.h"

#include "net/NetworkSetup.h"
#include "secrets/SecretsManager.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Apim::Cli {

using namespace Apim::Core;

QString ProxyPasswordCommand::summary() const
{
    return tr("Save (set) or forget the proxy's password in the keychain (password read from stdin)");
}

void ProxyPasswordCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("set or forget."), QStringLiteral("set|forget"));
}

void ProxyPasswordCommand::fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode)
{
    context.output().error(message, errorCode);
    finish(code);
}

void ProxyPasswordCommand::run(CliContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() > 1) {
        fail(context, ExitCode::Usage,
            tr("proxy-password takes one action (set or forget). The password is read from standard input, never "
               "from the command line, where other users could see it with 'ps'."),
            QStringLiteral("usage"));
        return;
    }
    const QString action = arguments.value(0);
    if (action != QLatin1String("set") && action != QLatin1String("forget")) {
        fail(context, ExitCode::Usage,
            action.isEmpty() ? tr("proxy-password needs an action: set or forget.")
                             : tr("Unknown proxy-password action \"%1\": use set or forget.").arg(action),
            QStringLiteral("usage"));
        return;
    }
    const QUrl target = context.cloud().resourceManager();
    const QNetworkProxy proxy = context.networkSetup().proxyFor(target);
    if (proxy.type() == QNetworkProxy::NoProxy) {
        fail(context, ExitCode::Usage,
            tr("No proxy is used to reach %1: give it with --proxy http://USER@host:port, HTTPS_PROXY or the app's "
               "Network settings.")
                .arg(target.host()),
            QStringLiteral("usage"));
        return;
    }
    const SecretKey key = context.networkSetup().passwordKeyFor(target);
    const QString name = ProxyConfig::displayName(proxy);
    if (!key.isValid()) {
        fail(context, ExitCode::Usage,
            tr("The proxy %1 has no user name: give it in the proxy address (--proxy http://USER@%1) or in the app's "
               "Network settings.")
                .arg(name),
            QStringLiteral("usage"));
        return;
    }
    if (context.secrets().mode() == SecretsManager::Mode::SessionOnly) {
        fail(context, ExitCode::Usage,
            tr("Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a password "
               "saved now would be gone when this command ends. Run proxy-password %1 without session-only secrets.")
                .arg(action),
            QStringLiteral("usage"));
        return;
    }
    const QString user = proxy.user();
    auto report = [this, &context, name, user, action](const SecretError &error) {
        if (error.isError()) {
            fail(context, ExitCode::Authentication,
                (action == QLatin1String("set") ? tr("The password for %1 at %2 was not saved: %3")
                                                : tr("The password for %1 at %2 could not be forgotten: %3"))
                    .arg(user, name, error.message),
                QStringLiteral("keychain"));
            return;
        }
        if (context.output().isJson()) {
            context.output().json(QJsonObject { { QStringLiteral("proxy"), name }, { QStringLiteral("user"), user },
                { action == QLatin1String("set") ? QStringLiteral("saved") : QStringLiteral("forgotten"), true } });
        } else {
            context.output().line(action == QLatin1String("set")
                    ? tr("Saved the password for %1 at the proxy %2 in the keychain.").arg(user, name)
                    : tr("Forgot the password for %1 at the proxy %2.").arg(user, name));
        }
        finish(ExitCode::Success);
    };
    if (action == QLatin1String("forget")) {
        context.secrets().remove(key, this, report);
        return;
    }
    const QString password
        = SecretInput::readSecret(tr("Password for %1 at the proxy %2 (the input is hidden):").arg(user, name));
    if (password.isEmpty()) {
        fail(context, ExitCode::Usage,
            tr("No password on standard input. Pipe it in (for example from a secret manager) or type it at the "
               "prompt."),
            QStringLiteral("usage"));
        return;
    }
    context.secrets().write(key, password, this, report);
}

} // namespace Apim::Cli
