#include "AzuriteBlobs.h"

#include "TestEnvironment.h"

#include "storage/SharedKeySigner.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace Apim::Test {

AzuriteBlobs::AzuriteBlobs(const QString &account)
    : m_account(account)
{
    QProcess accounts;
    accounts.start(TestEnvironment::simBinary(), { QStringLiteral("--print-azurite-accounts") });
    if (!accounts.waitForFinished(10000)) {
        m_error = QStringLiteral("azure-sim --print-azurite-accounts did not answer");
        return;
    }
    const QStringList entries = QString::fromUtf8(accounts.readAllStandardOutput()).trimmed().split(QLatin1Char(';'));
    for (const QString &entry : entries) {
        if (entry.startsWith(account + QLatin1Char(':')))
            m_key = entry.mid(account.size() + 1).toLatin1();
    }
    if (m_key.isEmpty())
        m_error = QStringLiteral("azure-sim maps no Azurite account named %1").arg(account);
    else if (TestEnvironment::azuriteUrl().isEmpty())
        m_error = QStringLiteral("Azurite is not running (no azurite.url in the test state folder)");
    m_ready = m_error.isEmpty();
}

bool AzuriteBlobs::send(const QByteArray &verb, const QString &path, const QString &query, const QByteArray &body,
    const QByteArray &contentType, const QMap<QByteArray, QByteArray> &headers, int expected)
{
    QUrl url = TestEnvironment::azuriteUrl();
    url.setPath(QLatin1Char('/') + m_account + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    Core::SharedKeySigner(m_account, m_key).sign(request, verb, body.size(), contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != expected)
        m_error = QStringLiteral("%1 %2 answered %3: %4")
                      .arg(QString::fromLatin1(verb), url.toString(), QString::number(status),
                          QString::fromUtf8(reply->readAll().left(300)));
    reply->deleteLater();
    return status == expected;
}

bool AzuriteBlobs::putBlob(const QString &container, const QString &name, const QByteArray &data,
    const QByteArray &contentType, const QMap<QByteArray, QByteArray> &metadata)
{
    QMap<QByteArray, QByteArray> headers { { "x-ms-blob-type", "BlockBlob" } };
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        headers.insert("x-ms-meta-" + it.key(), it.value());
    return send("PUT", QLatin1Char('/') + container + QLatin1Char('/') + name, {}, data, contentType, headers, 201);
}

bool AzuriteBlobs::deleteBlob(const QString &container, const QString &name)
{
    return send("DELETE", QLatin1Char('/') + container + QLatin1Char('/') + name, {}, {}, {}, {}, 202);
}

bool AzuriteBlobs::deleteContainer(const QString &container)
{
    return send("DELETE", QLatin1Char('/') + container, QStringLiteral("restype=container"), {}, {}, {}, 202);
}

} // namespace Apim::Test
