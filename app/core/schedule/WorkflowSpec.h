#pragma once

#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Apim::Core {

// A scheduled backup job for an engine teams already run jobs on: a GitHub Actions
// workflow or an Azure Pipelines pipeline. What runs and when comes from the same
// ScheduleSpec as the systemd, cron and Windows jobs; the rest is how the engine signs in
// (federation, never a secret), which .deb it installs, and how many backups run at once.
struct WorkflowSpec
{
    enum class Engine { GitHubActions, AzurePipelines };

    // The program the released .deb installs; the job finds it on PATH.
    static inline const QString kProgram = QStringLiteral("apim-backup-cli");
    static inline const QString kDefaultServiceConnection = QStringLiteral("apim-backup");
    // The directory (in the workspace / artifact staging directory) and artifact name of the JSON summaries.
    static inline const QString kResultsName = QStringLiteral("apim-backup-results");
    // The secret variable the webhook URL comes from, by name only.
    static inline const QString kNotifyUrlVariable = QStringLiteral("APIM_BACKUP_NOTIFY_URL");

    Engine engine = Engine::GitHubActions;
    // services, account, container, storageSubscription, accessType, identityClientId,
    // every/at/weekday, prune, pruneOlderThan, keepLast, notify, notifyOn, cloud, name.
    ScheduleSpec schedule;
    QStringList allSubscriptions; // backup --all --subscription ID for each; may go with services
    int parallel = 0; // backup --parallel; 0: its default
    QString debUrl; // empty: defaultDebUrl()
    QString debSha256; // empty: not checked
    QString serviceConnection = kDefaultServiceConnection; // Azure Pipelines
    QString branch = QStringLiteral("main"); // Azure Pipelines: the branch the schedule runs on
    // The offset from UTC of the local time --at is given in, at generation (daily, weekly).
    int utcOffsetSeconds = 0;

    // The released package of this version: the release asset CPack names
    // apim-backup_<version>-1_amd64.deb (installer/Packaging.cmake, DEB-DEFAULT).
    static QString defaultDebUrl();
    static QString engineName(Engine engine); // github-actions | azure-pipelines

    QString effectiveDebUrl() const { return debUrl.isEmpty() ? defaultDebUrl() : debUrl; }
    // Empty when the workflow can be generated; else what to change, translated.
    QString validate() const;

    // The command lines of the job, program first, without the redirection of --json.
    QStringList globalArguments() const; // --auth cli --json [--cloud NAME]
    QStringList backupCommand() const;
    QStringList pruneCommand() const; // empty: no prune
    QStringList readinessCommand() const;
    // The subscriptions of the services and of --all, each once, in order.
    QStringList serviceSubscriptions() const;
    // The webhook's environment variable the secret is mapped to; empty without --notify.
    QString notifyEnvironmentVariable() const;
    // azure/login's environment for the cloud; empty: the public cloud.
    QString loginEnvironment() const;

    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

private:
    QString engineError() const;
    QString valuesError() const;
};

} // namespace Apim::Core
