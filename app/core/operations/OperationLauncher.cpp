#include "operations/OperationLauncher.h"

#include "arm/ArmClient.h"
#include "net/RetryPolicy.h"
#include "operations/OperationTracker.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "util/CrashPoint.h"

#include <algorithm>

namespace Apim::Core {

namespace {
const QString kApiVersion = QStringLiteral("2024-05-01");

OperationLauncher::Outcome notSent(const ArmError &error, const QString &note)
{
    OperationLauncher::Outcome outcome;
    outcome.error = error;
    outcome.note = note;
    return outcome;
}
} // namespace

OperationLauncher::OperationLauncher(
    ArmClient *client, StorageService *storage, StorageCredentialResolver *credentials, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
    , m_credentials(credentials)
{ }

void OperationLauncher::launch(const OperationRecord &record, const OperationRequest &request, Done done)
{
    if (request.accessType == AccessType::AccessKey && request.accessKey.isEmpty()) {
        fetchKeyAndPost(record, request, std::move(done));
        return;
    }
    const QString id = record.id;
    const QString correlationId = record.startCorrelationId;
    QMetaObject::invokeMethod(
        this, [this, id, correlationId, request, done] { post(id, correlationId, request, done); },
        Qt::QueuedConnection);
}

void OperationLauncher::fetchKeyAndPost(const OperationRecord &record, const OperationRequest &request, Done done)
{
    if (!m_storage || !m_credentials) {
        done(notSent(ArmError::local(ArmError::Kind::Refused, tr("no storage service to get the access key from")),
            tr("Nothing was started: the storage account key could not be fetched.")));
        return;
    }
    const QString id = record.id;
    const QString correlationId = record.startCorrelationId;
    m_storage->findAccount(record.storageSubscriptionId, request.storageAccount, this,
        [this, id, correlationId, request, done](const StorageAccount &account, const ArmError &error) {
            if (error.isError()) {
                done(notSent(error,
                    tr("Nothing was started: the storage account %1 could not be found.").arg(request.storageAccount)));
                return;
            }
            m_credentials->accessKey(account, this,
                [this, id, correlationId, request, done](const QByteArray &key, const ArmError &keyError) {
                    if (keyError.isError()) {
                        done(notSent(keyError,
                            tr("Nothing was started: the access key of %1 could not be fetched.")
                                .arg(request.storageAccount)));
                        return;
                    }
                    OperationRequest withKey = request;
                    withKey.accessKey = key;
                    post(id, correlationId, withKey, done);
                });
        });
}

void OperationLauncher::post(
    const QString &operationId, const QString &correlationId, const OperationRequest &request, Done done)
{
    if (m_stopped)
        return;
    if (!m_client) {
        done(notSent(ArmError::local(ArmError::Kind::Refused, tr("not connected to Azure")), {}));
        return;
    }
    ArmRequest post = ArmRequest::post(
        request.serviceId + QLatin1Char('/') + operationKindName(request.kind), kApiVersion, request.restBody());
    post.idempotent = false; // a second POST would start a second backup
    post.correlationId = correlationId;
    post.retry.maxAttempts = 4; // only 429 and refused connections are retried for it
    crashPoint(QStringLiteral("before-post"));
    if (!m_beforePost) {
        send(operationId, post, std::move(done));
        return;
    }
    const QPointer<OperationLauncher> self(this);
    m_beforePost(operationId, [self, operationId, post, done](bool ok, const QString &journalError) {
        if (!self || self->m_stopped)
            return;
        if (!ok) {
            done(notSent(ArmError::local(ArmError::Kind::Refused, journalError),
                tr("Nothing was started: the operation journal could not be written. %1").arg(journalError)));
            return;
        }
        self->send(operationId, post, done);
    });
}

void OperationLauncher::send(const QString &operationId, const ArmRequest &post, Done done)
{
    if (!m_client) {
        done(notSent(ArmError::local(ArmError::Kind::Refused, tr("not connected to Azure")), {}));
        return;
    }
    emit posting(operationId);
    m_client->call(post, this, [done](const ArmResponse &response) {
        crashPoint(QStringLiteral("after-post"));
        Outcome outcome;
        outcome.sent = true;
        outcome.response = response;
        done(outcome);
    });
}

OperationRecord OperationLauncher::answered(OperationRecord record, const ArmResponse &response,
    const PollSettings &poll, const QDateTime &now, int *firstPollMs)
{
    *firstPollMs = -1;
    record.startRequestId = response.requestId();
    // ARM echoes the correlation id sent; keep the one journalled before the POST otherwise.
    const QString echoedCorrelationId = QString::fromLatin1(response.header("x-ms-correlation-request-id"));
    if (!echoedCorrelationId.isEmpty())
        record.startCorrelationId = echoedCorrelationId;
    record.updatedAt = now;
    if (response.ok() && (response.status == 202 || response.status == 201)) {
        record.acceptedAt = now;
        record.state = OperationState::Running;
        record.locationUrl = QUrl(QString::fromLatin1(response.header("location")));
        record.asyncOperationUrl = QUrl(QString::fromLatin1(response.header("azure-asyncoperation")));
        if (record.locationUrl.isEmpty() && record.asyncOperationUrl.isEmpty()) {
            record.trackingByServiceState = true;
            record.note = tr("Azure accepted the request without a status URL; following the service's state.");
        }
        *firstPollMs = poll.intervalFor(RetryPolicy::parseRetryAfterMs(response.header("retry-after"), now));
        record.nextPollAt = now.addMSecs(*firstPollMs);
        return record;
    }
    if (response.ok()) { // 200: done synchronously
        record.acceptedAt = now;
        record.state = OperationState::Succeeded;
        record.finishedAt = now;
        record.percentComplete = 100;
        return record;
    }
    const ArmError &error = response.error;
    record.error = error;
    if (error.fateUnknown) {
        // Never send the start again: ask the service whether it is busy.
        record.state = OperationState::Running;
        record.trackingByServiceState = true;
        record.note = tr("Azure gave no clear answer to the start request (%1); checking the service's state instead "
                         "of sending it again.")
                          .arg(error.message.left(200));
        *firstPollMs = std::min(poll.defaultIntervalMs, 10000);
        return record;
    }
    record.state = OperationState::Failed;
    record.finishedAt = now;
    record.note = tr("Azure refused to start the %1.").arg(operationKindName(record.kind));
    return record;
}

} // namespace Apim::Core
