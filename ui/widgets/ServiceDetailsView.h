#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Apim::Ui {

// What the details pane shows for one service, already in words. Filled from the
// core's service value by the main window, or by hand in tests.
struct ServiceDetailsView
{
    QString name;
    QString resourceId;
    QString resourceGroup;
    QString subscriptionName;
    QString sku;
    int capacity = 0;
    QString location; // any spelling; shown through AzureTerms::regionName
    QString provisioningState;
    QStringList identities; // "System-assigned", "User-assigned: name (client id)"
    QString platformVersion;
    bool backupSupported = true;
    QString backupUnsupportedReason; // why not, in plain words (Consumption, v2 tiers)
    QString gatewayUrl;
};

// The backups found in the service's default container.
struct BackupSummaryView
{
    enum class State { Unknown, Loading, Loaded, NoDefaultLocation, Failed };
    State state = State::Unknown;
    QString location; // "account / container"
    QString latestName;
    QDateTime latestTime; // UTC
    int expiredCount = 0;
    int totalCount = 0;
    QString error;
};

} // namespace Apim::Ui
