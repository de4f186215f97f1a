#pragma once

#include "notify/NotificationEvent.h"
#include "notify/WebhookFormat.h"

#include <QJsonObject>

namespace Apim::Core {

// The JSON each receiver takes for one NotificationEvent: an Adaptive Card message for
// Teams (incoming webhooks and Workflows both take it), text plus Block Kit blocks for
// Slack, and a flat document with every field for anything else. Long batches are cut
// to what a chat message can hold; the generic document keeps every service.
class WebhookPayload
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::WebhookPayload)

public:
    // kind must be resolved (not Auto); Auto is taken as Generic.
    static QJsonObject build(WebhookFormat::Kind kind, const NotificationEvent &event);

    static QJsonObject teams(const NotificationEvent &event);
    static QJsonObject slack(const NotificationEvent &event);
    static QJsonObject generic(const NotificationEvent &event);

    // At most this many services are listed one by one in a chat message.
    static constexpr int kMaxListedServices = 20;

private:
    static QString serviceLine(const NotificationEvent::Service &service);
    static QString timeText(const QDateTime &time);
};

} // namespace Apim::Core
