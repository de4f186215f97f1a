#pragma once

#include "auth/TokenCredential.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace Apim::Core {

// What the Entra token endpoint gave back. The refresh token is a secret: it goes to the
// SecretStore and nowhere else.
struct TokenResponse
{
    AccessToken accessToken;
    QString refreshToken; // empty for client credentials
    QString idToken; // present when "openid" was asked for
    QString scope;
    qint64 expiresInSeconds = 0;
    QDateTime obtainedAt; // when the request was sent (clock of the client), UTC
};

// What the device code endpoint answered: what to show the user. deviceCode is a secret
// that only the polling uses.
struct DeviceCodeInfo
{
    QString userCode;
    QUrl verificationUri;
    QString message; // the service's sentence ("To sign in, use a web browser to open ...")
    int expiresInSeconds = 900;
    int intervalSeconds = 5;
    QString deviceCode;
};

} // namespace Apim::Core
