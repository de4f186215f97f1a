#pragma once

#include "operations/OperationRequest.h"

#include <QString>
#include <QUrl>

namespace Apim::Core {

// "Copy as command": the Azure CLI equivalent of a backup or restore, so that an
// administrator can script what the tool did. Access keys never appear: a shell
// variable filled by `az storage account keys list` stands in for them.
class CopyCommand
{
public:
    // resourceManager: the cloud's ARM endpoint (https://management.azure.com/).
    // storageResourceGroup: the storage account's group, for the key lookup line.
    static QString azRest(
        const OperationRequest &request, const QUrl &resourceManager, const QString &storageResourceGroup = {});
    // `az apim backup|restore ...`; empty with *why set when the CLI cannot express the
    // request (it knows only access keys).
    static QString azApim(
        const OperationRequest &request, const QString &storageResourceGroup = {}, QString *why = nullptr);

    static QString keyLookupLine(const QString &account, const QString &resourceGroup);
    static QString shellQuote(const QString &text);
};

} // namespace Apim::Core
