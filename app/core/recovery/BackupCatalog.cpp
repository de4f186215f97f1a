#include "recovery/BackupCatalog.h"

#include "inventory/ResourceId.h"
#include "operations/OperationJournal.h"
#include "operations/Retention.h"
#include "recovery/RecoverySettings.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "util/Clock.h"
#include "util/OnWorker.h"

#include <algorithm>

#include <QSet>
#include <QSharedPointer>
#include <QTimer>

namespace Apim::Core {

namespace {
// An ARM failure to find the account, in the shape every Blob caller already handles.
StorageError fromArm(const ArmError &error)
{
    StorageError storage = StorageError::local(StorageError::Kind::Refused, error.userMessage());
    storage.code = error.code;
    storage.httpStatus = error.httpStatus;
    return storage;
}

void addUnique(QList<BackupLocation> &locations, const BackupLocation &location)
{
    if (location.isValid() && !locations.contains(location))
        locations.append(location);
}
} // namespace

struct BackupCatalog::Build
{
    QPointer<QObject> context;
    SnapshotCallback done;
    CatalogSnapshot snapshot;
    QHash<QString, OperationRecord> madeHere;
    int pending = 0;
    // The journal's records by blob (3,000 of them took the GUI thread 10 ms and more to
    // free at the end of a build) are freed on a worker.
    ~Build() { releaseOnWorker(std::move(madeHere)); }
};

BackupCatalog::BackupCatalog(StorageService *storage, StorageCredentialResolver *credentials, BlobClient *blobs,
    OperationJournal *journal, Settings *settings, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_credentials(credentials)
    , m_blobs(blobs)
    , m_journal(journal)
    , m_settings(settings)
    , m_clock(clock)
{ }

void BackupCatalog::listContainer(const StorageAccount &account, const QString &container, const QString &prefix,
    QObject *context, ListCallback callback, const QByteArray &accessKey)
{
    listContainerSigned(
        account, container, prefix, context,
        [callback](const QList<BackupBlob> &blobs, const StorageError &error, const QString &note, const QByteArray &) {
            callback(blobs, error, note);
        },
        accessKey);
}

void BackupCatalog::listContainerSigned(const StorageAccount &account, const QString &container, const QString &prefix,
    QObject *context, SignedListCallback callback, const QByteArray &accessKey)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, callback](const QList<BackupBlob> &blobs, const StorageError &error,
                            const QString &note, const QByteArray &signedWith) {
        if (guard)
            callback(blobs, error, note, signedWith);
    };
    if (!m_credentials || !m_blobs) {
        // Asynchronous like a real answer, so that callers see one behaviour.
        QTimer::singleShot(0, this, [answer] {
            answer({}, StorageError::local(StorageError::Kind::Refused, tr("Sign in to list backups.")), {}, {});
        });
        return;
    }
    if (account.blobEndpoint.isEmpty()) {
        const QString why = account.blobEndpointProblem.isEmpty()
            ? tr("The storage account %1 has no Blob endpoint.").arg(account.name)
            : account.blobEndpointProblem;
        QTimer::singleShot(
            0, this, [answer, why] { answer({}, StorageError::local(StorageError::Kind::Refused, why), {}, {}); });
        return;
    }
    if (!accessKey.isEmpty() && account.allowSharedKeyAccess) {
        listWith(account, container, prefix, { account.name, accessKey }, {}, false, answer);
        return;
    }
    m_credentials->blobCredentials(account, this,
        [this, account, container, prefix, answer](const BlobCredentials &credentials, const QString &note) {
            listWith(account, container, prefix, credentials, note, false, answer);
        });
}

void BackupCatalog::listWith(const StorageAccount &account, const QString &container, const QString &prefix,
    const BlobCredentials &credentials, const QString &note, bool retried, const SignedListCallback &answer)
{
    if (!m_blobs) {
        answer({}, StorageError::local(StorageError::Kind::Refused, tr("Sign in to list backups.")), note,
            credentials.accountKey);
        return;
    }
    m_blobs->listBlobs(
        account.blobEndpoint, container, credentials, this,
        [this, account, container, prefix, credentials, note, retried, answer](
            const QList<BackupBlob> &blobs, const StorageError &error) {
            // A key Azure refuses (rotated since it was fetched, or a pasted one gone stale)
            // is dropped and fetched again, once: a second refusal is the answer.
            if (error.httpStatus == 403 && !credentials.accountKey.isEmpty() && !retried && m_credentials) {
                m_credentials->rejectKey(account.name, credentials.accountKey);
                m_credentials->blobCredentials(account, this,
                    [this, account, container, prefix, answer](const BlobCredentials &fresh, const QString &freshNote) {
                        listWith(account, container, prefix, fresh, freshNote, true, answer);
                    });
                return;
            }
            answer(blobs, error, note, credentials.accountKey);
        },
        prefix);
}

