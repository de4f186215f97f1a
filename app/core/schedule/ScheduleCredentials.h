#pragma once

#include "schedule/ScheduleFile.h"
#include "schedule/ScheduleSpec.h"

#include <QCoreApplication>

namespace Apim::Core {

// The credentials template of a job that signs in with --auth env: AZURE_TENANT_ID and
// AZURE_CLIENT_ID prefilled, AZURE_CLIENT_SECRET left empty for the user to fill in.
// Never holds a secret; whoever writes it must make it readable by the user only.
class ScheduleCredentials
{
    // The messages keep the context they were translated in.
    Q_DECLARE_TR_FUNCTIONS(ScheduleTemplate)

public:
    // For Auth::Environment only: an env.cmd next to the Windows script, else the spec's
    // environmentFile (sourced by sh or read by systemd's EnvironmentFile=).
    static ScheduleFile file(const ScheduleSpec &spec);

private:
    static QString contents(const ScheduleSpec &spec);
    static QString webhookLines(
        const ScheduleSpec &spec, const QString &prefix, const QString &quoting, const QString &assignment);
};

} // namespace Apim::Core
