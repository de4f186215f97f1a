#include "batch/BatchItem.h"

#include <QJsonArray>

namespace Apim::Core {

double BatchItem::progressShare() const
{
    switch (state) {
    case State::Pending:
        return 0;
    case State::Checking:
        return 5;
    case State::Running:
        return percentComplete >= 0 ? qBound(5.0, percentComplete, 99.0) : 50;
    case State::Succeeded:
    case State::Failed:
    case State::Skipped:
        return 100;
    }
    return 0;
}

QString BatchItem::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("Pending");
    case State::Checking:
        return QStringLiteral("Checking");
    case State::Running:
        return QStringLiteral("Running");
    case State::Succeeded:
        return QStringLiteral("Succeeded");
    case State::Failed:
        return QStringLiteral("Failed");
    case State::Skipped:
        return QStringLiteral("Skipped");
    }
    return {};
}

QString BatchItem::skipReasonName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::TierUnsupported:
        return QStringLiteral("TierUnsupported");
    case SkipReason::Busy:
        return QStringLiteral("Busy");
    case SkipReason::NoPermission:
        return QStringLiteral("NoPermission");
    case SkipReason::Canceled:
        return QStringLiteral("Canceled");
    }
    return {};
}

QString BatchItem::skipReasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::TierUnsupported:
        return tr("its tier has no backup");
    case SkipReason::Busy:
        return tr("another operation runs on it");
    case SkipReason::NoPermission:
        return tr("no permission");
    case SkipReason::Canceled:
        return tr("cancelled before it started");
    }
    return {};
}

QJsonObject BatchItem::toJson() const
{
    QJsonObject object { { QStringLiteral("serviceId"), serviceId }, { QStringLiteral("service"), serviceName },
        { QStringLiteral("state"), stateName(state) }, { QStringLiteral("requested"), requested } };
    if (skipReason != SkipReason::None)
        object.insert(QStringLiteral("reason"), skipReasonName(skipReason));
    if (!code.isEmpty())
        object.insert(QStringLiteral("code"), code);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (!operationId.isEmpty())
        object.insert(QStringLiteral("operationId"), operationId);
    if (!blobName.isEmpty())
        object.insert(QStringLiteral("blob"),
            QJsonObject { { QStringLiteral("account"), storageAccount }, { QStringLiteral("container"), container },
                { QStringLiteral("name"), blobName } });
    if (!warnings.isEmpty()) {
        QJsonArray array;
        for (const PreflightFinding &warning : warnings)
            array.append(warning.toJson());
        object.insert(QStringLiteral("warnings"), array);
    }
    if (startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODate));
    if (finishedAt.isValid())
        object.insert(QStringLiteral("finishedAt"), finishedAt.toUTC().toString(Qt::ISODate));
    return object;
}

} // namespace Apim::Core