void BackupCatalog::listLocation(
    const BackupLocation &location, const QString &prefix, QObject *context, ListCallback callback)
{
    const QPointer<QObject> guard(context);
    if (!m_storage) {
        QTimer::singleShot(0, this, [guard, callback] {
            if (guard)
                callback({}, StorageError::local(StorageError::Kind::Refused, tr("Sign in to list backups.")), {});
        });
        return;
    }
    m_storage->findAccount(location.subscriptionId, location.account, this,
        [this, guard, location, prefix, callback](const StorageAccount &account, const ArmError &error) {
            if (!guard)
                return;
            if (error.isError()) {
                callback({}, fromArm(error), {});
                return;
            }
            listContainer(account, location.container, prefix, guard, callback);
        });
}

BackupLocation BackupCatalog::locationOf(const OperationRecord &record)
{
    QString subscription = record.storageSubscriptionId;
    if (subscription.isEmpty())
        subscription = record.subscriptionId.isEmpty() ? ResourceId::parse(record.serviceId).subscriptionId
                                                       : record.subscriptionId;
    return { subscription.toLower(), record.storageAccount, record.container };
}

QHash<QString, OperationRecord> BackupCatalog::madeHere(const QList<OperationRecord> &records)
{
    QHash<QString, OperationRecord> made;
    for (const OperationRecord &record : records) {
        if (record.kind == OperationKind::Backup && record.state == OperationState::Succeeded)
            made.insert(locationOf(record).key() + QLatin1Char('|') + record.blobName, record);
    }
    return made;
}

QList<BackupLocation> BackupCatalog::locationsFor(
    const ApimService &service, const QList<OperationRecord> &records) const
{
    return locationsFor(QList<ApimService> { service }, records).value(service.id.toLower());
}

QHash<QString, QList<BackupLocation>> BackupCatalog::locationsFor(
    const QList<ApimService> &services, const QList<OperationRecord> &records) const
{
    return plan(services, records, readPlanSettings(services)).byService;
}

BackupCatalog::PlanSettings BackupCatalog::readPlanSettings(const QList<ApimService> &services) const
{
    const RecoverySettings settings(m_settings);
    PlanSettings read;
    read.added = settings.addedLocations();
    read.extra = m_extraLocations;
    for (const ApimService &service : services) {
        if (!read.defaults.contains(service.subscriptionId))
            read.defaults.insert(service.subscriptionId, settings.defaultLocation(service.subscriptionId));
    }
    return read;
}

BackupCatalog::Plan BackupCatalog::plan(
    const QList<ApimService> &services, const QList<OperationRecord> &records, const PlanSettings &settings)
{
    // In the order a service's locations have always come: its subscription's default, the
    // places its backups went, the locations added by hand, then the extra ones.
    QHash<QString, QList<BackupLocation>> backedUpTo; // lower-case service id -> locations
    for (const OperationRecord &record : records) {
        if (record.kind == OperationKind::Backup)
            addUnique(backedUpTo[record.serviceId.toLower()], locationOf(record));
    }
    const auto listFor = [&settings](const QString &subscriptionId, const QList<BackupLocation> &own) {
        QList<BackupLocation> locations;
        if (const std::optional<BackupLocation> remembered = settings.defaults.value(subscriptionId))
            addUnique(locations, *remembered);
        for (const BackupLocation &location : own)
            addUnique(locations, location);
        for (const BackupLocation &location : settings.added)
            addUnique(locations, location);
        for (const BackupLocation &location : settings.extra)
            addUnique(locations, location);
        return locations;
    };
    // The services of a subscription without backups of their own share one list (implicitly
    // shared, not copied): 10,000 services make a few dozen lists, not 10,000. Keyed by the
    // id as written: ids of one listing are written alike.
    QHash<QString, QList<BackupLocation>> subscriptionLists;
    Plan plan;
    plan.byService.reserve(services.size());
    for (const ApimService &service : services) {
        const QString id = service.id.toLower();
        const auto own = backedUpTo.constFind(id);
        if (own != backedUpTo.constEnd()) {
            plan.byService.insert(id, listFor(service.subscriptionId, *own));
            continue;
        }
        auto shared = subscriptionLists.constFind(service.subscriptionId);
        if (shared == subscriptionLists.constEnd())
            shared = subscriptionLists.insert(service.subscriptionId, listFor(service.subscriptionId, {}));
        plan.byService.insert(id, *shared);
    }
    QSet<QString> seen; // location keys: most services share a few locations
    QSet<const BackupLocation *> seenLists; // lists shared by many services, looked at once
    for (const QList<BackupLocation> &locations : std::as_const(plan.byService)) {
        if (locations.isEmpty() || seenLists.contains(locations.constData()))
            continue;
        seenLists.insert(locations.constData());
        for (const BackupLocation &location : locations) {
            const QString key = location.key();
            if (location.isValid() && !seen.contains(key)) {
                seen.insert(key);
                plan.toRead.append(location);
            }
        }
    }
    // In a fixed order, whatever the hash's: the same estate reads its locations alike.
    std::sort(plan.toRead.begin(), plan.toRead.end(),
        [](const BackupLocation &a, const BackupLocation &b) { return a.key() < b.key(); });
    return plan;
}

