#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Apim::Sim {

// What an APIM backup captures and a restore replaces: a service's child resources by
// collection ("apis", "products", "namedValues", ...), each a map of resource name to its
// ARM properties. Names keep their ARM form, so an API revision is "orders-api;rev=2".
// References to other child resources (a subscription's scope and owner) are stored
// relative to the service ("/products/starter"), so a restore into another service
// points at that service's own resources.
class ServiceConfig
{
public:
    // Every collection, in the order listings and backups use.
    static const QStringList &collections();
    // The collection's canonical spelling ("namedvalues" -> "namedValues"); empty if unknown.
    static QString canonical(const QString &collection);

    QJsonObject items(const QString &collection) const { return m_items.value(collection); }
    void setItems(const QString &collection, const QJsonObject &items) { m_items.insert(collection, items); }
    bool contains(const QString &collection, const QString &name) const;
    QJsonObject item(const QString &collection, const QString &name) const;
    void put(const QString &collection, const QString &name, const QJsonObject &properties);
    bool remove(const QString &collection, const QString &name);
    // Current API ids, without the revisions.
    QStringList currentApiIds() const;

    // {collection: {name: properties}} for every collection, empty ones included.
    QJsonObject toJson() const;
    // The collections json holds; the others stay empty.
    static ServiceConfig fromJson(const QJsonObject &json);
    // {collection: [names]}: what /_sim/state shows.
    QJsonObject summary() const;

    bool operator==(const ServiceConfig &other) const { return toJson() == other.toJson(); }

private:
    QHash<QString, QJsonObject> m_items;
};

} // namespace Apim::Sim
