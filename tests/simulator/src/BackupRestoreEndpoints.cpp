#include "BackupRestoreEndpoints.h"

#include "ArmJson.h"
#include "AzuriteAccounts.h"
#include "OperationManager.h"
#include "Router.h"
#include "SimContext.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Apim::Sim {

namespace {
const QString ServicePath = QStringLiteral(
    "/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.ApiManagement/service/([^/]+)");

QJsonObject validationDetail(const QString &target, const QString &message)
{
    return QJsonObject { { QStringLiteral("code"), QStringLiteral("ValidationError") },
        { QStringLiteral("target"), target }, { QStringLiteral("message"), message } };
}

SimResponse serviceNotFound(const QStringList &c)
{
    return SimResponse::armError(404, QStringLiteral("ResourceNotFound"),
        QStringLiteral("The Resource 'Microsoft.ApiManagement/service/%1' under resource group "
                       "'%2' was not found. For more details please go to "
                       "https://aka.ms/ARMResourceNotFoundFix")
            .arg(c.at(2), c.at(1)));
}
} // namespace

void BackupRestoreEndpoints::registerRoutes(Router &router)
{
    router.add("POST", ServicePath + QStringLiteral("/backup"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(start(r, c, true)); });
    router.add("POST", ServicePath + QStringLiteral("/restore"),
        [this](const SimRequest &r, const QStringList &c, const Responder &respond) { respond(start(r, c, false)); });
    router.add("GET", ServicePath + QStringLiteral("/operationresults/([^/]+)"),
        [this](
            const SimRequest &r, const QStringList &c, const Responder &respond) { respond(operationResult(r, c)); });
    router.add("GET",
        QStringLiteral("/subscriptions/([^/]+)/providers/Microsoft\\.ApiManagement/locations/([^/]+)/"
                       "(operationStatuses|operationResults)/([^/]+)"),
        [this](
            const SimRequest &r, const QStringList &c, const Responder &respond) { respond(operationStatus(r, c)); });
}

