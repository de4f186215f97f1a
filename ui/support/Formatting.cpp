#include "ui/support/Formatting.h"

#include "ui/support/AzureTerms.h"

#include <QLocale>

namespace Apim::Ui {

QString Formatting::age(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid() || !now.isValid())
        return tr("unknown age");
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

QString Formatting::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString Formatting::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Formatting::provisioningState(const QString &state)
{
    if (state.isEmpty())
        return tr("Unknown");
    if (state.compare(QLatin1String("Succeeded"), Qt::CaseInsensitive) == 0)
        return tr("Ready");
    if (state.compare(QLatin1String("Updating"), Qt::CaseInsensitive) == 0)
        return tr("Updating: another operation is changing the service");
    if (state.compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
        return tr("Failed: the last change to the service did not complete");
    return AzureTerms::stateName(state);
}

QString Formatting::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace Apim::Ui
