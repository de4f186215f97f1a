#include "net/RetryPolicy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Apim::Core {

int RetryPolicy::backoffMs(int attempt, double jitter01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double full = std::min<double>(maxDelayMs, double(baseDelayMs) * std::pow(2.0, exponent));
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    return int(full / 2.0 + jitter * full / 2.0);
}

int RetryPolicy::retryAfterMs(const QByteArray &headerValue, const QDateTime &now) const
{
    const qint64 ms = parseRetryAfterMs(headerValue, now);
    if (ms < 0)
        return -1;
    return int(std::min<qint64>(ms, maxRetryAfterMs));
}

qint64 RetryPolicy::parseRetryAfterMs(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray trimmed = headerValue.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : seconds * 1000;
    // HTTP date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

} // namespace Apim::Core
