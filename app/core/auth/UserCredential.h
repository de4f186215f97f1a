#pragma once

#include "auth/CachingCredential.h"
#include "auth/TokenResponse.h"

#include <QPointer>

namespace Apim::Core {

class RefreshTokenSession;

// A signed-in user in one tenant: access tokens come from the shared refresh token. Made
// by a sign-in (InteractiveBrowserCredential, DeviceCodeCredential) or when a session is
// restored; one per tenant, all sharing one RefreshTokenSession.
class UserCredential : public CachingCredential
{
    Q_OBJECT
public:
    UserCredential(
        RefreshTokenSession *session, const QString &tenantId, const QString &accountName, QObject *parent = nullptr);

    QString accountName() const override { return m_accountName; }
    QString tenantId() const override { return m_tenantId; }
    RefreshTokenSession *session() const;
    QString homeTenantId() const { return m_homeTenantId; }
    QString objectId() const { return m_objectId; }

protected:
    UserCredential(const Clock &clock, QObject *parent);
    void setSession(RefreshTokenSession *session);
    void setTenantId(const QString &tenantId) { m_tenantId = tenantId; }
    void setAccountName(const QString &accountName) { m_accountName = accountName; }
    void fetchToken(const QString &scope, FetchCallback done) override;
    // After a sign-in: keep the refresh token, learn who signed in from the id token, and
    // cache the access token that came with it. requestedTenant "organizations" becomes
    // the user's home tenant.
    void adoptSignIn(const TokenResponse &response, const QString &requestedTenant, const QString &scope);

private:
    QPointer<RefreshTokenSession> m_session;
    QString m_tenantId;
    QString m_accountName;
    QString m_homeTenantId;
    QString m_objectId;
};

} // namespace Apim::Core
