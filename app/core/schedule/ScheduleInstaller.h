#pragma once

#include "schedule/ScheduleFile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Apim::Core {

class CrontabStore;
class ScheduleTemplate;

// Writes a schedule where it takes effect: systemd units into the user's unit directory,
// or the cron block into the crontab (replacing the block of the same name), replacing
// older versions, and the credentials template to the spec's
// environmentFile with mode 0600 - unless that file exists, because by then it may hold
// the secret: it is kept as it is. Prints nothing; the result says what happened.
class ScheduleInstaller
{
public:
    struct InstalledFile
    {
        ScheduleFile::Kind kind = ScheduleFile::Kind::Service;
        QString path;
        bool written = false; // false: an existing credentials file was kept
        bool replaced = false; // a unit of that name was there before
        bool othersMayRead = false; // the kept credentials file is open to group or others
    };

    struct Result
    {
        enum class Failure { None, CreateDirectory, WriteFile, Unsupported };

        QList<InstalledFile> files; // in the order of ScheduleTemplate::files(), up to a failure
        Failure failure = Failure::None;
        QString failedPath;
        QString errorString; // the file system's reason, for WriteFile

        bool ok() const { return failure == Failure::None; }
    };

    // Where systemd looks for a user's own units: $XDG_CONFIG_HOME/systemd/user.
    static QString systemdUserDirectory(const QProcessEnvironment &environment);

    // crontab: where a cron schedule goes (required for one); Windows is not installed here.
    static Result install(
        const ScheduleTemplate &schedule, const QString &unitDirectory, const CrontabStore *crontab = nullptr);

private:
    static bool writeCredentials(const ScheduleFile &file, const QString &path, Result *result);
    static bool writeUnit(const ScheduleFile &file, const QString &path, Result *result);
    static bool writeCrontab(
        const ScheduleFile &file, const QString &name, const CrontabStore *crontab, Result *result);
};

} // namespace Apim::Core
