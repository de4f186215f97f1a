#pragma once

#include "schedule/WorkflowSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Apim::Core {

// The job as an Azure Pipelines pipeline (azure-pipelines YAML): a schedule in UTC on one
// branch, no CI or PR trigger (run it by hand from the pipeline page); each Azure step an
// AzureCLI@2 task on a service connection with workload identity federation (no secret);
// the released .deb; backup, prune and readiness with their --json summaries published
// as a pipeline artifact even when a step failed. The spec must be valid
// (WorkflowSpec::validate).
class AzurePipelinesWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    explicit AzurePipelinesWorkflow(WorkflowSpec spec, const QDateTime &generatedAt = {});

    QString fileName() const; // NAME.azure-pipelines.yml
    QString text() const;

private:
    QString setupComment() const;
    QString azureCliStep(const QString &displayName, const QStringList &command, const QString &result) const;

    WorkflowSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
