#include "ChildKinds.h"

#include <QHash>

namespace Apim::Sim {

namespace {
void fill(QJsonObject &properties, const QString &key, const QJsonValue &value)
{
    if (!properties.contains(key))
        properties.insert(key, value);
}

QJsonObject validationDetail(const QString &target)
{
    return QJsonObject { { QStringLiteral("code"), QStringLiteral("ValidationError") },
        { QStringLiteral("target"), target },
        { QStringLiteral("message"), QStringLiteral("'%1' is required.").arg(target) } };
}

// "orders-api;rev=2" -> "orders-api"
QString baseName(const QString &name)
{
    return name.section(QLatin1Char(';'), 0, 0);
}

void apiDefaults(QJsonObject &p, const QString &name)
{
    const QString id = baseName(name);
    fill(p, QStringLiteral("displayName"), id);
    fill(p, QStringLiteral("path"), id);
    fill(p, QStringLiteral("serviceUrl"), QStringLiteral("https://backend.example.net/") + id);
    fill(p, QStringLiteral("protocols"), QJsonArray { QStringLiteral("https") });
    fill(p, QStringLiteral("apiRevision"), QStringLiteral("1"));
    fill(p, QStringLiteral("isCurrent"), !name.contains(QLatin1Char(';')));
    fill(p, QStringLiteral("subscriptionRequired"), true);
}

void productDefaults(QJsonObject &p, const QString &name)
{
    fill(p, QStringLiteral("displayName"), name);
    fill(p, QStringLiteral("description"), QString());
    fill(p, QStringLiteral("subscriptionRequired"), true);
    if (p.value(QLatin1String("subscriptionRequired")).toBool())
        fill(p, QStringLiteral("approvalRequired"), false);
    fill(p, QStringLiteral("state"), QStringLiteral("published"));
}

void userDefaults(QJsonObject &p, const QString &name, const QString &now)
{
    fill(p, QStringLiteral("firstName"), name);
    fill(p, QStringLiteral("lastName"), QString());
    fill(p, QStringLiteral("email"), name + QStringLiteral("@example.com"));
    fill(p, QStringLiteral("state"), QStringLiteral("active"));
    fill(p, QStringLiteral("registrationDate"), now);
    fill(p, QStringLiteral("identities"),
        QJsonArray { QJsonObject { { QStringLiteral("provider"), QStringLiteral("Basic") },
            { QStringLiteral("id"), p.value(QLatin1String("email")) } } });
}
} // namespace

QString ChildKinds::noun(const QString &collection)
{
    static const QHash<QString, QString> nouns { { QStringLiteral("apis"), QStringLiteral("Api") },
        { QStringLiteral("products"), QStringLiteral("Product") },
        { QStringLiteral("namedValues"), QStringLiteral("NamedValue") },
        { QStringLiteral("backends"), QStringLiteral("Backend") },
        { QStringLiteral("policies"), QStringLiteral("Policy") },
        { QStringLiteral("subscriptions"), QStringLiteral("Subscription") },
        { QStringLiteral("users"), QStringLiteral("User") } };
    return nouns.value(collection, QStringLiteral("Entity"));
}

QStringList ChildKinds::fixedNames(const QString &collection)
{
    return collection == QLatin1String("policies") ? QStringList { QStringLiteral("policy") } : QStringList();
}

QJsonObject ChildKinds::withDefaults(const QString &collection, const QString &name, QJsonObject p, const QString &now)
{
    if (collection == QLatin1String("apis")) {
        apiDefaults(p, name);
    } else if (collection == QLatin1String("products")) {
        productDefaults(p, name);
    } else if (collection == QLatin1String("namedValues")) {
        fill(p, QStringLiteral("displayName"), name);
        fill(p, QStringLiteral("secret"), false);
        fill(p, QStringLiteral("tags"), QJsonArray {});
    } else if (collection == QLatin1String("backends")) {
        fill(p, QStringLiteral("url"), QStringLiteral("https://%1.example.net/").arg(name));
        fill(p, QStringLiteral("protocol"), QStringLiteral("http"));
        fill(p, QStringLiteral("description"), QString());
    } else if (collection == QLatin1String("policies")) {
        fill(p, QStringLiteral("format"), QStringLiteral("xml"));
    } else if (collection == QLatin1String("subscriptions")) {
        fill(p, QStringLiteral("displayName"), name);
        fill(p, QStringLiteral("scope"), QStringLiteral("/apis"));
        fill(p, QStringLiteral("ownerId"), QStringLiteral("/users/1"));
        fill(p, QStringLiteral("state"), QStringLiteral("active"));
        fill(p, QStringLiteral("createdDate"), now);
        fill(p, QStringLiteral("allowTracing"), false);
    } else if (collection == QLatin1String("users")) {
        userDefaults(p, name, now);
    }
    return p;
}

QJsonArray ChildKinds::missing(const QString &collection, const QJsonObject &properties)
{
    static const QHash<QString, QStringList> required {
        { QStringLiteral("apis"), { QStringLiteral("displayName"), QStringLiteral("path") } },
        { QStringLiteral("products"), { QStringLiteral("displayName") } },
        { QStringLiteral("namedValues"), { QStringLiteral("displayName") } },
        { QStringLiteral("backends"), { QStringLiteral("url"), QStringLiteral("protocol") } },
        { QStringLiteral("policies"), { QStringLiteral("value") } },
        { QStringLiteral("subscriptions"), { QStringLiteral("displayName"), QStringLiteral("scope") } },
        { QStringLiteral("users"),
            { QStringLiteral("email"), QStringLiteral("firstName"), QStringLiteral("lastName") } },
    };
    QJsonArray details;
    for (const QString &key : required.value(collection)) {
        const QJsonValue value = properties.value(key);
        // An API's path may be empty (the service root); other strings may not.
        const bool emptyAllowed = key == QLatin1String("path") || key == QLatin1String("lastName");
        if (value.isUndefined() || value.isNull() || (!emptyAllowed && value.toString().isEmpty()))
            details.append(validationDetail(key));
    }
    // A named value holds a value, or points at a Key Vault secret.
    if (collection == QLatin1String("namedValues") && !properties.value(QLatin1String("value")).isString()
        && !properties.value(QLatin1String("keyVault")).isObject())
        details.append(validationDetail(QStringLiteral("value")));
    return details;
}

} // namespace Apim::Sim
