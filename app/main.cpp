// The composition root of the desktop app: builds the concrete objects once and wires
// them. Nothing here blocks startup on the network or the keychain.
#include "auth/AccountInfo.h"
#include "cloud/CloudEnvironment.h"
#include "net/NetworkSetup.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretsManager.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"
#include "ui/main/AppController.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SessionController.h"
#include "ui/support/CaCertificateLoader.h"
#include "ui/support/DeferredIconStyle.h"
#include "ui/support/DesktopUrlOpener.h"
#include "ui/support/Icons.h"
#include "ui/support/TrayNotifier.h"
#include "ui/support/UiSettings.h"
#include "ui/support/WidgetDialogProvider.h"
#include "util/AppLanguage.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <functional>
#include <optional>

using namespace Apim;

namespace {

QString chooseLanguage(const QString &option, const QString &setting)
{
    if (!option.isEmpty())
        return option;
    if (!setting.isEmpty())
        return setting;
    return Core::AppLanguage::fromSystem();
}

void installTranslators(QApplication &app, const QString &language)
{
    // Dates, numbers and sizes follow the chosen language too, not only the words.
    if (language == QLatin1String("ko"))
        QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    else if (QLocale::system().language() == QLocale::Korean)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Core::AppLanguage::install(&app, language);
}

// For tests/bench/startup/run.sh: from main(), and when (to count from the exec).
void timing(const QElapsedTimer &clock, const char *what)
{
    const auto epochUs
        = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
    std::fprintf(stderr, "apim-backup: %s after %lld ms (at %lld us since the epoch)\n", what,
        static_cast<long long>(clock.elapsed()), static_cast<long long>(epochUs));
    std::fflush(stderr);
}

// APIM_STARTUP_TRACE=1: where the time before the first frame goes, one line per step
// on stderr (from main(), and since the previous step).
class StartupTrace
{
public:
    explicit StartupTrace(const QElapsedTimer &clock)
        : m_clock(clock)
        , m_enabled(qEnvironmentVariableIsSet("APIM_STARTUP_TRACE"))
    { }
    void mark(const char *step)
    {
        if (!m_enabled)
            return;
        const qint64 now = m_clock.nsecsElapsed();
        std::fprintf(stderr, "startup: %-32s %8.2f ms  (+%.2f)\n", step, double(now) / 1e6, double(now - m_last) / 1e6);
        std::fflush(stderr);
        m_last = now;
    }

private:
    const QElapsedTimer &m_clock;
    const bool m_enabled;
    qint64 m_last = 0;
};

// The options of the command line, in the language already chosen.
struct CommandLine
{
    const QCommandLineOption cloud { QStringLiteral("cloud"),
        QApplication::translate("main",
            "Azure cloud: AzureCloud, AzureUSGovernment, AzureChinaCloud or the path of an "
            "`az cloud show` JSON file."),
        QStringLiteral("name|file") };
    const QCommandLineOption auth { QStringLiteral("auth"),
        QApplication::translate("main",
            "Sign in at start: env, sp (AZURE_TENANT_ID, AZURE_CLIENT_ID, "
            "AZURE_CLIENT_SECRET), device, browser or cli."),
        QStringLiteral("method") };
    const QCommandLineOption lang { QStringLiteral("lang"), QApplication::translate("main", "Language: en or ko."),
        QStringLiteral("language") };
    const QCommandLineOption quitAfterPaint { QStringLiteral("quit-after-paint"),
        QApplication::translate("main", "Quit once the main window has painted (benchmarks).") };
    const QCommandLineOption quitAfterServices { QStringLiteral("quit-after-services"),
        QApplication::translate("main", "Quit once the services are listed (benchmarks).") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Back up and restore Azure API Management services."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ cloud, auth, lang, quitAfterPaint, quitAfterServices });
    }
};

// --auth: a sign-in asked for on the command line, which replaces the saved session.
void signInFromCommandLine(Ui::AppController &controller, Core::SignInMethod method)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    Core::SignInOptions options;
    options.method = method;
    options.tenant = env.value(QStringLiteral("AZURE_TENANT_ID"));
    options.clientId = env.value(QStringLiteral("AZURE_CLIENT_ID"));
    if (method == Core::SignInMethod::ServicePrincipal)
        options.clientSecret = env.value(QStringLiteral("AZURE_CLIENT_SECRET"));
    // A secret that came from the environment stays there: copying it into the
    // keychain would keep it after the administrator removed it from the environment.
    if (method == Core::SignInMethod::ServicePrincipal || method == Core::SignInMethod::Environment)
        options.remember = false;
    if (method == Core::SignInMethod::Browser || method == Core::SignInMethod::DeviceCode)
        controller.session()->openSignInDialog(options.tenant, method);
    else
        controller.signIn(options);
}

