#include "ChildJson.h"

#include "Estate.h"

#include <QRegularExpression>

namespace Apim::Sim {

namespace {
QJsonObject shown(const ApimService &service, const QString &collection, QJsonObject p, ChildJson::View view)
{
    if (collection == QLatin1String("namedValues")) {
        if (view == ChildJson::View::List || p.value(QLatin1String("secret")).toBool())
            p.remove(QStringLiteral("value"));
    } else if (collection == QLatin1String("subscriptions")) {
        p.remove(QStringLiteral("primaryKey"));
        p.remove(QStringLiteral("secondaryKey"));
        for (const char *key : { "scope", "ownerId" }) {
            if (p.contains(QLatin1String(key)))
                p.insert(QLatin1String(key), ChildJson::absolute(service, p.value(QLatin1String(key)).toString()));
        }
    }
    return p;
}
} // namespace

QJsonObject ChildJson::item(const ApimService &service, const QString &collection, const QString &name,
    const QJsonObject &properties, View view)
{
    return QJsonObject {
        { QStringLiteral("id"), QStringLiteral("%1/%2/%3").arg(service.id(), collection, name) },
        { QStringLiteral("type"), QStringLiteral("Microsoft.ApiManagement/service/") + collection },
        { QStringLiteral("name"), name },
        { QStringLiteral("properties"), shown(service, collection, properties, view) },
    };
}

QJsonObject ChildJson::revision(const ApimService &service, const QString &name, const QJsonObject &p)
{
    const QString number = p.value(QLatin1String("apiRevision")).toString();
    const bool current = p.value(QLatin1String("isCurrent")).toBool();
    const QString created = p.value(QLatin1String("createdDateTime")).toString(service.createdAtUtc);
    QJsonObject revision {
        { QStringLiteral("apiId"),
            QStringLiteral("%1/apis/%2;rev=%3").arg(service.id(), name.section(QLatin1Char(';'), 0, 0), number) },
        { QStringLiteral("apiRevision"), number },
        { QStringLiteral("createdDateTime"), created },
        { QStringLiteral("updatedDateTime"), p.value(QLatin1String("updatedDateTime")).toString(created) },
        { QStringLiteral("isOnline"), true },
        { QStringLiteral("isCurrent"), current },
    };
    const QString description = p.value(QLatin1String("apiRevisionDescription")).toString();
    if (!description.isEmpty())
        revision.insert(QStringLiteral("description"), description);
    if (!current)
        revision.insert(QStringLiteral("privateUrl"),
            QStringLiteral("/%1;rev=%2").arg(p.value(QLatin1String("path")).toString(), number));
    return revision;
}

QString ChildJson::absolute(const ApimService &service, const QString &reference)
{
    if (!reference.startsWith(QLatin1Char('/')) || reference.startsWith(QLatin1String("/subscriptions/")))
        return reference;
    return service.id() + reference;
}

QString ChildJson::relative(const QString &reference)
{
    static const QRegularExpression underService(
        QStringLiteral(
            "^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ApiManagement/service/[^/]+(/.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = underService.match(reference);
    return match.hasMatch() ? match.captured(1) : reference;
}

} // namespace Apim::Sim
