#include "auth/JwtClaims.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace Apim::Core {

JwtClaims JwtClaims::decode(const QString &token)
{
    JwtClaims claims;
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return claims;
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return claims;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded);
    if (document.isObject())
        claims.m_claims = document.object();
    return claims;
}

QString JwtClaims::userName() const
{
    for (const char *name : { "preferred_username", "upn", "unique_name", "email" }) {
        const QString found = value(QLatin1String(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString JwtClaims::appId() const
{
    const QString appId = value(QStringLiteral("appid"));
    return appId.isEmpty() ? value(QStringLiteral("azp")) : appId;
}

QDateTime JwtClaims::expiresOn() const
{
    const QJsonValue exp = m_claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), Qt::UTC);
}

} // namespace Apim::Core
