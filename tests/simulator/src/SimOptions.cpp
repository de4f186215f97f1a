#include "SimOptions.h"

#include <QCommandLineParser>

namespace Apim::Sim {

QString SimOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A local stand-in for the Azure endpoints APIM Backup uses."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Estate to serve (JSON)."), QStringLiteral("FILE"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption urlFileOption(
        QStringLiteral("url-file"), QStringLiteral("Write the base URL here once listening."), QStringLiteral("FILE"));
    const QCommandLineOption azuriteOption(
        QStringLiteral("azurite"), QStringLiteral("Azurite blob endpoint root."), QStringLiteral("URL"));
    const QCommandLineOption logOption(
        QStringLiteral("log"), QStringLiteral("Log each request here (secrets redacted)."), QStringLiteral("FILE"));
    const QCommandLineOption tlsCertOption(
        QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate."), QStringLiteral("PEM"));
    const QCommandLineOption tlsKeyOption(
        QStringLiteral("tls-key"), QStringLiteral("The PEM private key for --tls-cert."), QStringLiteral("PEM"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        QStringLiteral("Listen on this host's address and name it in the URL (default 127.0.0.1); a name that is "
                       "not loopback lets proxy tests send the simulator's traffic through a proxy."),
        QStringLiteral("NAME"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption tokenLifetimeOption(QStringLiteral("token-lifetime"),
        QStringLiteral("Access token lifetime (default 3600)."), QStringLiteral("SECONDS"));
    const QCommandLineOption durationOption(QStringLiteral("operation-duration"),
        QStringLiteral("How long a backup or restore runs (default 3000)."), QStringLiteral("MS"));
    const QCommandLineOption noRetryOption(
        QStringLiteral("no-retry-after"), QStringLiteral("Send no Retry-After on 202s."));
    const QCommandLineOption asyncHeaderOption(
        QStringLiteral("async-operation-header"), QStringLiteral("Send Azure-AsyncOperation on 202s."));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
        QStringLiteral("Inject a fault: 'kind=throttle,route=POST .*/backup,times=1'."), QStringLiteral("SPEC"));
    const QCommandLineOption printAccountsOption(
        QStringLiteral("print-azurite-accounts"), QStringLiteral("Print the AZURITE_ACCOUNTS value and exit."));
    const QCommandLineOption generateOption(QStringLiteral("generate-estate"),
        QStringLiteral("Write a large seed: --generate-estate SUBS SERVICES_PER_SUB OUTFILE."), QStringLiteral("SUBS"));
    parser.addOptions({ seedOption, portOption, urlFileOption, azuriteOption, logOption, tlsCertOption, tlsKeyOption,
        hostOption, tokenLifetimeOption, durationOption, noRetryOption, asyncHeaderOption, faultOption,
        printAccountsOption, generateOption });
    parser.addPositionalArgument(
        QStringLiteral("args"), QStringLiteral("SERVICES_PER_SUB OUTFILE for --generate-estate"));
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help")))
        return parser.helpText();

    const auto number = [&](const QCommandLineOption &option, int minimum, bool *ok) {
        const int value = parser.value(option).toInt(ok);
        *ok = *ok && value >= minimum;
        return value;
    };
    bool ok = true;
    seedPath = parser.value(seedOption);
    port = quint16(number(portOption, 0, &ok));
    if (!ok || parser.value(portOption).toInt() > 65535)
        return QStringLiteral("--port needs a number from 0 to 65535");
    urlFile = parser.value(urlFileOption);
    azuriteUrl = parser.value(azuriteOption);
    while (azuriteUrl.endsWith(QLatin1Char('/')))
        azuriteUrl.chop(1);
    logFile = parser.value(logOption);
    tlsCert = parser.value(tlsCertOption);
    tlsKey = parser.value(tlsKeyOption);
    host = parser.value(hostOption).trimmed();
    if (host.isEmpty())
        return QStringLiteral("--host needs a host name or address");
    if (tlsCert.isEmpty() != tlsKey.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    if (parser.isSet(tokenLifetimeOption)) {
        tokenLifetimeSeconds = number(tokenLifetimeOption, 1, &ok);
        if (!ok)
            return QStringLiteral("--token-lifetime needs a positive number of seconds");
    }
    if (parser.isSet(durationOption)) {
        operationDurationMs = number(durationOption, 0, &ok);
        if (!ok)
            return QStringLiteral("--operation-duration needs a number of milliseconds");
    }
    noRetryAfter = parser.isSet(noRetryOption);
    asyncOperationHeader = parser.isSet(asyncHeaderOption);
    faults = parser.values(faultOption);
    printAzuriteAccounts = parser.isSet(printAccountsOption);
    if (parser.isSet(generateOption)) {
        const QStringList rest = parser.positionalArguments();
        generateEstate = true;
        estateSubscriptions = number(generateOption, 1, &ok);
        estateServicesPerSubscription = rest.value(0).toInt();
        estateFile = rest.value(1);
        if (!ok || estateServicesPerSubscription < 1 || estateFile.isEmpty())
            return QStringLiteral("usage: --generate-estate SUBS SERVICES_PER_SUB OUTFILE");
    } else if (!parser.positionalArguments().isEmpty()) {
        return QStringLiteral("unexpected arguments: %1").arg(parser.positionalArguments().join(QLatin1Char(' ')));
    }
    return {};
}

} // namespace Apim::Sim
