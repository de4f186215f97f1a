#include "recovery/ServiceInventory.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Apim::Core {

namespace {
QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}
} // namespace

bool ServiceInventory::operator==(const ServiceInventory &other) const
{
    return apis == other.apis && products == other.products && namedValues == other.namedValues
        && backends == other.backends && policyHash == other.policyHash && subscriptionCount == other.subscriptionCount
        && userCount == other.userCount;
}

QStringList ServiceInventory::namesOf(const QJsonArray &items)
{
    QStringList names;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QLatin1String("name")).toString();
        const QJsonObject properties = item.value(QLatin1String("properties")).toObject();
        if (name.isEmpty() || name.contains(QLatin1String(";rev="), Qt::CaseInsensitive))
            continue;
        if (properties.value(QLatin1String("isCurrent")).isBool()
            && !properties.value(QLatin1String("isCurrent")).toBool())
            continue;
        names.append(name);
    }
    return sorted(names);
}

QStringList ServiceInventory::revisionsOf(const QJsonArray &items)
{
    QStringList revisions;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QString revision
            = item.value(QLatin1String("properties")).toObject().value(QLatin1String("apiRevision")).toString();
        if (revision.isEmpty()) // some answers put the contract's fields at the top
            revision = item.value(QLatin1String("apiRevision")).toString();
        if (!revision.isEmpty())
            revisions.append(revision);
    }
    // Numeric order: revision "10" comes after "9".
    std::sort(revisions.begin(), revisions.end(),
        [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    revisions.removeDuplicates();
    return revisions;
}

QString ServiceInventory::policyHashOf(const QJsonArray &items)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("name")).toString().compare(QLatin1String("policy"), Qt::CaseInsensitive) != 0)
            continue;
        const QString xml = item.value(QLatin1String("properties")).toObject().value(QLatin1String("value")).toString();
        return QString::fromLatin1(QCryptographicHash::hash(xml.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
    return {};
}

QJsonObject ServiceInventory::toJson() const
{
    QJsonObject apiObject;
    for (auto it = apis.cbegin(); it != apis.cend(); ++it)
        apiObject.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject { { QStringLiteral("apis"), apiObject },
        { QStringLiteral("products"), QJsonArray::fromStringList(products) },
        { QStringLiteral("namedValues"), QJsonArray::fromStringList(namedValues) },
        { QStringLiteral("backends"), QJsonArray::fromStringList(backends) },
        { QStringLiteral("policySha256"), policyHash }, { QStringLiteral("subscriptions"), subscriptionCount },
        { QStringLiteral("users"), userCount } };
}

ServiceInventory ServiceInventory::fromJson(const QJsonObject &object)
{
    ServiceInventory inventory;
    const QJsonObject apiObject = object.value(QLatin1String("apis")).toObject();
    for (auto it = apiObject.constBegin(); it != apiObject.constEnd(); ++it)
        inventory.apis.insert(it.key(), stringsOf(it.value()));
    inventory.products = stringsOf(object.value(QLatin1String("products")));
    inventory.namedValues = stringsOf(object.value(QLatin1String("namedValues")));
    inventory.backends = stringsOf(object.value(QLatin1String("backends")));
    inventory.policyHash = object.value(QLatin1String("policySha256")).toString();
    inventory.subscriptionCount = object.value(QLatin1String("subscriptions")).toInt();
    inventory.userCount = object.value(QLatin1String("users")).toInt();
    return inventory;
}

} // namespace Apim::Core
