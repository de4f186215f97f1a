#include "batch/BatchSummary.h"

#include <QJsonArray>

#include <algorithm>

namespace Apim::Core {

int BatchSummary::count(BatchItem::State state) const
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [state](const BatchItem &item) { return item.state == state; }));
}

BatchSummary::Result BatchSummary::result() const
{
    if (failed() > 0)
        return Result::Failed;
    const bool problem
        = std::any_of(items.cbegin(), items.cend(), [](const BatchItem &item) { return item.isProblemSkip(); });
    return problem ? Result::Skipped : Result::Succeeded;
}

QString BatchSummary::countsText() const
{
    return tr("%1 succeeded, %2 failed, %3 skipped").arg(succeeded()).arg(failed()).arg(skipped());
}

QString BatchSummary::resultName(Result result)
{
    switch (result) {
    case Result::Succeeded:
        return QStringLiteral("succeeded");
    case Result::Skipped:
        return QStringLiteral("skipped");
    case Result::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject BatchSummary::toJson() const
{
    QJsonArray array;
    for (const BatchItem &item : items)
        array.append(item.toJson());
    QJsonObject object { { QStringLiteral("result"), resultName(result()) }, { QStringLiteral("total"), total() },
        { QStringLiteral("succeeded"), succeeded() }, { QStringLiteral("failed"), failed() },
        { QStringLiteral("skipped"), skipped() }, { QStringLiteral("canceled"), canceled },
        { QStringLiteral("services"), array } };
    if (startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    if (finishedAt.isValid())
        object.insert(QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODate));
    return object;
}

} // namespace Apim::Core
