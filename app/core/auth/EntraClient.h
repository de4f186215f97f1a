#pragma once

#include "auth/TokenCredential.h"
#include "auth/TokenResponse.h"
#include "cloud/CloudEnvironment.h"
#include "net/TransportPolicy.h"
#include "util/ReplySizeLimit.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>

#include <functional>

class QElapsedTimer;
class QNetworkAccessManager;

namespace Apim::Core {

class Clock;

// Talks to the Microsoft identity platform (v2 endpoints) of one cloud: token and
// devicecode requests as form posts, answers parsed into TokenResponse/DeviceCodeInfo,
// errors turned into AuthError with a sentence that says what to do. Transient failures
// are retried as TransportPolicy says; everything it logs goes through Redaction.
class EntraClient : public QObject
{
    Q_OBJECT
public:
    using FormFields = QList<QPair<QString, QString>>;
    using TokenCallback = std::function<void(const TokenResponse &response, const AuthError &error)>;
    using DeviceCodeCallback = std::function<void(const DeviceCodeInfo &info, const AuthError &error)>;

    EntraClient(
        QNetworkAccessManager *network, const CloudEnvironment &cloud, const Clock &clock, QObject *parent = nullptr);

    const CloudEnvironment &cloud() const { return m_cloud; }
    const Clock &clock() const { return m_clock; }
    QNetworkAccessManager *network() const { return m_network; }

    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // How transient failures are retried (TransportPolicy); the default tries 3 times.
    void setRetryPolicy(const RetryPolicy &retry) { m_policy.setRetry(retry); }
    const RetryPolicy &retryPolicy() const { return m_policy.retry(); }
    void setJitterSource(JitterSource jitter) { m_policy.setJitterSource(std::move(jitter)); }
    void setMaxAttempts(int attempts);
    // Answers larger than this are aborted (ReplySizeLimit); the default is generous.
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // POST {authority}/{tenant}/oauth2/v2.0/token. attempts < 1: the policy's maxAttempts.
    void requestToken(
        const QString &tenant, const FormFields &form, QObject *context, TokenCallback callback, int attempts = 0);
    // POST {authority}/{tenant}/oauth2/v2.0/devicecode.
    void requestDeviceCode(const QString &tenant, const QString &clientId, const QString &scopes, QObject *context,
        DeviceCodeCallback callback);

    // The AuthError for an OAuth error answer {error, error_description, error_codes}.
    static AuthError errorFromBody(int httpStatus, const QJsonObject &body);
    static QByteArray encodeForm(const FormFields &form);

private:
    struct RawReply
    {
        int status = 0; // HTTP status; 0 when no HTTP answer came
        QByteArray body;
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        QString errorString;
        bool tooLarge = false; // aborted by ReplySizeLimit
    };
    using RawCallback = std::function<void(const RawReply &reply)>;

    void post(const QUrl &url, const QByteArray &body, int attempt, int attempts, RawCallback done);
    void finishPost(QNetworkReply *reply, const QUrl &url, const QByteArray &body, int attempt, int attempts,
        const RawCallback &done, const QElapsedTimer &elapsed);
    AuthError networkError(const QUrl &url, const RawReply &reply) const;
    AuthError tooLargeError(const QUrl &url) const;

    QNetworkAccessManager *m_network;
    CloudEnvironment m_cloud;
    const Clock &m_clock;
    int m_timeoutMs = 30000;
    TransportPolicy m_policy;
    qint64 m_maxResponseBytes = ReplySizeLimit::kDefaultMaxBytes;
};

} // namespace Apim::Core
