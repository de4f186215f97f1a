#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Apim::Core {

// Which JSON a webhook URL takes: a Microsoft Teams card (incoming webhook or Workflows),
// Slack's text and blocks, or our own generic document for anything else (a chat bridge,
// an alerting system). Also the one rule for which URLs may receive a notification.
class WebhookFormat
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::WebhookFormat)

public:
    enum class Kind { Auto, Teams, Slack, Generic };

    // From the host (and path): *.webhook.office.com, outlook.office.com/webhook, Workflows
    // on *.logic.azure.com and *.api.powerplatform.com -> Teams; hooks.slack.com -> Slack.
    static Kind detect(const QUrl &url);
    // kind, or detect(url) for Auto.
    static Kind resolve(Kind kind, const QUrl &url);

    static QString name(Kind kind); // auto, teams, slack, generic
    // nullopt-like: ok false for an unknown name.
    static Kind fromName(const QString &name, bool *ok);

    // Empty when a notification may be posted to url: HTTPS, or plain HTTP to this
    // machine (loopback) only. Otherwise why not, in words (never quoting the URL's path,
    // which is the secret part).
    static QString problem(const QUrl &url);
    static bool isLoopback(const QUrl &url);
};

} // namespace Apim::Core
