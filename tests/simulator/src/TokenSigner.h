#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Apim::Sim {

// JWT-shaped tokens (header.payload.signature, base64url) signed with HMAC-SHA256 and a
// secret made at start-up, so the simulator can tell its own tokens from forged or
// damaged ones. Expiry and audience are judged by the caller.
class TokenSigner
{
public:
    TokenSigner();

    QString sign(const QJsonObject &claims) const;

    enum class Check { Valid, Malformed, BadSignature };
    Check verify(const QString &token, QJsonObject *claims) const;

private:
    QByteArray m_secret;
};

} // namespace Apim::Sim
