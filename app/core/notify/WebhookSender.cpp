#include "notify/WebhookSender.h"

#include "net/NetworkErrorText.h"
#include "notify/WebhookPayload.h"
#include "util/Logging.h"
#include "util/Redaction.h"
#include "util/ReplySizeLimit.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace Apim::Core {

namespace {
constexpr qint64 kMaxAnswerBytes = 64 * 1024; // receivers answer "ok" or a short error

RetryPolicy notificationRetry()
{
    // A job waits for its notification before it ends: a few quick tries, not minutes.
    RetryPolicy retry;
    retry.maxAttempts = 3;
    retry.baseDelayMs = 1000;
    retry.maxDelayMs = 5000;
    retry.maxRetryAfterMs = 10000;
    return retry;
}
} // namespace

WebhookSender::WebhookSender(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(notificationRetry())
{ }

void WebhookSender::send(const Webhook &webhook, const NotificationEvent &event, QObject *context, Callback callback)
{
    post(webhook.url, WebhookPayload::build(webhook.kind(), event), context, std::move(callback));
}

void WebhookSender::post(const QUrl &url, const QJsonObject &payload, QObject *context, Callback callback)
{
    const QString problem = WebhookFormat::problem(url);
    if (!problem.isEmpty() || !m_network) {
        WebhookResult result;
        result.error = problem.isEmpty() ? tr("No network access.") : problem;
        ContextGuard(context).post(this, [callback, result] { callback(result); });
        return;
    }
    attempt(url, QJsonDocument(payload).toJson(QJsonDocument::Compact), 1, ContextGuard(context), std::move(callback));
}

void WebhookSender::attempt(
    const QUrl &url, const QByteArray &body, int number, const ContextGuard &guard, Callback callback)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("apim-backup/" APIM_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    // Never from https to http on a redirect.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QNetworkReply *reply = m_network->post(request, body);
    ReplySizeLimit::apply(reply, kMaxAnswerBytes);
    NetworkErrorText::onFinished(reply, this, [this, reply, url, body, number, guard, callback, elapsed] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QNetworkReply::NetworkError error = NetworkErrorText::effectiveError(reply);
        const QByteArray answer = reply->readAll();
        const QUrl shown(Redaction::secretPathUrl(url));
        qCInfo(lcNotify).noquote() << Redaction::attemptLine("POST", shown, status, elapsed->elapsed(), number);
        WebhookResult result;
        result.status = status;
        result.attempts = number;
        result.delivered = status >= 200 && status < 300 && error == QNetworkReply::NoError;
        if (!result.delivered) {
            const RetryDecision decision = TransportPolicy::classify(status, error, true);
            if (m_policy.shouldRetry(decision, number)) {
                const int delay
                    = m_policy.delayFor(number, reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
                QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, url, body, number, guard, callback] {
                    if (guard.isAlive())
                        attempt(url, body, number + 1, guard, callback);
                });
                return;
            }
            const QString connection = NetworkErrorText::connectionProblem(reply);
            result.error = connection.isEmpty() ? failureText(status, error, answer, url) : connection;
        }
        guard.post(this, [callback, result] { callback(result); });
    });
}

QString WebhookSender::failureText(
    int status, QNetworkReply::NetworkError error, const QByteArray &answer, const QUrl &url)
{
    // Never QNetworkReply::errorString(): it quotes the whole URL, secret path and all.
    QString text;
    if (status > 0) {
        QString said = QString::fromUtf8(answer.left(300)).simplified();
        // A receiver that echoes the request would put the secret back into our words.
        if (!url.path().isEmpty() && url.path() != QLatin1String("/"))
            said.replace(url.path(), QStringLiteral("/***"));
        text = said.isEmpty() ? tr("the webhook on %1 answered HTTP %2.").arg(url.host()).arg(status)
                              : tr("the webhook on %1 answered HTTP %2: %3").arg(url.host()).arg(status).arg(said);
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        text = tr("the webhook on %1 did not answer in time.").arg(url.host());
    } else if (error == QNetworkReply::HostNotFoundError) {
        text = tr("the host %1 was not found.").arg(url.host());
    } else if (error == QNetworkReply::ConnectionRefusedError) {
        text = tr("%1 refused the connection.").arg(url.host());
    } else if (error == QNetworkReply::SslHandshakeFailedError) {
        text = tr("the TLS handshake with %1 failed (certificate not trusted?).").arg(url.host());
    } else {
        text = tr("no answer from %1 (network error %2).").arg(url.host()).arg(int(error));
    }
    return text;
}

} // namespace Apim::Core
