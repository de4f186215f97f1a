#pragma once

#include <QHash>
#include <QString>

namespace Apim::Sim {

struct AuthCodeGrant
{
    QString clientId;
    QString redirectUri;
    QString codeChallenge;
    QString challengeMethod;
    QString scope;
    QString upn;
    QString tenantPath;
    qint64 expiresAtMs = 0;
    bool used = false;
};

struct DeviceCodeGrant
{
    enum class State { Pending, Approved, Declined, Redeemed };
    QString userCode;
    QString clientId;
    QString scope;
    QString tenantPath;
    qint64 expiresAtMs = 0;
    qint64 lastPollMs = 0;
    int pendingPolls = 0;
    State state = State::Pending;
    QString upn; // who approved
};

struct RefreshGrant
{
    QString upn;
    QString clientId;
    QString scope; // what was granted first; the default for a refresh without scope
    qint64 expiresAtMs = 0;
    bool used = false;
};

// The Entra side's memory: outstanding authorization codes, device codes and refresh
// tokens (rotating: each is good for one use).
struct GrantStore
{
    QHash<QString, AuthCodeGrant> authCodes;
    QHash<QString, DeviceCodeGrant> deviceCodes; // by device_code
    QHash<QString, RefreshGrant> refreshTokens;

    QString findDeviceCodeByUserCode(const QString &userCode) const;
    static QString randomToken(int bytes);
    static QString randomUserCode();
    // A refresh or code redemption may leave out scope: then the grant's own scope applies.
    static QString effectiveScope(const QString &requested, const QString &granted);
};

} // namespace Apim::Sim
