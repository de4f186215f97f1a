#include "recovery/DrillComparison.h"

namespace Apim::Core {

namespace {
void compareNames(const QString &collection, const QStringList &source, const QStringList &standby,
    QList<DrillDifference> *differences)
{
    for (const QString &name : source) {
        if (!standby.contains(name))
            differences->append({ DrillDifference::Kind::MissingInStandby, collection, name, {}, {}, {} });
    }
    for (const QString &name : standby) {
        if (!source.contains(name))
            differences->append({ DrillDifference::Kind::ExtraInStandby, collection, name, {}, {}, {} });
    }
}

void compareCount(const QString &collection, int source, int standby, QList<DrillDifference> *differences)
{
    if (source != standby)
        differences->append({ DrillDifference::Kind::CountDiffers, collection, {}, QString::number(source),
            QString::number(standby), {} });
}

bool isWriteOrDelete(const QString &operationName)
{
    return operationName.endsWith(QLatin1String("/write"), Qt::CaseInsensitive)
        || operationName.endsWith(QLatin1String("/delete"), Qt::CaseInsensitive);
}
} // namespace

QList<DrillDifference> DrillComparison::compare(const ServiceInventory &source, const ServiceInventory &standby)
{
    QList<DrillDifference> differences;
    compareNames(QStringLiteral("apis"), source.apis.keys(), standby.apis.keys(), &differences);
    for (auto it = source.apis.cbegin(); it != source.apis.cend(); ++it) {
        const auto other = standby.apis.constFind(it.key());
        if (other != standby.apis.cend() && other.value() != it.value())
            differences.append({ DrillDifference::Kind::RevisionsDiffer, QStringLiteral("apis"), it.key(),
                it.value().join(QLatin1Char(',')), other.value().join(QLatin1Char(',')), {} });
    }
    compareNames(QStringLiteral("products"), source.products, standby.products, &differences);
    compareNames(QStringLiteral("namedValues"), source.namedValues, standby.namedValues, &differences);
    compareNames(QStringLiteral("backends"), source.backends, standby.backends, &differences);
    if (source.policyHash != standby.policyHash)
        differences.append({ DrillDifference::Kind::PolicyDiffers, QStringLiteral("policies"), QStringLiteral("policy"),
            source.policyHash, standby.policyHash, {} });
    compareCount(QStringLiteral("subscriptions"), source.subscriptionCount, standby.subscriptionCount, &differences);
    compareCount(QStringLiteral("users"), source.userCount, standby.userCount, &differences);
    return differences;
}

bool DrillComparison::childOf(const QString &resourceId, const QString &serviceId, QString *collection, QString *name)
{
    const QString prefix = serviceId + QLatin1Char('/');
    if (!resourceId.startsWith(prefix, Qt::CaseInsensitive))
        return false;
    const QStringList parts = resourceId.mid(prefix.size()).split(QLatin1Char('/'));
    *collection = parts.value(0);
    *name = parts.value(1).section(QLatin1Char(';'), 0, 0);
    return !collection->isEmpty();
}

QList<DrillDifference> DrillComparison::explain(QList<DrillDifference> differences, const QList<ChangeEvent> &changes,
    const QString &sourceServiceId, const QDateTime &backupTime)
{
    for (DrillDifference &difference : differences) {
        for (const ChangeEvent &change : changes) {
            if (!isWriteOrDelete(change.operationName) || (backupTime.isValid() && change.time < backupTime))
                continue;
            QString collection;
            QString name;
            if (!childOf(change.resourceId, sourceServiceId, &collection, &name)
                || collection.compare(difference.collection, Qt::CaseInsensitive) != 0)
                continue;
            if (difference.kind != DrillDifference::Kind::CountDiffers
                && name.compare(difference.name, Qt::CaseInsensitive) != 0)
                continue;
            if (!difference.explanation || difference.explanation->time <= change.time)
                difference.explanation = change;
        }
    }
    return differences;
}

} // namespace Apim::Core
