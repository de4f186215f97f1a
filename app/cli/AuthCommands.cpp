#include "AuthCommands.h"

#include "CliContext.h"
#include "SecretInput.h"

#include "arm/ArmError.h"
#include "auth/AccountManager.h"
#include "inventory/Inventory.h"
#include "secrets/SecretsManager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {

QJsonObject accountJson(const AccountInfo &info, const CliContext &context)
{
    return QJsonObject {
        { QStringLiteral("signedIn"), info.isSignedIn() },
        { QStringLiteral("method"), signInMethodName(info.method) },
        { QStringLiteral("account"), info.accountName },
        { QStringLiteral("tenantId"), info.tenantId },
        { QStringLiteral("homeTenantId"), info.homeTenantId },
        { QStringLiteral("clientId"), info.clientId },
        { QStringLiteral("cloud"), info.cloudName.isEmpty() ? context.cloud().name() : info.cloudName },
        { QStringLiteral("signedInAt"), info.signedInAt.toString(Qt::ISODate) },
        { QStringLiteral("remembered"), info.remembered },
        { QStringLiteral("secrets"), SecretsManager::modeName(context.secrets().mode()) },
    };
}

QString methodDescription(SignInMethod method)
{
    switch (method) {
    case SignInMethod::Browser:
        return QCoreApplication::translate("Apim::Cli::AuthCommands", "browser sign-in");
    case SignInMethod::DeviceCode:
        return QCoreApplication::translate("Apim::Cli::AuthCommands", "device code");
    case SignInMethod::ServicePrincipal:
        return QCoreApplication::translate("Apim::Cli::AuthCommands", "service principal (client secret)");
    case SignInMethod::AzureCli:
        return QCoreApplication::translate("Apim::Cli::AuthCommands", "Azure CLI");
    case SignInMethod::Environment:
        return QCoreApplication::translate("Apim::Cli::AuthCommands", "environment (AZURE_CLIENT_ID/SECRET)");
    case SignInMethod::None:
        break;
    }
    return {};
}

bool hasDisplay(const QProcessEnvironment &environment)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    return !environment.value(QStringLiteral("DISPLAY")).isEmpty()
        || !environment.value(QStringLiteral("WAYLAND_DISPLAY")).isEmpty();
#else
    Q_UNUSED(environment)
    return true;
#endif
}

} // namespace

// ---------------------------------------------------------------------------- login

QString LoginCommand::summary() const
{
    return tr("Sign in and remember the sign-in (--auth device|browser|sp|cli|env)");
}

void LoginCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("client-secret-stdin"),
        tr("Read the service principal's client secret from standard input (--auth sp).") });
    parser.addOption({ QStringLiteral("timeout"), tr("Give up a browser sign-in after <seconds> (default 300)."),
        tr("seconds"), QStringLiteral("300") });
    // Accepted only to refuse it with an explanation: a secret in argv is visible to every
    // user of the machine through ps.
    QCommandLineOption secretOption(QStringLiteral("client-secret"), QStringLiteral("-"), QStringLiteral("secret"));
    secretOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(secretOption);
}

