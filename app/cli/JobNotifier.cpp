#include "JobNotifier.h"

#include "CliContext.h"

#include "notify/WebhookSender.h"
#include "secrets/SecretsManager.h"

#include <QCommandLineParser>

namespace Apim::Cli {

using namespace Apim::Core;

void JobNotifier::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("notify"),
        tr("Post the result to this webhook (saved with 'notify set NAME', or APIM_BACKUP_WEBHOOK_<NAME> in the "
           "job's credentials file). The URL itself is never an argument."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("notify-on"),
        tr("When to notify: failure (default: anything but success) or always."), QStringLiteral("when") });
}

bool JobNotifier::read(CliContext &context, QString *error)
{
    const QCommandLineParser &parser = context.parser();
    const QString when = parser.value(QStringLiteral("notify-on")).trimmed().toLower();
    if (when.isEmpty() || when == QLatin1String("failure"))
        m_when = When::Failure;
    else if (when == QLatin1String("always"))
        m_when = When::Always;
    else {
        *error = tr("--notify-on takes failure or always, not \"%1\".").arg(when);
        return false;
    }
    m_name = parser.value(QStringLiteral("notify")).trimmed();
    if (m_name.isEmpty()) {
        if (parser.isSet(QStringLiteral("notify-on"))) {
            *error = tr("--notify-on goes with --notify NAME.");
            return false;
        }
        return true;
    }
    if (m_name.contains(QLatin1String("://"))) {
        // The URL would end up in `ps`, the shell history and an installed job's file.
        *error = tr("--notify takes the name of a saved webhook, not its URL: save the URL with "
                    "'apim-backup-cli notify set NAME' (it reads it from standard input) and pass --notify NAME.");
        m_name.clear();
        return false;
    }
    *error = WebhookStore::nameError(m_name);
    if (!error->isEmpty()) {
        m_name.clear();
        return false;
    }
    return true;
}

void JobNotifier::prepare(CliContext &context)
{
    if (!isEnabled() || m_store)
        return;
    m_store = new WebhookStore(&context.secrets(), &context.settings(), context.environment(), this);
    m_sender = new WebhookSender(context.network(), this);
    m_store->resolve(m_name, this, [this, &context](const Webhook &webhook, const QString &problem) {
        m_resolved = true;
        if (problem.isEmpty())
            m_webhook = webhook;
        else
            context.output().info(tr("warning: notifications are off for this run: %1").arg(problem));
        sendWhenResolved(context);
    });
}

bool JobNotifier::wants(ExitCode code) const
{
    if (!isEnabled() || code == ExitCode::Interrupted)
        return false;
    return m_when == When::Always || code != ExitCode::Success;
}

void JobNotifier::notify(CliContext &context, ExitCode code, const NotificationEvent &event, std::function<void()> done)
{
    if (!wants(code) || m_done) {
        done();
        return;
    }
    prepare(context);
    m_event = event;
    m_done = std::move(done);
    sendWhenResolved(context);
}

void JobNotifier::sendWhenResolved(CliContext &context)
{
    if (!m_resolved || !m_event || !m_done)
        return;
    const NotificationEvent event = *m_event;
    m_event.reset();
    if (!m_webhook) {
        m_done();
        return;
    }
    const Webhook webhook = *m_webhook;
    m_sender->send(webhook, event, this, [this, &context, webhook](const WebhookResult &result) {
        if (result.delivered)
            context.output().info(
                tr("Notified webhook %1 (%2).").arg(webhook.name, WebhookFormat::name(webhook.kind())));
        else
            context.output().info(tr("warning: webhook %1 was not notified: %2").arg(webhook.name, result.error));
        m_done();
    });
}

} // namespace Apim::Cli
