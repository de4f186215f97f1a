#include "schedule/ScheduleQuoting.h"

#include <QRegularExpression>

namespace Apim::Core::ScheduleQuoting {

QString systemdQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%")) // a specifier otherwise (%h, %n)
        .replace(QLatin1Char('$'), QStringLiteral("$$")); // an environment variable otherwise
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString systemdEnvironment(const QString &name, const QString &value)
{
    QString assignment = name + QLatin1Char('=') + value;
    assignment.replace(QLatin1Char('%'), QStringLiteral("%%"));
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,%-]+$"));
    if (plain.match(assignment).hasMatch())
        return QStringLiteral("Environment=") + assignment;
    assignment.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QStringLiteral("Environment=\"") + assignment + QLatin1Char('"');
}

QString shellQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString cmdQuote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@+,\\\\-]+$"));
    QString quoted = word;
    quoted.replace(QLatin1Char('%'), QStringLiteral("%%")); // a variable otherwise, even inside quotes
    if (plain.match(word).hasMatch())
        return quoted;
    // Inside double quotes cmd takes & | < > ^ ( ) literally; a quote is doubled.
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace Apim::Core::ScheduleQuoting
