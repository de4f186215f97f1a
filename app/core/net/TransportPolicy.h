#pragma once

#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>

namespace Apim::Core {

// A random number in [0, 1) that spreads backoff delays; tests inject a fixed one.
using JitterSource = std::function<double()>;

// What one failed attempt means for the next one.
struct RetryDecision
{
    bool transient = false; // the failure may pass when asked again later
    bool fateUnknown = false; // the server may have acted on the request before it failed
    bool retry = false; // transient, and sending it again cannot make the server act twice
};

// The one retry rule for every request sent to Azure (ARM, Blob, Entra): which failures
// are worth another attempt, which requests may be sent again at all, and how long to
// wait first. The clients keep their own reply handling and ask this for the decision,
// so that a throttled Blob listing and a throttled ARM read behave alike.
class TransportPolicy
{
public:
    explicit TransportPolicy(const RetryPolicy &retry = {}, JitterSource jitter = {});

    const RetryPolicy &retry() const { return m_retry; }
    void setRetry(const RetryPolicy &retry) { m_retry = retry; }
    // Empty: QRandomGenerator.
    void setJitterSource(JitterSource jitter) { m_jitter = std::move(jitter); }
    const JitterSource &jitterSource() const { return m_jitter; }

    // 408, 429, 500, 502, 503, 504: the service says "not now", not "never".
    static bool isTransientStatus(int status);
    // Errors where the connection was never made: the request cannot have reached the server.
    static bool neverSent(QNetworkReply::NetworkError error);

    // status: the HTTP status, 0 when no answer came. error: the reply's error, with
    // TimeoutError when the caller's own timer gave up and ProtocolFailure for a success
    // answer that could not be read. A request that is not idempotent (it starts
    // something) is only sent again when the server certainly did not act on it: 429
    // ("not processed") or a connection that was never made.
    static RetryDecision classify(int status, QNetworkReply::NetworkError error, bool idempotent);
    // The request never left (no token could be had because the network is down).
    static RetryDecision notSent();

    // True when the attempt-th attempt (1 for the first) failed with decision and the
    // policy allows another.
    bool shouldRetry(const RetryDecision &decision, int attempt) const;
    // How long to wait before the retry that follows the attempt-th attempt: the
    // server's Retry-After (seconds or HTTP date, capped by maxRetryAfterMs) when it
    // gave a readable one, else exponential backoff with jitter.
    int delayFor(int attempt, const QByteArray &retryAfterHeader, const QDateTime &now) const;

private:
    double jitter() const;

    RetryPolicy m_retry;
    JitterSource m_jitter;
};

} // namespace Apim::Core
