#include "recovery/CatalogSnapshot.h"

#include "operations/Retention.h"

#include <algorithm>

namespace Apim::Core {

QString CatalogEntry::notBackupReason() const
{
    return Retention::notBackupReason(blob, madeHere());
}

bool CatalogEntry::belongsTo(const ApimService &service) const
{
    // The name first: it is a comparison, while the file's kind is worked out from its metadata
    // and name, and a location holds the files of many services.
    const bool named = !serviceId.isEmpty()
        ? serviceId.compare(service.id, Qt::CaseInsensitive) == 0
        : !serviceName.isEmpty() && serviceName.compare(service.name, Qt::CaseInsensitive) == 0;
    return named && notBackupReason().isEmpty();
}

QList<CatalogEntry> CatalogSnapshot::entriesFor(const ApimService &service) const
{
    QList<CatalogEntry> found;
    const QList<BackupLocation> places = serviceLocations.value(service.id.toLower());
    for (const BackupLocation &place : places) {
        const QList<CatalogEntry> entries = entriesByLocation.value(place.key());
        for (const CatalogEntry &entry : entries) {
            if (entry.belongsTo(service))
                found.append(entry);
        }
    }
    std::sort(found.begin(), found.end(),
        [](const CatalogEntry &a, const CatalogEntry &b) { return a.blob.createdOn > b.blob.createdOn; });
    return found;
}

QHash<QString, QList<CatalogEntry>> CatalogSnapshot::entriesFor(const QList<ApimService> &services) const
{
    // Each location's entries by the service they name: "id:" and the lower-case id, or
    // "name:" and the lower-case name for a file that names no id (belongsTo's two ways).
    QHash<QString, QHash<QString, QList<const CatalogEntry *>>> named; // by location key
    for (auto location = entriesByLocation.cbegin(); location != entriesByLocation.cend(); ++location) {
        QHash<QString, QList<const CatalogEntry *>> &byName = named[location.key()];
        for (const CatalogEntry &entry : location.value()) {
            if (!entry.serviceId.isEmpty())
                byName[QStringLiteral("id:") + entry.serviceId.toLower()] << &entry;
            else if (!entry.serviceName.isEmpty())
                byName[QStringLiteral("name:") + entry.serviceName.toLower()] << &entry;
        }
    }
    QHash<QString, QList<CatalogEntry>> byService;
    byService.reserve(services.size());
    for (const ApimService &service : services) {
        const QString id = service.id.toLower();
        const QString idKey = QStringLiteral("id:") + id;
        const QString nameKey = QStringLiteral("name:") + service.name.toLower();
        QList<CatalogEntry> found;
        for (const BackupLocation &place : serviceLocations.value(id)) {
            const auto byName = named.constFind(place.key());
            if (byName == named.constEnd())
                continue;
            for (const QString &key : { idKey, nameKey }) {
                for (const CatalogEntry *entry : byName->value(key)) {
                    if (entry->belongsTo(service))
                        found.append(*entry);
                }
            }
        }
        std::sort(found.begin(), found.end(),
            [](const CatalogEntry &a, const CatalogEntry &b) { return a.blob.createdOn > b.blob.createdOn; });
        byService.insert(id, found);
    }
    return byService;
}

QList<CatalogEntry> CatalogSnapshot::allEntries() const
{
    QList<CatalogEntry> all;
    for (auto it = entriesByLocation.cbegin(); it != entriesByLocation.cend(); ++it)
        all += it.value();
    return all;
}

QList<BackupLocation> CatalogSnapshot::goneLocations() const
{
    QList<BackupLocation> gone;
    for (auto it = locations.cbegin(); it != locations.cend(); ++it) {
        if (it->gone())
            gone.append(it->location);
    }
    std::sort(gone.begin(), gone.end(),
        [](const BackupLocation &a, const BackupLocation &b) { return a.display() < b.display(); });
    return gone;
}

namespace {
// Said of a service that is not ready: which of the containers looked in are gone, and, when
// no backup is left, what to do.
QString goneNote(const QStringList &containers, RecoveryState state)
{
    QStringList sentences;
    for (const QString &container : containers)
        sentences << CatalogSnapshot::tr("The container %1 does not exist (any more), so no backup is kept there.")
                         .arg(container);
    if (state == RecoveryState::NoBackup || state == RecoveryState::OnlyExpired)
        sentences << CatalogSnapshot::tr("Back the service up again to a container that exists.");
    return sentences.join(QLatin1Char(' '));
}
} // namespace

Readiness CatalogSnapshot::assess(const ApimService &service, qint64 targetRpoSeconds, const QDateTime &now) const
{
    return assess(service, entriesFor(service), targetRpoSeconds, now);
}

Readiness CatalogSnapshot::assess(
    const ApimService &service, const QList<CatalogEntry> &entries, qint64 targetRpoSeconds, const QDateTime &now) const
{
    const QList<BackupLocation> places = serviceLocations.value(service.id.toLower());
    Readiness readiness = assessListed(service, places, entries, targetRpoSeconds, now);
    QStringList gone;
    for (const BackupLocation &place : places) {
        if (locations.value(place.key()).gone())
            gone << place.display();
    }
    if (!gone.isEmpty() && readiness.state != RecoveryState::Ready && readiness.state != RecoveryState::NotSupported)
        readiness.reason += QLatin1Char(' ') + goneNote(gone, readiness.state);
    return readiness;
}

Readiness CatalogSnapshot::assessListed(const ApimService &service, const QList<BackupLocation> &places,
    const QList<CatalogEntry> &entries, qint64 targetRpoSeconds, const QDateTime &now) const
{
    ReadinessInput input;
    input.support = service.backupSupport();
    input.targetRpoSeconds = targetRpoSeconds;
    QStringList problems;
    for (const BackupLocation &place : places) {
        const LocationStatus status = locations.value(place.key());
        if (!status.ok() && !status.gone())
            problems << tr("%1: %2").arg(place.display(), status.error.userMessage());
    }
    QList<BackupBlob> backups;
    for (const CatalogEntry &entry : entries) {
        backups.append(entry.blob);
        if (entry.verification.failed())
            input.failedVerification.insert(entry.blob.name);
    }
    input.backups = backups;
    if (places.isEmpty()) {
        Readiness readiness = RecoveryReadiness::assess(input, now);
        if (readiness.state == RecoveryState::NoBackup)
            readiness.reason = tr("No backup location is known for this service: back it up once, set a default "
                                  "backup location for its subscription (the app's Settings), or add the container "
                                  "with: apim-backup-cli location add SUBSCRIPTION/ACCOUNT/CONTAINER.");
        return readiness;
    }
    Readiness readiness = RecoveryReadiness::assess(input, now);
    const bool provable = readiness.state == RecoveryState::Ready || readiness.state == RecoveryState::AtRisk
        || readiness.state == RecoveryState::NotSupported;
    if (problems.isEmpty() || provable)
        return readiness;
    input.backups.reset();
    input.listingProblem = problems.join(QStringLiteral("; "));
    return RecoveryReadiness::assess(input, now);
}

} // namespace Apim::Core
