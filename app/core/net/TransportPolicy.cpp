#include "net/TransportPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Apim::Core {

TransportPolicy::TransportPolicy(const RetryPolicy &retry, JitterSource jitter)
    : m_retry(retry)
    , m_jitter(std::move(jitter))
{ }

bool TransportPolicy::isTransientStatus(int status)
{
    switch (status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

bool TransportPolicy::neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}

RetryDecision TransportPolicy::classify(int status, QNetworkReply::NetworkError error, bool idempotent)
{
    RetryDecision decision;
    if (status == 0) {
        if (error == QNetworkReply::NoError)
            return decision;
        // An untrusted certificate or a refused proxy sign-in stays so until the user acts.
        if (error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProxyAuthenticationRequiredError)
            return decision;
        // Refused, dropped, timed out: no answer, so asking again may get one.
        decision.transient = true;
        decision.fateUnknown = !neverSent(error);
    } else if (status >= 200 && status < 300) {
        // A success cut off mid-answer (a network-layer error) or unreadable: the server
        // acted, but what it said is lost.
        const bool cutOff = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
        if (!cutOff && error != QNetworkReply::ProtocolFailure)
            return decision;
        decision.transient = true;
        decision.fateUnknown = true;
    } else {
        decision.transient = isTransientStatus(status);
        // A 5xx or 408 may come after the service acted; a 429 means "not processed".
        decision.fateUnknown = status >= 500 || status == 408;
    }
    decision.retry = decision.transient && (idempotent || !decision.fateUnknown);
    return decision;
}

RetryDecision TransportPolicy::notSent()
{
    RetryDecision decision;
    decision.transient = true;
    decision.retry = true;
    return decision;
}

bool TransportPolicy::shouldRetry(const RetryDecision &decision, int attempt) const
{
    return decision.retry && attempt < m_retry.maxAttempts;
}

int TransportPolicy::delayFor(int attempt, const QByteArray &retryAfterHeader, const QDateTime &now) const
{
    const int asked = retryAfterHeader.isEmpty() ? -1 : m_retry.retryAfterMs(retryAfterHeader, now);
    return asked >= 0 ? asked : m_retry.backoffMs(attempt, jitter());
}

double TransportPolicy::jitter() const
{
    if (!m_jitter)
        return QRandomGenerator::global()->generateDouble();
    // An injected source that strays outside [0, 1) must not stretch or shrink the window.
    return std::clamp(m_jitter(), 0.0, 1.0);
}

} // namespace Apim::Core
