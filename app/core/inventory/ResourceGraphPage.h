#pragma once

#include "inventory/ApimService.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Apim::Core {

// One answer of a Resource Graph query, as ServiceListing reads it: the services in its
// rows and the $skipToken of the next page. Resource Graph answers objectArray by default
// but may send {columns, rows}. Anything else (no data, a number, rows that are not
// objects, a table without column names) is not a page of results, so that it is
// reported instead of read as "no services".
struct ResourceGraphPage
{
    enum class Problem {
        None,
        NoData, // the answer has no "data"
        NotRows, // "data" is neither a list of rows nor a table
    };
    Problem problem = Problem::None;
    QList<ApimService> services; // the valid rows only
    QString skipToken; // empty on the last page

    static ResourceGraphPage parse(const QJsonObject &answer);
};

} // namespace Apim::Core
