#pragma once

#include "arm/ArmRequest.h"
#include "arm/ArmResponse.h"
#include "net/TransportPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace Apim::Core {

class ArmClient;

// One ARM call from first attempt to final answer (Nextcloud's AbstractNetworkJob):
// owns its reply and timer, asks the credential for a token on every attempt, retries
// transient failures with backoff (honouring Retry-After), refreshes the token once on
// 401, and emits finished() exactly once. Deletes itself after finished().
class ArmJob : public QObject
{
    Q_OBJECT
public:
    ArmJob(ArmClient *client, const ArmRequest &request, QObject *parent = nullptr);
    ~ArmJob() override;

    const ArmRequest &request() const { return m_request; }
    QUrl url() const { return m_url; }
    QString clientRequestId() const { return m_clientRequestId; }

    // Starts on the next event-loop turn, so that callers can connect first.
    void start();
    // Gives up: finished() follows with an ArmError of kind Canceled.
    void abort();

signals:
    void finished(const Apim::Core::ArmResponse &response);
    // A retry is scheduled: the UI can say "throttled, retrying in 5 s".
    void retrying(int attempt, int delayMs, const Apim::Core::ArmError &error);

private:
    void beginAttempt();
    void send(const QString &token);
    void onReplyFinished();
    void onTimeout();
    // Answers of this size or more are parsed on a worker thread (see parseOnWorker).
    static constexpr qsizetype kWorkerParseBytes = 256 * 1024;
    void parseOnWorker(ArmResponse response, const QString &line, QNetworkReply::NetworkError transportError);
    // The rest of an attempt once its answer is read: finish, or retry what may be retried.
    void conclude(ArmResponse response, const QJsonDocument &json, const QString &line,
        QNetworkReply::NetworkError transportError);
    // transportError: the reply's error as the policy should see it (a timeout, a proxy's refusal).
    RetryDecision decide(QNetworkReply::NetworkError transportError, const ArmResponse &response) const;
    QDateTime now() const;
    void finish(ArmResponse response);
    // *json: the body parsed, when it is a 2xx answer's JSON (parsed once: a page of
    // Resource Graph rows takes milliseconds).
    ArmError errorFromReply(QNetworkReply *reply, int status, const QByteArray &body, QJsonDocument *json);

    QPointer<ArmClient> m_client;
    ArmRequest m_request;
    QUrl m_url;
    QString m_clientRequestId;
    TransportPolicy m_policy;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timeout;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_attemptElapsed;
    int m_attempt = 0;
    bool m_tokenRefreshed = false;
    bool m_timedOut = false;
    bool m_finished = false;
    bool m_started = false;
};

} // namespace Apim::Core
