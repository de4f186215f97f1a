// The journal reader: the input is one file in <data dir>/operations, read by
// OperationJournal::load, loadAll and unfinishedFor. A record that was read must be
// written and read back whole: the journal never loses a record.

#include "FuzzSupport.h"

#include "operations/OperationJournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    static QTemporaryDir dataDir(QDir::tempPath() + QStringLiteral("/apim-fuzz-journal-XXXXXX"));
    static const QString id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    static const OperationJournal journal(dataDir.path());
    static const bool folder = QDir().mkpath(journal.directory());
    if (!folder)
        ApimFuzz::broken("cannot create the journal folder");
    QFile file(journal.pathFor(id));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        ApimFuzz::broken("cannot write the journal file");
    file.close();

    QString error;
    const std::optional<OperationRecord> record = journal.load(id, &error);
    QStringList warnings;
    const QList<OperationRecord> all = journal.loadAll(&warnings);
    if (bool(record) != (all.size() == 1) || (!record && (error.isEmpty() || warnings.size() != 1)))
        ApimFuzz::broken("load and loadAll disagree, or a damaged file was skipped without a warning");
    if (record) {
        (void)journal.unfinishedFor(record->serviceId);
        (void)journal.find(id.left(8));
        bool ok = false;
        QString why;
        const OperationRecord again = OperationRecord::fromJson(record->toJson(), &ok, &why);
        if (!ok || again.id != record->id || again.state != record->state || again.serviceId != record->serviceId)
            ApimFuzz::broken("a record read from the journal does not survive being written again");
    }
    return 0;
}