std::optional<SimResponse> BackupRestoreEndpoints::parseTarget(
    const SimRequest &request, const ApimService &service, bool backup, StorageTarget *target) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return SimResponse::armError(400, QStringLiteral("InvalidRequestContent"),
            QStringLiteral("The request content was invalid and could not be deserialized: "
                           "'%1'.")
                .arg(request.body.isEmpty() ? QStringLiteral("empty body") : parseError.errorString()));
    const QJsonObject body = doc.object();
    if (!service.supportsBackup())
        return SimResponse::armError(400, QStringLiteral("MethodNotAllowedInPricingTier"),
            QStringLiteral("%1 is not supported for the SKU '%2'.")
                .arg(backup ? QStringLiteral("Backup") : QStringLiteral("Restore"), service.skuName));
    QJsonArray details;
    const auto required = [&](const char *name) {
        const QString value = body.value(QLatin1String(name)).toString();
        if (value.trimmed().isEmpty())
            details.append(validationDetail(
                QLatin1String(name), QStringLiteral("The %1 field is required.").arg(QLatin1String(name))));
        return value;
    };
    target->account = required("storageAccount");
    target->container = required("containerName");
    target->blob = required("backupName");
    const QString accessType = body.value(QLatin1String("accessType")).toString(QStringLiteral("AccessKey"));
    static const QStringList accessTypes { QStringLiteral("AccessKey"), QStringLiteral("SystemAssignedManagedIdentity"),
        QStringLiteral("UserAssignedManagedIdentity") };
    if (!accessTypes.contains(accessType))
        details.append(validationDetail(QStringLiteral("accessType"),
            QStringLiteral("The value '%1' is not valid for accessType: use one of %2.")
                .arg(accessType, accessTypes.join(QStringLiteral(", ")))));
    if (!details.isEmpty())
        return SimResponse::armError(400, QStringLiteral("ValidationError"),
            QStringLiteral("One or more fields contain incorrect values: %1")
                .arg(details.first().toObject().value(QLatin1String("message")).toString()),
            details);
    const AzuriteAccount *account = AzuriteAccounts::find(target->account);
    if (accessType == QLatin1String("AccessKey")) {
        const QString key = body.value(QLatin1String("accessKey")).toString();
        if (key.isEmpty())
            return SimResponse::armError(400, QStringLiteral("InvalidParameters"),
                QStringLiteral("Invalid parameter: accessKey is required when accessType is "
                               "'AccessKey'."));
        target->key = account ? key.toLatin1() : QByteArray();
        return std::nullopt;
    }
    // Managed identity: APIM checks at once that the service has the identity; the
    // storage side (the identity's role on the account) shows only when it runs.
    if (accessType == QLatin1String("SystemAssignedManagedIdentity")) {
        if (!service.systemAssigned)
            return SimResponse::armError(400, QStringLiteral("InvalidParameters"),
                QStringLiteral("Invalid parameter: the API Management service '%1' has no "
                               "system-assigned managed identity. Enable it, or use another "
                               "accessType.")
                    .arg(service.name));
    } else {
        const QString clientId = body.value(QLatin1String("clientId")).toString();
        if (clientId.isEmpty())
            return SimResponse::armError(400, QStringLiteral("InvalidParameters"),
                QStringLiteral("Invalid parameter: clientId is required when accessType is "
                               "'UserAssignedManagedIdentity'."));
        bool found = false;
        for (const UserAssignedIdentity &identity : service.userAssigned)
            found = found || identity.clientId.compare(clientId, Qt::CaseInsensitive) == 0;
        if (!found)
            return SimResponse::armError(400, QStringLiteral("InvalidParameters"),
                QStringLiteral("Invalid parameter: no user-assigned managed identity with "
                               "client id '%1' is assigned to the API Management service '%2'.")
                    .arg(clientId, service.name));
    }
    target->key = account ? account->key1 : QByteArray();
    return std::nullopt;
}

SimResponse BackupRestoreEndpoints::start(const SimRequest &request, const QStringList &c, bool backup)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, c.at(0), &caller))
        return *error;
    ApimService *service = m_context.estate.findService(c.at(0), c.at(1), c.at(2));
    if (!service)
        return serviceNotFound(c);
    StorageTarget target;
    if (auto error = parseTarget(request, *service, backup, &target))
        return *error;
    if (m_context.operations->isRunning(*service) || service->provisioningState != QLatin1String("Succeeded"))
        return SimResponse::armError(409, QStringLiteral("ServiceLocked"),
            QStringLiteral("The API Service %1 is transitioning at this time. Please try the "
                           "request again later.")
                .arg(service->name));
    const auto injected = m_context.faults.takeOperationFailure(request.methodAndPath());
    const Operation &op
        = m_context.operations->start(*service, backup ? Operation::Kind::Backup : Operation::Kind::Restore, target,
            request.queryValue(QStringLiteral("api-version")), caller, request.correlationId, injected);
    SimResponse response = SimResponse::empty(202);
    addPollingHeaders(response, request, op);
    return response;
}

QString BackupRestoreEndpoints::locationUrl(const SimRequest &request, const Operation &op) const
{
    return QStringLiteral("%1%2/operationresults/%3?api-version=%4")
        .arg(request.baseUrl(), op.serviceId(), op.id, op.apiVersion);
}

QString BackupRestoreEndpoints::asyncOperationUrl(const SimRequest &request, const Operation &op) const
{
    return QStringLiteral("%1/subscriptions/%2/providers/Microsoft.ApiManagement/locations/%3/operationStatuses/%4"
                          "?api-version=%5")
        .arg(request.baseUrl(), op.subscriptionId, op.location, op.id, op.apiVersion);
}

