#pragma once

#include "auth/AuthDefaults.h"
#include "auth/LoopbackReceiver.h"
#include "auth/TokenCredential.h"
#include "auth/TokenResponse.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace Apim::Core {

class EntraClient;
class LoopbackReceiver;
class UrlOpener;

// One browser sign-in: authorization code with PKCE (S256) and a random state, the answer
// received on a loopback redirect (http://localhost:<ephemeral port>/), the code redeemed
// for tokens. Written directly because Qt NetworkAuth has no PKCE before Qt 6.8.
//
// The listener takes one valid answer and closes. A redirect with a wrong state (a page
// trying to slip its own code in) is refused, reported through redirectRejected, and the
// flow keeps waiting. It gives up after the timeout (5 minutes by default) or cancel().
class AuthorizationCodeFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString tenant = AuthDefaults::interactiveTenant();
        QString clientId = AuthDefaults::publicClientId();
        QStringList scopes; // e.g. the ARM scope; offline_access openid profile are added
        int timeoutMs = AuthDefaults::kBrowserTimeoutMs;
        QString prompt = QStringLiteral("select_account");
        QString loginHint;
    };

    AuthorizationCodeFlow(EntraClient *entra, UrlOpener *opener, const Options &options, QObject *parent = nullptr);
    ~AuthorizationCodeFlow() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const;

signals:
    void authorizeUrlReady(const QUrl &url); // show it too: the browser may not have opened
    void redirectRejected(const QString &reason);
    void finished(const Apim::Core::TokenResponse &response, const Apim::Core::AuthError &error);

private:
    QStringList requestedScopes() const;
    // The authorize request: PKCE challenge, state, the loopback redirect URI.
    QUrl buildAuthorizeUrl() const;
    // What the loopback receiver answers the browser, and what the flow does next.
    LoopbackReceiver::Page onRedirect(const QString &path, const QUrlQuery &query);
    void redeem(const QString &code);
    void finish(const TokenResponse &response, const AuthError &error);

    EntraClient *m_entra;
    UrlOpener *m_opener;
    Options m_options;
    LoopbackReceiver *m_receiver = nullptr;
    QTimer m_timeout;
    QString m_verifier;
    QString m_state;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    bool m_running = false;
    bool m_codeReceived = false;
};

} // namespace Apim::Core
