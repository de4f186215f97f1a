#include "auth/DeviceCodeCredential.h"

#include "auth/EntraClient.h"
#include "auth/RefreshTokenSession.h"

namespace Apim::Core {

DeviceCodeCredential::DeviceCodeCredential(EntraClient *entra, const DeviceCodeFlow::Options &options, QObject *parent)
    : UserCredential(entra->clock(), parent)
    , m_entra(entra)
    , m_options(options)
{
    setSession(new RefreshTokenSession(entra, options.clientId, this));
    setTenantId(options.tenant);
}

void DeviceCodeCredential::authenticate()
{
    if (isAuthenticating())
        return;
    if (m_flow)
        m_flow->deleteLater(); // we may be inside its finished() signal
    m_flow = new DeviceCodeFlow(m_entra, m_options, this);
    connect(m_flow, &DeviceCodeFlow::deviceCodeReady, this, &DeviceCodeCredential::deviceCodeReady);
    connect(m_flow, &DeviceCodeFlow::finished, this, [this](const TokenResponse &response, const AuthError &error) {
        if (!error.isError())
            adoptSignIn(response, m_options.tenant, m_options.scopes.value(0));
        emit authenticated(error);
    });
    m_flow->start();
}

void DeviceCodeCredential::cancel()
{
    if (m_flow)
        m_flow->cancel();
}

} // namespace Apim::Core
