#include "Paging.h"

#include <QJsonDocument>
#include <QUrl>

namespace Apim::Sim {

QString Paging::encodeToken(int offset)
{
    return QString::fromLatin1(QByteArray("page:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

int Paging::decodeToken(const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    if (!raw.startsWith("page:"))
        return -1;
    bool ok = false;
    const int offset = raw.mid(5).toInt(&ok);
    return ok && offset >= 0 ? offset : -1;
}

int Paging::offsetFrom(const SimRequest &request)
{
    const QString token = request.queryValue(QStringLiteral("$skiptoken"));
    return token.isEmpty() ? 0 : qMax(0, decodeToken(token));
}

QJsonObject Paging::page(const QJsonArray &all, const SimRequest &request, int pageSize)
{
    const int offset = offsetFrom(request);
    QJsonArray value;
    for (int i = offset; i < all.size() && i < offset + pageSize; ++i)
        value.append(all.at(i));
    QJsonObject body { { QStringLiteral("value"), value } };
    if (offset + pageSize < all.size())
        body.insert(QStringLiteral("nextLink"),
            nextLink(request, QStringLiteral("$skiptoken"), encodeToken(offset + pageSize)));
    return body;
}

QByteArray Paging::page(
    int total, const std::function<QByteArray(int)> &rowJson, const SimRequest &request, int pageSize)
{
    const int offset = offsetFrom(request);
    QList<QByteArray> rows;
    for (int i = offset; i < total && i < offset + pageSize; ++i)
        rows.append(rowJson(i));
    QJsonObject envelope;
    if (offset + pageSize < total)
        envelope.insert(QStringLiteral("nextLink"),
            nextLink(request, QStringLiteral("$skiptoken"), encodeToken(offset + pageSize)));
    return withRawArray(envelope, QLatin1String("value"), rows);
}

QByteArray Paging::withRawArray(const QJsonObject &envelope, QLatin1String key, const QList<QByteArray> &rows)
{
    qsizetype size = 64;
    for (const QByteArray &row : rows)
        size += row.size() + 1;
    const QByteArray rest = QJsonDocument(envelope).toJson(QJsonDocument::Compact); // "{...}"
    QByteArray out;
    out.reserve(size + rest.size());
    out += "{\"";
    out += QByteArray(key.data(), key.size());
    out += "\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            out += ',';
        out += rows.at(i);
    }
    out += ']';
    if (!envelope.isEmpty())
        out += ',';
    out += rest.mid(1); // the envelope's members and its closing brace
    return out;
}

QString Paging::nextLink(const SimRequest &request, const QString &key, const QString &value)
{
    QUrlQuery query;
    const auto items = request.query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        const QString name = QUrl::fromPercentEncoding(item.first.toLatin1());
        if (name.compare(key, Qt::CaseInsensitive) != 0
            && name.compare(QLatin1String("$skiptoken"), Qt::CaseInsensitive) != 0)
            query.addQueryItem(item.first, item.second);
    }
    query.addQueryItem(key, value);
    return request.baseUrl() + request.path + QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
}

QJsonObject Paging::pageTopSkip(const QJsonArray &all, const SimRequest &request, int pageSize)
{
    bool ok = false;
    const int skip = request.queryValue(QStringLiteral("$skip")).toInt(&ok);
    const int offset = ok && skip > 0 ? skip : offsetFrom(request);
    const int top = request.queryValue(QStringLiteral("$top")).toInt(&ok);
    const int size = ok && top > 0 ? qMin(top, pageSize) : pageSize;
    QJsonArray value;
    for (int i = offset; i < all.size() && i < offset + size; ++i)
        value.append(all.at(i));
    QJsonObject body { { QStringLiteral("value"), value }, { QStringLiteral("count"), all.size() } };
    if (offset + size < all.size())
        body.insert(
            QStringLiteral("nextLink"), nextLink(request, QStringLiteral("$skip"), QString::number(offset + size)));
    return body;
}

} // namespace Apim::Sim
