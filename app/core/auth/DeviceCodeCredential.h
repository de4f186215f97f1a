#pragma once

#include "auth/DeviceCodeFlow.h"
#include "auth/UserCredential.h"

namespace Apim::Core {

class EntraClient;

// A user signing in with a device code (no browser on this machine): authenticate()
// reports the code to type (deviceCodeReady) and waits for the approval; afterwards
// token() answers from the refresh token it brought.
class DeviceCodeCredential : public UserCredential
{
    Q_OBJECT
public:
    DeviceCodeCredential(EntraClient *entra, const DeviceCodeFlow::Options &options, QObject *parent = nullptr);

    void authenticate();
    void cancel();
    bool isAuthenticating() const { return m_flow && m_flow->isRunning(); }

signals:
    void deviceCodeReady(const Apim::Core::DeviceCodeInfo &info);
    void authenticated(const Apim::Core::AuthError &error); // None: signed in

private:
    EntraClient *m_entra;
    DeviceCodeFlow::Options m_options;
    DeviceCodeFlow *m_flow = nullptr;
};

} // namespace Apim::Core
