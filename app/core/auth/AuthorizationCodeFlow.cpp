#include "auth/AuthorizationCodeFlow.h"

#include "auth/EntraClient.h"
#include "auth/LoopbackReceiver.h"
#include "auth/Pkce.h"
#include "util/Logging.h"
#include "util/UrlOpener.h"

#include <QUrlQuery>

namespace Apim::Core {

namespace {
// Compares without an early exit, so the time taken says nothing about the expected state.
bool sameSecret(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    ushort difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= a.at(i).unicode() ^ b.at(i).unicode();
    return difference == 0;
}
} // namespace

AuthorizationCodeFlow::AuthorizationCodeFlow(
    EntraClient *entra, UrlOpener *opener, const Options &options, QObject *parent)
    : QObject(parent)
    , m_entra(entra)
    , m_opener(opener)
    , m_options(options)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({},
            { AuthError::Kind::Cancelled, QStringLiteral("timeout"),
                tr("No answer came from the browser within %1 minutes, so the sign-in was stopped. Try again, or "
                   "use device code sign-in on a machine without a browser.")
                    .arg(m_options.timeoutMs / 60000.0, 0, 'g', 2) });
    });
}

AuthorizationCodeFlow::~AuthorizationCodeFlow() = default;

QUrl AuthorizationCodeFlow::redirectUri() const
{
    return m_redirectUri;
}

QStringList AuthorizationCodeFlow::requestedScopes() const
{
    QStringList scopes = m_options.scopes;
    for (const QString &extra :
        { QStringLiteral("offline_access"), QStringLiteral("openid"), QStringLiteral("profile") }) {
        if (!scopes.contains(extra))
            scopes.append(extra);
    }
    return scopes;
}

LoopbackReceiver::Page AuthorizationCodeFlow::onRedirect(const QString &path, const QUrlQuery &query)
{
    if (path != QLatin1String("/"))
        return { 404, tr("Not found"), tr("This address only receives the APIM Backup sign-in."), false };
    if (!m_running || m_codeReceived)
        return { 400, tr("Sign-in already handled"), tr("This sign-in is over. You can close this tab."), false };
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (!sameSecret(state, m_state)) {
        // Keep waiting: the real answer may still come, and a stray page must not end the sign-in.
        qCWarning(lcAuth) << "refused a loopback redirect with a wrong state";
        const QString reason = tr("A sign-in answer with a wrong state was refused; still waiting for the "
                                  "real one.");
        QTimer::singleShot(0, this, [this, reason] { emit redirectRejected(reason); });
        return { 400, tr("Sign-in answer refused"),
            tr("This answer does not belong to the sign-in that APIM Backup started (the state does not "
               "match), so it was ignored. Finish signing in in the tab that APIM Backup opened."),
            false };
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)
                                        .replace(QLatin1Char('+'), QLatin1Char(' '));
        const AuthError authError = error == QLatin1String("access_denied")
            ? AuthError { AuthError::Kind::Cancelled, error, tr("The sign-in was cancelled in the browser.") }
            : AuthError { AuthError::Kind::Other, error,
                  tr("The sign-in failed in the browser: %1 %2").arg(error, description).trimmed() };
        QTimer::singleShot(0, this, [this, authError] { finish({}, authError); });
        return { 400, tr("Sign-in failed"),
            tr("APIM Backup could not sign you in: %1. You can close this tab and try again.")
                .arg(description.isEmpty() ? error : description),
            true };
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return { 400, tr("Sign-in answer incomplete"), tr("The answer carries no authorization code."), false };
    m_codeReceived = true;
    QTimer::singleShot(0, this, [this, code] { redeem(code); });
    return { 200, tr("Signed in"), tr("APIM Backup received your sign-in. You can close this tab."), true };
}

QUrl AuthorizationCodeFlow::buildAuthorizeUrl() const
{
    QUrl url = m_entra->cloud().authorizeUrl(m_options.tenant);
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_options.clientId);
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    add(QStringLiteral("response_mode"), QStringLiteral("query"));
    add(QStringLiteral("scope"), requestedScopes().join(QLatin1Char(' ')));
    add(QStringLiteral("state"), m_state);
    add(QStringLiteral("code_challenge"), Pkce::challengeS256(m_verifier));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_options.prompt.isEmpty())
        add(QStringLiteral("prompt"), m_options.prompt);
    if (!m_options.loginHint.isEmpty())
        add(QStringLiteral("login_hint"), m_options.loginHint);
    url.setQuery(query.toString(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void AuthorizationCodeFlow::start()
{
    if (m_running)
        return;
    m_running = true;
    m_codeReceived = false;
    m_verifier = Pkce::createVerifier();
    m_state = Pkce::randomUrlSafe(24);

    delete m_receiver;
    m_receiver = new LoopbackReceiver(
        [this](const QString &path, const QUrlQuery &query) { return onRedirect(path, query); }, this);

    QString listenError;
    if (!m_receiver->listen(&listenError)) {
        QTimer::singleShot(0, this, [this, listenError] {
            finish({}, { AuthError::Kind::Other, QStringLiteral("loopback"), listenError });
        });
        return;
    }

    // Kept: the receiver forgets its port once it closes, and redemption needs the same URI.
    m_redirectUri = m_receiver->redirectUri();
    const QUrl url = buildAuthorizeUrl();
    m_authorizeUrl = url;

    m_timeout.start(m_options.timeoutMs);
    qCInfo(lcAuth) << "browser sign-in waiting on" << m_redirectUri.toString();
    emit authorizeUrlReady(url);
    if (m_opener && !m_opener->openUrl(url))
        qCWarning(lcAuth) << "the browser could not be opened; the user has to open the address by hand";
}

void AuthorizationCodeFlow::redeem(const QString &code)
{
    if (!m_running)
        return;
    const EntraClient::FormFields form {
        { QStringLiteral("client_id"), m_options.clientId },
        { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
        { QStringLiteral("code"), code },
        { QStringLiteral("redirect_uri"), m_redirectUri.toString() },
        { QStringLiteral("code_verifier"), m_verifier },
        { QStringLiteral("scope"), requestedScopes().join(QLatin1Char(' ')) },
    };
    // A code is single use: never retried, a second try could only be refused.
    m_entra->requestToken(
        m_options.tenant, form, this,
        [this](const TokenResponse &response, const AuthError &error) {
            if (error.isError() && error.kind != AuthError::Kind::Network) {
                finish({},
                    { AuthError::Kind::Other, error.code,
                        tr("The sign-in service refused to complete the browser sign-in: %1 Try signing in again.")
                            .arg(error.message) });
                return;
            }
            finish(response, error);
        },
        1);
}

void AuthorizationCodeFlow::cancel()
{
    finish({}, { AuthError::Kind::Cancelled, QStringLiteral("cancelled"), tr("The sign-in was cancelled.") });
}

void AuthorizationCodeFlow::finish(const TokenResponse &response, const AuthError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    if (m_receiver)
        m_receiver->close();
    m_verifier.clear();
    emit finished(response, error);
}

} // namespace Apim::Core