void BackupRestoreEndpoints::addPollingHeaders(
    SimResponse &response, const SimRequest &request, const Operation &op) const
{
    response.setHeader("Location", locationUrl(request, op).toUtf8());
    if (m_context.config.retryAfterSeconds)
        response.setHeader("Retry-After", QByteArray::number(*m_context.config.retryAfterSeconds));
    if (m_context.config.asyncOperationHeader)
        response.setHeader("Azure-AsyncOperation", asyncOperationUrl(request, op).toUtf8());
}

SimResponse BackupRestoreEndpoints::operationResult(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, c.at(0), &caller))
        return *error;
    m_context.operations->settle(c.at(3));
    const Operation *op = m_context.operations->find(c.at(3));
    if (!op || op->serviceName.compare(c.at(2), Qt::CaseInsensitive) != 0)
        return SimResponse::armError(
            404, QStringLiteral("ResourceNotFound"), QStringLiteral("The operation '%1' was not found.").arg(c.at(3)));
    if (op->status == Operation::Status::Running) {
        SimResponse response = SimResponse::empty(202);
        addPollingHeaders(response, request, *op);
        return response;
    }
    if (op->status == Operation::Status::Failed)
        return SimResponse::armError(op->errorStatus, op->errorCode, op->errorMessage);
    ApimService *service = m_context.estate.findService(c.at(0), c.at(1), c.at(2));
    if (!service)
        return serviceNotFound(c);
    return SimResponse::json(200, ArmJson::service(*service, caller.tenantId));
}

SimResponse BackupRestoreEndpoints::operationStatus(const SimRequest &request, const QStringList &c)
{
    Caller caller;
    if (auto error = m_guard.checkInSubscription(request, c.at(0), &caller))
        return *error;
    const QString id = c.at(3);
    m_context.operations->settle(id);
    const Operation *op = m_context.operations->find(id);
    if (!op || op->subscriptionId.compare(c.at(0), Qt::CaseInsensitive) != 0)
        return SimResponse::armError(
            404, QStringLiteral("ResourceNotFound"), QStringLiteral("The operation '%1' was not found.").arg(id));
    if (c.at(2).compare(QLatin1String("operationResults"), Qt::CaseInsensitive) == 0) {
        // Location-level operationResults: 202 while running, 200 when done.
        SimResponse response = SimResponse::empty(op->status == Operation::Status::Running ? 202 : 200);
        if (op->status == Operation::Status::Running)
            addPollingHeaders(response, request, *op);
        return response;
    }
    const qint64 now = m_context.clock.nowMs();
    const double percent = op->status != Operation::Status::Running
        ? 100.0
        : (op->durationMs > 0 ? qBound(0.0, 100.0 * double(now - op->startMs) / double(op->durationMs), 99.0) : 99.0);
    QJsonObject body {
        { QStringLiteral("id"),
            QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/locations/%2/"
                           "operationStatuses/%3")
                .arg(op->subscriptionId, op->location, op->id) },
        { QStringLiteral("name"), op->id },
        { QStringLiteral("resourceId"), op->serviceId() },
        { QStringLiteral("status"), op->statusName() },
        { QStringLiteral("startTime"), SimClock::iso(QDateTime::fromMSecsSinceEpoch(op->startMs, Qt::UTC)) },
        { QStringLiteral("percentComplete"), percent },
    };
    if (op->endMs)
        body.insert(QStringLiteral("endTime"), SimClock::iso(QDateTime::fromMSecsSinceEpoch(op->endMs, Qt::UTC)));
    if (op->status == Operation::Status::Failed)
        body.insert(QStringLiteral("error"), op->errorJson());
    SimResponse response = SimResponse::json(200, body);
    if (op->status == Operation::Status::Running && m_context.config.retryAfterSeconds)
        response.setHeader("Retry-After", QByteArray::number(*m_context.config.retryAfterSeconds));
    return response;
}

} // namespace Apim::Sim
