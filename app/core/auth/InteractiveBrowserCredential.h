#pragma once

#include "auth/AuthorizationCodeFlow.h"
#include "auth/UserCredential.h"

namespace Apim::Core {

class EntraClient;
class UrlOpener;

// A user signing in through the system browser (authorization code + PKCE, loopback
// redirect). authenticate() runs the browser sign-in; afterwards token() answers from the
// refresh token it brought, for any scope and - through credentials made on the same
// session - any tenant of the user.
class InteractiveBrowserCredential : public UserCredential
{
    Q_OBJECT
public:
    InteractiveBrowserCredential(EntraClient *entra, UrlOpener *opener, const AuthorizationCodeFlow::Options &options,
        QObject *parent = nullptr);

    void authenticate();
    void cancel();
    bool isAuthenticating() const { return m_flow && m_flow->isRunning(); }

signals:
    void authorizeUrlReady(const QUrl &url);
    void redirectRejected(const QString &reason);
    void authenticated(const Apim::Core::AuthError &error); // None: signed in

private:
    EntraClient *m_entra;
    UrlOpener *m_opener;
    AuthorizationCodeFlow::Options m_options;
    AuthorizationCodeFlow *m_flow = nullptr;
};

} // namespace Apim::Core
