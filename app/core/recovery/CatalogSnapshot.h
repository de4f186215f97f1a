#pragma once

#include "inventory/ApimService.h"
#include "operations/BackupVerification.h"
#include "recovery/BackupLocation.h"
#include "recovery/RecoveryReadiness.h"
#include "storage/BackupBlob.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Apim::Core {

// One recovery point: a backup file, where it is, whose it is and whether it still holds.
struct CatalogEntry
{
    BackupBlob blob;
    BackupLocation location;
    QString serviceId; // lower-case ARM id when the journal or the metadata says; else empty
    QString serviceName; // from the journal, the metadata or the naming convention
    QString operationId; // the journal operation that made it; empty: found in storage
    BackupVerification verification;

    QDateTime expiresOn() const { return blob.expiresOn(); }
    bool madeHere() const { return !operationId.isEmpty(); }
    // Why this file is not counted as a recovery point (Retention::notBackupReason); empty
    // when it is a backup. Such a file belongs to no service.
    QString notBackupReason() const;
    bool belongsTo(const ApimService &service) const;
};

// How reading one location went.
struct LocationStatus
{
    BackupLocation location;
    StorageError error; // isError(): the location could not be read
    QString note; // how it was signed, when it matters
    int blobCount = 0;
    bool ok() const { return !error.isError(); }
    // The container does not exist (any more): the backups that were in it are gone. Unlike
    // a refused or unreachable location, this is known, not unknown.
    bool gone() const { return error.isContainerMissing(); }
};

// The catalog as read at one moment: every backup in every location looked at, and which
// locations concern which service.
struct CatalogSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::CatalogSnapshot)

public:
    QDateTime takenAt;
    QHash<QString, LocationStatus> locations; // by BackupLocation::key()
    QHash<QString, QList<CatalogEntry>> entriesByLocation; // by BackupLocation::key()
    QHash<QString, QList<BackupLocation>> serviceLocations; // by lower-case service id

    // The service's backups over its locations, newest first.
    QList<CatalogEntry> entriesFor(const ApimService &service) const;
    // The same for many services at once, by lower-case service id: one pass over the
    // entries instead of one per service (10,000 services share a few locations).
    QHash<QString, QList<CatalogEntry>> entriesFor(const QList<ApimService> &services) const;
    // Every entry, for listings and exports.
    QList<CatalogEntry> allEntries() const;
    // The locations that were read and found not to exist, sorted by display name.
    QList<BackupLocation> goneLocations() const;
    // The readiness of a service against a target. A location that could not be read
    // makes every state but "ready" and "at risk" unknown: a newer backup may be there. A
    // container that does not exist holds no backup: it is named in the reason instead.
    Readiness assess(const ApimService &service, qint64 targetRpoSeconds, const QDateTime &now) const;
    // The same with the service's entries already found (entriesFor).
    Readiness assess(const ApimService &service, const QList<CatalogEntry> &entries, qint64 targetRpoSeconds,
        const QDateTime &now) const;

private:
    Readiness assessListed(const ApimService &service, const QList<BackupLocation> &places,
        const QList<CatalogEntry> &entries, qint64 targetRpoSeconds, const QDateTime &now) const;
};

} // namespace Apim::Core