void BackupCatalog::build(const QList<ApimService> &services, QObject *context, SnapshotCallback done)
{
    auto build = QSharedPointer<Build>::create();
    build->context = context;
    build->done = std::move(done);
    build->snapshot.takenAt = m_clock->now();
    // The journal is read, and which locations concern which service worked out, on a
    // worker: reading 3,000 records took the GUI thread about 60 ms, and planning 10,000
    // services a frame and more, after every operation's end. The worker reads the journal
    // through its own OperationJournal (same folder), so it depends on nothing of this
    // thread's. The settings are read here, on this thread.
    const std::optional<QString> journalDir = m_journal ? std::optional<QString>(m_journal->dataDir()) : std::nullopt;
    const PlanSettings settings = readPlanSettings(services);
    runOnWorker<Plan>(
        this,
        [services, journalDir, settings] {
            const QList<OperationRecord> records
                = journalDir ? OperationJournal(*journalDir).loadAll() : QList<OperationRecord>();
            Plan made = plan(services, records, settings);
            made.madeHere = madeHere(records);
            return made;
        },
        [this, build](const Plan &made) {
            if (!build->context)
                return;
            build->madeHere = made.madeHere;
            build->snapshot.serviceLocations = made.byService;
            build->pending = int(made.toRead.size());
            if (made.toRead.isEmpty()) {
                build->done(build->snapshot);
                return;
            }
            for (const BackupLocation &location : made.toRead)
                readLocation(build, location);
        });
}

void BackupCatalog::readLocation(const QSharedPointer<Build> &build, const BackupLocation &location)
{
    listLocation(location, QString(), this,
        [this, build, location](const QList<BackupBlob> &blobs, const StorageError &error, const QString &note) {
            finishLocation(build, location, blobs, error, note);
        });
}

void BackupCatalog::finishLocation(const QSharedPointer<Build> &build, const BackupLocation &location,
    const QList<BackupBlob> &blobs, const StorageError &error, const QString &note)
{
    // On a worker: matching a container of 5,000 backups to the journal and to their
    // services' names took the GUI thread milliseconds, after every operation's end.
    const LocationStatus status { location, error, note, int(blobs.size()) };
    runOnWorker<QList<CatalogEntry>>(
        this,
        [madeHere = build->madeHere, location, blobs, now = build->snapshot.takenAt] {
            return entriesOf(madeHere, location, blobs, now);
        },
        [build, status](const QList<CatalogEntry> &entries) {
            const QString key = status.location.key();
            build->snapshot.locations.insert(key, status);
            build->snapshot.entriesByLocation.insert(key, entries);
            if (--build->pending == 0 && build->context)
                build->done(build->snapshot);
        });
}

QList<CatalogEntry> BackupCatalog::entriesOf(const QHash<QString, OperationRecord> &madeHere,
    const BackupLocation &location, const QList<BackupBlob> &blobs, const QDateTime &now)
{
    QList<CatalogEntry> entries;
    entries.reserve(blobs.size());
    const QString keyPrefix = location.key() + QLatin1Char('|');
    for (const BackupBlob &blob : blobs) {
        CatalogEntry entry { blob, location, {}, {}, {}, {} };
        const auto made = madeHere.constFind(keyPrefix + blob.name);
        if (made != madeHere.constEnd()) {
            entry.serviceId = made->serviceId.toLower();
            entry.serviceName = made->serviceName;
            entry.operationId = made->id;
            // A file that no longer matches what the backup wrote is not that backup.
            entry.verification
                = made->verification.hasFingerprint() ? made->verification.recheck(&blob, now) : made->verification;
        } else {
            entry.serviceId = Retention::serviceIdOf(blob).toLower();
            entry.serviceName = Retention::serviceOf(blob);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace Apim::Core
