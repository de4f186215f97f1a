#include "schedule/ScheduleCredentials.h"

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
        return text;
    }
    text += ScheduleText::comment(prefix,
        tr("Keep it private: mode 0600 (chmod 600 %1). Put a value in single quotes\n"
           "if it contains spaces, $ or quotes.")
            .arg(ScheduleQuoting::shellQuote(spec.environmentFile)));
    text += QStringLiteral("AZURE_TENANT_ID=%1\nAZURE_CLIENT_ID=%2\nAZURE_CLIENT_SECRET=\n")
                .arg(spec.tenantId, spec.clientId);
    return text;
}

} // namespace Apim::Core
