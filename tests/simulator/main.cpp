// azure-sim: a local stand-in for the Azure endpoints APIM Backup talks to (see README.md).
#include "AzuriteAccounts.h"
#include "EstateGenerator.h"
#include "SimOptions.h"
#include "SimServer.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Apim::Sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("azure-sim"));

    SimOptions options;
    const QString usage = options.parse(QCoreApplication::arguments());
    if (!usage.isEmpty()) {
        std::fprintf(stderr, "azure-sim: %s\n", qPrintable(usage));
        return 2;
    }
    if (options.printAzuriteAccounts) {
        std::printf("%s\n", qPrintable(AzuriteAccounts::environmentValue()));
        return 0;
    }
    if (options.generateEstate) {
        const QString error = EstateGenerator::write(
            options.estateSubscriptions, options.estateServicesPerSubscription, options.estateFile);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "azure-sim: cannot write %s: %s\n", qPrintable(options.estateFile), qPrintable(error));
            return 1;
        }
        return 0;
    }

    SimServer server(options);
    QObject::connect(&server, &SimServer::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "azure-sim: %s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    // Start from the event loop so that a failure can end it.
    QTimer::singleShot(0, &server, &SimServer::start);
    return app.exec();
}
