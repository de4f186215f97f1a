#pragma once

#include "CliCommand.h"
#include "Output.h"

#include "auth/AccountInfo.h"
#include "auth/TokenCredential.h"
#include "cloud/CloudEnvironment.h"
#include "settings/AppPaths.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Apim::Core {
class AccountManager;
class ArmClient;
class Engine;
class KeychainSecretStore;
class NetworkSetup;
class SecretsManager;
class Settings;
class StorageKeyStore;
class UrlOpener;
} // namespace Apim::Core

namespace Apim::Cli {

// Everything a command needs, built once per run from the global options: the network
// manager, the cloud, settings, the secrets (keychain or session-only), the core Engine
// (accounts, ARM, storage, operations) and the output. The composition root of the CLI.
class CliContext : public QObject
{
    Q_OBJECT
public:
    struct GlobalOptions
    {
        QString cloud; // NAME or FILE; empty: the saved session's cloud, else AzureCloud
        QString auth; // env|cli|device|browser|sp; empty: the saved session
        QString tenant;
        QString clientId;
        bool json = false;
        bool verbose = false;
        bool sessionOnlySecrets = false;
        QString proxy; // --proxy URL (never with a password)
        bool noProxy = false;
        QStringList caFiles; // --ca-file, repeatable
    };

    // parser: the command's parsed options (the global ones included).
    CliContext(const GlobalOptions &options, const QCommandLineParser &parser, QObject *parent = nullptr);
    ~CliContext() override;

    // Builds the objects; false + *error (a usage error, e.g. a bad --cloud file) when it cannot.
    bool initialize(QString *error);

    const GlobalOptions &options() const { return m_options; }
    const QCommandLineParser &parser() const { return m_parser; }
    Output &output() { return m_output; }
    QNetworkAccessManager *network() const { return m_network; }
    Core::NetworkSetup &networkSetup() const { return *m_networkSetup; }
    // Reads what the network needs from the keychain (the proxy's password), then ready().
    void prepareNetwork(std::function<void()> ready);
    const Core::CloudEnvironment &cloud() const { return m_cloud; }
    const Core::AppPaths &paths() const { return m_paths; }
    const Core::Clock &clock() const { return m_clock; }
    Core::Settings &settings() const { return *m_settings; }
    Core::SecretsManager &secrets() const { return *m_secrets; }
    Core::Engine &engine() const { return *m_engine; }
    Core::AccountManager &accounts() const;
    Core::StorageKeyStore &storageKeys() const;
    QProcessEnvironment environment() const { return m_environment; }

    // --auth as a method; nullopt when not given; *error for an unknown value.
    std::optional<Core::SignInMethod> authMethod(QString *error) const;

    // The credential for a command: --auth env|cli|sp sign in for this run only (nothing
    // saved); otherwise the saved session is restored. done gets nullptr and the reason
    // (with the exit code to use) when there is no credential.
    using CredentialCallback
        = std::function<void(Core::TokenCredential *credential, const Core::AuthError &error, ExitCode code)>;
    void acquireCredential(CredentialCallback done);

    // The ArmClient over the current credential (follows sign-in/out).
    Core::ArmClient *armClient() const;

    static ExitCode exitCodeFor(const Core::AuthError &error);
    // Prints the error of a failed sign-in or token request and returns its exit code.
    ExitCode reportAuthError(const Core::AuthError &error);

private:
    bool setUpNetwork(QString *error);

    GlobalOptions m_options;
    const QCommandLineParser &m_parser;
    Output m_output;
    QProcessEnvironment m_environment;
    Core::SystemClock m_clock;
    Core::AppPaths m_paths;
    Core::CloudEnvironment m_cloud;
    QNetworkAccessManager *m_network = nullptr;
    Core::NetworkSetup *m_networkSetup = nullptr;
    std::unique_ptr<Core::Settings> m_settings;
    std::unique_ptr<Core::UrlOpener> m_opener;
    Core::KeychainSecretStore *m_keychain = nullptr;
    Core::SecretsManager *m_secrets = nullptr;
    Core::Engine *m_engine = nullptr;
};

} // namespace Apim::Cli
