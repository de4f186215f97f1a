#include "ServiceConfig.h"

#include <QJsonArray>

namespace Apim::Sim {

const QStringList &ServiceConfig::collections()
{
    static const QStringList names { QStringLiteral("apis"), QStringLiteral("products"), QStringLiteral("namedValues"),
        QStringLiteral("backends"), QStringLiteral("policies"), QStringLiteral("subscriptions"),
        QStringLiteral("users") };
    return names;
}

QString ServiceConfig::canonical(const QString &collection)
{
    for (const QString &name : collections()) {
        if (name.compare(collection, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

bool ServiceConfig::contains(const QString &collection, const QString &name) const
{
    return m_items.value(collection).contains(name);
}

QJsonObject ServiceConfig::item(const QString &collection, const QString &name) const
{
    return m_items.value(collection).value(name).toObject();
}

void ServiceConfig::put(const QString &collection, const QString &name, const QJsonObject &properties)
{
    m_items[collection].insert(name, properties);
}

bool ServiceConfig::remove(const QString &collection, const QString &name)
{
    auto it = m_items.find(collection);
    if (it == m_items.end() || !it->contains(name))
        return false;
    it->remove(name);
    return true;
}

QStringList ServiceConfig::currentApiIds() const
{
    QStringList ids;
    const QJsonObject apis = m_items.value(QStringLiteral("apis"));
    for (auto it = apis.constBegin(); it != apis.constEnd(); ++it) {
        if (!it.key().contains(QLatin1Char(';')))
            ids << it.key();
    }
    return ids;
}

QJsonObject ServiceConfig::toJson() const
{
    QJsonObject json;
    for (const QString &collection : collections())
        json.insert(collection, m_items.value(collection));
    return json;
}

ServiceConfig ServiceConfig::fromJson(const QJsonObject &json)
{
    ServiceConfig config;
    for (const QString &collection : collections()) {
        const QJsonValue items = json.value(collection);
        if (items.isObject())
            config.setItems(collection, items.toObject());
    }
    return config;
}

QJsonObject ServiceConfig::summary() const
{
    QJsonObject json;
    for (const QString &collection : collections())
        json.insert(collection, QJsonArray::fromStringList(m_items.value(collection).keys()));
    return json;
}

} // namespace Apim::Sim
