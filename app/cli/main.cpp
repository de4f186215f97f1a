// apim-backup-cli: back up and restore Azure API Management services from a terminal.
//   apim-backup-cli [global options] <command> [command options]
// It links apim_core only; that it builds proves the core needs no GUI.
#include "CliCommand.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "Output.h"

#include "util/AppLanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Apim::Cli;

namespace {

struct GlobalOptionSet
{
    QCommandLineOption cloud { QStringLiteral("cloud"),
        QCoreApplication::translate("main",
            "AzureCloud, AzureUSGovernment, AzureChinaCloud, or the "
            "path of a JSON file from 'az cloud show'."),
        QStringLiteral("name|file") };
    QCommandLineOption auth { QStringLiteral("auth"),
        QCoreApplication::translate("main", "How to sign in: env, cli, device, browser or sp."),
        QStringLiteral("method") };
    QCommandLineOption tenant { QStringLiteral("tenant"), QCoreApplication::translate("main", "Tenant ID or domain."),
        QStringLiteral("id") };
    QCommandLineOption clientId { QStringLiteral("client-id"),
        QCoreApplication::translate("main", "App registration (client) ID."), QStringLiteral("id") };
    QCommandLineOption json { QStringLiteral("json"), QCoreApplication::translate("main", "Print results as JSON.") };
    QCommandLineOption verbose { QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log every request (secrets redacted) to stderr.") };
    // Read early by AppLanguage::fromArguments; declared here so the parsers accept it.
    QCommandLineOption lang { QStringLiteral("lang"),
        QCoreApplication::translate("main",
            "Language of messages: en or ko (default: the "
            "system's, from LANGUAGE or LANG)."),
        QStringLiteral("language") };
    QCommandLineOption sessionOnly { QStringLiteral("session-only-secrets"),
        QCoreApplication::translate("main",
            "Keep secrets in memory only: nothing is saved "
            "(also APIM_BACKUP_SECRETS=session).") };

    QCommandLineOption proxy { QStringLiteral("proxy"),
        QCoreApplication::translate("main",
            "Send requests through this proxy (http://[USER@]host:port); the password comes from the keychain "
            "(proxy-password set). Default: HTTPS_PROXY/NO_PROXY, else the app's Network settings."),
        QStringLiteral("url") };
    QCommandLineOption noProxy { QStringLiteral("no-proxy"),
        QCoreApplication::translate("main", "Connect directly, whatever HTTPS_PROXY or the settings say.") };
    QCommandLineOption caFile { QStringLiteral("ca-file"),
        QCoreApplication::translate("main",
            "Also trust the CA certificates in this PEM file (may be repeated; SSL_CERT_FILE, SSL_CERT_DIR and "
            "REQUESTS_CA_BUNDLE are read too)."),
        QStringLiteral("file") };

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ cloud, auth, tenant, clientId, json, verbose, lang, sessionOnly, proxy, noProxy, caFile });
    }

    // A global option may come before or after the command name.
    CliContext::GlobalOptions read(const QCommandLineParser &global, const QCommandLineParser &command) const
    {
        auto value = [&](const QCommandLineOption &option) {
            return command.isSet(option) ? command.value(option) : global.value(option);
        };
        auto flag = [&](const QCommandLineOption &option) { return command.isSet(option) || global.isSet(option); };
        CliContext::GlobalOptions options;
        options.cloud = value(cloud);
        options.auth = value(auth).toLower();
        options.tenant = value(tenant);
        options.clientId = value(clientId);
        options.json = flag(json);
        options.verbose = flag(verbose);
        options.sessionOnlySecrets = flag(sessionOnly);
        options.proxy = value(proxy);
        options.noProxy = flag(noProxy);
        options.caFiles = global.values(caFile) + command.values(caFile);
        return options;
    }
};

QString commandList(const QList<CliCommand *> &commands)
{
    QString text = QCoreApplication::translate("main", "Commands:") + QLatin1Char('\n');
    for (const CliCommand *command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name().leftJustified(12), command->summary());
    return text;
}

