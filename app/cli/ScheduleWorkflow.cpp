// schedule --format github-actions | azure-pipelines: the same job as a workflow file for
// an engine teams already run jobs on. Kept apart from ScheduleCommand.cpp because it
// reads its own options and writes one file instead of printing scheduler fragments.
#include "ScheduleCommand.h"

#include "CliContext.h"

#include "schedule/AzurePipelinesWorkflow.h"
#include "schedule/GitHubActionsWorkflow.h"
#include "schedule/WorkflowSpec.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {

const QStringList kWorkflowOnlyOptions
    = { QStringLiteral("all-in"), QStringLiteral("parallel"), QStringLiteral("deb-url"), QStringLiteral("deb-sha256"),
          QStringLiteral("service-connection"), QStringLiteral("branch"), QStringLiteral("output") };

} // namespace

std::optional<WorkflowSpec::Engine> ScheduleCommand::workflowEngine(const QString &format)
{
    const QString key = format.trimmed().toLower();
    if (key == QLatin1String("github-actions"))
        return WorkflowSpec::Engine::GitHubActions;
    if (key == QLatin1String("azure-pipelines"))
        return WorkflowSpec::Engine::AzurePipelines;
    return std::nullopt;
}

void ScheduleCommand::addWorkflowOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("all-in"),
        tr("With --format github-actions or azure-pipelines: back up every service of this subscription (backup "
           "--all); repeat it for several."),
        tr("subscription") });
    parser.addOption({ QStringLiteral("parallel"),
        tr("With a workflow: how many services are backed up at a time (backup --parallel)."), tr("n") });
    parser.addOption({ QStringLiteral("deb-url"),
        tr("With a workflow: the https:// address of the apim-backup .deb it installs (default: this version's "
           "release)."),
        tr("url") });
    parser.addOption({ QStringLiteral("deb-sha256"),
        tr("With a workflow: the SHA-256 of that .deb; the workflow checks it with sha256sum -c."), tr("hex") });
    parser.addOption({ QStringLiteral("service-connection"),
        tr("With --format azure-pipelines: the Azure Resource Manager service connection (workload identity "
           "federation) the steps sign in with."),
        tr("name"), WorkflowSpec::kDefaultServiceConnection });
    parser.addOption({ QStringLiteral("branch"), tr("With --format azure-pipelines: the branch the schedule runs on."),
        tr("name"), QStringLiteral("main") });
    parser.addOption(
        { QStringLiteral("output"), tr("With a workflow: write it to this file instead of printing it."), tr("file") });
}

QString ScheduleCommand::workflowOptionsMisused(CliContext &context)
{
    for (const QString &option : kWorkflowOnlyOptions) {
        if (context.parser().isSet(option))
            return tr("--%1 goes with --format github-actions or azure-pipelines.").arg(option);
    }
    return {};
}

