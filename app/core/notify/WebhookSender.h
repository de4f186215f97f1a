#pragma once

#include "net/TransportPolicy.h"
#include "notify/NotificationEvent.h"
#include "notify/WebhookStore.h"
#include "secrets/ContextGuard.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace Apim::Core {

struct WebhookResult
{
    bool delivered = false;
    int status = 0; // the last answer's HTTP status; 0 when none came
    int attempts = 0;
    QString error; // in words; never contains the URL's path
};

// Posts one notification to a webhook: the receiver's JSON (WebhookPayload), HTTPS only
// (plain HTTP to loopback), a timeout per attempt, and a few attempts on transient
// failures through TransportPolicy - a duplicate chat message is better than a lost one.
// Each attempt is logged as one line with the URL reduced to scheme and host: the path is
// the webhook's secret.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const WebhookResult &result)>;

    explicit WebhookSender(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setPolicy(const TransportPolicy &policy) { m_policy = policy; }

    void send(const Webhook &webhook, const NotificationEvent &event, QObject *context, Callback callback);
    void post(const QUrl &url, const QJsonObject &payload, QObject *context, Callback callback);

private:
    void attempt(const QUrl &url, const QByteArray &body, int number, const ContextGuard &guard, Callback callback);
    static QString failureText(
        int status, QNetworkReply::NetworkError error, const QByteArray &answer, const QUrl &url);

    QPointer<QNetworkAccessManager> m_network;
    TransportPolicy m_policy;
    int m_timeoutMs = 20000;
};

} // namespace Apim::Core
