#pragma once

#include "schedule/WorkflowSpec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Apim::Core {

// The job as a GitHub Actions workflow (.github/workflows/NAME.yml): a schedule in UTC
// and a manual trigger; OpenID Connect sign-in through azure/login with the ids from
// repository variables (id-token: write, no secret); the released .deb; backup, prune
// and readiness with their --json summaries uploaded as an artifact even when a step
// failed. The spec must be valid (WorkflowSpec::validate).
class GitHubActionsWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    explicit GitHubActionsWorkflow(WorkflowSpec spec, const QDateTime &generatedAt = {});

    QString fileName() const; // NAME.yml
    QString text() const;

private:
    QString setupComment() const;
    QString steps() const;

    WorkflowSpec m_spec;
    QDateTime m_generatedAt;
};

} // namespace Apim::Core
