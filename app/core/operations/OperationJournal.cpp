#include "operations/OperationJournal.h"

#include "util/CrashPoint.h"
#include "util/Logging.h"
#include "util/OnWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Apim::Core {

namespace {
// Operation ids are our own GUIDs; anything else must not become a file name.
bool isSafeId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

OperationJournal::OperationJournal(const QString &dataDir)
    : m_dataDir(dataDir)
    , m_directory(QDir(dataDir).filePath(QStringLiteral("operations")))
    , m_answers(std::make_unique<QObject>())
{ }

OperationJournal::~OperationJournal()
{
    // Before m_answers goes: the worker posts to it.
    if (m_syncer)
        m_syncer->waitForDone();
}

QString OperationJournal::pathFor(const QString &operationId) const
{
    return QDir(m_directory).filePath(operationId + QStringLiteral(".json"));
}

bool OperationJournal::canWrite(const OperationRecord &record, QString *error) const
{
    if (!isSafeId(record.id)) {
        if (error)
            *error = tr("The operation id \"%1\" is not valid.").arg(record.id);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error
                = tr("Could not create the folder %1 for the operation journal. Check its permissions and free space.")
                      .arg(m_directory);
        return false;
    }
    return true;
}

bool OperationJournal::save(const OperationRecord &record, QString *error) const
{
    if (!canWrite(record, error))
        return false;
    const QByteArray content = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (m_onWorker.contains(record.id)) {
        // Behind a write of the same record still on the worker: written after it, not
        // before, or the older record would be renamed over this one.
        writeOnWorker(record.id, content, record.state, [this](bool ok, const QString &why) {
            if (!ok)
                reportLateFailure(why);
        });
        m_writtenState.insert(record.id, record.state);
        index(record, {}); // the file is read again when the index next looks
        return true;
    }
    if (!needsSync(record) && replaceWithoutSync(record, content)) {
        const auto written = m_writtenState.constFind(record.id);
        const bool stateChanged = written == m_writtenState.constEnd() || *written != record.state;
        m_writtenState.insert(record.id, record.state);
        // A start not yet sent is not worth a sync: lost to a power cut, it loses nothing
        // that happened.
        if (stateChanged && !(record.state == OperationState::Starting && !record.startSent))
            syncLater(pathFor(record.id));
        return true;
    }
    if (!writeSynced(pathFor(record.id), content, record.state, error))
        return false;
    if (record.startSent)
        m_startSentSynced.insert(record.id);
    m_writtenState.insert(record.id, record.state);
    index(record, stampOf(pathFor(record.id)));
    return true;
}

void OperationJournal::saveDurably(const OperationRecord &record, QObject *context, Saved done) const
{
    const QPointer<QObject> guard(context);
    QString error;
    if (!canWrite(record, &error)) {
        QMetaObject::invokeMethod(
            m_answers.get(),
            [guard, done, error] {
                if (guard)
                    done(false, error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_writtenState.insert(record.id, record.state);
    index(record, {});
    const QByteArray content = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    writeOnWorker(record.id, content, record.state,
        [this, id = record.id, startSent = record.startSent, guard, done = std::move(done)](
            bool ok, const QString &why) {
            if (ok && startSent)
                m_startSentSynced.insert(id);
            if (guard)
                done(ok, why);
        });
}

void OperationJournal::writeOnWorker(
    const QString &id, const QByteArray &content, OperationState state, Saved answer) const
{
    m_onWorker[id] += 1;
    struct Written
    {
        bool ok = false;
        QString why;
    };
    // The worker has one thread: writes, and their answers, come in the order given. The
    // journal outlives them: its destructor waits for the worker.
    runOnWorker<Written>(
        m_answers.get(),
        [path = pathFor(id), directory = m_directory, content, state] {
            Written written;
            written.ok = writeSynced(path, content, state, &written.why);
            if (written.ok)
                syncFolder(directory); // the rename too survives a power cut
            return written;
        },
        [this, id, answer = std::move(answer)](const Written &written) {
            if (--m_onWorker[id] <= 0)
                m_onWorker.remove(id);
            answer(written.ok, written.why);
        },
        worker());
}

void OperationJournal::setLateFailureHandler(QObject *context, std::function<void(const QString &)> handler)
{
    m_lateFailureContext = context;
    m_lateFailure = std::move(handler);
}

void OperationJournal::reportLateFailure(const QString &error) const
{
    qCWarning(lcOperations).noquote() << error;
    if (m_lateFailureContext && m_lateFailure)
        m_lateFailure(error);
}

void OperationJournal::syncFolder(const QString &directory)
{
#if !defined(Q_OS_WIN)
    const int folder = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    Q_UNUSED(directory); // NTFS journals the rename with the file
#endif
}

bool OperationJournal::writeSynced(const QString &path, const QByteArray &content, OperationState state, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2. Check the folder's permissions and free space.")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(content);
    crashPoint(QStringLiteral("journal-write:") + operationStateName(state));
    if (!file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2. Check the folder's permissions and free space.")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool OperationJournal::needsSync(const OperationRecord &record) const
{
    // Write-ahead: "the start request may have gone out" is on disk before it goes, so that
    // a power cut never leaves a started operation that the journal says was not sent.
    // Every other change can be found again from Azure (the status URL, the service, the
    // Activity Log) if a power cut loses it: it is synced by the worker, and the GUI thread
    // no longer waits tens of milliseconds for the disk each time one of twenty polled
    // operations changes state.
    return record.startSent && !m_startSentSynced.contains(record.id);
}

QThreadPool *OperationJournal::worker() const
{
    if (!m_syncer) {
        m_syncer = std::make_unique<QThreadPool>();
        // One thread: its tasks run in the order they were given.
        m_syncer->setMaxThreadCount(1);
    }
    return m_syncer.get();
}

void OperationJournal::syncLater(const QString &path) const
{
    // The file synced is whatever was last renamed to the path: a newer record of the same
    // operation is as good, and better.
    worker()->start([path] {
        QFile file(path);
        // ExistingOnly: a record removed meanwhile (pruned) is not made again, empty.
        if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            return;
#if defined(Q_OS_WIN)
        ::_commit(file.handle());
#else
        ::fsync(file.handle());
#endif
    });
}

OperationJournal::FileStamp OperationJournal::stampOf(const QString &path)
{
    std::error_code error;
    const std::filesystem::path file = QFile::encodeName(path).toStdString();
    const auto modified = std::filesystem::last_write_time(file, error);
    if (error)
        return {};
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        return {};
    return { qint64(std::chrono::duration_cast<std::chrono::nanoseconds>(modified.time_since_epoch()).count()),
        qint64(size) };
}

bool OperationJournal::replaceWithoutSync(const OperationRecord &record, const QByteArray &content) const
{
    // Written to a new file renamed over the old one: a process killed meanwhile still finds
    // one whole record, the old or the new. Waiting for the disk is save()'s and syncLater()'s
    // decision, not this one's.
    const QString path = pathFor(record.id);
    const QString temporary = path + QStringLiteral(".part");
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool written = file.write(content) == content.size() && file.flush();
    file.close();
    crashPoint(QStringLiteral("journal-write:") + operationStateName(record.state));
#if !defined(Q_OS_WIN)
    // The record replaced is held open across the rename and closed on the worker: its
    // last close frees its blocks, and on a file system mounted with "discard" that waits
    // for the device (0.5 to 2 ms a rename, measured, when it was the GUI thread's).
    const int replaced = written ? ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC) : -1;
#endif
    std::error_code renameError;
    if (written)
        std::filesystem::rename(
            QFile::encodeName(temporary).toStdString(), QFile::encodeName(path).toStdString(), renameError);
#if !defined(Q_OS_WIN)
    if (replaced >= 0) {
        // Behind the syncs of a slow disk, closes could pile up: past a few dozen, the
        // GUI thread closes it itself rather than hold more of the process's descriptors.
        if (m_closesWaiting.fetch_add(1) < kMaxClosesWaiting) {
            worker()->start([replaced, waiting = &m_closesWaiting] {
                ::close(replaced);
                waiting->fetch_sub(1);
            });
        } else {
            m_closesWaiting.fetch_sub(1);
            ::close(replaced);
        }
    }
#endif
    if (!written || renameError) {
        QFile::remove(temporary);
        return false; // the caller writes it the synced way, and reports what fails there
    }
    index(record, stampOf(path));
    return true;
}

std::optional<OperationRecord> OperationJournal::load(const QString &operationId, QString *error) const
{
    if (!isSafeId(operationId)) {
        if (error)
            *error = tr("\"%1\" is not an operation id.").arg(operationId);
        return std::nullopt;
    }
    QFile file(pathFor(operationId));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("There is no operation %1 in the journal (%2).").arg(operationId, m_directory);
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = tr("The journal file %1 is damaged (%2); it was skipped.")
                         .arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    bool ok = false;
    QString why;
    OperationRecord record = OperationRecord::fromJson(document.object(), &ok, &why);
    if (!ok) {
        if (error)
            *error
                = tr("The journal file %1 is not an operation record (%2); it was skipped.").arg(file.fileName(), why);
        return std::nullopt;
    }
    return record;
}

QList<OperationRecord> OperationJournal::loadAll(QStringList *warnings) const
{
    QList<OperationRecord> records;
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
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
        [](const OperationRecord &a, const OperationRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

std::optional<OperationRecord> OperationJournal::find(const QString &idOrPrefix, QString *error) const
{
    if (isSafeId(idOrPrefix) && QFile::exists(pathFor(idOrPrefix)))
        return load(idOrPrefix, error);
    const QStringList files = QDir(m_directory).entryList({ idOrPrefix + QStringLiteral("*.json") }, QDir::Files);
    if (files.size() == 1 && isSafeId(idOrPrefix))
        return load(files.first().chopped(5), error);
    if (error) {
        *error = files.size() > 1
            ? tr("\"%1\" matches %2 operations; give more of the id.").arg(idOrPrefix).arg(files.size())
            : tr("There is no operation %1 in the journal (%2).").arg(idOrPrefix, m_directory);
    }
    return std::nullopt;
}

bool OperationJournal::remove(const QString &operationId) const
{
    if (m_onWorker.contains(operationId))
        m_syncer->waitForDone(); // or the worker would write it again after
    m_index.remove(operationId);
    m_startSentSynced.remove(operationId);
    m_writtenState.remove(operationId);
    return isSafeId(operationId) && QFile::remove(pathFor(operationId));
}

void OperationJournal::index(const OperationRecord &record, FileStamp stamp) const
{
    if (record.isFinished()) {
        m_index.remove(record.id);
        m_finished.insert(record.id);
        return;
    }
    m_finished.remove(record.id);
    m_index.insert(record.id, IndexEntry { record.serviceId.toLower(), record, stamp });
}

void OperationJournal::refreshIndex() const
{
    const QStringList files = QDir(m_directory).entryList({ QStringLiteral("*.json") }, QDir::Files);
    QSet<QString> listedUnfinished;
    for (const QString &fileName : files) {
        const QString id = fileName.chopped(5);
        if (m_finished.contains(id))
            continue; // a finished record never runs again
        listedUnfinished.insert(id);
        // Read again only when another process (a CLI run beside the app) wrote it since:
        // starting twenty backups at once otherwise read the earlier ones 190 times.
        const auto known = m_index.constFind(id);
        const FileStamp stamp = stampOf(pathFor(id));
        if (known != m_index.constEnd() && stamp.size >= 0 && known->stamp == stamp)
            continue;
        if (const auto record = load(id))
            index(*record, stamp);
    }
    // Records removed since (the CLI's prune): an unfinished one must not be reported again;
    // the finished ones are forgotten only when there are more than files, not at every look.
    for (auto it = m_index.begin(); it != m_index.end();)
        it = listedUnfinished.contains(it.key()) ? std::next(it) : m_index.erase(it);
    if (m_finished.size() + m_index.size() > files.size()) {
        QSet<QString> present;
        present.reserve(files.size());
        for (const QString &fileName : files)
            present.insert(fileName.chopped(5));
        m_finished.intersect(present);
    }
}

void OperationJournal::rememberFinished(const QSet<QString> &finishedIds) const
{
    if (m_finished.isEmpty())
        m_finished = finishedIds; // shared, not copied: thousands of ids
    else
        m_finished.unite(finishedIds);
    for (auto it = m_index.begin(); it != m_index.end();)
        it = finishedIds.contains(it.key()) ? m_index.erase(it) : std::next(it);
}

QSet<QString> OperationJournal::finishedIdsOf(const QList<OperationRecord> &records)
{
    QSet<QString> ids;
    ids.reserve(records.size());
    for (const OperationRecord &record : records) {
        if (record.isFinished())
            ids.insert(record.id);
    }
    return ids;
}

QList<OperationRecord> OperationJournal::unfinishedFor(const QString &serviceId) const
{
    refreshIndex();
    const QString wanted = serviceId.toLower();
    QList<OperationRecord> records;
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        if (it->serviceId == wanted)
            records.append(it->record);
    }
    std::stable_sort(records.begin(), records.end(),
        [](const OperationRecord &a, const OperationRecord &b) { return a.createdAt < b.createdAt; });
    return records;
}

} // namespace Apim::Core
