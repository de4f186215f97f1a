#pragma once

#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Apim::Core {

// The comment text every generated file shares: what the job does and where it came from.
class ScheduleText
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    // text as comment lines: each line behind prefix ("# ", "rem "), an empty one as the bare marker.
    static QString comment(const QString &prefix, const QString &text);
    // "Backs up 2 API Management services to account/container, ..." without a prefix.
    static QString summaryLine(const ScheduleSpec &spec);
    // The systemd Description= of the job's service (not translated: it is a unit field).
    static QString unitDescription(const ScheduleSpec &spec);
    // One comment line; generatedAt is left out when it is not valid.
    static QString generatedLine(const QString &commentPrefix, const QDateTime &generatedAt);
};

} // namespace Apim::Core
