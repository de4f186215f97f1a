#pragma once

#include "arm/ArmRequest.h"
#include "arm/ArmResponse.h"
#include "net/TransportPolicy.h"
#include "util/ReplySizeLimit.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Apim::Core {

class ArmJob;
class Clock;
class TokenCredential;

// The one path for every Azure Resource Manager request. Knows the cloud's
// resourceManager URL and token scope; hands out one ArmJob per call. Tokens are only
// ever sent to the resourceManager host: an absolute URL elsewhere (a forged nextLink
// or Location) is refused.
class ArmClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ArmResponse &)>;

    ArmClient(QNetworkAccessManager *network, TokenCredential *credential, const QUrl &resourceManager,
        const QString &scope, const Clock *clock, QObject *parent = nullptr);

    // Starts the call; connect to ArmJob::finished. The job deletes itself afterwards.
    ArmJob *send(const ArmRequest &request);
    // The same, delivering the response to callback unless context is destroyed first.
    ArmJob *call(const ArmRequest &request, QObject *context, Callback callback);

    // The URL a request goes to (path or absolute url, api-version and query added).
    QUrl resolve(const ArmRequest &request) const;
    // True when url may receive our ARM token.
    bool isTrustedUrl(const QUrl &url) const;

    QNetworkAccessManager *network() const { return m_network; }
    TokenCredential *credential() const { return m_credential; }
    const Clock *clock() const { return m_clock; }
    QUrl resourceManager() const { return m_resourceManager; }
    QString scope() const { return m_scope; }

    // Backoff used when a request does not bring its own retry policy tweaks: tests make
    // it short so that a 500 retried three times costs milliseconds, not seconds.
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }
    int backoffBaseMs() const { return m_backoffBaseMs; }
    // The randomness of the backoff; tests fix it. Empty: QRandomGenerator.
    void setJitterSource(JitterSource jitter) { m_jitter = std::move(jitter); }
    const JitterSource &jitterSource() const { return m_jitter; }

    // Answers larger than this are aborted with a Malformed error (ReplySizeLimit).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

private:
    QNetworkAccessManager *m_network;
    TokenCredential *m_credential;
    QUrl m_resourceManager;
    QString m_scope;
    const Clock *m_clock;
    int m_backoffBaseMs = -1;
    JitterSource m_jitter;
    qint64 m_maxResponseBytes = ReplySizeLimit::kDefaultMaxBytes;
};

} // namespace Apim::Core
