#include "schedule/ScheduleInstaller.h"

#include "schedule/CrontabStore.h"
#include "schedule/ScheduleTemplate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Apim::Core {

QString ScheduleInstaller::systemdUserDirectory(const QProcessEnvironment &environment)
{
    QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty() || !QDir::isAbsolutePath(config))
        config = QDir::home().filePath(QStringLiteral(".config"));
    return QDir(config).filePath(QStringLiteral("systemd/user"));
}

ScheduleInstaller::Result ScheduleInstaller::install(
    const ScheduleTemplate &schedule, const QString &unitDirectory, const CrontabStore *crontab)
{
    Result result;
    const ScheduleSpec::Format format = schedule.spec().format;
    if (format == ScheduleSpec::Format::Windows || (format == ScheduleSpec::Format::Cron && !crontab)) {
        result.failure = Result::Failure::Unsupported;
        return result;
    }
    if (format == ScheduleSpec::Format::Systemd && !QDir().mkpath(unitDirectory)) {
        result.failure = Result::Failure::CreateDirectory;
        result.failedPath = unitDirectory;
        return result;
    }
    for (const ScheduleFile &file : schedule.files()) {
        bool ok = false;
        if (file.isCredentials())
            ok = writeCredentials(file, schedule.spec().environmentFile, &result);
        else if (file.kind == ScheduleFile::Kind::Crontab)
            ok = writeCrontab(file, schedule.spec().name, crontab, &result);
        else
            ok = writeUnit(file, QDir(unitDirectory).filePath(file.fileName), &result);
        if (!ok)
            break;
    }
    return result;
}

bool ScheduleInstaller::writeCredentials(const ScheduleFile &file, const QString &path, Result *result)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    InstalledFile installed { file.kind, path };
    if (QFileInfo::exists(path)) {
        // It may hold the secret by now: never overwrite it, but tell if others can read it.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
        installed.othersMayRead = (QFile::permissions(path) & others) != 0;
        result->files.append(installed);
        return true;
    }
    QFile credentials(path);
    if (!credentials.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !credentials.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || credentials.write(file.contents.toUtf8()) < 0 || !credentials.flush()) {
        result->failure = Result::Failure::WriteFile;
        result->failedPath = path;
        result->errorString = credentials.errorString();
        return false;
    }
    credentials.close();
    installed.written = true;
    result->files.append(installed);
    return true;
}

bool ScheduleInstaller::writeUnit(const ScheduleFile &file, const QString &path, Result *result)
{
    InstalledFile installed { file.kind, path };
    installed.replaced = QFileInfo::exists(path);
    QSaveFile unit(path);
    if (!unit.open(QIODevice::WriteOnly) || unit.write(file.contents.toUtf8()) < 0 || !unit.commit()) {
        result->failure = Result::Failure::WriteFile;
        result->failedPath = path;
        result->errorString = unit.errorString();
        return false;
    }
    installed.written = true;
    result->files.append(installed);
    return true;
}

bool ScheduleInstaller::writeCrontab(
    const ScheduleFile &file, const QString &name, const CrontabStore *crontab, Result *result)
{
    InstalledFile installed { file.kind, crontab->location() };
    QString text;
    QString error;
    bool ok = crontab->read(&text, &error);
    if (ok) {
        CrontabStore::withoutBlock(text, name, &installed.replaced);
        ok = crontab->write(CrontabStore::withBlock(text, name, file.contents), &error);
    }
    if (!ok) {
        result->failure = Result::Failure::WriteFile;
        result->failedPath = crontab->location();
        result->errorString = error;
        return false;
    }
    installed.written = true;
    result->files.append(installed);
    return true;
}

} // namespace Apim::Core
