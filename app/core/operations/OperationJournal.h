#pragma once

#include "operations/OperationRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QThreadPool;

namespace Apim::Core {

// The operations on disk: one JSON file per operation in <data dir>/operations, written
// atomically (a new file renamed over the old one) when an operation starts and at every
// change, so that a crashed or restarted app or CLI picks up tracking where it stopped.
// What must be on disk before the start request goes out (startSent) is synced before
// save() returns; any other change of state is synced by a worker right after, so that the
// GUI thread never waits for the disk while operations poll. A damaged file is skipped with
// a warning; it never hides the others. Holds no secrets.
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
    QString pathFor(const QString &operationId) const;

    // false + *error (translated, names the file) when the record could not be written.
    bool save(const OperationRecord &record, QString *error = nullptr) const;
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

private:
    // Whether save() must wait for the disk: when the record is the first to say that the
    // start request may have gone out (write-ahead: the request leaves only after it).
    bool needsSync(const OperationRecord &record) const;
    // save() when it need not: false if it could not (then save() writes it the synced way).
    bool replaceWithoutSync(const OperationRecord &record, const QByteArray &content) const;
    // Syncs the operation's file on the worker.
    void syncLater(const QString &path) const;
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
        std::optional<OperationRecord> unfinished; // kept while it runs; finished ones are not
        FileStamp stamp; // of the file the entry was made from
    };
    void refreshIndex() const;
    void index(const OperationRecord &record, FileStamp stamp) const;

    QString m_directory;
    mutable QHash<QString, IndexEntry> m_index; // by operation id
    // The operations whose startSent record was synced in this process.
    mutable QSet<QString> m_startSentSynced;
    // The state each operation's file was last written with, in this process: a change of
    // state is synced (on the worker), a change of progress alone is not.
    mutable QHash<QString, OperationState> m_writtenState;
    mutable std::unique_ptr<QThreadPool> m_syncer; // one thread, made at the first sync
};

} // namespace Apim::Core
