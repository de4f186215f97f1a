#include "CliContext.h"

#include "arm/ArmClient.h"
#include "auth/AccountManager.h"
#include "engine/Engine.h"
#include "net/NetworkSetup.h"
#include "net/TrustedCertificateStore.h"
#include "net/TrustedCertificates.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "settings/Settings.h"
#include "util/ChildEnvironment.h"
#include "util/UrlOpener.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>

#include <memory>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {

// A terminal cannot open a browser itself: print the address, and hand it to $BROWSER
// when the user set one (the convention xdg-open and Python's webbrowser follow).
class PrintingUrlOpener : public UrlOpener
{
public:
    PrintingUrlOpener(Output &output, const QProcessEnvironment &environment)
        : m_output(output)
        , m_browser(environment.value(QStringLiteral("BROWSER")))
    { }

    bool openUrl(const QUrl &url) override
    {
        m_output.info(QCoreApplication::translate(
            "Apim::Cli::CliContext", "To sign in, open this address in a browser on this machine:\n  %1")
                          .arg(url.toString(QUrl::FullyEncoded)));
        if (m_browser.isEmpty())
            return true;
        const QStringList words = QProcess::splitCommand(m_browser);
        if (words.isEmpty())
            return true;
        QProcess browser;
        browser.setProgram(words.first());
        browser.setArguments(words.mid(1) << url.toString(QUrl::FullyEncoded));
        // The browser needs none of our secrets (AZURE_CLIENT_SECRET).
        browser.setProcessEnvironment(ChildEnvironment::forChild());
        browser.setStandardInputFile(QProcess::nullDevice());
        if (!browser.startDetached())
            m_output.info(QCoreApplication::translate("Apim::Cli::CliContext",
                "Could not start the browser from $BROWSER (%1): open the address "
                "yourself.")
                              .arg(m_browser));
        return true;
    }

private:
    Output &m_output;
    QString m_browser;
};

} // namespace

CliContext::CliContext(const GlobalOptions &options, const QCommandLineParser &parser, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_parser(parser)
    , m_environment(QProcessEnvironment::systemEnvironment())
    , m_paths(AppPaths::fromEnvironment())
{
    // Everything here reads the variables from m_environment; the secrets leave the
    // process environment so that no child (az, $BROWSER) inherits them.
    ChildEnvironment::removeSecretsFromProcess();
    m_output.setJson(options.json);
    m_output.setVerbose(options.verbose);
}

CliContext::~CliContext() = default;

bool CliContext::initialize(QString *error)
{
    // The CLI says what matters itself; the core's log lines are for --verbose (where every
    // request line is redacted). QT_LOGGING_RULES still overrides both.
    QLoggingCategory::setFilterRules(m_options.verbose ? QStringLiteral("apim.*.debug=true")
                                                       : QStringLiteral("apim.*.info=false\napim.*.warning=false"));

    QString problem;
    if (!m_paths.ensureCreated(&problem)) {
        *error = problem;
        return false;
    }
    m_settings = std::make_unique<Settings>(m_paths.settingsFile());

    if (!m_options.cloud.isEmpty()) {
        m_cloud = CloudEnvironment::resolve(m_options.cloud, &problem);
        if (!m_cloud.isValid()) {
            *error = problem;
            return false;
        }
    } else if (const auto saved = AccountManager::savedCloud(*m_settings)) {
        m_cloud = *saved; // the cloud of the saved sign-in, so `account` needs no --cloud
    } else {
        m_cloud = CloudEnvironment::azureCloud();
    }

    QString methodError;
    authMethod(&methodError);
    if (!methodError.isEmpty()) {
        *error = methodError;
        return false;
    }

    m_network = new QNetworkAccessManager(this);
    if (!setUpNetwork(error))
        return false;
    m_keychain = new KeychainSecretStore(QStringLiteral("APIM Backup"), this);
    bool ok = false;
    const int timeoutMs = m_environment.value(QStringLiteral("APIM_BACKUP_KEYCHAIN_TIMEOUT_MS")).toInt(&ok);
    if (ok && timeoutMs > 0)
        m_keychain->setTimeout(timeoutMs);
    m_secrets = new SecretsManager(m_keychain, this);
    if (m_options.sessionOnlySecrets || SecretsManager::sessionOnlyRequested(m_environment))
        m_secrets->useSessionOnly();
    m_opener = std::make_unique<PrintingUrlOpener>(m_output, m_environment);
    Engine::Parts parts;
    parts.network = m_network;
    parts.clock = &m_clock;
    parts.settings = m_settings.get();
    parts.secrets = m_secrets;
    parts.urlOpener = m_opener.get();
    parts.dataDir = m_paths.dataDir();
    m_engine = new Engine(parts, m_cloud, this);
    accounts().setEnvironment(m_environment);
    const QString az = m_environment.value(QStringLiteral("APIM_BACKUP_AZ"));
    if (!az.isEmpty())
        accounts().setAzureCliProgram(az);
    return true;
}

bool CliContext::setUpNetwork(QString *error)
{
    m_networkSetup = new NetworkSetup(m_environment, this);
    ProxyConfig proxy = ProxyConfig::load(*m_settings);
    if (m_options.noProxy && !m_options.proxy.isEmpty()) {
        *error = tr("--proxy and --no-proxy cannot be used together.");
        return false;
    }
    if (m_options.noProxy) {
        proxy.mode = ProxyConfig::Mode::None;
    } else if (!m_options.proxy.isEmpty()) {
        if (const QString problem = ProxyConfig::urlError(m_options.proxy); !problem.isEmpty()) {
            *error = tr("--proxy: %1").arg(problem);
            return false;
        }
        proxy.mode = ProxyConfig::Mode::Manual;
        proxy.url = ProxyConfig::parseUrl(m_options.proxy);
        proxy.user = proxy.url.userName();
    }
    m_networkSetup->setProxyConfig(proxy);

    // The app's trusted certificates, then SSL_CERT_FILE & co., then --ca-file: all on top
    // of the system's CAs.
    QList<QSslCertificate> extra = TrustedCertificateStore(m_paths.trustedCertificatesDir()).certificates();
    QString problem;
    TrustedCertificates::merge(extra, TrustedCertificates::fromEnvironment(m_environment, &problem));
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const QString &file : m_options.caFiles) {
        const QList<QSslCertificate> found = TrustedCertificates::fromFile(file, &problem);
        if (found.isEmpty()) {
            *error = tr("--ca-file: %1").arg(problem);
            return false;
        }
        TrustedCertificates::merge(extra, found);
    }
    m_networkSetup->setExtraCaCertificates(extra);
    m_networkSetup->configure(m_network);
    return true;
}

