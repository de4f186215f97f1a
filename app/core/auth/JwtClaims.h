#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Apim::Core {

// The claims of a JWT (id token, or an access token that happens to be a JWT), read
// without verifying the signature: only to show who signed in and which tenant issued a
// token, never to decide what someone may do.
class JwtClaims
{
public:
    JwtClaims() = default;
    static JwtClaims decode(const QString &token); // empty claims when not a JWT

    bool isEmpty() const { return m_claims.isEmpty(); }
    QString value(const QString &name) const { return m_claims.value(name).toString(); }
    QString tenantId() const { return value(QStringLiteral("tid")); }
    QString objectId() const { return value(QStringLiteral("oid")); }
    // preferred_username, else upn, else unique_name, else email.
    QString userName() const;
    QString appId() const; // appid (v1) or azp (v2)
    QDateTime expiresOn() const; // exp, invalid when absent

private:
    QJsonObject m_claims;
};

} // namespace Apim::Core
