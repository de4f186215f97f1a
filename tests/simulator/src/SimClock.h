#pragma once

#include <QDateTime>

namespace Apim::Sim {

// Wall clock plus an offset that tests move forward (POST /_sim/clock), so token expiry,
// backup age and operation completion can be exercised without waiting.
class SimClock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    qint64 nowSecs() const { return nowMs() / 1000; }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    qint64 offsetSeconds() const { return m_offsetMs / 1000; }

    static QString iso(const QDateTime &time); // 2024-05-01T10:00:00.1234567Z, as ARM writes it
    static QDateTime parseIso(const QString &text); // any ISO 8601 form, fractions of any length

private:
    qint64 m_offsetMs = 0;
};

} // namespace Apim::Sim
