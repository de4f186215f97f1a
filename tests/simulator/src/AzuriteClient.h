#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>

namespace Apim::Sim {

// The simulated APIM's and storage RP's view of the blob service: Azurite, path style,
// Shared Key signed with whichever key the caller holds (the key a backup request gave,
// or the account's real key for a managed identity).
class AzuriteClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        int status = 0; // 0: no HTTP answer (see networkError)
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QString networkError;

        bool ok() const { return status >= 200 && status < 300; }
        QString errorCode() const; // <Code> of a storage error body
        QString describe() const; // "403 AuthorizationFailure: Server failed to authenticate ..."
    };
    using Callback = std::function<void(const Result &)>;

    explicit AzuriteClient(const QString &baseUrl, QObject *parent = nullptr);

    bool isConfigured() const { return !m_baseUrl.isEmpty(); }

    void createContainer(const QString &account, const QByteArray &key, const QString &container, Callback done);
    void putBlob(const QString &account, const QByteArray &key, const QString &container, const QString &blob,
        const QByteArray &data, const QHash<QByteArray, QByteArray> &metadata, Callback done);
    void getBlob(
        const QString &account, const QByteArray &key, const QString &container, const QString &blob, Callback done);
    void listContainers(const QString &account, const QByteArray &key, Callback done);
    void listBlobs(const QString &account, const QByteArray &key, const QString &container, Callback done);

private:
    void send(const QByteArray &verb, const QString &account, const QByteArray &key, const QString &path,
        const QUrlQuery &query, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, Callback done);

    QString m_baseUrl;
    QNetworkAccessManager m_network;
};

} // namespace Apim::Sim
