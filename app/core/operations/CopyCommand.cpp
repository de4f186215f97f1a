#include "operations/CopyCommand.h"

#include "inventory/ResourceId.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Apim::Core {

namespace {
const QString kKeyVariable = QStringLiteral("STORAGE_KEY");
// Compact JSON is one line starting with '{', so it can never equal the delimiter.
const QString kHereDocEnd = QStringLiteral("APIM_BODY");
} // namespace

QString CopyCommand::shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString CopyCommand::keyLookupLine(const QString &account, const QString &resourceGroup)
{
    QString line
        = QStringLiteral("%1=$(az storage account keys list --account-name %2").arg(kKeyVariable, shellQuote(account));
    if (!resourceGroup.isEmpty())
        line += QStringLiteral(" --resource-group %1").arg(shellQuote(resourceGroup));
    line += QStringLiteral(" --query '[0].value' --output tsv)");
    return line;
}

QString CopyCommand::azRest(
    const OperationRequest &request, const QUrl &resourceManager, const QString &storageResourceGroup)
{
    QString base = resourceManager.toString();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("https://management.azure.com");
    const QString url = base + request.serviceId + QLatin1Char('/') + operationKindName(request.kind)
        + QStringLiteral("?api-version=2024-05-01");
    QString lines;
    if (request.accessType == AccessType::AccessKey) {
        lines += keyLookupLine(request.storageAccount, storageResourceGroup) + QLatin1Char('\n');
        // The body reaches az on standard input (--body @-) from a here-document, so the
        // expanded key never appears in az's command line, which every local user can read
        // (ps, /proc/<pid>/cmdline). The unquoted delimiter lets the shell expand
        // ${STORAGE_KEY}; every other '$', '`' and '\' in the body is escaped.
        QString body = QString::fromUtf8(
            QJsonDocument(request.restBody(QStringLiteral("${%1}").arg(kKeyVariable))).toJson(QJsonDocument::Compact));
        body.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        body.replace(QLatin1Char('`'), QStringLiteral("\\`"));
        body.replace(QLatin1Char('$'), QStringLiteral("\\$"));
        body.replace(QStringLiteral("\\${%1}").arg(kKeyVariable), QStringLiteral("${%1}").arg(kKeyVariable));
        lines += QStringLiteral("az rest --method post --url %1 --body @- <<%2\n%3\n%2")
                     .arg(shellQuote(url), kHereDocEnd, body);
    } else {
        const QString body = QString::fromUtf8(QJsonDocument(request.restBody()).toJson(QJsonDocument::Compact));
        lines += QStringLiteral("az rest --method post --url %1 --body %2").arg(shellQuote(url), shellQuote(body));
    }
    return lines;
}

QString CopyCommand::azApim(const OperationRequest &request, const QString &storageResourceGroup, QString *why)
{
    if (request.accessType != AccessType::AccessKey) {
        if (why)
            *why = QCoreApplication::translate("Apim::Core::CopyCommand",
                "az apim %1 supports only access keys; use the az rest command for managed identities.")
                       .arg(operationKindName(request.kind));
        return {};
    }
    const ResourceId rid = ResourceId::parse(request.serviceId);
    // az apim takes the key only as an argument: say so, where the command is pasted.
    QString lines = QLatin1String("# ")
        + QCoreApplication::translate("Apim::Core::CopyCommand",
            "Warning: az apim gets the storage key on its command line, where other users of "
            "this machine can read it (ps). Prefer a managed identity with the az rest command.")
        + QLatin1Char('\n');
    lines += keyLookupLine(request.storageAccount, storageResourceGroup) + QLatin1Char('\n');
    lines += QStringLiteral("az apim %1 --resource-group %2 --name %3 --backup-name %4 --storage-account-name %5 "
                            "--storage-account-container %6 --storage-account-key \"${%7}\"")
                 .arg(operationKindName(request.kind), shellQuote(rid.resourceGroup), shellQuote(rid.name),
                     shellQuote(request.blobName), shellQuote(request.storageAccount), shellQuote(request.container),
                     kKeyVariable);
    if (!rid.subscriptionId.isEmpty())
        lines += QStringLiteral(" --subscription %1").arg(shellQuote(rid.subscriptionId));
    return lines;
}

} // namespace Apim::Core
