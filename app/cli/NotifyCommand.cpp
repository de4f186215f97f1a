#include "NotifyCommand.h"

#include "CliContext.h"
#include "SecretInput.h"

#include "notify/WebhookSender.h"
#include "notify/WebhookStore.h"
#include "secrets/SecretsManager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

namespace Apim::Cli {

using namespace Apim::Core;

QString NotifyCommand::summary() const
{
    return tr("Save (set), list, forget or test the webhooks that unattended backups notify (URL read from stdin)");
}

void NotifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, list, forget or test, then the webhook's name."),
        QStringLiteral("set|list|forget|test [NAME]"));
    parser.addOption({ QStringLiteral("format"),
        tr("With set: the JSON the webhook takes - teams, slack or generic (default auto: from the URL)."),
        QStringLiteral("format") });
}

void NotifyCommand::fail(CliContext &context, ExitCode code, const QString &message, const QString &errorCode)
{
    context.output().error(message, errorCode);
    finish(code);
}

QString NotifyCommand::describe(const Webhook &webhook)
{
    // The host only: the rest of the URL is the secret.
    return QStringLiteral("%1, %2").arg(WebhookFormat::name(webhook.kind()), webhook.url.host());
}

void NotifyCommand::run(CliContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (action == QLatin1String("list")) {
        if (arguments.size() > 1) {
            fail(context, ExitCode::Usage, tr("notify list takes no name."), QStringLiteral("usage"));
            return;
        }
        list(context);
        return;
    }
    static const QStringList named { QStringLiteral("set"), QStringLiteral("forget"), QStringLiteral("test") };
    if (!named.contains(action)) {
        fail(context, ExitCode::Usage,
            action.isEmpty() ? tr("notify needs an action: set, list, forget or test.")
                             : tr("Unknown notify action \"%1\": use set, list, forget or test.").arg(action),
            QStringLiteral("usage"));
        return;
    }
    if (arguments.size() != 2) {
        // A third word is most likely the URL itself: refuse it, `ps` and the shell history keep arguments.
        fail(context, ExitCode::Usage,
            arguments.size() < 2
                ? tr("notify %1 needs the webhook's name, e.g. notify %1 ops-teams.").arg(action)
                : tr("notify %1 takes one name. The URL is read from standard input, never from the command line, "
                     "where other users could see it with 'ps'.")
                      .arg(action),
            QStringLiteral("usage"));
        return;
    }
    const QString webhook = arguments.at(1);
    if (const QString problem = WebhookStore::nameError(webhook); !problem.isEmpty()) {
        fail(context, ExitCode::Usage, problem, QStringLiteral("usage"));
        return;
    }
    if (action == QLatin1String("test")) {
        test(context, webhook);
        return;
    }
    if (context.secrets().mode() == SecretsManager::Mode::SessionOnly) {
        fail(context, ExitCode::Usage,
            tr("Secrets are session-only here (--session-only-secrets or APIM_BACKUP_SECRETS=session), so a webhook "
               "saved now would be gone when this command ends. Run notify %1 without session-only secrets to use "
               "the keychain, or put the URL in the job's credentials file as %2.")
                .arg(action, WebhookStore::environmentVariable(webhook)),
            QStringLiteral("usage"));
        return;
    }
    if (action == QLatin1String("set"))
        set(context, webhook);
    else
        forget(context, webhook);
}

