#pragma once

#include "arm/ArmError.h"
#include "inventory/ApimService.h"
#include "operations/OperationRequest.h"
#include "operations/PreflightFinding.h"
#include "storage/BackupBlob.h"
#include "storage/StorageAccount.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Apim::Core {

// What preflight found out about the service and the storage before judging.
struct PreflightFacts
{
    OperationRequest request;
    std::optional<ApimService> service;
    ArmError serviceError;
    std::optional<StorageAccount> account;
    ArmError accountError;
    std::optional<bool> containerExists; // unset: could not be checked
    ArmError containerError;
    std::optional<QList<BackupBlob>> blobs; // blobs whose name starts with request.blobName
    StorageError blobError;
    QString credentialNote;
    // Access-key requests: why no access key could be had for the account (a pasted one or
    // ARM's listKeys), no error when one could. The key itself is passed on in
    // request.accessKey (fetched once per operation), never logged or journalled.
    ArmError keyError;
};

// The judgement: pure, so each rule is tested on its own without a network.
class PreflightRules
{
    // tr() under the context "Apim::Core::PreflightRules", the one lupdate files these strings under.
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::PreflightRules)

public:
    static QList<PreflightFinding> evaluate(const PreflightFacts &facts, const QDateTime &now);

    // The rule groups evaluate() applies, in this order.
    static QList<PreflightFinding> serviceFindings(const PreflightFacts &facts);
    static QList<PreflightFinding> identityFindings(const OperationRequest &request, const ApimService &service);
    static QList<PreflightFinding> storageFindings(const PreflightFacts &facts);
    // Access-key requests for which no key can be had: listKeys refused is blocking.
    static QList<PreflightFinding> keyFindings(const PreflightFacts &facts);
    // listKeys was refused (no permission): only a pasted key or a managed identity helps.
    static bool keyRefused(const PreflightFacts &facts);
    static QList<PreflightFinding> containerFindings(const PreflightFacts &facts);
    static QList<PreflightFinding> backupBlobFindings(const PreflightFacts &facts);
    static QList<PreflightFinding> restoreBlobFindings(const PreflightFacts &facts, const QDateTime &now);
};

} // namespace Apim::Core
