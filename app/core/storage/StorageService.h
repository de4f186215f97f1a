#pragma once

#include "arm/ArmError.h"
#include "storage/StorageAccount.h"

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

    void listAccounts(const QString &subscriptionId, QObject *context, AccountsCallback callback);
    // Finds one account by name in a subscription (error 404-like when absent).
    void findAccount(
        const QString &subscriptionId, const QString &accountName, QObject *context, AccountCallback callback);
    void listContainers(const StorageAccount &account, QObject *context, ContainersCallback callback);
    void createContainer(
        const StorageAccount &account, const QString &container, QObject *context, DoneCallback callback);
    // The first key with Full permissions. The key never reaches a log (Redaction masks
    // listKeys bodies) and is never stored by this class.
    void listKeys(const StorageAccount &account, QObject *context, KeyCallback callback);

private:
    QPointer<ArmClient> m_client;
    QString m_storageSuffix;
};

} // namespace Apim::Core
