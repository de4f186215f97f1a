#include "SimClock.h"

#include <QRegularExpression>

namespace Apim::Sim {

QString SimClock::iso(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    // ARM prints seven fractional digits; Qt has milliseconds, so pad them.
    return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("0000Z");
}

QDateTime SimClock::parseIso(const QString &text)
{
    // Qt reads milliseconds; ARM and clients write up to seven fractional digits.
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    QString trimmed = text.trimmed();
    trimmed.replace(fraction, QStringLiteral("\\1"));
    QDateTime t = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(trimmed, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace Apim::Sim