void LoginCommand::run(CliContext &context)
{
    Output &out = context.output();
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("client-secret"))) {
        out.error(tr("A client secret on the command line is visible to every user through 'ps'. Pipe it in with "
                     "--client-secret-stdin, or set AZURE_CLIENT_SECRET."),
            QStringLiteral("usage"));
        finish(ExitCode::Usage);
        return;
    }

    QString methodError;
    const auto chosen = context.authMethod(&methodError);
    SignInOptions options;
    // Without a display (an SSH session) a browser cannot reach our loopback listener.
    options.method
        = chosen.value_or(hasDisplay(context.environment()) ? SignInMethod::Browser : SignInMethod::DeviceCode);
    options.tenant = context.options().tenant;
    options.clientId = context.options().clientId;
    bool ok = false;
    const int timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
    if (!ok || timeoutSeconds < 1) {
        out.error(tr("--timeout needs a number of seconds."), QStringLiteral("usage"));
        finish(ExitCode::Usage);
        return;
    }
    options.browserTimeoutMs = timeoutSeconds * 1000;

    if (options.method == SignInMethod::ServicePrincipal) {
        if (parser.isSet(QStringLiteral("client-secret-stdin"))) {
            // Typed at a terminal: not shown, and Enter ends it.
            options.clientSecret = SecretInput::readSecret(tr("Client secret (not shown): "));
        } else {
            options.clientSecret = context.environment().value(QStringLiteral("AZURE_CLIENT_SECRET"));
        }
        if (options.clientSecret.isEmpty() || options.tenant.isEmpty() || options.clientId.isEmpty()) {
            out.error(tr("--auth sp needs --tenant, --client-id and the client secret: pipe it in with "
                         "--client-secret-stdin, or set AZURE_CLIENT_SECRET."),
                QStringLiteral("usage"));
            finish(ExitCode::Usage);
            return;
        }
    }

    AccountManager &accounts = context.accounts();
    connect(&accounts, &AccountManager::deviceCodeReady, this, [&out](const DeviceCodeInfo &info) {
        out.info(info.message); // stderr, so --json output stays clean
        out.info(tr("Waiting for the sign-in to be completed..."));
    });
    connect(&accounts, &AccountManager::redirectRejected, this, [&out](const QString &reason) { out.info(reason); });
    connect(&accounts, &AccountManager::signInFailed, this,
        [this, &context](const AuthError &error) { finish(context.reportAuthError(error)); });
    connect(&accounts, &AccountManager::signedIn, this, [this, &context, &out](const AccountInfo &info) {
        const bool sessionOnly = context.secrets().mode() == SecretsManager::Mode::SessionOnly;
        if (out.isJson()) {
            out.json(accountJson(info, context));
        } else {
            out.line(tr("Signed in as %1 (tenant %2, cloud %3) with %4.")
                         .arg(info.accountName, info.tenantId, info.cloudName, methodDescription(info.method)));
            if (info.remembered)
                out.line(tr("The sign-in is saved: later commands use it until 'apim-backup-cli logout'."));
        }
        if (sessionOnly) {
            out.info(tr("Secrets are session-only: nothing was saved, so this sign-in ends with this command."));
            finish(ExitCode::Success);
            return;
        }
        if (!info.remembered) {
            out.error(tr("Signed in, but the sign-in could not be saved, so later commands will not find it: %1 Fix "
                         "the keychain and log in again, or give --auth env|cli|sp to each command.")
                          .arg(info.notRememberedReason),
                QStringLiteral("keychain"));
            finish(ExitCode::Authentication);
            return;
        }
        finish(ExitCode::Success);
    });
    accounts.signIn(options);
}

// ---------------------------------------------------------------------------- logout

QString LogoutCommand::summary() const
{
    return tr("Forget the saved sign-in and storage keys (settings and keychain)");
}

void LogoutCommand::run(CliContext &context)
{
    AccountManager &accounts = context.accounts();
    const AccountInfo saved = AccountManager::savedAccount(context.settings());
    connect(&accounts, &AccountManager::signedOut, this, [this, &context, saved](const QString &warning) {
        Output &out = context.output();
        if (!warning.isEmpty()) {
            out.error(warning, QStringLiteral("keychain"));
            finish(ExitCode::Authentication);
            return;
        }
        if (out.isJson())
            out.json(QJsonObject {
                { QStringLiteral("signedOut"), true }, { QStringLiteral("account"), saved.accountName } });
        else if (saved.isSignedIn())
            out.line(tr("Signed out %1. Its saved sign-in is gone from the settings and the keychain.")
                         .arg(saved.accountName));
        else
            out.line(tr("Nobody was signed in."));
        finish(ExitCode::Success);
    });
    accounts.signOut();
}

// ---------------------------------------------------------------------------- account

QString AccountCommand::summary() const
{
    return tr("Show who is signed in, where, and where secrets are kept");
}

void AccountCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("check"), tr("Also get a token, to prove the sign-in still works.") });
}

