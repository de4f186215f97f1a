#include "ConfigSeed.h"

#include "ChildKinds.h"

#include <QJsonArray>

namespace Apim::Sim {

namespace {
// An item is a bare id or {id, property: value, ...}.
bool splitItem(const QJsonValue &value, QString *id, QJsonObject *properties)
{
    if (value.isString()) {
        *id = value.toString();
        *properties = {};
    } else {
        *properties = value.toObject();
        *id = properties->take(QLatin1String("id")).toString();
    }
    return !id->isEmpty() && !id->contains(QLatin1Char('/'));
}

// Non-current revisions: "2", or {apiRevision: "2", property: value} overriding the current one's.
void addRevisions(const QString &apiId, const QJsonObject &current, const QJsonArray &revisions, QJsonObject *apis)
{
    for (const QJsonValue &v : revisions) {
        QJsonObject revision = current;
        const QJsonObject overrides
            = v.isObject() ? v.toObject() : QJsonObject { { QStringLiteral("apiRevision"), v.toVariant().toString() } };
        for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
            revision.insert(it.key(), it.value());
        revision.insert(QStringLiteral("isCurrent"), false);
        const QString number = revision.value(QLatin1String("apiRevision")).toVariant().toString();
        revision.insert(QStringLiteral("apiRevision"), number);
        if (!number.isEmpty() && number != current.value(QLatin1String("apiRevision")).toString())
            apis->insert(QStringLiteral("%1;rev=%2").arg(apiId, number), revision);
    }
}

QString readCollection(const QString &collection, const QJsonArray &array, const QString &now, QJsonObject *items)
{
    for (const QJsonValue &v : array) {
        QString id;
        QJsonObject properties;
        if (!splitItem(v, &id, &properties))
            return QStringLiteral("an item of '%1' has no id (or one with a '/')").arg(collection);
        const QJsonArray revisions = properties.take(QLatin1String("revisions")).toArray();
        properties = ChildKinds::withDefaults(collection, id, properties, now);
        const QJsonArray missing = ChildKinds::missing(collection, properties);
        if (!missing.isEmpty())
            return QStringLiteral("'%1' item '%2' has no '%3'")
                .arg(collection, id, missing.first().toObject().value(QLatin1String("target")).toString());
        if (items->contains(id))
            return QStringLiteral("'%1' item '%2' is listed twice").arg(collection, id);
        items->insert(id, properties);
        if (collection == QLatin1String("apis"))
            addRevisions(id, properties, revisions, items);
    }
    return {};
}
} // namespace

QString ConfigSeed::read(const QJsonObject &object, const QString &now, ServiceConfig *config, QStringList *given)
{
    for (const QString &collection : ServiceConfig::collections()) {
        if (collection == QLatin1String("policies"))
            continue;
        const QJsonValue value = object.value(collection);
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return QStringLiteral("'%1' must be a list").arg(collection);
        QJsonObject items;
        const QString error = readCollection(collection, value.toArray(), now, &items);
        if (!error.isEmpty())
            return error;
        config->setItems(collection, items);
        given->append(collection);
    }
    const QJsonValue policy = object.value(QLatin1String("policy"));
    if (!policy.isUndefined()) {
        const QJsonObject properties
            = policy.isString() ? QJsonObject { { QStringLiteral("value"), policy.toString() } } : policy.toObject();
        if (!properties.value(QLatin1String("value")).isString())
            return QStringLiteral("'policy' must be the policy XML, or {\"value\": XML, \"format\": ...}");
        config->setItems(QStringLiteral("policies"),
            QJsonObject { { QStringLiteral("policy"),
                ChildKinds::withDefaults(QStringLiteral("policies"), QStringLiteral("policy"), properties, now) } });
        given->append(QStringLiteral("policies"));
    }
    return {};
}

} // namespace Apim::Sim
