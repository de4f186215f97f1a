#include "auth/InteractiveBrowserCredential.h"

#include "auth/EntraClient.h"
#include "auth/RefreshTokenSession.h"

namespace Apim::Core {

InteractiveBrowserCredential::InteractiveBrowserCredential(
    EntraClient *entra, UrlOpener *opener, const AuthorizationCodeFlow::Options &options, QObject *parent)
    : UserCredential(entra->clock(), parent)
    , m_entra(entra)
    , m_opener(opener)
    , m_options(options)
{
    setSession(new RefreshTokenSession(entra, options.clientId, this));
    setTenantId(options.tenant);
}

void InteractiveBrowserCredential::authenticate()
{
    if (isAuthenticating())
        return;
    if (m_flow)
        m_flow->deleteLater(); // we may be inside its finished() signal
    m_flow = new AuthorizationCodeFlow(m_entra, m_opener, m_options, this);
    connect(m_flow, &AuthorizationCodeFlow::authorizeUrlReady, this, &InteractiveBrowserCredential::authorizeUrlReady);
    connect(m_flow, &AuthorizationCodeFlow::redirectRejected, this, &InteractiveBrowserCredential::redirectRejected);
    connect(
        m_flow, &AuthorizationCodeFlow::finished, this, [this](const TokenResponse &response, const AuthError &error) {
            if (!error.isError())
                adoptSignIn(response, m_options.tenant, m_options.scopes.value(0));
            emit authenticated(error);
        });
    m_flow->start();
}

void InteractiveBrowserCredential::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

} // namespace Apim::Core
