#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace Apim::SimTest {

// One finished HTTP exchange with the simulator.
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool finished = false;

    QJsonObject json() const;
    QJsonArray jsonArray() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QString errorCode() const; // error.code of an ARM body, or error of an Entra body
};

// A small blocking HTTP client for the simulator tests (waits with QSignalSpy).
class SimClient
{
public:
    explicit SimClient(const QUrl &base)
        : m_base(base)
    { }

    Reply send(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body = {},
        const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 15000);
    Reply get(const QString &pathOrUrl, const QString &token = {});
    Reply postJson(const QString &pathOrUrl, const QJsonObject &body, const QString &token = {});
    Reply putJson(const QString &pathOrUrl, const QJsonObject &body, const QString &token = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields);
    Reply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    QString servicePrincipalToken(const QString &scope = QStringLiteral("https://management.azure.com/.default"));
    // A user's token set through the device code flow (auto-approved by the simulator).
    QJsonObject userTokens(const QString &tenant, const QString &scope);
    // GETs an ARM list and follows its nextLinks; the items of every page, in order.
    // pages: how many pages it took. Stops (and returns what it has) on a non-200.
    QJsonArray getAllPages(const QString &pathOrUrl, const QString &token, int *pages = nullptr);
    // Polls a Location URL until it stops answering 202 (at most timeoutMs).
    Reply pollUntilDone(const QString &location, const QString &token, int timeoutMs = 20000);

    QUrl base() const { return m_base; }

private:
    QUrl resolve(const QString &pathOrUrl) const;

    QUrl m_base;
    QNetworkAccessManager m_network;
};

// Lists the blobs of an Azurite container with Shared Key, as a storage client would.
// xml: the raw listing (with metadata), if wanted.
QStringList listBlobs(const QUrl &azurite, const QString &account, const QString &container, QByteArray *xml = nullptr);
QByteArray readBlob(const QUrl &azurite, const QString &account, const QString &container, const QString &blob);
bool writeBlob(
    const QUrl &azurite, const QString &account, const QString &container, const QString &blob, const QByteArray &data);

} // namespace Apim::SimTest
