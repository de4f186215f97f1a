#pragma once

#include "net/TransportPolicy.h"
#include "storage/BackupBlob.h"
#include "storage/StorageError.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace Apim::Core {

class Clock;
class TokenCredential;

// How a Blob call is signed: with the account key (Shared Key) when there is one, else
// with a storage bearer token of the signed-in account.
struct BlobCredentials
{
    QString accountName;
    QByteArray accountKey; // base64, as listKeys gives it; empty: bearer token
};

// The Blob service data plane for backups: list the backups in a container (following
// NextMarker) and delete one. Signed with Shared Key or a storage bearer token.
class BlobClient : public QObject
{
    Q_OBJECT
public:
    using ListCallback = std::function<void(const QList<BackupBlob> &, const StorageError &)>;
    using DoneCallback = std::function<void(const StorageError &)>;

    BlobClient(QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);

    // For accounts that refuse Shared Key: tokens for the storage scope
    // (CloudEnvironment::storageScope()).
    void setBearerCredential(TokenCredential *credential, const QString &storageScope);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // How transient failures are retried (TransportPolicy); the default tries 3 times.
    void setRetryPolicy(const RetryPolicy &retry) { m_policy.setRetry(retry); }
    const RetryPolicy &retryPolicy() const { return m_policy.retry(); }
    void setJitterSource(JitterSource jitter) { m_policy.setJitterSource(std::move(jitter)); }
    void setRetryDelayMs(int ms); // the first backoff (RetryPolicy::baseDelayMs)
    void setPageSize(int maxResults) { m_pageSize = maxResults; } // List Blobs maxresults; 0: the service's default
    // The cloud's storage suffix (CloudEnvironment::storageSuffix()): credentials go only to
    // Blob endpoints under it (BlobEndpointPolicy). Empty: any built-in cloud's suffix.
    void setStorageSuffix(const QString &suffix) { m_storageSuffix = suffix; }
    // Answers larger than this are aborted (ReplySizeLimit).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // blobEndpoint: StorageAccount::blobEndpoint. prefix: only names starting with it.
    void listBlobs(const QUrl &blobEndpoint, const QString &container, const BlobCredentials &credentials,
        QObject *context, ListCallback callback, const QString &prefix = {});
    void deleteBlob(const QUrl &blobEndpoint, const QString &container, const QString &blobName,
        const BlobCredentials &credentials, QObject *context, DoneCallback callback);

    static QUrl containerUrl(const QUrl &blobEndpoint, const QString &container);
    static QUrl blobUrl(const QUrl &blobEndpoint, const QString &container, const QString &blobName);

private:
    struct Reply
    {
        int status = 0;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        StorageError error;
    };
    using ReplyCallback = std::function<void(const Reply &)>;

    // True (and callback called later with a Refused error) when url may not receive credentials.
    bool refuseUntrusted(
        const QUrl &url, const BlobCredentials &credentials, QObject *context, const ReplyCallback &callback) const;
    void send(const QByteArray &verb, const QUrl &url, const BlobCredentials &credentials, QObject *context,
        ReplyCallback callback, int attempt = 1);
    void transmit(const QByteArray &verb, const QUrl &url, const BlobCredentials &credentials, const QString &bearer,
        QObject *context, ReplyCallback callback, int attempt);
    Reply readReply(QNetworkReply *reply, bool timedOut) const;
    QDateTime now() const;
    void listPage(const QUrl &containerUrl, const QString &prefix, const QString &marker,
        const BlobCredentials &credentials, QObject *context, ListCallback callback, QList<BackupBlob> collected,
        int pages);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QPointer<TokenCredential> m_credential;
    QString m_storageScope;
    int m_timeoutMs = 30000;
    TransportPolicy m_policy;
    int m_pageSize = 0;
    QString m_storageSuffix;
    qint64 m_maxResponseBytes;
};

} // namespace Apim::Core
