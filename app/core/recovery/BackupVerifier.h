#pragma once

#include "operations/BackupVerification.h"
#include "operations/OperationRecord.h"
#include "storage/StorageError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class BackupCatalog;
class Clock;
class OperationJournal;

// Looks again at the files of the backups this tool made: each is still there, not empty,
// and the same as when it was written (ETag, size, Content-MD5). Each location is read once
// for all of its backups. The outcome goes to the journal, so the catalog stops counting a
// backup whose file vanished or changed.
class BackupVerifier : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        OperationRecord record; // as saved, with the new verification
        BackupVerification before;
        StorageError error; // the location could not be read: nothing was decided (a container
                            // that does not exist was read: its backups are Missing)
    };
    using Callback = std::function<void(const QList<Result> &)>;

    BackupVerifier(BackupCatalog *catalog, OperationJournal *journal, const Clock *clock, QObject *parent = nullptr);

    // The succeeded backups among records; the others are left out of the results.
    void verify(const QList<OperationRecord> &records, QObject *context, Callback done);

private:
    QPointer<BackupCatalog> m_catalog;
    OperationJournal *m_journal;
    const Clock *m_clock;
};

} // namespace Apim::Core
