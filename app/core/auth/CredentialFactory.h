#pragma once

#include "auth/AccountInfo.h"
#include "auth/TokenCredential.h"
#include "cloud/CloudEnvironment.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace Apim::Core {

class Clock;
class EntraClient;
class RefreshTokenSession;
class UrlOpener;

// Makes the credential of each sign-in method: for a sign-in the user starts, for a
// session restored from its saved secret, and for another tenant of the signed-in
// account. It only makes them: the caller authenticates, adopts and, through parent,
// owns what it gets.
class CredentialFactory
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::AccountManager)

public:
    struct Made
    {
        TokenCredential *credential = nullptr; // null: error says why (or there was nothing to make)
        RefreshTokenSession *session = nullptr; // a restored browser or device-code sign-in
        AccountInfo info; // what is known of the account before the credential proves itself
        QString clientSecret; // service principals: to make credentials for other tenants
        AuthError error;
    };

    CredentialFactory(EntraClient *entra, UrlOpener *opener, const Clock &clock);

    // For --auth cli (tests point this at a fake az) and --auth env (defaults to the process's).
    void setAzureCliProgram(const QString &program) { m_azProgram = program; }
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }

    // A new sign-in to cloud. Browser and device-code credentials come back before their
    // interactive step (authenticate() starts it); the others before their first token.
    Made signIn(const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const;
    // A saved session; secret is its refresh token or client secret (empty for az and the
    // environment, which keep their own).
    Made restore(const AccountInfo &saved, const QString &secret, QObject *parent) const;
    // The signed-in account asking another tenant's authority with the same refresh token
    // (userSession), service principal (clientSecret) or az; null when there is none.
    TokenCredential *forTenant(const AccountInfo &account, const QString &tenant, RefreshTokenSession *userSession,
        const QString &clientSecret, QObject *parent) const;

private:
    Made browser(const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const;
    Made deviceCode(const SignInOptions &options, const CloudEnvironment &cloud, QObject *parent) const;
    Made servicePrincipal(const SignInOptions &options, QObject *parent) const;
    // AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET of the environment.
    Made environment(QObject *parent) const;

    EntraClient *m_entra;
    UrlOpener *m_opener;
    const Clock &m_clock;
    QString m_azProgram;
    QProcessEnvironment m_environment;
};

} // namespace Apim::Core
