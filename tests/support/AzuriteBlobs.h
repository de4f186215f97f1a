#pragma once

#include <QByteArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QString>

namespace Apim::Test {

// Changes a storage account of the shared Azurite behind the program's back, signed with
// the key azure-sim gives Azurite for it: a file that is not a backup, an overwritten backup,
// a deleted blob or container. Synchronous, for tests.
class AzuriteBlobs
{
public:
    // Reads the account's key from `azure-sim --print-azurite-accounts`.
    explicit AzuriteBlobs(const QString &account);

    bool isValid() const { return m_ready; }
    QString errorString() const { return m_error; } // of the constructor or the last call that failed

    // metadata: names without the x-ms-meta- prefix.
    bool putBlob(const QString &container, const QString &name, const QByteArray &data,
        const QByteArray &contentType = {}, const QMap<QByteArray, QByteArray> &metadata = {});
    bool deleteBlob(const QString &container, const QString &name);
    bool deleteContainer(const QString &container);

private:
    // True when the answer has the status expected; else false and errorString() says what came.
    bool send(const QByteArray &verb, const QString &path, const QString &query, const QByteArray &body,
        const QByteArray &contentType, const QMap<QByteArray, QByteArray> &headers, int expected);

    QString m_account;
    QByteArray m_key;
    QString m_error;
    bool m_ready = false;
    QNetworkAccessManager m_network;
};

} // namespace Apim::Test