// QCommandLineParser names the program by its full path; scripts and docs know it by name.
QString helpFor(const QCommandLineParser &parser, const QString &usage)
{
    QString text = parser.helpText();
    const qsizetype endOfFirstLine = text.indexOf(QLatin1Char('\n'));
    return QCoreApplication::translate("main", "Usage: %1").arg(usage) + text.mid(endOfFirstLine);
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "error: " << Output::escapeControls(message) << '\n'
                        << QCoreApplication::translate("main", "Run 'apim-backup-cli --help' for help.") << '\n';
    return static_cast<int>(ExitCode::Usage);
}

} // namespace

// --verbose log lines quote answers from Azure: they reach the terminal escaped, like
// everything else the CLI prints.
void printLogLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QTextStream(stderr) << Output::escapeControls(qFormatLogMessage(type, context, message)) << '\n';
}

int main(int argc, char **argv)
{
#ifdef __GLIBC__
    // One malloc arena for every thread: the network thread receives megabytes of listing
    // pages that the main thread frees, and in an arena of its own that memory could not
    // hold the services listed next (3.5 MB of the peak with 10,000 services). The CLI's
    // few threads rarely allocate at the same time.
    mallopt(M_ARENA_MAX, 1);
#endif
    qInstallMessageHandler(printLogLine);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("apim-backup-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("apim-backup"));
    QCoreApplication::setApplicationVersion(QStringLiteral(APIM_VERSION));

    // Before any option text is made, so --help is in the chosen language. Only messages for
    // people are translated: --json keys and values stay as they are.
    const QString language = Apim::Core::AppLanguage::fromArguments(QCoreApplication::arguments());
    Apim::Core::AppLanguage::install(&app, language.isEmpty() ? Apim::Core::AppLanguage::fromSystem() : language);
    if (!language.isEmpty() && !Apim::Core::AppLanguage::isSupported(language))
        return usageError(QCoreApplication::translate("main", "--lang takes en or ko, not \"%1\".").arg(language));

    const QList<CliCommand *> commands = CommandRegistry::createCommands(&app);
    const GlobalOptionSet globals;

    QCommandLineParser global;
    global.setApplicationDescription(QCoreApplication::translate("main",
                                         "Back up and restore Azure API Management "
                                         "services.\n\n")
        + commandList(commands));
    globals.addTo(global);
    const QCommandLineOption help = global.addHelpOption();
    const QCommandLineOption version = global.addVersionOption();
    global.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("main", "The command to run."),
        QStringLiteral("<command> [options]"));
    // Everything after the command name belongs to the command.
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!global.parse(QCoreApplication::arguments()))
        return usageError(global.errorText());
    if (global.isSet(version)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        return 0;
    }
    const QStringList positional = global.positionalArguments();
    if (global.isSet(help) || positional.isEmpty()) {
        QTextStream(positional.isEmpty() && !global.isSet(help) ? stderr : stdout)
            << helpFor(global, QStringLiteral("apim-backup-cli [global options] <command> [options]"));
        return global.isSet(help) ? 0 : static_cast<int>(ExitCode::Usage);
    }

    CliCommand *command = CommandRegistry::find(commands, positional.first());
    if (!command)
        return usageError(QCoreApplication::translate("main", "Unknown command \"%1\".\n%2")
                              .arg(positional.first(), commandList(commands)));

    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(command->summary());
    globals.addTo(commandParser);
    command->addOptions(commandParser);
    const QCommandLineOption commandHelp = commandParser.addHelpOption();
    QStringList commandArguments = positional.mid(1);
    commandArguments.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + command->name());
    if (!commandParser.parse(commandArguments))
        return usageError(commandParser.errorText());
    if (commandParser.isSet(commandHelp)) {
        QTextStream(stdout) << helpFor(
            commandParser, QStringLiteral("apim-backup-cli %1 [options]").arg(command->name()));
        return 0;
    }
    CliContext context(globals.read(global, commandParser), commandParser);
    QString error;
    if (!context.initialize(&error))
        return usageError(error);

    QObject::connect(
        command, &CliCommand::finished, &app, [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    // The proxy's password is read from the keychain before the first request needs it.
    QTimer::singleShot(
        0, command, [command, &context] { context.prepareNetwork([command, &context] { command->run(context); }); });
    return app.exec();
}