void describeApplication()
{
    // Qt's own standard icons that the first frame does not show load when first drawn.
    if (Ui::DeferredIconStyle *style = Ui::DeferredIconStyle::wrapApplicationStyle())
        QApplication::setStyle(style);
    QApplication::setApplicationName(QStringLiteral("apim-backup"));
    QApplication::setApplicationDisplayName(QStringLiteral("APIM Backup"));
    QApplication::setApplicationVersion(QStringLiteral(APIM_VERSION));
    QApplication::setOrganizationName(QStringLiteral("apim-backup"));
    QApplication::setDesktopFileName(QStringLiteral("apim-backup"));
    QApplication::setWindowIcon(Ui::Icons::app());
}

// --cloud (remembered when usable), else the saved choice; the global cloud when neither works.
// The cloud named by --cloud, else the saved one. A usable --cloud is returned in
// *remember, for the caller to save once the first frame is on screen: a settings write
// (a lock file, a new file, a rename) has nothing to do with what that frame shows.
Core::CloudEnvironment chooseCloud(
    const QCommandLineParser &parser, const CommandLine &options, const Ui::UiSettings &uiSettings, QString *remember)
{
    const QString cloudChoice = parser.isSet(options.cloud) ? parser.value(options.cloud) : uiSettings.cloud();
    QString cloudError;
    Core::CloudEnvironment cloud = Core::CloudEnvironment::resolve(cloudChoice, &cloudError);
    if (!cloud.isValid()) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "Cloud not usable"),
            QApplication::translate("main", "%1\n\nAPIM Backup uses the global Azure cloud instead.").arg(cloudError));
        cloud = Core::CloudEnvironment::azureCloud();
    } else if (parser.isSet(options.cloud)) {
        *remember = cloudChoice;
    }
    return cloud;
}

