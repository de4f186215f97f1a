#pragma once

#include "inventory/ApimService.h"
#include "operations/OperationRecord.h"
#include "recovery/BackupLocation.h"
#include "recovery/CatalogSnapshot.h"
#include "storage/BackupBlob.h"
#include "storage/StorageAccount.h"
#include "storage/StorageError.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Apim::Core {

class BlobClient;
struct BlobCredentials;
class Clock;
class OperationJournal;
class Settings;
class StorageCredentialResolver;
class StorageService;

// The recovery points of every service, and the one way this program reads a backup
// container. Every caller that wants backups (restore dialog, details pane, preflight,
// the tracker's file probe, prune, `backups`, readiness, verify) goes through
// listContainer() / listLocation(): one signing decision, one error shape.
//
// build() looks in every location a service's backups may be: the default location of its
// subscription, the locations its journal operations wrote to, and the locations added by
// hand. Each location is read once, however many services share it, and all of them at the
// same time.
class BackupCatalog : public QObject
{
    Q_OBJECT
public:
    // note: how the container was signed, when it matters (a token instead of a key).
    using ListCallback = std::function<void(const QList<BackupBlob> &, const StorageError &, const QString &note)>;
    using SnapshotCallback = std::function<void(const CatalogSnapshot &)>;

    BackupCatalog(StorageService *storage, StorageCredentialResolver *credentials, BlobClient *blobs,
        OperationJournal *journal, Settings *settings, const Clock *clock, QObject *parent = nullptr);

    // The backups in a container of an account already found. prefix: only names starting with it.
    // accessKey: a key already fetched for this account (preflight's), signed with instead
    // of asking for one again.
    void listContainer(const StorageAccount &account, const QString &container, const QString &prefix, QObject *context,
        ListCallback callback, const QByteArray &accessKey = {});
    // signedWith: the account key that signed the last request of the listing (empty when a
    // token did). After Azure refused accessKey it is the key fetched again, which a caller
    // that goes on with accessKey (preflight, for the start's body) must use instead.
    using SignedListCallback = std::function<void(
        const QList<BackupBlob> &, const StorageError &, const QString &note, const QByteArray &signedWith)>;
    void listContainerSigned(const StorageAccount &account, const QString &container, const QString &prefix,
        QObject *context, SignedListCallback callback, const QByteArray &accessKey = {});
    // The same for a location: finds the account through ARM first.
    void listLocation(const BackupLocation &location, const QString &prefix, QObject *context, ListCallback callback);

    // Locations read for every service besides the remembered ones (the CLI's --location).
    void setExtraLocations(const QList<BackupLocation> &locations) { m_extraLocations = locations; }

    // Where a service's backups may be, from the settings and the given journal records.
    QList<BackupLocation> locationsFor(const ApimService &service, const QList<OperationRecord> &records) const;
    // The same for many services at once: settings read once, the records grouped by service.
    QHash<QString, QList<BackupLocation>> locationsFor(
        const QList<ApimService> &services, const QList<OperationRecord> &records) const;
    // Reads every location of these services once and calls done with the snapshot.
    void build(const QList<ApimService> &services, QObject *context, SnapshotCallback done);

    // The journal's finished backups that this tool made, by location key and blob name.
    static QHash<QString, OperationRecord> madeHere(const QList<OperationRecord> &records);
    static BackupLocation locationOf(const OperationRecord &record);
    // Each blob of a location as a catalog entry: the backup this tool made of it, else the
    // service its metadata or name names. Pure: safe on a worker thread.
    static QList<CatalogEntry> entriesOf(const QHash<QString, OperationRecord> &madeHere,
        const BackupLocation &location, const QList<BackupBlob> &blobs, const QDateTime &now);

private:
    // What plan() needs from the settings, read on the catalog's thread.
    struct PlanSettings
    {
        QHash<QString, std::optional<BackupLocation>> defaults; // by subscription id as written
        QList<BackupLocation> added;
        QList<BackupLocation> extra;
    };
    struct Plan
    {
        QHash<QString, QList<BackupLocation>> byService; // by lower-case service id
        QList<BackupLocation> toRead; // every location once
        QHash<QString, OperationRecord> madeHere; // madeHere() of the journal read with it
    };
    PlanSettings readPlanSettings(const QList<ApimService> &services) const;
    // Pure: safe on a worker thread.
    static Plan plan(
        const QList<ApimService> &services, const QList<OperationRecord> &records, const PlanSettings &settings);

    // One listing signed with credentials; a refused key is fetched again once (retried).
    void listWith(const StorageAccount &account, const QString &container, const QString &prefix,
        const BlobCredentials &credentials, const QString &note, bool retried, const SignedListCallback &answer);
    struct Build;
    void readLocation(const QSharedPointer<Build> &build, const BackupLocation &location);
    void finishLocation(const QSharedPointer<Build> &build, const BackupLocation &location,
        const QList<BackupBlob> &blobs, const StorageError &error, const QString &note);

    QPointer<StorageService> m_storage;
    QPointer<StorageCredentialResolver> m_credentials;
    QPointer<BlobClient> m_blobs;
    OperationJournal *m_journal;
    Settings *m_settings;
    const Clock *m_clock;
    QList<BackupLocation> m_extraLocations;
};

} // namespace Apim::Core
