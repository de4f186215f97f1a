#include "SharedKeySigner.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace Apim::Sim {

QByteArray SharedKeySigner::stringToSign(
    const QNetworkRequest &request, const QByteArray &verb, const QString &account, qint64 contentLength)
{
    QMap<QByteArray, QByteArray> msHeaders;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-ms-"))
            msHeaders.insert(lower, request.rawHeader(name).simplified());
    }
    QByteArray canonicalHeaders;
    for (auto it = msHeaders.cbegin(); it != msHeaders.cend(); ++it)
        canonicalHeaders += it.key() + ':' + it.value() + '\n';

    // Path style: /<account>/<account>/<container>[/<blob>]; the URL path already starts with /<account>.
    const QUrl url = request.url();
    QByteArray resource = '/' + account.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    QMap<QString, QStringList> params;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        params[item.first.toLower()] << item.second;
    for (auto it = params.begin(); it != params.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        resource += '\n' + it.key().toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }

    const QByteArray contentType = request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
    return verb + "\n\n\n" + (contentLength > 0 ? QByteArray::number(contentLength) : QByteArray()) + "\n\n"
        + contentType + "\n\n\n\n\n\n\n" + canonicalHeaders + resource;
}

void SharedKeySigner::sign(QNetworkRequest &request, const QByteArray &verb, const QString &account,
    const QByteArray &base64Key, qint64 contentLength)
{
    const QByteArray date
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    request.setRawHeader("x-ms-date", date);
    request.setRawHeader("x-ms-version", "2021-08-06");
    const QByteArray sts = stringToSign(request, verb, account, contentLength);
    const QByteArray signature
        = QMessageAuthenticationCode::hash(sts, QByteArray::fromBase64(base64Key), QCryptographicHash::Sha256)
              .toBase64();
    request.setRawHeader("Authorization", "SharedKey " + account.toUtf8() + ':' + signature);
}

} // namespace Apim::Sim