// --quit-after-paint / --quit-after-services: print when each happens and quit (benchmarks).
void reportTimings(Ui::AppController &controller, bool afterPaint, bool afterServices, const QElapsedTimer &sinceStart)
{
    QObject::connect(controller.window(), &Ui::MainWindow::firstPainted, qApp, [=, &sinceStart] {
        if (afterPaint || afterServices)
            timing(sinceStart, "first paint");
        if (afterPaint)
            QTimer::singleShot(0, qApp, &QApplication::quit);
    });
    QObject::connect(&controller, &Ui::AppController::servicesListed, qApp, [=, &sinceStart] {
        if (afterServices) {
            timing(sinceStart, "services listed");
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    StartupTrace trace(sinceStart);
    QApplication app(argc, argv);
    trace.mark("QApplication");
    describeApplication();
    trace.mark("style, names, window icon");

    // The language first (--lang, read ahead of the parser, else the saved choice, else the
    // system's), so that --help comes out in it. Reading the settings file creates nothing.
    Core::AppPaths paths = Core::AppPaths::fromEnvironment();
    Core::Settings settings(paths.settingsFile());
    Ui::UiSettings uiSettings(&settings);
    const QString language = Core::AppLanguage::fromArguments(QApplication::arguments());
    if (!language.isEmpty() && !Core::AppLanguage::isSupported(language)) {
        std::fprintf(stderr, "apim-backup: --lang takes en or ko\n");
        return 2;
    }
    installTranslators(app, chooseLanguage(language, uiSettings.language()));
    trace.mark("settings read, translators");

    QCommandLineParser parser;
    const CommandLine options;
    options.addTo(parser);
    parser.process(app);

    QString pathError;
    if (!paths.ensureCreated(&pathError)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "APIM Backup cannot start"), pathError);
        return 1;
    }

    QString cloudToRemember;
    const Core::CloudEnvironment cloud = chooseCloud(parser, options, uiSettings, &cloudToRemember);
    trace.mark("command line, folders, cloud");

    std::optional<Core::SignInMethod> method;
    if (parser.isSet(options.auth)) {
        method = Core::signInMethodFromName(parser.value(options.auth));
        if (!method) {
            std::fprintf(stderr, "apim-backup: --auth takes env, sp, device, browser or cli\n");
            return 2;
        }
    }

    // Every request's proxy and trusted CAs: the Network settings, the environment
    // (HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE, ...) and the trusted certificates. The CA
    // files are read on a worker after the first frame (see below).
    QNetworkAccessManager network;
    Core::NetworkSetup networkSetup(QProcessEnvironment::systemEnvironment());
    networkSetup.setProxyConfig(Core::ProxyConfig::load(settings));
    networkSetup.configure(&network);
    trace.mark("network setup");
    Core::SystemClock clock;
    Core::KeychainSecretStore keychain;
    Core::SecretsManager secrets(&keychain);
    Ui::DesktopUrlOpener urlOpener;
    Ui::WidgetDialogProvider dialogs;
    Ui::TrayNotifier notifier;

    Ui::UiContext context;
    context.settings = &settings;
    context.dialogs = &dialogs;
    context.notifier = &notifier;
    context.urlOpener = &urlOpener;
    context.clock = &clock;
    context.network = &networkSetup;
    context.trustedCertificatesDir = paths.trustedCertificatesDir();
    Core::Engine::Parts shared;
    shared.network = &network;
    shared.clock = &clock;
    shared.settings = &settings;
    shared.secrets = &secrets;
    shared.urlOpener = &urlOpener;
    shared.dataDir = paths.dataDir();

    Ui::AppController controller(context, shared);
    trace.mark("main window built");
    reportTimings(
        controller, parser.isSet(options.quitAfterPaint), parser.isSet(options.quitAfterServices), sinceStart);
    controller.window()->show();
    trace.mark("shown");
    QObject::connect(controller.window(), &Ui::MainWindow::firstPainted, qApp, [&trace] { trace.mark("first frame"); });
    if (!cloudToRemember.isEmpty())
        controller.afterFirstPaint([&uiSettings, cloudToRemember] { uiSettings.setCloud(cloudToRemember); });
    QObject::connect(&notifier, &Ui::TrayNotifier::openRequested, controller.window(), [&controller] {
        QWidget *window = controller.window();
        window->showNormal();
        window->raise();
        window->activateWindow();
    });

    // Everything else starts once the first frame is on screen: the CA files are read
    // on a worker (hundreds of certificates when the environment names the system's
    // bundle), then the services start: the keychain probe, the saved session, the journal
    // and a sign-in asked for on the command line, which replaces the saved session.
    // They start only when both the CAs and the proxy's password (read from the keychain
    // meanwhile) are in place, whichever comes last: a first request without them would
    // fail on the CA, or take the proxy's 407 for a refused password.
    // Declared after the controller, so that it waits for its worker before the
    // controller (the worker's context) goes.
    Ui::CaCertificateLoader caLoader;
    int networkStepsPending = 2;
    const auto startWhenNetworkReady = [&controller, &networkStepsPending, cloud, method] {
        if (--networkStepsPending > 0)
            return;
        controller.start(cloud, !method.has_value());
        if (method)
            signInFromCommandLine(controller, *method);
    };
    controller.afterFirstPaint([&] {
        caLoader.start(QProcessEnvironment::systemEnvironment(), paths.trustedCertificatesDir(), &controller,
            [&networkSetup, startWhenNetworkReady](const Ui::CaCertificateLoader::Result &cas) {
                if (!cas.problem.isEmpty())
                    std::fprintf(stderr, "apim-backup: %s\n", qPrintable(cas.problem));
                networkSetup.setExtraCaCertificates(cas.extra);
                networkSetup.setSavedCaCertificates(cas.saved);
                startWhenNetworkReady();
            });
    });
    networkSetup.loadProxyPassword(&secrets, cloud.resourceManager(), &controller, startWhenNetworkReady);
    return app.exec();
}
