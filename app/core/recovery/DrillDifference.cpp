#include "recovery/DrillDifference.h"

#include <iterator>

namespace Apim::Core {

namespace {
QString collectionLabel(const QString &collection)
{
    if (collection == QLatin1String("apis"))
        return DrillDifference::tr("API");
    if (collection == QLatin1String("products"))
        return DrillDifference::tr("Product");
    if (collection == QLatin1String("namedValues"))
        return DrillDifference::tr("Named value");
    if (collection == QLatin1String("backends"))
        return DrillDifference::tr("Backend");
    if (collection == QLatin1String("policies"))
        return DrillDifference::tr("Global policy");
    if (collection == QLatin1String("subscriptions"))
        return DrillDifference::tr("Subscriptions");
    if (collection == QLatin1String("users"))
        return DrillDifference::tr("Users");
    return collection;
}

const char *const kKindNames[]
    = { "MissingInStandby", "ExtraInStandby", "RevisionsDiffer", "PolicyDiffers", "CountDiffers" };
} // namespace

QString DrillDifference::kindName(Kind kind)
{
    return QLatin1String(kKindNames[int(kind)]);
}

DrillDifference::Kind DrillDifference::kindFromName(const QString &name)
{
    for (int i = 0; i < int(std::size(kKindNames)); ++i) {
        if (name == QLatin1String(kKindNames[i]))
            return Kind(i);
    }
    return Kind::MissingInStandby;
}

QString DrillDifference::description() const
{
    const QString what
        = name.isEmpty() ? collectionLabel(collection) : QStringLiteral("%1 %2").arg(collectionLabel(collection), name);
    switch (kind) {
    case Kind::MissingInStandby:
        return tr("%1: in the source, not in the standby").arg(what);
    case Kind::ExtraInStandby:
        return tr("%1: in the standby, not in the source").arg(what);
    case Kind::RevisionsDiffer:
        return tr("%1: revisions %2 in the source, %3 in the standby").arg(what, sourceValue, standbyValue);
    case Kind::PolicyDiffers:
        return tr("%1: differs (SHA-256 %2 in the source, %3 in the standby)")
            .arg(what, sourceValue.left(12), standbyValue.left(12));
    case Kind::CountDiffers:
        return tr("%1: %2 in the source, %3 in the standby").arg(what, sourceValue, standbyValue);
    }
    return what;
}

QString DrillDifference::explanationText() const
{
    if (!explanation)
        return tr("not explained");
    return tr("%1 (%2) by %3 at %4, after the backup")
        .arg(explanation->operationName, explanation->status,
            explanation->caller.isEmpty() ? tr("an unknown caller") : explanation->caller,
            explanation->time.toUTC().toString(Qt::ISODate));
}

QJsonObject DrillDifference::toJson() const
{
    QJsonObject object { { QStringLiteral("kind"), kindName(kind) }, { QStringLiteral("collection"), collection },
        { QStringLiteral("name"), name }, { QStringLiteral("source"), sourceValue },
        { QStringLiteral("standby"), standbyValue } };
    if (explanation)
        object.insert(QStringLiteral("explanation"), explanation->toJson());
    return object;
}

DrillDifference DrillDifference::fromJson(const QJsonObject &object)
{
    DrillDifference difference;
    difference.kind = kindFromName(object.value(QLatin1String("kind")).toString());
    difference.collection = object.value(QLatin1String("collection")).toString();
    difference.name = object.value(QLatin1String("name")).toString();
    difference.sourceValue = object.value(QLatin1String("source")).toString();
    difference.standbyValue = object.value(QLatin1String("standby")).toString();
    if (object.value(QLatin1String("explanation")).isObject())
        difference.explanation = ChangeEvent::fromJson(object.value(QLatin1String("explanation")).toObject());
    return difference;
}

} // namespace Apim::Core
