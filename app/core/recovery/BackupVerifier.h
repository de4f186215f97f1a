#pragma once

#include "operations/BackupVerification.h"
#include "operations/OperationRecord.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class BackupCatalog;
class Clock;
class OperationJournal;
class OperationManager;

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

    // How a run of verify went, counted once for the app and the CLI.
    struct Tally
    {
        Q_DECLARE_TR_FUNCTIONS(Apim::Core::BackupVerifier)

    public:
        int checked = 0;
        int verified = 0;
        int failed = 0; // missing, empty or changed: no longer a recovery point
        int unreadable = 0; // the location could not be read
        QString text() const; // "3 backups checked: 2 verified, 1 no longer usable."
    };
    static Tally tally(const QList<Result> &results);

    BackupVerifier(BackupCatalog *catalog, OperationJournal *journal, const Clock *clock, QObject *parent = nullptr);

    // The records verify looks at: backups this installation made (the journal may hold
    // records copied from elsewhere), of one service when service (id or name) is given.
    static QList<OperationRecord> madeHere(
        const QList<OperationRecord> &records, const OperationManager &operations, const QString &service = {});

    // The succeeded backups among records; the others are left out of the results.
    void verify(const QList<OperationRecord> &records, QObject *context, Callback done);

private:
    QPointer<BackupCatalog> m_catalog;
    OperationJournal *m_journal;
    const Clock *m_clock;
};

} // namespace Apim::Core
