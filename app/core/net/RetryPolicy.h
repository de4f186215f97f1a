#pragma once

#include <QByteArray>
#include <QDateTime>

namespace Apim::Core {

// How often and how patiently one request (ARM, Blob, Entra) is repeated after a transient
// failure; TransportPolicy decides which failures those are. A value type so that each
// request can carry its own: inventory reads retry freely, a backup POST hardly at all.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first
    int baseDelayMs = 800; // first backoff; doubles each attempt
    int maxDelayMs = 30000; // cap of the exponential backoff
    int maxRetryAfterMs = 120000; // cap of a server's Retry-After (a hostile 1-day value must not hang us)

    static RetryPolicy none()
    {
        RetryPolicy policy;
        policy.maxAttempts = 1;
        return policy;
    }

    // Exponential backoff with "full jitter" in [base*2^(n-1) / 2, base*2^(n-1)]: spreads
    // the retries of many parallel requests so they don't hit a throttled ARM together.
    // attempt: 1 for the first retry. jitter01: a random number in [0, 1).
    int backoffMs(int attempt, double jitter01) const;

    // The delay a server asked for (Retry-After in seconds or as an HTTP date), capped;
    // -1 when the header is absent or unreadable.
    int retryAfterMs(const QByteArray &headerValue, const QDateTime &now) const;

    // Parses Retry-After: delta-seconds or an RFC 7231 HTTP date; -1 if unreadable.
    static qint64 parseRetryAfterMs(const QByteArray &headerValue, const QDateTime &now);
};

} // namespace Apim::Core
