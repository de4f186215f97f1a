#pragma once

#include "operations/OperationRecord.h"
#include "schedule/ScheduleSpec.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Apim::Core {

// One schedule found on this machine by ScheduleCatalog: what it runs, when it runs next,
// and how the latest operation on its services ended.
struct ScheduleEntry
{
    enum class Kind { Systemd, Cron, Windows };
    enum class State {
        Current, // carries its spec: can be edited
        Older, // ours, but written before the spec was kept in it: can be deleted, not edited
        Damaged, // its description line cannot be read: can be deleted or installed again
    };

    QString name;
    Kind kind = Kind::Systemd;
    State state = State::Current;
    ScheduleSpec spec; // State::Current only
    QString problem; // State::Damaged: what is wrong, translated
    QStringList files; // the unit files or script (empty for cron)
    QString cronLine; // an older crontab entry, found without a block

    QStringList services; // resource ids
    QString target; // account/container
    QString calendar; // when, in words or the scheduler's syntax
    QDateTime nextRun; // invalid: unknown
    // The latest operation on the services (from the journal): this job's or one by hand.
    std::optional<OperationRecord> lastRun;

    bool isEditable() const { return state == State::Current; }
    bool isDrill() const { return state == State::Current && spec.isDrill(); }
};

} // namespace Apim::Core
