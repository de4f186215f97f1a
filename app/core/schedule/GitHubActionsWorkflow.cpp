#include "schedule/GitHubActionsWorkflow.h"

#include "schedule/ScheduleText.h"
#include "schedule/WorkflowCron.h"
#include "schedule/WorkflowQuoting.h"
#include "schedule/WorkflowText.h"

namespace Apim::Core {

namespace {

using WorkflowQuoting::yamlScalar;

const QString kResults = QStringLiteral("\"$RESULTS/%1.json\"");

} // namespace

GitHubActionsWorkflow::GitHubActionsWorkflow(WorkflowSpec spec, const QDateTime &generatedAt)
    : m_spec(std::move(spec))
    , m_generatedAt(generatedAt)
{
    m_spec.engine = WorkflowSpec::Engine::GitHubActions;
}

QString GitHubActionsWorkflow::fileName() const
{
    return m_spec.schedule.name.trimmed() + QStringLiteral(".yml");
}

QString GitHubActionsWorkflow::setupComment() const
{
    QString text = tr("Save it as .github/workflows/%1 in the repository that runs the backups.").arg(fileName());
    text += QLatin1Char('\n');
    text += tr("Sign-in: OpenID Connect federation, no secret in this file. Set the repository variables "
               "AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID (Settings > Secrets and variables > "
               "Actions > Variables) to an app registration or user-assigned identity with a federated credential "
               "for this repository and branch, with the roles the README lists.");
    if (!m_spec.schedule.notify.trimmed().isEmpty()) {
        text += QLatin1Char('\n');
        text += tr("The webhook URL comes from the repository secret %1 (Settings > Secrets and variables > "
                   "Actions > Secrets); this file names it only.")
                    .arg(WorkflowSpec::kNotifyUrlVariable);
    }
    return ScheduleText::comment(QStringLiteral("# "), WorkflowText::wrapped(text));
}

QString GitHubActionsWorkflow::steps() const
{
    auto step
        = [](const QString &name) { return QStringLiteral("      - name: ") + yamlScalar(name) + QLatin1Char('\n'); };
    QString text = QStringLiteral("    steps:\n");
    text += step(tr("Sign in to Azure (OpenID Connect)"));
    text += QStringLiteral("        uses: azure/login@v2\n"
                           "        with:\n"
                           "          client-id: ${{ vars.AZURE_CLIENT_ID }}\n"
                           "          tenant-id: ${{ vars.AZURE_TENANT_ID }}\n"
                           "          subscription-id: ${{ vars.AZURE_SUBSCRIPTION_ID }}\n");
    if (!m_spec.loginEnvironment().isEmpty())
        text += QStringLiteral("          environment: ") + yamlScalar(m_spec.loginEnvironment()) + QLatin1Char('\n');
    text += step(tr("Install apim-backup"));
    text += WorkflowText::block(QStringLiteral("run"),
        WorkflowText::installLines(m_spec, QStringLiteral("\"$RUNNER_TEMP/apim-backup.deb\""))
            << QStringLiteral("mkdir -p \"$RESULTS\""),
        8);

    text += step(tr("Back up"));
    if (!m_spec.notifyEnvironmentVariable().isEmpty())
        text += QStringLiteral("        env:\n          %1: ${{ secrets.%2 }}\n")
                    .arg(m_spec.notifyEnvironmentVariable(), WorkflowSpec::kNotifyUrlVariable);
    text += WorkflowText::block(QStringLiteral("run"),
        { WorkflowText::commandLine(m_spec.backupCommand(), kResults.arg(QStringLiteral("backup"))) }, 8);
    const QStringList prune = m_spec.pruneCommand();
    if (!prune.isEmpty()) {
        text += step(tr("Prune old backups"));
        text += WorkflowText::block(
            QStringLiteral("run"), { WorkflowText::commandLine(prune, kResults.arg(QStringLiteral("prune"))) }, 8);
    }
    text += step(tr("Check recovery readiness"));
    text += WorkflowText::block(QStringLiteral("run"),
        { WorkflowText::commandLine(m_spec.readinessCommand(), kResults.arg(QStringLiteral("readiness"))) }, 8);
    text += step(tr("Upload the JSON summaries"));
    text += QStringLiteral("        if: always()\n"
                           "        uses: actions/upload-artifact@v4\n"
                           "        with:\n"
                           "          name: %1\n"
                           "          path: ${{ env.RESULTS }}\n"
                           "          if-no-files-found: warn\n")
                .arg(yamlScalar(WorkflowSpec::kResultsName));
    return text;
}

QString GitHubActionsWorkflow::text() const
{
    QString error;
    const QString cron = WorkflowCron::utc(m_spec.schedule.normalized(), m_spec.utcOffsetSeconds, &error);
    QString text = WorkflowText::header(m_spec, cron, m_generatedAt) + setupComment();
    text += QStringLiteral("name: ") + yamlScalar(m_spec.schedule.name.trimmed()) + QLatin1Char('\n');
    text += QStringLiteral("on:\n"
                           "  schedule:\n"
                           "    - cron: %1 # UTC\n"
                           "  workflow_dispatch: {}\n")
                .arg(yamlScalar(cron));
    text += QStringLiteral("permissions:\n"
                           "  id-token: write # the OpenID Connect token azure/login exchanges\n"
                           "  contents: read\n");
    // One run at a time: a second backup of a service that is still updating is refused.
    text += QStringLiteral("concurrency:\n"
                           "  group: %1\n"
                           "  cancel-in-progress: false\n")
                .arg(yamlScalar(m_spec.schedule.name.trimmed()));
    text += QStringLiteral("jobs:\n"
                           "  backup:\n"
                           "    runs-on: ubuntu-24.04\n"
                           "    timeout-minutes: 360\n"
                           "    defaults:\n"
                           "      run:\n"
                           "        shell: bash\n"
                           "    env:\n"
                           "      RESULTS: ${{ github.workspace }}/%1\n"
                           "      APIM_BACKUP_HOME: ${{ runner.temp }}/apim-backup-home\n"
                           "      APIM_BACKUP_SECRETS: session\n")
                .arg(WorkflowSpec::kResultsName);
    return text + steps();
}

} // namespace Apim::Core
