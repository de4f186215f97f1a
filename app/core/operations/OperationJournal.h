#pragma once

#include "operations/OperationRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QObject;
class QThreadPool;

namespace Apim::Core {

// The operations on disk: one JSON file per operation in <data dir>/operations, written
// atomically (a new file renamed over the old one) when an operation starts and at every
// change, so that a crashed or restarted app or CLI picks up tracking where it stopped.
// What must be on disk before the start request goes out (startSent) is written and synced
// by saveDurably() on a worker, which answers once it is there; any other change of state
// is synced by that worker right after it is written, so that the GUI thread never waits
// for the disk while operations start and poll. A damaged file is skipped with
// a warning; it never hides the others. Its files hold no secrets.
class OperationJournal
{
    // tr() under the context "Apim::Core::OperationJournal", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::OperationJournal)

public:
    // dataDir: AppPaths::dataDir() (tests: a temporary folder).
    explicit OperationJournal(const QString &dataDir);
    // Waits for the syncs still on the worker.
    ~OperationJournal();
    OperationJournal(const OperationJournal &) = delete;
    OperationJournal &operator=(const OperationJournal &) = delete;

    QString directory() const { return m_directory; }
    // The folder it was made with: another OperationJournal(dataDir()), on a worker, reads
    // the same records without touching this one.
    QString dataDir() const { return m_dataDir; }
    QString pathFor(const QString &operationId) const;

    // false + *error (translated, names the file) when the record could not be written.
    bool save(const OperationRecord &record, QString *error = nullptr) const;
    // Saves the record for good (written, synced, renamed into place) on the worker, then
    // calls done on the thread that made the journal, unless context or the journal is gone
    // by then. The write-ahead record goes this way: the start request leaves from done, once
    // the record that says it may have gone out is on disk. A save() of the same operation
    // while a write of it is on the worker goes to the worker too, after it: the file always
    // ends with the newest record. error: translated, names the file.
    using Saved = std::function<void(bool ok, const QString &error)>;
    void saveDurably(const OperationRecord &record, QObject *context, Saved done) const;
    // Told (while context lives) when a save() that went to the worker failed there: save()
    // had already returned true.
    void setLateFailureHandler(QObject *context, std::function<void(const QString &error)> handler);
    std::optional<OperationRecord> load(const QString &operationId, QString *error = nullptr) const;
    // Oldest first. warnings: one sentence per file that could not be read.
    QList<OperationRecord> loadAll(QStringList *warnings = nullptr) const;
    // Finds an operation by its full id or a unique prefix of it (as the CLI accepts).
    std::optional<OperationRecord> find(const QString &idOrPrefix, QString *error = nullptr) const;
    bool remove(const QString &operationId) const;

    // The unfinished operations on a service (its ARM id, any case), oldest first: "is an
    // operation already running here?" asked once, for the app and the CLI alike. Kept in
    // an index in memory: each file is parsed once, and again only while its record is
    // unfinished, because another process (a CLI run beside the app) may end it.
    QList<OperationRecord> unfinishedFor(const QString &serviceId) const;
    // The finished operations among records read elsewhere (another OperationJournal over
    // the same folder, on a worker), for rememberFinished().
    static QSet<QString> finishedIdsOf(const QList<OperationRecord> &records);
    // They go into the index, whose first use would otherwise read every file again, on the
    // caller's thread. A finished operation never runs again, so it cannot be stale.
    void rememberFinished(const QSet<QString> &finishedIds) const;

private:
    // Whether save() must wait for the disk: when the record is the first to say that the
    // start request may have gone out (write-ahead: the request leaves only after it).
    bool needsSync(const OperationRecord &record) const;
    // The checks and folder every save needs; false + *error when they fail.
    bool canWrite(const OperationRecord &record, QString *error) const;
    // Written to a temporary file, synced, and renamed over the record (QSaveFile).
    static bool writeSynced(
        const QString &path, const QByteArray &content, OperationState state, QString *error = nullptr);
    // save() when it need not: false if it could not (then save() writes it the synced way).
    bool replaceWithoutSync(const OperationRecord &record, const QByteArray &content) const;
    // Syncs the operation's file on the worker.
    void syncLater(const QString &path) const;
    // Writes (synced) on the worker, then answers in the journal's thread.
    void writeOnWorker(const QString &id, const QByteArray &content, OperationState state, Saved answer) const;
    void reportLateFailure(const QString &error) const;
    static void syncFolder(const QString &directory);
    QThreadPool *worker() const;
    // A file's last write and size: a file whose stamp is unchanged since it was indexed
    // need not be read again.
    struct FileStamp
    {
        qint64 modifiedNs = -1;
        qint64 size = -1;
        bool operator==(const FileStamp &other) const { return modifiedNs == other.modifiedNs && size == other.size; }
    };
    static FileStamp stampOf(const QString &path);
    struct IndexEntry
    {
        QString serviceId; // lower case
        OperationRecord record;
        FileStamp stamp; // of the file the entry was made from
    };
    void refreshIndex() const;
    void index(const OperationRecord &record, FileStamp stamp) const;

    QString m_dataDir;
    QString m_directory;
    mutable QHash<QString, IndexEntry> m_index; // the unfinished operations, by id
    mutable QSet<QString> m_finished; // the finished ones: their files are not read again
    // The operations whose startSent record was synced in this process.
    mutable QSet<QString> m_startSentSynced;
    // The state each operation's file was last written with, in this process: a change of
    // state is synced (on the worker), a change of progress alone is not.
    mutable QHash<QString, OperationState> m_writtenState;
    // The operations with writes still on the worker, and how many: their other saves go to
    // the worker too, so that they land after them.
    mutable QHash<QString, int> m_onWorker;
    QPointer<QObject> m_lateFailureContext;
    std::function<void(const QString &error)> m_lateFailure;
    // Replaced records still open, to be closed on the worker (replaceWithoutSync).
    static constexpr int kMaxClosesWaiting = 64;
    mutable std::atomic<int> m_closesWaiting { 0 };
    mutable std::unique_ptr<QThreadPool> m_syncer; // one thread, made when first needed
    // Lives in the journal's thread: the worker's answers are delivered through it.
    std::unique_ptr<QObject> m_answers;
};

} // namespace Apim::Core
