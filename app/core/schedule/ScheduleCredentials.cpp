#include "schedule/ScheduleCredentials.h"

#include "notify/WebhookStore.h"
#include "schedule/ScheduleQuoting.h"
#include "schedule/ScheduleText.h"

#include <QFileInfo>

namespace Apim::Core {

ScheduleFile ScheduleCredentials::file(const ScheduleSpec &spec)
{
    const QString name = spec.format == ScheduleSpec::Format::Windows ? spec.name + QStringLiteral(".env.cmd")
                                                                      : QFileInfo(spec.environmentFile).fileName();
    return { ScheduleFile::Kind::Credentials, name, contents(spec) };
}

QString ScheduleCredentials::contents(const ScheduleSpec &spec)
{
    const bool windows = spec.format == ScheduleSpec::Format::Windows;
    const QString prefix = windows ? QStringLiteral("@rem ") : QStringLiteral("# ");
    QString text = ScheduleText::comment(prefix,
        tr("Credentials of the scheduled APIM Backup job \"%1\" (apim-backup-cli --auth env).\n"
           "apim-backup-cli created this file WITHOUT any secret. Fill in a service principal\n"
           "(app registration) that may back up the services (API Management Service\n"
           "Contributor) and list the storage account's keys, or that has Storage Blob Data\n"
           "Contributor on it.")
            .arg(spec.name));
    if (windows) {
        text += ScheduleText::comment(prefix,
            tr("Only you may read this file. Remove inherited access with:\n"
               "  icacls \"%LOCALAPPDATA%\\apim-backup\\%1.env.cmd\" /inheritance:r /grant:r \"%USERNAME%:F\"")
                .arg(spec.name));
        text += QStringLiteral("set \"AZURE_TENANT_ID=%1\"\nset \"AZURE_CLIENT_ID=%2\"\nset \"AZURE_CLIENT_SECRET=\"\n")
                    .arg(spec.tenantId, spec.clientId);
        if (!spec.notify.isEmpty())
            text += webhookLines(spec, prefix,
                tr("A Workflows URL holds %: write each % as %% here, or cmd.exe will eat it."),
                QStringLiteral("set \"%1=\"\n"));
        return text;
    }
    text += ScheduleText::comment(prefix,
        tr("Keep it private: mode 0600 (chmod 600 %1). Put a value in single quotes\n"
           "if it contains spaces, $ or quotes.")
            .arg(ScheduleQuoting::shellQuote(spec.environmentFile)));
    text += QStringLiteral("AZURE_TENANT_ID=%1\nAZURE_CLIENT_ID=%2\nAZURE_CLIENT_SECRET=\n")
                .arg(spec.tenantId, spec.clientId);
    if (!spec.notify.isEmpty())
        text += webhookLines(
            spec, prefix, tr("Put it in single quotes: a Workflows URL holds & and %."), QStringLiteral("%1=\n"));
    return text;
}

// The webhook's URL has a place here too, for machines where the job cannot open the
// keychain; left empty, the job reads the one `notify set` saved.
QString ScheduleCredentials::webhookLines(
    const ScheduleSpec &spec, const QString &prefix, const QString &quoting, const QString &assignment)
{
    return ScheduleText::comment(prefix,
               tr("The URL of webhook \"%1\", which the job notifies (--notify %1). Leave it empty to\n"
                  "use the one saved in the keychain with 'apim-backup-cli notify set %1'.")
                       .arg(spec.notify)
                   + QLatin1Char('\n') + quoting)
        + assignment.arg(WebhookStore::environmentVariable(spec.notify));
}

} // namespace Apim::Core
