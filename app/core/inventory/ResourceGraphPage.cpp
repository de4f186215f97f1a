#include "inventory/ResourceGraphPage.h"

#include <QJsonArray>
#include <QStringList>

namespace Apim::Core {

namespace {
bool rowsOf(const QJsonValue &data, QJsonArray *rows)
{
    if (data.isArray()) {
        const QJsonArray array = data.toArray();
        for (const QJsonValue &row : array) {
            if (!row.isObject())
                return false;
        }
        *rows = array;
        return true;
    }
    if (!data.isObject())
        return false;
    const QJsonObject table = data.toObject();
    const QJsonValue columnsValue = table.value(QLatin1String("columns"));
    const QJsonValue rowsValue = table.value(QLatin1String("rows"));
    if (!columnsValue.isArray() || !rowsValue.isArray())
        return false;
    QStringList names;
    const QJsonArray columns = columnsValue.toArray();
    for (const QJsonValue &column : columns) {
        const QString name = column.toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return false;
        names.append(name);
    }
    const QJsonArray tableRows = rowsValue.toArray();
    for (const QJsonValue &row : tableRows) {
        if (!row.isArray())
            return false;
        const QJsonArray cells = row.toArray();
        QJsonObject object;
        for (int i = 0; i < names.size() && i < cells.size(); ++i)
            object.insert(names.at(i), cells.at(i));
        rows->append(object);
    }
    return true;
}
} // namespace

ResourceGraphPage ResourceGraphPage::parse(const QJsonObject &answer)
{
    ResourceGraphPage page;
    if (!answer.contains(QLatin1String("data"))) {
        page.problem = Problem::NoData;
        return page;
    }
    QJsonArray rows;
    if (!rowsOf(answer.value(QLatin1String("data")), &rows)) {
        page.problem = Problem::NotRows;
        return page;
    }
    page.services.reserve(rows.size());
    for (const QJsonValue &row : std::as_const(rows)) {
        ApimService service = ApimService::fromJson(row.toObject());
        if (service.isValid())
            page.services.append(std::move(service));
    }
    page.skipToken = answer.value(QLatin1String("$skipToken")).toString();
    return page;
}

} // namespace Apim::Core
