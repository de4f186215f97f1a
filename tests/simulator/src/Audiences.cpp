#include "Audiences.h"

#include <QStringList>

namespace Apim::Sim {

namespace {
const QStringList oidcScopes { QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("offline_access"),
    QStringLiteral("email") };

QString normalized(QString resource)
{
    while (resource.endsWith(QLatin1Char('/')))
        resource.chop(1);
    return resource.toLower();
}

bool isArmResource(const QString &resource, const QString &simBaseUrl)
{
    const QString r = normalized(resource);
    return r == QLatin1String("https://management.core.windows.net")
        || r == QLatin1String("https://management.azure.com") || (!simBaseUrl.isEmpty() && r == normalized(simBaseUrl));
}
} // namespace

Audiences::Resource Audiences::fromScope(const QString &scope, const QString &simBaseUrl, QString *audience)
{
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : scopes) {
        if (oidcScopes.contains(s.toLower()))
            continue;
        // "<resource>/.default" or "<resource>/user_impersonation"; the resource may end in '/'.
        const int slash = s.lastIndexOf(QLatin1Char('/'));
        const QString resource = slash > 0 ? s.left(slash) : s;
        if (isArmResource(resource, simBaseUrl)) {
            *audience = resource.endsWith(QLatin1Char('/')) ? resource : resource + QLatin1Char('/');
            return Resource::Arm;
        }
        if (normalized(resource) == QLatin1String("https://storage.azure.com")) {
            *audience = QStringLiteral("https://storage.azure.com");
            return Resource::Storage;
        }
        if (normalized(resource) == QLatin1String("https://graph.microsoft.com")) {
            *audience = QStringLiteral("https://graph.microsoft.com");
            return Resource::Graph;
        }
        *audience = resource;
        return Resource::Unknown;
    }
    // Only OIDC scopes: Entra issues a Microsoft Graph token.
    *audience = QStringLiteral("https://graph.microsoft.com");
    return Resource::Graph;
}

bool Audiences::isArm(const QString &audience, const QString &simBaseUrl)
{
    return isArmResource(audience, simBaseUrl);
}

QString Audiences::armAudiencesText()
{
    return QStringLiteral("'https://management.core.windows.net/','https://management.core.windows.net',"
                          "'https://management.azure.com/','https://management.azure.com'");
}

} // namespace Apim::Sim
