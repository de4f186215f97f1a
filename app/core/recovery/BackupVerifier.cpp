#include "recovery/BackupVerifier.h"

#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "recovery/BackupCatalog.h"
#include "util/Clock.h"

#include <QHash>
#include <QSharedPointer>
#include <QTimer>

namespace Apim::Core {

BackupVerifier::BackupVerifier(BackupCatalog *catalog, OperationJournal *journal, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_journal(journal)
    , m_clock(clock)
{ }

QList<OperationRecord> BackupVerifier::madeHere(
    const QList<OperationRecord> &records, const OperationManager &operations, const QString &service)
{
    QList<OperationRecord> chosen;
    for (const OperationRecord &record : records) {
        // A resource id names one service; a bare name may match services of several
        // subscriptions, which is what someone typing a name asks for.
        const bool matches = service.isEmpty()
            || (service.startsWith(QLatin1Char('/')) ? record.serviceId.compare(service, Qt::CaseInsensitive) == 0
                                                     : record.serviceName.compare(service, Qt::CaseInsensitive) == 0);
        if (matches && operations.isFromHere(record))
            chosen.append(record);
    }
    return chosen;
}

void BackupVerifier::verify(const QList<OperationRecord> &records, QObject *context, Callback done)
{
    QHash<QString, QList<OperationRecord>> byLocation;
    QHash<QString, BackupLocation> locations;
    for (const OperationRecord &record : records) {
        if (record.kind != OperationKind::Backup || record.state != OperationState::Succeeded)
            continue;
        const BackupLocation location = BackupCatalog::locationOf(record);
        byLocation[location.key()].append(record);
        locations.insert(location.key(), location);
    }
    const QPointer<QObject> guard(context);
    auto results = QSharedPointer<QList<Result>>::create();
    auto pending = QSharedPointer<int>::create(int(byLocation.size()));
    if (byLocation.isEmpty() || !m_catalog) {
        QTimer::singleShot(0, this, [guard, done] {
            if (guard)
                done({});
        });
        return;
    }
    for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it) {
        const QList<OperationRecord> group = it.value();
        m_catalog->listLocation(locations.value(it.key()), QString(), this,
            [this, guard, done, results, pending, group](
                const QList<BackupBlob> &blobs, const StorageError &error, const QString &) {
                QHash<QString, const BackupBlob *> byName;
                for (const BackupBlob &blob : blobs)
                    byName.insert(blob.name, &blob);
                const QDateTime now = m_clock->now();
                // A container that does not exist was read all the same: its backups are missing.
                const StorageError undecided = error.isContainerMissing() ? StorageError() : error;
                for (OperationRecord record : group) {
                    Result result { record, record.verification, undecided };
                    if (!undecided.isError()) {
                        record.verification = record.verification.recheck(byName.value(record.blobName), now);
                        if (m_journal)
                            m_journal->save(record);
                    }
                    result.record = record;
                    results->append(result);
                }
                if (--*pending == 0 && guard)
                    done(*results);
            });
    }
}

BackupVerifier::Tally BackupVerifier::tally(const QList<Result> &results)
{
    Tally tally;
    for (const Result &result : results) {
        ++tally.checked;
        if (result.error.isError())
            ++tally.unreadable;
        else if (result.record.verification.failed())
            ++tally.failed;
        else if (result.record.verification.state == BackupVerification::State::Verified)
            ++tally.verified;
    }
    return tally;
}

QString BackupVerifier::Tally::text() const
{
    if (checked == 0)
        return tr("No backup made by this tool was found in the journal.");
    QStringList parts { tr("%n verified", nullptr, verified) };
    if (failed > 0)
        parts << tr("%n no longer usable", nullptr, failed);
    if (unreadable > 0)
        parts << tr("%n could not be checked", nullptr, unreadable);
    return tr("%n backup(s) checked: %1.", nullptr, checked).arg(parts.join(tr(", ")));
}

} // namespace Apim::Core
