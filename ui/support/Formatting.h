#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Apim::Ui {

// Numbers and times in the words the user reads: "3 days ago", "1 h 5 min", "12.3 MB".
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(Formatting)
public:
    static QString age(const QDateTime &then, const QDateTime &now);
    static QString duration(qint64 seconds);
    static QString bytes(qint64 bytes);
    static QString provisioningState(const QString &state);
    static QString dateTime(const QDateTime &utc); // local time, short format
};

} // namespace Apim::Ui
