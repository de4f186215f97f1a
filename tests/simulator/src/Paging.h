#pragma once

#include "HttpTypes.h"

namespace Apim::Sim {

// ARM list paging: {value:[...], nextLink} where nextLink repeats the request with a
// $skiptoken, so clients must follow nextLink rather than count records.
class Paging
{
public:
    static QJsonObject page(const QJsonArray &all, const SimRequest &request, int pageSize);
    static int offsetFrom(const SimRequest &request);
    static QString encodeToken(int offset);
    static int decodeToken(const QString &token); // -1 when not ours
};

} // namespace Apim::Sim
