#include "schedule/WorkflowSpec.h"

#include "batch/BatchBackup.h"
#include "cloud/CloudEnvironment.h"
#include "inventory/ResourceId.h"
#include "notify/WebhookStore.h"
#include "schedule/WorkflowCron.h"
#include "schedule/WorkflowQuoting.h"

#include <QRegularExpression>
#include <QUrl>

namespace Apim::Core {

namespace {

bool isSubscriptionId(const QString &id)
{
    static const QRegularExpression guid(
        QStringLiteral("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"));
    return guid.match(id).hasMatch();
}

} // namespace

QString WorkflowSpec::defaultDebUrl()
{
    const QString version = QStringLiteral(APIM_VERSION);
    return QStringLiteral("https://github.com/apim-backup/apim-backup/releases/download/v%1/apim-backup_%1-1_amd64.deb")
        .arg(version);
}

QString WorkflowSpec::engineName(Engine engine)
{
    return engine == Engine::GitHubActions ? QStringLiteral("github-actions") : QStringLiteral("azure-pipelines");
}

QString WorkflowSpec::validate() const
{
    QString problem = engineError();
    if (!problem.isEmpty())
        return problem;
    // ScheduleSpec's checks of the services, storage, retention and webhook name, for a
    // job that runs the packaged program and signs in through the engine. The --all form
    // names no service: a service id in the first subscription stands in for the checks.
    ScheduleSpec checked = schedule.normalized();
    checked.format = ScheduleSpec::Format::Cron;
    checked.program = QStringLiteral("/usr/bin/") + kProgram;
    checked.auth = ScheduleSpec::Auth::StoredSignIn;
    checked.cloud.clear();
    if (checked.services.isEmpty())
        checked.services.append(QStringLiteral("/subscriptions/%1/resourceGroups/rg/providers/"
                                               "Microsoft.ApiManagement/service/all")
                                    .arg(allSubscriptions.value(0)));
    problem = checked.validate();
    if (problem.isEmpty())
        problem = valuesError();
    if (problem.isEmpty())
        WorkflowCron::utc(schedule.normalized(), utcOffsetSeconds, &problem);
    return problem;
}

// What the other formats do but a workflow does not: a drill, an on-failure command, a cloud file.
QString WorkflowSpec::engineError() const
{
    if (schedule.isDrill())
        return tr("A workflow runs backups, a prune and the readiness check; schedule a drill with --format systemd, "
                  "cron or windows.");
    if (!schedule.onFailure.trimmed().isEmpty())
        return tr("--on-failure does not go with a workflow: the run fails and the engine tells you; for a message "
                  "of your own add --notify NAME.");
    const QString cloud = schedule.cloud.trimmed();
    if (!cloud.isEmpty() && !CloudEnvironment::builtIn(cloud))
        return tr("A workflow can name a built-in cloud only (%1), not \"%2\".")
            .arg(CloudEnvironment::builtInNames().join(QStringLiteral(", ")), cloud);
    if (schedule.services.isEmpty() && allSubscriptions.isEmpty())
        return tr("Name the services with --service RESOURCE_ID, or every service of a subscription with --all-in "
                  "SUBSCRIPTION_ID.");
    for (const QString &subscription : allSubscriptions) {
        if (!isSubscriptionId(subscription))
            return tr("--all-in takes a subscription id (a GUID), not \"%1\".").arg(subscription);
    }
    QStringList unique = allSubscriptions;
    if (unique.removeDuplicates() != 0)
        return tr("A subscription is listed twice: each --all-in once.");
    if (parallel != 0 && !BatchBackup::isValidConcurrency(parallel))
        return tr("--parallel takes a whole number from 1 to %1.").arg(BatchBackup::kMaxConcurrency);
    return {};
}

// Every value that reaches the file: nothing the YAML or the engine could read as more.
QString WorkflowSpec::valuesError() const
{
    const QUrl url(effectiveDebUrl(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
        return tr("--deb-url needs an https:// address of the .deb, not \"%1\".").arg(effectiveDebUrl());
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!debSha256.isEmpty() && !sha256.match(debSha256).hasMatch())
        return tr("--deb-sha256 takes the 64 hexadecimal digits that sha256sum prints, not \"%1\".").arg(debSha256);
    if (engine == Engine::AzurePipelines && serviceConnection.trimmed().isEmpty())
        return tr("Name the Azure service connection with --service-connection.");
    static const QRegularExpression branchName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$"));
    if (engine == Engine::AzurePipelines && !branchName.match(branch).hasMatch())
        return tr("\"%1\" is not a branch name.").arg(branch);
    QStringList values = { schedule.name, schedule.account, schedule.container, schedule.storageSubscription,
        schedule.accessType, schedule.identityClientId, schedule.every, schedule.weekday, schedule.cloud,
        schedule.pruneOlderThan, schedule.notify, schedule.notifyOn, debUrl, debSha256, serviceConnection, branch };
    values += schedule.services;
    values += allSubscriptions;
    for (const QString &value : std::as_const(values)) {
        const QString problem = WorkflowQuoting::valueProblem(value);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QStringList WorkflowSpec::globalArguments() const
{
    QStringList arguments = { kProgram, QStringLiteral("--auth"), QStringLiteral("cli"), QStringLiteral("--json") };
    if (!schedule.cloud.trimmed().isEmpty())
        arguments << QStringLiteral("--cloud") << CloudEnvironment::builtIn(schedule.cloud.trimmed())->name();
    return arguments;
}

QStringList WorkflowSpec::backupCommand() const
{
    const ScheduleSpec s = schedule.normalized();
    QStringList command = globalArguments() << QStringLiteral("backup");
    for (const QString &service : s.services)
        command << QStringLiteral("--service") << service;
    if (!allSubscriptions.isEmpty()) {
        command << QStringLiteral("--all");
        for (const QString &subscription : allSubscriptions)
            command << QStringLiteral("--subscription") << subscription;
    }
    command << QStringLiteral("--account") << s.account << QStringLiteral("--container") << s.container;
    if (!s.storageSubscription.isEmpty())
        command << QStringLiteral("--storage-subscription") << s.storageSubscription;
    if (!s.accessType.isEmpty())
        command << QStringLiteral("--access-type") << s.accessType;
    if (!s.identityClientId.isEmpty())
        command << QStringLiteral("--identity-client-id") << s.identityClientId;
    // --parallel is a batch option: one named service is a single backup.
    if (parallel > 0 && (s.services.size() > 1 || !allSubscriptions.isEmpty()))
        command << QStringLiteral("--parallel") << QString::number(parallel);
    if (!s.notify.isEmpty())
        command << QStringLiteral("--notify") << s.notify;
    if (!s.notify.isEmpty() && !s.notifyOn.isEmpty())
        command << QStringLiteral("--notify-on") << s.notifyOn;
    return command;
}

QStringList WorkflowSpec::pruneCommand() const
{
    const ScheduleSpec s = schedule.normalized();
    if (!s.prune)
        return {};
    QStringList command = globalArguments() << QStringLiteral("prune") << QStringLiteral("--account") << s.account
                                            << QStringLiteral("--container") << s.container;
    if (!s.storageSubscription.isEmpty())
        command << QStringLiteral("--subscription") << s.storageSubscription;
    // Only these services' backups: the container may hold other jobs' backups too. With
    // --all the services are not known before the run, so the prune covers the container.
    if (allSubscriptions.isEmpty()) {
        for (const QString &service : s.services)
            command << QStringLiteral("--service") << service;
    }
    if (!s.pruneOlderThan.isEmpty())
        command << QStringLiteral("--older-than") << s.pruneOlderThan;
    if (s.keepLast >= 0)
        command << QStringLiteral("--keep-last") << QString::number(s.keepLast);
    command << QStringLiteral("--yes");
    return command;
}

QStringList WorkflowSpec::serviceSubscriptions() const
{
    QStringList subscriptions;
    for (const QString &service : schedule.services)
        subscriptions.append(ResourceId::parse(service.trimmed()).subscriptionId);
    subscriptions += allSubscriptions;
    subscriptions.removeDuplicates();
    subscriptions.removeAll(QString());
    return subscriptions;
}

QStringList WorkflowSpec::readinessCommand() const
{
    const ScheduleSpec s = schedule.normalized();
    QStringList command = globalArguments() << QStringLiteral("readiness");
    const QStringList subscriptions = serviceSubscriptions();
    for (const QString &subscription : subscriptions)
        command << QStringLiteral("--subscription") << subscription;
    // The container the job writes to, also when no setting of the runner knows it. Backups
    // go to the services' subscription unless --subscription says otherwise.
    const QString storageSubscription = !s.storageSubscription.isEmpty() ? s.storageSubscription
        : subscriptions.size() == 1                                      ? subscriptions.first()
                                                                         : QString();
    if (isSubscriptionId(storageSubscription))
        command << QStringLiteral("--location")
                << QStringLiteral("%1/%2/%3").arg(storageSubscription, s.account, s.container);
    return command;
}

QString WorkflowSpec::notifyEnvironmentVariable() const
{
    const QString name = schedule.notify.trimmed();
    return name.isEmpty() ? QString() : WebhookStore::environmentVariable(name);
}

QString WorkflowSpec::loginEnvironment() const
{
    const QString cloud = schedule.cloud.trimmed();
    if (cloud.isEmpty())
        return {};
    const auto builtIn = CloudEnvironment::builtIn(cloud);
    if (!builtIn || builtIn->name() == CloudEnvironment::azureCloud().name())
        return {};
    return builtIn->name(); // azure/login takes AzureUSGovernment, AzureChinaCloud
}

} // namespace Apim::Core
