#pragma once

#include "arm/ArmError.h"
#include "storage/StorageAccount.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Apim::Core {

class ArmClient;

// Storage through ARM: the accounts of a subscription, their containers, creating a
// container, and the account key (listKeys). Everything a backup target picker needs.
class StorageService : public QObject
{
    Q_OBJECT
public:
    static inline const QString kApiVersion = QStringLiteral("2025-08-01");

    using AccountsCallback = std::function<void(const QList<StorageAccount> &, const ArmError &)>;
    using AccountCallback = std::function<void(const StorageAccount &, const ArmError &)>;
    using ContainersCallback = std::function<void(const QList<BlobContainerInfo> &, const ArmError &)>;
    using KeyCallback = std::function<void(const QByteArray &key, const ArmError &)>;
    using DoneCallback = std::function<void(const ArmError &)>;

    explicit StorageService(ArmClient *client, QObject *parent = nullptr);

    // The cloud's storage suffix (CloudEnvironment::storageSuffix()): accounts whose Blob
    // endpoint is not under it come without one (StorageAccount::blobEndpointProblem).
    // Empty: any built-in cloud's suffix.
    void setStorageSuffix(const QString &suffix) { m_storageSuffix = suffix; }
    QString storageSuffix() const { return m_storageSuffix; }

    // Always a fresh listing (a picker shows what is there now); it also renews the one
    // findAccount keeps.
    void listAccounts(const QString &subscriptionId, QObject *context, AccountsCallback callback);
    // Finds one account by name in a subscription (error 404-like when absent). Lookups in
    // one subscription share its listing: the preflight, the start, the look at the backup
    // file and the catalog's reads after an operation would otherwise list the accounts four
    // times in a few seconds. Lookups that overlap wait for the listing in flight; a listing
    // younger than kListingReuseMs answers at once, unless the account is not in it (it may
    // have been created since), which lists again.
    void findAccount(
        const QString &subscriptionId, const QString &accountName, QObject *context, AccountCallback callback);
    // Drops the listings kept for findAccount (another user signed in: what they may see differs).
    void forgetListings();
    static constexpr int kListingReuseMs = 30000;
    void setListingReuse(int milliseconds) { m_listingReuseMs = milliseconds; } // for tests
    void listContainers(const StorageAccount &account, QObject *context, ContainersCallback callback);
    void createContainer(
        const StorageAccount &account, const QString &container, QObject *context, DoneCallback callback);
    // The first key with Full permissions. The key never reaches a log (Redaction masks
    // listKeys bodies) and is never stored by this class.
    void listKeys(const StorageAccount &account, QObject *context, KeyCallback callback);

private:
    struct Lookup
    {
        QString accountName;
        QPointer<QObject> context;
        AccountCallback callback;
    };
    struct Listing
    {
        QList<StorageAccount> accounts;
        QDeadlineTimer fresh; // expired (the default): not to be reused
        QList<Lookup> waiting;
        QString subscriptionId; // as the lookups wrote it, for the error message
        bool fetching = false;
    };
    void fetchListing(const QString &subscriptionId);
    void settleListing(const QString &key, const QList<StorageAccount> &accounts, const ArmError &error);
    static void answerLookup(const Lookup &lookup, const QList<StorageAccount> &accounts, const QString &subscriptionId,
        const ArmError &error);

    QPointer<ArmClient> m_client;
    QString m_storageSuffix;
    QHash<QString, Listing> m_listings; // by lower-case subscription id
    quint64 m_listingGeneration = 0; // forgetListings() keeps a listing in flight from being kept
    int m_listingReuseMs = kListingReuseMs;
};

} // namespace Apim::Core
