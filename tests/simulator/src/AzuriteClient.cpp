#include "AzuriteClient.h"

#include "SharedKeySigner.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>

namespace Apim::Sim {

QString AzuriteClient::Result::errorCode() const
{
    static const QRegularExpression code(QStringLiteral("<Code>([^<]*)</Code>"));
    const QString fromBody = code.match(QString::fromUtf8(body)).captured(1);
    return fromBody.isEmpty() ? QString::fromLatin1(headers.value("x-ms-error-code")) : fromBody;
}

QString AzuriteClient::Result::describe() const
{
    if (status == 0)
        return QStringLiteral("the storage service could not be reached (%1)").arg(networkError);
    static const QRegularExpression message(QStringLiteral("<Message>([^<\\n]*)"));
    const QString text = message.match(QString::fromUtf8(body)).captured(1).trimmed();
    return QStringLiteral("%1 %2%3").arg(status).arg(
        errorCode(), text.isEmpty() ? QString() : QStringLiteral(": ") + text);
}

AzuriteClient::AzuriteClient(const QString &baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
{
    while (m_baseUrl.endsWith(QLatin1Char('/')))
        m_baseUrl.chop(1);
    m_network.setAutoDeleteReplies(true);
    m_network.setTransferTimeout(15000);
}

void AzuriteClient::send(const QByteArray &verb, const QString &account, const QByteArray &key, const QString &path,
    const QUrlQuery &query, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers, Callback done)
{
    if (m_baseUrl.isEmpty()) {
        Result r;
        r.networkError = QStringLiteral("azure-sim was started without --azurite");
        done(r);
        return;
    }
    // The path is set decoded, so a blob name's "?", "#" or "%" is encoded, never read as a
    // query or fragment.
    QUrl url(m_baseUrl);
    QString basePath = url.path(QUrl::FullyDecoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + account + path, QUrl::DecodedMode);
    url.setQuery(query);
    QNetworkRequest request(url);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    SharedKeySigner::sign(request, verb, account, key, body.size());
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        Result r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &h : pairs)
            r.headers.insert(h.first.toLower(), h.second);
        if (r.status == 0)
            r.networkError = reply->errorString();
        done(r);
    });
}

void AzuriteClient::createContainer(
    const QString &account, const QByteArray &key, const QString &container, Callback done)
{
    send("PUT", account, key, QLatin1Char('/') + container, QUrlQuery(QStringLiteral("restype=container")), {}, {},
        std::move(done));
}

void AzuriteClient::putBlob(const QString &account, const QByteArray &key, const QString &container,
    const QString &blob, const QByteArray &data, const QHash<QByteArray, QByteArray> &metadata, Callback done)
{
    QHash<QByteArray, QByteArray> headers = metadata;
    headers.insert("x-ms-blob-type", "BlockBlob");
    send("PUT", account, key, QLatin1Char('/') + container + QLatin1Char('/') + blob, {}, data, headers,
        std::move(done));
}

void AzuriteClient::getBlob(
    const QString &account, const QByteArray &key, const QString &container, const QString &blob, Callback done)
{
    send("GET", account, key, QLatin1Char('/') + container + QLatin1Char('/') + blob, {}, {}, {}, std::move(done));
}

void AzuriteClient::listContainers(const QString &account, const QByteArray &key, Callback done)
{
    send("GET", account, key, QString(), QUrlQuery(QStringLiteral("comp=list")), {}, {}, std::move(done));
}

void AzuriteClient::listBlobs(const QString &account, const QByteArray &key, const QString &container, Callback done)
{
    send("GET", account, key, QLatin1Char('/') + container,
        QUrlQuery(QStringLiteral("restype=container&comp=list&include=metadata")), {}, {}, std::move(done));
}

} // namespace Apim::Sim
