#pragma once

#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Apim::Core {

// The one machine-readable comment line every generated schedule file carries, so that
// the Schedules page and `schedule --list` can read back what was installed:
//   # apim-backup-schedule: {"name":"apim-backup","services":[...],...}
// It holds the spec only: no secret is ever part of a spec (a webhook goes by name, the
// credentials file by its path).
class ScheduleMarker
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    static inline const QString kTag = QStringLiteral("apim-backup-schedule:");

    static QJsonObject toJson(const ScheduleSpec &spec);
    // nullopt + *error (translated) when the object is not a spec this version can read.
    static std::optional<ScheduleSpec> fromJson(const QJsonObject &object, QString *error = nullptr);

    // prefix ("# ", "rem ") + the tag + the compact JSON + '\n'.
    static QString line(const QString &prefix, const ScheduleSpec &spec);

    struct Found
    {
        bool present = false; // a marker line is there
        std::optional<ScheduleSpec> spec; // parsed; nullopt when present but damaged
        QString problem; // why it could not be read
    };
    // The first marker line in text (a unit, a script or a crontab block).
    static Found find(const QString &text);
};

} // namespace Apim::Core
