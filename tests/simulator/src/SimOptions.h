#pragma once

#include <QStringList>

#include <optional>

namespace Apim::Sim {

// azure-sim's command line (a fixed contract: tests, fixtures and the demo depend on it).
struct SimOptions
{
    QString seedPath; // empty: the compiled-in demo estate
    quint16 port = 0;
    QString urlFile;
    QString azuriteUrl;
    QString logFile;
    QString tlsCert;
    QString tlsKey;
    QString host = QStringLiteral("127.0.0.1");
    std::optional<int> tokenLifetimeSeconds;
    std::optional<int> operationDurationMs;
    bool noRetryAfter = false;
    bool asyncOperationHeader = false;
    QStringList faults;
    bool printAzuriteAccounts = false;
    bool generateEstate = false;
    int estateSubscriptions = 0;
    int estateServicesPerSubscription = 0;
    QString estateFile;

    // Empty string on success, else the usage error.
    QString parse(const QStringList &arguments);
};

} // namespace Apim::Sim
