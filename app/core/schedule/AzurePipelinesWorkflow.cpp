#include "schedule/AzurePipelinesWorkflow.h"

#include "schedule/ScheduleText.h"
#include "schedule/WorkflowCron.h"
#include "schedule/WorkflowQuoting.h"
#include "schedule/WorkflowText.h"

namespace Apim::Core {

namespace {

using WorkflowQuoting::yamlScalar;

// In the bash of each step: Azure Pipelines hands its variables to scripts as environment
// variables with the dots turned into underscores.
const QString kResultsDir = QStringLiteral("$BUILD_ARTIFACTSTAGINGDIRECTORY/") + WorkflowSpec::kResultsName;

} // namespace

AzurePipelinesWorkflow::AzurePipelinesWorkflow(WorkflowSpec spec, const QDateTime &generatedAt)
    : m_spec(std::move(spec))
    , m_generatedAt(generatedAt)
{
    m_spec.engine = WorkflowSpec::Engine::AzurePipelines;
}

QString AzurePipelinesWorkflow::fileName() const
{
    return m_spec.schedule.name.trimmed() + QStringLiteral(".azure-pipelines.yml");
}

QString AzurePipelinesWorkflow::setupComment() const
{
    QString text = tr("Commit it to the branch %1 and create a pipeline from it (Pipelines > New pipeline > "
                      "Existing Azure Pipelines YAML file). Run it by hand with Run pipeline.")
                       .arg(m_spec.branch);
    text += QLatin1Char('\n');
    text += tr("Sign-in: the Azure Resource Manager service connection \"%1\" with workload identity federation, "
               "no secret in this file; its identity needs the roles the README lists.")
                .arg(m_spec.serviceConnection);
    if (!m_spec.schedule.notify.trimmed().isEmpty()) {
        text += QLatin1Char('\n');
        text += tr("The webhook URL comes from the secret pipeline variable %1 (Edit > Variables, \"Keep this value "
                   "secret\"); this file names it only.")
                    .arg(WorkflowSpec::kNotifyUrlVariable);
    }
    return ScheduleText::comment(QStringLiteral("# "), WorkflowText::wrapped(text));
}

QString AzurePipelinesWorkflow::azureCliStep(
    const QString &displayName, const QStringList &command, const QString &result) const
{
    QString text = QStringLiteral("  - task: AzureCLI@2\n"
                                  "    displayName: %1\n"
                                  "    inputs:\n"
                                  "      azureSubscription: %2\n"
                                  "      scriptType: bash\n"
                                  "      scriptLocation: inlineScript\n")
                       .arg(yamlScalar(displayName), yamlScalar(m_spec.serviceConnection));
    text += WorkflowText::block(QStringLiteral("inlineScript"),
        { QStringLiteral("set -euo pipefail"),
            WorkflowText::commandLine(command, QStringLiteral("\"%1/%2.json\"").arg(kResultsDir, result)) },
        6);
    // Secret variables reach a script only when mapped by name.
    if (result == QLatin1String("backup") && !m_spec.notifyEnvironmentVariable().isEmpty())
        text += QStringLiteral("    env:\n      %1: $(%2)\n")
                    .arg(m_spec.notifyEnvironmentVariable(), WorkflowSpec::kNotifyUrlVariable);
    return text;
}

QString AzurePipelinesWorkflow::text() const
{
    QString error;
    const QString cron = WorkflowCron::utc(m_spec.schedule.normalized(), m_spec.utcOffsetSeconds, &error);
    QString text = WorkflowText::header(m_spec, cron, m_generatedAt) + setupComment();
    text += QStringLiteral("trigger: none\n"
                           "pr: none\n"
                           "schedules:\n"
                           "  - cron: %1 # UTC\n"
                           "    displayName: %2\n"
                           "    branches:\n"
                           "      include:\n"
                           "        - %3\n"
                           "    always: true\n")
                .arg(yamlScalar(cron), yamlScalar(m_spec.schedule.name.trimmed() + QStringLiteral(" (UTC)")),
                    yamlScalar(m_spec.branch));
    text += QStringLiteral("pool:\n"
                           "  vmImage: ubuntu-24.04\n"
                           "variables:\n"
                           "  APIM_BACKUP_HOME: $(Agent.TempDirectory)/apim-backup-home\n"
                           "  APIM_BACKUP_SECRETS: session\n"
                           "steps:\n");
    QStringList install
        = WorkflowText::installLines(m_spec, QStringLiteral("\"$AGENT_TEMPDIRECTORY/apim-backup.deb\""));
    install << QStringLiteral("mkdir -p \"%1\"").arg(kResultsDir);
    text += QStringLiteral("  - displayName: %1\n").arg(yamlScalar(tr("Install apim-backup")));
    text += WorkflowText::block(QStringLiteral("bash"), install, 4);
    text += azureCliStep(tr("Back up"), m_spec.backupCommand(), QStringLiteral("backup"));
    const QStringList prune = m_spec.pruneCommand();
    if (!prune.isEmpty())
        text += azureCliStep(tr("Prune old backups"), prune, QStringLiteral("prune"));
    text += azureCliStep(tr("Check recovery readiness"), m_spec.readinessCommand(), QStringLiteral("readiness"));
    text += QStringLiteral("  - task: PublishPipelineArtifact@1\n"
                           "    displayName: %1\n"
                           "    condition: always()\n"
                           "    inputs:\n"
                           "      targetPath: $(Build.ArtifactStagingDirectory)/%2\n"
                           "      artifact: %3\n"
                           "      publishLocation: pipeline\n")
                .arg(yamlScalar(tr("Publish the JSON summaries")), WorkflowSpec::kResultsName,
                    yamlScalar(WorkflowSpec::kResultsName));
    return text;
}

} // namespace Apim::Core
