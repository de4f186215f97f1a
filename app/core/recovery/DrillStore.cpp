#include "recovery/DrillStore.h"

#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace Apim::Core {

namespace {
// Drill ids are our own GUIDs; anything else must not become a file name.
bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

DrillStore::DrillStore(const QString &dataDir)
    : m_directory(QDir(dataDir).filePath(QStringLiteral("drills")))
{ }

QString DrillStore::pathFor(const QString &drillId) const
{
    return QDir(m_directory).filePath(drillId + QStringLiteral(".json"));
}

bool DrillStore::save(const DrillRecord &record, QString *error) const
{
    if (!isSafeId(record.id)) {
        if (error)
            *error = tr("The drill id \"%1\" is not valid.").arg(record.id);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Could not create the folder %1 for the drill reports. Check its permissions and free space.")
                         .arg(m_directory);
        return false;
    }
    QSaveFile file(pathFor(record.id));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2. Check the folder's permissions and free space.")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. Check the folder's permissions and free space.")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<DrillRecord> DrillStore::load(const QString &drillId, QString *error) const
{
    if (!isSafeId(drillId)) {
        if (error)
            *error = tr("\"%1\" is not a drill id.").arg(drillId);
        return std::nullopt;
    }
    QFile file(pathFor(drillId));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("There is no drill %1 in %2.").arg(drillId, m_directory);
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The drill report %1 is damaged (%2); it was skipped.")
                         .arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    bool ok = false;
    QString why;
    DrillRecord record = DrillRecord::fromJson(document.object(), &ok, &why);
    if (!ok) {
        if (error)
            *error = tr("The file %1 is not a drill report (%2); it was skipped.").arg(file.fileName(), why);
        return std::nullopt;
    }
    markIfInterrupted(record);
    return record;
}

QString DrillStore::lockPathFor(const QString &drillId) const
{
    return QDir(m_directory).filePath(drillId + QStringLiteral(".lock"));
}

std::unique_ptr<QLockFile> DrillStore::hold(const QString &drillId) const
{
    if (!isSafeId(drillId) || !QDir().mkpath(m_directory))
        return nullptr;
    auto lock = std::make_unique<QLockFile>(lockPathFor(drillId));
    lock->setStaleLockTime(0); // a drill runs for as long as its restore: never stale by age
    return lock->tryLock(0) ? std::move(lock) : nullptr;
}

bool DrillStore::isHeld(const QString &drillId) const
{
    if (!QFileInfo::exists(lockPathFor(drillId)))
        return false;
    // tryLock() takes over a lock whose process is gone (it checks the pid written in it).
    QLockFile probe(lockPathFor(drillId));
    probe.setStaleLockTime(0);
    if (!probe.tryLock(0))
        return probe.error() == QLockFile::LockFailedError;
    probe.unlock(); // removes the file it took over
    return false;
}

void DrillStore::markIfInterrupted(DrillRecord &record) const
{
    if (record.state != DrillState::Running || isHeld(record.id))
        return;
    // Not written back: a read changes no file, and the record stays as the drill left it.
    record.state = DrillState::Failed;
    record.reason = record.operationId.isEmpty()
        ? tr("The drill was stopped before its restore started.")
        : tr("The drill was stopped before it ended (the window or the command was closed). Its restore, "
             "operation %1, may have gone on in Azure: 'apim-backup-cli wait %1' follows it. Run the drill "
             "again to measure the recovery time.")
              .arg(record.operationId);
}

QList<DrillRecord> DrillStore::loadAll(QStringList *warnings) const
{
    QList<DrillRecord> records;
    const QStringList files = QDir(m_directory).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QString error;
        const auto record = load(fileName.chopped(5), &error);
        if (record) {
            records.append(*record);
        } else {
            qCWarning(lcOperations).noquote() << error;
            if (warnings)
                warnings->append(error);
        }
    }
    std::stable_sort(records.begin(), records.end(),
        [](const DrillRecord &a, const DrillRecord &b) { return a.startedAt < b.startedAt; });
    return records;
}

QList<DrillRecord> DrillStore::forService(const QString &sourceServiceId, QStringList *warnings) const
{
    QList<DrillRecord> records = loadAll(warnings);
    records.erase(std::remove_if(records.begin(), records.end(),
                      [&](const DrillRecord &record) {
                          return !DrillRequest::sameService(record.sourceServiceId, sourceServiceId);
                      }),
        records.end());
    return records;
}

std::optional<DrillRecord> DrillStore::find(const QString &idOrPrefix, QString *error) const
{
    const QString wanted = idOrPrefix.trimmed();
    QStringList matches;
    const QStringList files = QDir(m_directory).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QString id = fileName.chopped(5);
        if (id == wanted)
            return load(id, error);
        if (!wanted.isEmpty() && id.startsWith(wanted, Qt::CaseInsensitive))
            matches.append(id);
    }
    if (matches.size() == 1)
        return load(matches.first(), error);
    if (error)
        *error = matches.isEmpty()
            ? tr("There is no drill %1; 'apim-backup-cli drill --list' lists them.").arg(wanted)
            : tr("\"%1\" matches several drills: %2.").arg(wanted, matches.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Apim::Core