void NotifyCommand::set(CliContext &context, const QString &webhook)
{
    bool ok = false;
    const WebhookFormat::Kind format = WebhookFormat::fromName(context.parser().value(QStringLiteral("format")), &ok);
    if (!ok) {
        fail(context, ExitCode::Usage,
            tr("--format takes teams, slack, generic or auto, not \"%1\".")
                .arg(context.parser().value(QStringLiteral("format"))),
            QStringLiteral("usage"));
        return;
    }
    const QString text = SecretInput::readSecret(
        tr("Paste the URL of webhook %1 and press Enter (the input is hidden):").arg(webhook));
    if (text.isEmpty()) {
        fail(context, ExitCode::Usage,
            tr("No URL on standard input. Pipe it in (for example from a secret manager) or paste it at the prompt."),
            QStringLiteral("usage"));
        return;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (const QString problem = WebhookFormat::problem(url); !problem.isEmpty()) {
        fail(context, ExitCode::Usage, problem, QStringLiteral("usage"));
        return;
    }
    auto *store = new WebhookStore(&context.secrets(), &context.settings(), context.environment(), this);
    Webhook saved;
    saved.name = webhook;
    saved.url = url;
    saved.format = format;
    store->save(webhook, url, format, this, [this, &context, saved](const SecretError &error) {
        if (error.isError()) {
            fail(context, ExitCode::Authentication, tr("Webhook %1 was not saved: %2").arg(saved.name, error.message),
                QStringLiteral("keychain"));
            return;
        }
        if (context.output().isJson())
            context.output().json(QJsonObject { { QStringLiteral("name"), saved.name },
                { QStringLiteral("format"), WebhookFormat::name(saved.kind()) },
                { QStringLiteral("host"), saved.url.host() }, { QStringLiteral("saved"), true } });
        else
            context.output().line(
                tr("Saved webhook %1 (%2) in the keychain. Try it with: apim-backup-cli notify test %1")
                    .arg(saved.name, describe(saved)));
        finish(ExitCode::Success);
    });
}

void NotifyCommand::forget(CliContext &context, const QString &webhook)
{
    auto *store = new WebhookStore(&context.secrets(), &context.settings(), context.environment(), this);
    const bool wasSaved = store->names().contains(webhook, Qt::CaseInsensitive);
    // Removed from the keychain even when the index does not list it: nothing may linger.
    store->forget(webhook, this, [this, &context, webhook, wasSaved](const SecretError &error) {
        if (error.isError()) {
            fail(context, ExitCode::Authentication,
                tr("Webhook %1 could not be forgotten: %2").arg(webhook, error.message), QStringLiteral("keychain"));
            return;
        }
        if (context.output().isJson())
            context.output().json(
                QJsonObject { { QStringLiteral("name"), webhook }, { QStringLiteral("forgotten"), wasSaved } });
        else
            context.output().line(
                wasSaved ? tr("Forgot webhook %1.").arg(webhook) : tr("No webhook named %1 was saved.").arg(webhook));
        finish(ExitCode::Success);
    });
}

void NotifyCommand::list(CliContext &context)
{
    const WebhookStore store(&context.secrets(), &context.settings(), context.environment());
    const QStringList names = store.names();
    Output &out = context.output();
    if (out.isJson()) {
        QJsonArray array;
        for (const QString &webhook : names)
            array.append(QJsonObject { { QStringLiteral("name"), webhook },
                { QStringLiteral("format"), WebhookFormat::name(store.savedFormat(webhook)) },
                { QStringLiteral("environment"),
                    context.environment().contains(WebhookStore::environmentVariable(webhook)) } });
        out.json(array);
    } else if (names.isEmpty()) {
        out.line(tr("No webhooks saved. Add one with: apim-backup-cli notify set NAME"));
    } else {
        QList<QStringList> rows;
        for (const QString &webhook : names)
            rows.append({ webhook, WebhookFormat::name(store.savedFormat(webhook)),
                context.environment().contains(WebhookStore::environmentVariable(webhook))
                    ? tr("%1 (overrides the keychain)").arg(WebhookStore::environmentVariable(webhook))
                    : tr("keychain") });
        out.table({ tr("Name"), tr("Format"), tr("URL from") }, rows);
    }
    finish(ExitCode::Success);
}

void NotifyCommand::test(CliContext &context, const QString &webhook)
{
    auto *store = new WebhookStore(&context.secrets(), &context.settings(), context.environment(), this);
    store->resolve(webhook, this, [this, &context](const Webhook &found, const QString &problem) {
        if (!problem.isEmpty()) {
            fail(context, ExitCode::Usage, problem, QStringLiteral("usage"));
            return;
        }
        auto *sender = new WebhookSender(context.network(), this);
        const NotificationEvent event = NotificationEvent::test(QSysInfo::machineHostName(), context.clock().now());
        sender->send(found, event, this, [this, &context, found](const WebhookResult &result) {
            if (!result.delivered) {
                fail(context, result.status == 0 || result.status >= 500 ? ExitCode::Unavailable : ExitCode::Failed,
                    tr("The test notification to %1 (%2) was not delivered: %3")
                        .arg(found.name, describe(found), result.error),
                    QStringLiteral("NotDelivered"));
                return;
            }
            if (context.output().isJson())
                context.output().json(QJsonObject { { QStringLiteral("name"), found.name },
                    { QStringLiteral("format"), WebhookFormat::name(found.kind()) },
                    { QStringLiteral("host"), found.url.host() }, { QStringLiteral("status"), result.status },
                    { QStringLiteral("delivered"), true } });
            else
                context.output().line(tr("Delivered a test notification to %1 (%2): HTTP %3.")
                                          .arg(found.name, describe(found))
                                          .arg(result.status));
            finish(ExitCode::Success);
        });
    });
}

} // namespace Apim::Cli
