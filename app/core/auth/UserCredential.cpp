#include "auth/UserCredential.h"

#include "auth/AuthDefaults.h"
#include "auth/JwtClaims.h"
#include "auth/RefreshTokenSession.h"
#include "util/Logging.h"

namespace Apim::Core {

UserCredential::UserCredential(
    RefreshTokenSession *session, const QString &tenantId, const QString &accountName, QObject *parent)
    : CachingCredential(session->entra()->clock(), parent)
    , m_session(session)
    , m_tenantId(tenantId)
    , m_accountName(accountName)
{ }

UserCredential::UserCredential(const Clock &clock, QObject *parent)
    : CachingCredential(clock, parent)
{ }

RefreshTokenSession *UserCredential::session() const
{
    return m_session.data();
}

void UserCredential::setSession(RefreshTokenSession *session)
{
    m_session = session;
}

void UserCredential::fetchToken(const QString &scope, FetchCallback done)
{
    if (m_session.isNull() || !m_session->hasRefreshToken()) {
        done({},
            { AuthError::Kind::SignInRequired, QStringLiteral("not_signed_in"),
                tr("You are not signed in. Sign in first.") });
        return;
    }
    m_session->redeem(m_tenantId, scope, this,
        [done](const TokenResponse &response, const AuthError &error) { done(response.accessToken, error); });
}

void UserCredential::adoptSignIn(const TokenResponse &response, const QString &requestedTenant, const QString &scope)
{
    JwtClaims claims = JwtClaims::decode(response.idToken);
    if (claims.isEmpty())
        claims = JwtClaims::decode(response.accessToken.token);
    m_homeTenantId = claims.tenantId().isEmpty() ? response.accessToken.tenantId : claims.tenantId();
    m_objectId = claims.objectId();
    m_tenantId = AuthDefaults::isMultiTenantAlias(requestedTenant) && !m_homeTenantId.isEmpty() ? m_homeTenantId
                                                                                                : requestedTenant;
    m_accountName = claims.userName();
    if (m_accountName.isEmpty())
        m_accountName = m_objectId.isEmpty() ? tr("signed-in user") : m_objectId;
    if (response.refreshToken.isEmpty())
        qCWarning(lcAuth) << "the sign-in gave no refresh token: it lasts only as long as its access token";
    if (m_session)
        m_session->setRefreshToken(response.refreshToken);
    clearCache();
    seed(scope, response.accessToken, response.obtainedAt);
}

} // namespace Apim::Core