void AccountCommand::report(CliContext &context, const AccountInfo &info, const QString &tokenProblem)
{
    Output &out = context.output();
    SecretsManager &secrets = context.secrets();
    if (out.isJson()) {
        QJsonObject json = accountJson(info, context);
        json.insert(QStringLiteral("secretsDetail"), secrets.describe());
        if (!tokenProblem.isEmpty())
            json.insert(QStringLiteral("problem"), tokenProblem);
        out.json(json);
    } else if (info.isSignedIn()) {
        out.line(tr("Signed in:  %1").arg(info.accountName));
        out.line(tr("Method:     %1").arg(methodDescription(info.method)));
        out.line(tr("Tenant:     %1").arg(info.tenantId));
        if (!info.homeTenantId.isEmpty() && info.homeTenantId != info.tenantId)
            out.line(tr("Home:       %1").arg(info.homeTenantId));
        out.line(tr("Client ID:  %1").arg(info.clientId));
        out.line(tr("Cloud:      %1 (%2)").arg(info.cloudName, context.cloud().resourceManager().toString()));
        if (info.signedInAt.isValid())
            out.line(tr("Since:      %1").arg(info.signedInAt.toString(Qt::ISODate)));
        out.line(secrets.describe());
    } else {
        out.line(tr("Not signed in (cloud %1). Run 'apim-backup-cli login'.").arg(context.cloud().name()));
        out.line(secrets.describe());
    }
    if (!tokenProblem.isEmpty())
        out.error(tokenProblem);
}

void AccountCommand::run(CliContext &context)
{
    // Say where secrets stand, then restore the saved session (no network unless --check).
    SecretsManager &secrets = context.secrets();
    auto afterProbe = [this, &context] {
        context.acquireCredential([this, &context](TokenCredential *credential, const AuthError &error, ExitCode code) {
            if (!credential) {
                const AccountInfo saved = AccountManager::savedAccount(context.settings());
                const bool notSignedIn = error.code == QLatin1String("not_signed_in");
                report(context, notSignedIn ? AccountInfo() : saved, notSignedIn ? QString() : error.message);
                finish(code);
                return;
            }
            const AccountInfo info = context.accounts().accountInfo();
            if (!context.parser().isSet(QStringLiteral("check"))) {
                report(context, info, {});
                finish(ExitCode::Success);
                return;
            }
            credential->token(context.cloud().armScope(), this,
                [this, &context, info](const AccessToken &, const AuthError &tokenError) {
                    report(context, info, tokenError.message);
                    finish(tokenError.isError() ? CliContext::exitCodeFor(tokenError) : ExitCode::Success);
                });
        });
    };
    if (secrets.mode() == SecretsManager::Mode::SessionOnly) {
        afterProbe();
        return;
    }
    connect(&secrets, &SecretsManager::probeFinished, this, afterProbe, Qt::SingleShotConnection);
    secrets.probe();
}

// ---------------------------------------------------------------------------- tenants

QString TenantsCommand::summary() const
{
    return tr("List the tenants the signed-in account can reach");
}

void TenantsCommand::run(CliContext &context)
{
    context.acquireCredential([this, &context](TokenCredential *credential, const AuthError &error, ExitCode code) {
        if (!credential) {
            context.reportAuthError(error);
            finish(code);
            return;
        }
        auto *inventory = new Inventory(context.armClient(), this);
        connect(inventory, &Inventory::tenantsLoaded, this, [this, &context](const QList<TenantInfo> &tenants) {
            Output &out = context.output();
            const QString current = context.accounts().accountInfo().tenantId;
            if (out.isJson()) {
                QJsonArray array;
                for (const TenantInfo &tenant : tenants)
                    array.append(QJsonObject { { QStringLiteral("tenantId"), tenant.tenantId },
                        { QStringLiteral("displayName"), tenant.displayName },
                        { QStringLiteral("defaultDomain"), tenant.defaultDomain },
                        { QStringLiteral("current"), tenant.tenantId.compare(current, Qt::CaseInsensitive) == 0 } });
                out.json(array);
            } else {
                QList<QStringList> rows;
                for (const TenantInfo &tenant : tenants)
                    rows.append(
                        { tenant.tenantId.compare(current, Qt::CaseInsensitive) == 0 ? QStringLiteral("*") : QString(),
                            tenant.tenantId, tenant.displayName, tenant.defaultDomain });
                out.table({ QString(), tr("Tenant ID"), tr("Name"), tr("Default domain") }, rows);
            }
            finish(ExitCode::Success);
        });
        connect(inventory, &Inventory::tenantsFailed, this, [this, &context](const ArmError &armError) {
            context.output().error(armError.userMessage(), armError.code);
            finish(armError.authRequired                                                 ? ExitCode::Authentication
                    : armError.isTransient() || armError.kind == ArmError::Kind::Network ? ExitCode::Unavailable
                                                                                         : ExitCode::Failed);
        });
        inventory->loadTenants();
    });
}

} // namespace Apim::Cli
