#include "notify/WebhookStore.h"

#include "secrets/ContextGuard.h"
#include "settings/Settings.h"

#include <QRegularExpression>

#include <algorithm>

namespace Apim::Core {

namespace {
// "name:format" per webhook: the name is not part of a settings key, so no name can look
// like a secret's key to Settings.
const QString kIndexKey = QStringLiteral("notifications/webhooks");
} // namespace

WebhookStore::WebhookStore(
    SecretStore *secrets, Settings *settings, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_environment(environment)
{ }

bool WebhookStore::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"));
    return pattern.match(name).hasMatch();
}

QString WebhookStore::nameError(const QString &name)
{
    if (isValidName(name))
        return {};
    return tr("\"%1\" cannot name a webhook: use up to 40 letters, digits, hyphens and underscores.").arg(name);
}

QString WebhookStore::environmentVariable(const QString &name)
{
    QString suffix = name.toUpper();
    suffix.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("APIM_BACKUP_WEBHOOK_") + suffix;
}

QStringList WebhookStore::names() const
{
    QStringList names;
    const QStringList entries = m_settings ? m_settings->value(kIndexKey).toStringList() : QStringList();
    for (const QString &entry : entries)
        names << entry.section(QLatin1Char(':'), 0, 0);
    names.sort(Qt::CaseInsensitive);
    return names;
}

WebhookFormat::Kind WebhookStore::savedFormat(const QString &name) const
{
    const QStringList entries = m_settings ? m_settings->value(kIndexKey).toStringList() : QStringList();
    for (const QString &entry : entries) {
        if (entry.section(QLatin1Char(':'), 0, 0).compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const WebhookFormat::Kind kind = WebhookFormat::fromName(entry.section(QLatin1Char(':'), 1), &ok);
            return ok ? kind : WebhookFormat::Kind::Auto;
        }
    }
    return WebhookFormat::Kind::Auto;
}

void WebhookStore::setSaved(const QString &name, WebhookFormat::Kind format, bool saved)
{
    if (!m_settings)
        return;
    QStringList entries = m_settings->value(kIndexKey).toStringList();
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                      [&name](const QString &entry) {
                          return entry.section(QLatin1Char(':'), 0, 0).compare(name, Qt::CaseInsensitive) == 0;
                      }),
        entries.end());
    if (saved)
        entries.append(name + QLatin1Char(':') + WebhookFormat::name(format));
    entries.sort(Qt::CaseInsensitive);
    if (entries.isEmpty())
        m_settings->remove(kIndexKey);
    else
        m_settings->setValue(kIndexKey, entries);
    m_settings->sync();
}

void WebhookStore::save(
    const QString &name, const QUrl &url, WebhookFormat::Kind format, QObject *context, DoneCallback callback)
{
    const ContextGuard guard(context);
    QString problem = nameError(name);
    if (problem.isEmpty())
        problem = WebhookFormat::problem(url);
    if (!problem.isEmpty()) {
        guard.post(this, [callback, problem] { callback({ SecretError::Kind::Other, problem }); });
        return;
    }
    m_secrets->write(SecretKey::webhook(name), url.toString(QUrl::FullyEncoded), this,
        [this, name, format, guard, callback](const SecretError &error) {
            if (!error.isError())
                setSaved(name, format, true);
            guard.post(this, [callback, error] { callback(error); });
        });
}

void WebhookStore::forget(const QString &name, QObject *context, DoneCallback callback)
{
    const ContextGuard guard(context);
    m_secrets->remove(SecretKey::webhook(name), this, [this, name, guard, callback](const SecretError &error) {
        if (!error.isError())
            setSaved(name, WebhookFormat::Kind::Auto, false);
        guard.post(this, [callback, error] { callback(error); });
    });
}

void WebhookStore::resolve(const QString &name, QObject *context, WebhookCallback callback)
{
    const ContextGuard guard(context);
    Webhook webhook;
    webhook.name = name;
    webhook.format = savedFormat(name);
    const QString problem = nameError(name);
    if (!problem.isEmpty()) {
        guard.post(this, [callback, webhook, problem] { callback(webhook, problem); });
        return;
    }
    const QString variable = environmentVariable(name);
    const QString fromEnvironment = m_environment.value(variable).trimmed();
    if (!fromEnvironment.isEmpty()) {
        webhook.url = QUrl(fromEnvironment, QUrl::StrictMode);
        webhook.fromEnvironment = true;
        const QString urlProblem = WebhookFormat::problem(webhook.url);
        guard.post(this, [callback, webhook, urlProblem] { callback(webhook, urlProblem); });
        return;
    }
    m_secrets->read(SecretKey::webhook(name), this,
        [this, webhook, variable, guard, callback](const QString &value, const SecretError &error) {
            Webhook found = webhook;
            QString message;
            if (error.kind == SecretError::Kind::NotFound)
                message = tr("No webhook named \"%1\": save its URL with 'apim-backup-cli notify set %1', or set %2 "
                             "in the job's credentials file.")
                              .arg(webhook.name, variable);
            else if (error.isError())
                message = tr("The URL of webhook \"%1\" could not be read from the keychain: %2")
                              .arg(webhook.name, error.message);
            if (message.isEmpty()) {
                found.url = QUrl(value, QUrl::StrictMode);
                message = WebhookFormat::problem(found.url);
            }
            guard.post(this, [callback, found, message] { callback(found, message); });
        });
}

} // namespace Apim::Core
