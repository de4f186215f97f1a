#pragma once

#include "notify/WebhookFormat.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace Apim::Core {

class Settings;

// A named notification webhook: its URL (a secret: whoever has it may post) and the
// JSON it takes.
struct Webhook
{
    QString name;
    QUrl url;
    WebhookFormat::Kind format = WebhookFormat::Kind::Auto; // as saved; resolved by kind()
    bool fromEnvironment = false; // the job's credentials file rather than the keychain

    WebhookFormat::Kind kind() const { return WebhookFormat::resolve(format, url); }
};

// Webhooks by name. The URL lives in the SecretStore (keychain), or - for a scheduled
// job that signs in from its credentials file - in that file as
// APIM_BACKUP_WEBHOOK_<NAME>, which wins when set. Settings hold only the names and
// formats, so `notify list` works without opening the keychain and nothing secret
// reaches the settings file. An installed job names the webhook, never its URL.
class WebhookStore : public QObject
{
    Q_OBJECT
public:
    using DoneCallback = SecretStore::DoneCallback;
    using WebhookCallback = std::function<void(const Webhook &webhook, const QString &error)>;

    WebhookStore(
        SecretStore *secrets, Settings *settings, const QProcessEnvironment &environment, QObject *parent = nullptr);

    // 1 to 40 letters, digits, '-' and '_', starting with a letter or digit.
    static bool isValidName(const QString &name);
    static QString nameError(const QString &name);
    // APIM_BACKUP_WEBHOOK_OPS_TEAMS for "ops-teams".
    static QString environmentVariable(const QString &name);

    QStringList names() const; // saved in the keychain, sorted
    WebhookFormat::Kind savedFormat(const QString &name) const;

    // Refuses (Other, with the reason) a bad name or a URL WebhookFormat::problem refuses.
    void save(
        const QString &name, const QUrl &url, WebhookFormat::Kind format, QObject *context, DoneCallback callback);
    void forget(const QString &name, QObject *context, DoneCallback callback);
    // The environment's URL when set, else the keychain's; error says what to do when neither
    // has one, or the URL may not be used.
    void resolve(const QString &name, QObject *context, WebhookCallback callback);

private:
    void setSaved(const QString &name, WebhookFormat::Kind format, bool saved);

    SecretStore *m_secrets;
    Settings *m_settings;
    QProcessEnvironment m_environment;
};

} // namespace Apim::Core
