#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

// ARM list paging: {value:[...], nextLink} where nextLink repeats the request with a
// $skiptoken (or, for APIM's own collections, a $skip), so clients must follow nextLink
// rather than count records.
class Paging
{
public:
    static QJsonObject page(const QJsonArray &all, const SimRequest &request, int pageSize);
    // The same page over `total` rows of which only the page's are built, each already
    // compact JSON: a page of a large estate costs its own rows, not the whole list's.
    static QByteArray page(
        int total, const std::function<QByteArray(int)> &rowJson, const SimRequest &request, int pageSize);
    // `envelope` serialised with `key` added, an array of the given compact JSON values.
    static QByteArray withRawArray(const QJsonObject &envelope, QLatin1String key, const QList<QByteArray> &rows);
    // APIM's collections: $top (at most pageSize per page) and $skip, a nextLink that asks
    // for the next $skip, and the total in "count".
    static QJsonObject pageTopSkip(const QJsonArray &all, const SimRequest &request, int pageSize);
    static int offsetFrom(const SimRequest &request);
    static QString encodeToken(int offset);
    static int decodeToken(const QString &token); // -1 when not ours

private:
    static QString nextLink(const SimRequest &request, const QString &key, const QString &value);
};

} // namespace Apim::Sim