void CliContext::prepareNetwork(std::function<void()> ready)
{
    m_networkSetup->loadProxyPassword(m_secrets, m_cloud.resourceManager(), this, std::move(ready));
}

std::optional<SignInMethod> CliContext::authMethod(QString *error) const
{
    if (m_options.auth.isEmpty())
        return std::nullopt;
    const auto method = signInMethodFromName(m_options.auth);
    if (!method && error)
        *error = tr("Unknown --auth \"%1\": use env, cli, device, browser or sp.").arg(m_options.auth);
    return method;
}

ExitCode CliContext::exitCodeFor(const AuthError &error)
{
    if (error.kind == AuthError::Kind::Network)
        return ExitCode::Unavailable;
    if (error.code == QLatin1String("usage"))
        return ExitCode::Usage;
    return ExitCode::Authentication;
}

ExitCode CliContext::reportAuthError(const AuthError &error)
{
    m_output.error(error.message, error.code);
    return exitCodeFor(error);
}

void CliContext::acquireCredential(CredentialCallback done)
{
    const auto method = authMethod(nullptr);
    auto answered = std::make_shared<bool>(false);
    auto *waiter = new QObject(this);
    auto answer = [this, done, answered, waiter](TokenCredential *credential, const AuthError &error) {
        if (*answered)
            return;
        *answered = true;
        waiter->deleteLater();
        done(credential, error, error.isError() ? exitCodeFor(error) : ExitCode::Success);
    };

    if (method == SignInMethod::Browser || method == SignInMethod::DeviceCode) {
        const AuthError error { AuthError::Kind::Other, QStringLiteral("usage"),
            tr("--auth %1 signs in interactively: run 'apim-backup-cli login --auth %1' first; later "
               "commands use the saved sign-in.")
                .arg(m_options.auth) };
        QMetaObject::invokeMethod(
            waiter, [answer, error] { answer(nullptr, error); }, Qt::QueuedConnection);
        return;
    }

    connect(&accounts(), &AccountManager::signedIn, waiter,
        [this, answer](const AccountInfo &) { answer(accounts().currentCredential(), {}); });
    connect(&accounts(), &AccountManager::signInFailed, waiter,
        [answer](const AuthError &error) { answer(nullptr, error); });

    if (method) {
        // Service principal, environment or az: sign in for this run, remember nothing.
        SignInOptions options;
        options.method = *method;
        options.tenant = m_options.tenant;
        options.clientId = m_options.clientId;
        options.clientSecret = m_environment.value(QStringLiteral("AZURE_CLIENT_SECRET"));
        options.remember = false;
        if (*method == SignInMethod::ServicePrincipal && options.clientSecret.isEmpty()) {
            const AuthError error { AuthError::Kind::Other, QStringLiteral("usage"),
                tr("--auth sp needs the client secret in AZURE_CLIENT_SECRET (never on the command "
                   "line), and --tenant and --client-id.") };
            QMetaObject::invokeMethod(
                waiter, [answer, error] { answer(nullptr, error); }, Qt::QueuedConnection);
            return;
        }
        accounts().signIn(options);
        return;
    }

    connect(
        &accounts(), &AccountManager::restoreFinished, waiter, [this, answer](bool restored, const AuthError &error) {
            if (restored)
                return; // signedIn follows
            if (error.isError()) {
                answer(nullptr, error);
                return;
            }
            answer(nullptr,
                { AuthError::Kind::SignInRequired, QStringLiteral("not_signed_in"),
                    tr("You are not signed in. Run 'apim-backup-cli login' first, or give --auth env, cli or "
                       "sp.") });
        });
    accounts().restoreSession();
}

AccountManager &CliContext::accounts() const
{
    return *m_engine->accounts();
}

StorageKeyStore &CliContext::storageKeys() const
{
    return *m_engine->storageKeys();
}

ArmClient *CliContext::armClient() const
{
    return m_engine->arm();
}

} // namespace Apim::Cli
