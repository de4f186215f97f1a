#pragma once

#include "auth/AuthDefaults.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Apim::Core {

enum class SignInMethod { None, Browser, DeviceCode, ServicePrincipal, AzureCli, Environment };

// The names the CLI (--auth) and the settings file use.
inline QString signInMethodName(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return QStringLiteral("browser");
    case SignInMethod::DeviceCode:
        return QStringLiteral("device");
    case SignInMethod::ServicePrincipal:
        return QStringLiteral("sp");
    case SignInMethod::AzureCli:
        return QStringLiteral("cli");
    case SignInMethod::Environment:
        return QStringLiteral("env");
    case SignInMethod::None:
        break;
    }
    return {};
}

inline std::optional<SignInMethod> signInMethodFromName(const QString &name)
{
    for (SignInMethod method : { SignInMethod::Browser, SignInMethod::DeviceCode, SignInMethod::ServicePrincipal,
             SignInMethod::AzureCli, SignInMethod::Environment }) {
        if (signInMethodName(method).compare(name, Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

// Who is signed in, how and where: everything about the session except its secrets. This
// is what the settings file keeps so that a restart restores the session.
struct AccountInfo
{
    SignInMethod method = SignInMethod::None;
    QString cloudName;
    QString tenantId; // the tenant tokens are asked for by default
    QString homeTenantId; // the user's own tenant (from the id token)
    QString clientId; // the app registration used to sign in (the service principal itself for sp/env)
    QString accountName; // UPN, the service principal's client id, or "Azure CLI"
    // A service principal's application name as Entra put it in its token (app_displayname);
    // empty when the token has none. Shown only: the keychain entry keys on accountName.
    QString displayName;
    QString objectId;
    QDateTime signedInAt;
    bool remembered = false; // saved so a restart restores it
    QString notRememberedReason; // why not, when the keychain refused

    bool isSignedIn() const { return method != SignInMethod::None; }
};

// What the user chose to sign in with.
struct SignInOptions
{
    SignInMethod method = SignInMethod::Browser;
    QString tenant; // users: empty = "organizations"; service principals: required
    QString clientId; // users: empty = the Azure CLI public client; service principals: required
    QString clientSecret; // service principal only; never logged, kept in the SecretStore
    QString loginHint;
    int browserTimeoutMs = AuthDefaults::kBrowserTimeoutMs;
    // false: use this sign-in now and save nothing (a CLI command run with --auth sp), and
    // leave any saved session alone.
    bool remember = true;
};

} // namespace Apim::Core