// The workflow's spec from the options; a usage message when something is wrong.
QString ScheduleCommand::readWorkflow(CliContext &context, WorkflowSpec *workflow) const
{
    const QCommandLineParser &parser = context.parser();
    for (const QString &option : { QStringLiteral("install"), QStringLiteral("program"), QStringLiteral("job-auth"),
             QStringLiteral("drill"), QStringLiteral("on-failure") }) {
        if (parser.isSet(option))
            return tr("--%1 does not go with a workflow: it runs the released package, signs in through the engine "
                      "and reports through the run's result.")
                .arg(option);
    }
    ScheduleSpec &spec = workflow->schedule;
    spec.name = parser.value(QStringLiteral("name")).trimmed();
    for (const QString &service : parser.values(QStringLiteral("service")))
        spec.services.append(service.trimmed());
    for (const QString &subscription : parser.values(QStringLiteral("all-in")))
        workflow->allSubscriptions.append(subscription.trimmed());
    spec.account = parser.value(QStringLiteral("account")).trimmed();
    spec.container = parser.value(QStringLiteral("container")).trimmed();
    if ((spec.services.isEmpty() && workflow->allSubscriptions.isEmpty()) || spec.account.isEmpty()
        || spec.container.isEmpty())
        return tr("A workflow needs --service RESOURCE_ID (one or more) or --all-in SUBSCRIPTION_ID, --account NAME "
                  "and --container NAME.");
    spec.storageSubscription = parser.value(QStringLiteral("subscription")).trimmed();
    spec.accessType = parser.value(QStringLiteral("access-type")).trimmed();
    spec.identityClientId = parser.value(QStringLiteral("identity-client-id")).trimmed();
    spec.cloud = context.options().cloud.trimmed();
    spec.notify = parser.value(QStringLiteral("notify")).trimmed();
    spec.notifyOn = parser.value(QStringLiteral("notify-on")).trimmed();
    const QString problem = readWhen(context, &spec);
    if (!problem.isEmpty())
        return problem;

    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        workflow->parallel = parser.value(QStringLiteral("parallel")).trimmed().toInt(&ok);
        if (!ok || workflow->parallel < 1)
            return tr("--parallel takes a whole number, 1 or more.");
    }
    workflow->debUrl = parser.value(QStringLiteral("deb-url")).trimmed();
    workflow->debSha256 = parser.value(QStringLiteral("deb-sha256")).trimmed();
    workflow->serviceConnection = parser.value(QStringLiteral("service-connection")).trimmed();
    workflow->branch = parser.value(QStringLiteral("branch")).trimmed();
    if (workflow->engine == WorkflowSpec::Engine::GitHubActions
        && (parser.isSet(QStringLiteral("service-connection")) || parser.isSet(QStringLiteral("branch"))))
        return tr("--service-connection and --branch go with --format azure-pipelines; GitHub Actions signs in "
                  "with the repository variables AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID.");
    // --at is local time; the engines run schedules in UTC.
    workflow->utcOffsetSeconds = context.clock().now().toLocalTime().offsetFromUtc();
    return workflow->validate();
}

void ScheduleCommand::runWorkflow(CliContext &context, WorkflowSpec::Engine engine)
{
    Output &out = context.output();
    WorkflowSpec workflow;
    workflow.engine = engine;
    const QString problem = readWorkflow(context, &workflow);
    if (!problem.isEmpty()) {
        out.error(problem, QStringLiteral("usage"));
        return finish(ExitCode::Usage);
    }
    const QDateTime now = context.clock().now();
    QString fileName;
    QString text;
    if (engine == WorkflowSpec::Engine::GitHubActions) {
        const GitHubActionsWorkflow file(workflow, now);
        fileName = file.fileName();
        text = file.text();
    } else {
        const AzurePipelinesWorkflow file(workflow, now);
        fileName = file.fileName();
        text = file.text();
    }

    const QString output = context.parser().value(QStringLiteral("output"));
    const QString path = output.isEmpty() ? QString() : QFileInfo(output).absoluteFilePath();
    if (!path.isEmpty()) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            out.error(tr("Cannot write %1: %2").arg(path, file.errorString()), QStringLiteral("io"));
            return finish(ExitCode::Failed);
        }
    }
    if (out.isJson()) {
        out.json(QJsonObject { { QStringLiteral("format"), WorkflowSpec::engineName(engine) },
            { QStringLiteral("name"), fileName }, { QStringLiteral("path"), path },
            { QStringLiteral("written"), !path.isEmpty() }, { QStringLiteral("contents"), text } });
    } else if (path.isEmpty()) {
        text.chop(1); // line() ends the line
        out.line(text);
    } else {
        out.line(tr("Wrote %1").arg(path));
        out.line(engine == WorkflowSpec::Engine::GitHubActions
                ? tr("Commit it as .github/workflows/%1; the comments at its top say what to set up once.")
                      .arg(fileName)
                : tr("Commit it and create a pipeline from it; the comments at its top say what to set up once."));
    }
    finish(ExitCode::Success);
}

} // namespace Apim::Cli
