#include "storage/SharedKeySigner.h"

#include <QLocale>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QNetworkRequest>
#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace Apim::Core {

SharedKeySigner::SharedKeySigner(const QString &accountName, const QByteArray &base64Key)
    : m_accountName(accountName)
{
    auto decoded = QByteArray::fromBase64Encoding(base64Key.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded)
        m_key = *decoded;
}

QByteArray SharedKeySigner::rfc1123(const QDateTime &utc)
{
    return QLocale::c().toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray SharedKeySigner::canonicalizedResource(const QUrl &url) const
{
    QByteArray resource = '/' + m_accountName.toUtf8() + url.path(QUrl::FullyEncoded).toUtf8();
    if (resource.size() == m_accountName.toUtf8().size() + 1)
        resource += '/';
    // Query names lowercased, sorted; values decoded, several values joined by commas.
    QMap<QString, QStringList> parameters;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        parameters[item.first.toLower()].append(item.second);
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        resource += '\n' + it.key().toUtf8() + ':' + values.join(QLatin1Char(',')).toUtf8();
    }
    return resource;
}

QByteArray SharedKeySigner::stringToSign(const QByteArray &verb, const QUrl &url,
    const QList<QPair<QByteArray, QByteArray>> &msHeaders, qint64 contentLength, const QByteArray &contentType) const
{
    QByteArray text = verb.toUpper() + '\n';
    text += '\n'; // Content-Encoding
    text += '\n'; // Content-Language
    text += (contentLength > 0 ? QByteArray::number(contentLength) : QByteArray()) + '\n';
    text += '\n'; // Content-MD5
    text += contentType + '\n';
    text += '\n'; // Date (x-ms-date is used instead)
    text += '\n'; // If-Modified-Since
    text += '\n'; // If-Match
    text += '\n'; // If-None-Match
    text += '\n'; // If-Unmodified-Since
    text += '\n'; // Range
    QMap<QByteArray, QByteArray> headers;
    for (const auto &header : msHeaders) {
        const QByteArray name = header.first.toLower().trimmed();
        if (name.startsWith("x-ms-"))
            headers.insert(name, header.second.simplified());
    }
    for (auto it = headers.begin(); it != headers.end(); ++it)
        text += it.key() + ':' + it.value() + '\n';
    text += canonicalizedResource(url);
    return text;
}

QByteArray SharedKeySigner::signature(const QByteArray &stringToSign) const
{
    return QMessageAuthenticationCode::hash(stringToSign, m_key, QCryptographicHash::Sha256).toBase64();
}

void SharedKeySigner::sign(QNetworkRequest &request, const QByteArray &verb, qint64 contentLength,
    const QByteArray &contentType, const QDateTime &now) const
{
    request.setRawHeader("x-ms-date", rfc1123(now));
    request.setRawHeader("x-ms-version", kVersion);
    QList<QPair<QByteArray, QByteArray>> headers;
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        if (name.toLower().startsWith("x-ms-"))
            headers.append({ name, request.rawHeader(name) });
    }
    const QByteArray sts = stringToSign(verb, request.url(), headers, contentLength, contentType);
    request.setRawHeader("Authorization", "SharedKey " + m_accountName.toUtf8() + ':' + signature(sts));
}

} // namespace Apim::Core
