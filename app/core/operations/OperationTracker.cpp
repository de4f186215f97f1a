#include "operations/OperationTracker.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "inventory/ApimService.h"
#include "operations/OperationStatusAnswer.h"
#include "operations/OperationWitnesses.h"
#include "util/Clock.h"
#include "util/CrashPoint.h"
#include "util/Logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace Apim::Core {

namespace {
const QString kApiVersion = QStringLiteral("2024-05-01");

bool is(const QString &value, const char *name)
{
    return value.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

QString kindWord(OperationKind kind)
{
    return kind == OperationKind::Backup ? QCoreApplication::translate("Apim::Core::OperationTracker", "backup")
                                         : QCoreApplication::translate("Apim::Core::OperationTracker", "restore");
}
} // namespace

OperationTracker::OperationTracker(
    ArmClient *client, const Clock *clock, const OperationRecord &record, const PollSettings &settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_record(record)
    , m_settings(settings)
    , m_witnesses(new OperationWitnesses(client, clock, this))
{
    m_witnesses->setActivityLogWaitSeconds(settings.activityLogWaitSeconds);
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early, before the Retry-After Azure asked for.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &OperationTracker::poll);
}

OperationTracker::~OperationTracker()
{
    if (m_job)
        m_job->abort();
}

void OperationTracker::setBackupFileProbe(BackupFileProbe *probe)
{
    m_witnesses->setBackupFileProbe(probe);
}

void OperationTracker::start(int firstDelayMs)
{
    m_stopped = false;
    if (m_record.isFinished())
        return;
    int delay = firstDelayMs;
    if (delay < 0) {
        const qint64 wait = m_record.nextPollAt.isValid() ? m_clock->now().msecsTo(m_record.nextPollAt) : 0;
        delay = int(std::clamp<qint64>(wait, 0, m_settings.maxIntervalMs));
    }
    m_timer.start(delay);
}

void OperationTracker::stop()
{
    m_stopped = true;
    m_timer.stop();
    m_witnesses->abort();
    if (m_job)
        m_job->abort();
}

void OperationTracker::touch()
{
    m_record.updatedAt = m_clock->now();
}

void OperationTracker::poll()
{
    if (m_stopped || !m_client || m_record.isFinished())
        return;
    if (m_record.elapsedSeconds(m_clock->now()) > m_settings.maxDurationSeconds) {
        finish(OperationState::Unknown,
            tr("The %1 was still running after %2 hours, so tracking stopped. Check the service in the Azure portal.")
                .arg(kindWord(m_record.kind))
                .arg(m_settings.maxDurationSeconds / 3600));
        return;
    }
    const bool async = m_record.asyncOperationUrl.isValid() && !m_record.asyncOperationUrl.isEmpty();
    const QUrl url = async ? m_record.asyncOperationUrl : m_record.locationUrl;
    if (m_record.trackingByServiceState || !url.isValid() || url.isEmpty()) {
        checkService(m_record.note);
        return;
    }
    ArmRequest request = ArmRequest::getUrl(url);
    request.retry.maxAttempts = 2; // the tracker keeps trying on its own schedule
    request.timeoutMs = 60000;
    m_job = m_client->send(request);
    connect(m_job, &ArmJob::finished, this, [this, async](const ArmResponse &response) { onStatus(response, async); });
}

int OperationTracker::retryAfterOf(const ArmResponse &response) const
{
    const qint64 ms = RetryPolicy::parseRetryAfterMs(response.header("retry-after"), m_clock->now());
    return ms < 0 ? -1 : int(std::min<qint64>(ms, m_settings.maxIntervalMs));
}

void OperationTracker::onStatus(const ArmResponse &response, bool async)
{
    if (m_stopped)
        return;
    crashPoint(QStringLiteral("polling"));
    ++m_record.pollCount;
    touch();
    if (!response.ok()) {
        onStatusFailure(response, async);
        return;
    }
    const OperationStatusAnswer answer = OperationStatusAnswer::read(response, async);
    if (answer.outcome == OperationStatusAnswer::Outcome::Unreadable) {
        ArmResponse unreadable = response;
        unreadable.error = ArmError::local(ArmError::Kind::Malformed, tr("the status answer is not a JSON object"));
        unreadable.error.requestId = response.requestId();
        onStatusFailure(unreadable, async);
        return;
    }
    m_record.consecutivePollFailures = 0;
    m_serverErrorsSince = QDateTime();
    const QByteArray location = response.header("location");
    if (!location.isEmpty())
        m_record.locationUrl = QUrl(QString::fromLatin1(location));
    if (answer.hasPercentComplete)
        m_record.percentComplete = answer.percentComplete;

    switch (answer.outcome) {
    case OperationStatusAnswer::Outcome::Succeeded:
        m_record.percentComplete = 100;
        finish(OperationState::Succeeded, {});
        break;
    case OperationStatusAnswer::Outcome::Failed:
    case OperationStatusAnswer::Outcome::Canceled: {
        ArmError error;
        error.kind = ArmError::Kind::Http;
        error.httpStatus = response.status;
        error.code = answer.error.code;
        error.message = answer.error.message.isEmpty()
            ? tr("Azure reported the %1 as %2 without a reason.").arg(kindWord(m_record.kind), answer.status)
            : answer.error.message;
        error.target = answer.error.target;
        error.details = answer.error.details;
        error.requestId = response.requestId();
        error.correlationId = QString::fromLatin1(response.header("x-ms-correlation-request-id"));
        finish(answer.outcome == OperationStatusAnswer::Outcome::Failed ? OperationState::Failed
                                                                        : OperationState::Canceled,
            {}, error);
        break;
    }
    case OperationStatusAnswer::Outcome::Running:
    case OperationStatusAnswer::Outcome::Unreadable:
        m_record.serviceStatus = answer.status;
        m_record.serviceStatusAt = m_clock->now();
        m_record.state = OperationState::Running;
        scheduleNext(retryAfterOf(response));
        break;
    }
}

void OperationTracker::onStatusFailure(const ArmResponse &response, bool async)
{
    const ArmError &error = response.error;
    ++m_record.consecutivePollFailures;
    if (error.kind == ArmError::Kind::Refused) {
        // The status URL is not on this cloud's Resource Manager (a record from another
        // cloud, or a forged header): no token goes there, and that says nothing about
        // the operation. The service itself is on our endpoint.
        m_record.trackingByServiceState = true;
        checkService(tr("The operation's status URL is not on this cloud's Resource Manager, so it was not asked (%1).")
                         .arg(error.message.left(200)));
        return;
    }
    if (error.httpStatus == 403 || error.httpStatus == 404) {
        // Reading the status needs read access at resource-group level; a service may also
        // forget old operation results. Neither says the operation failed.
        checkService(error.httpStatus == 403
                ? tr("Azure did not allow reading the operation's status (HTTP 403: %1).").arg(error.message)
                : tr("Azure no longer knows the operation's status URL (HTTP 404)."));
        return;
    }
    if (error.authRequired || error.kind == ArmError::Kind::Auth || error.httpStatus == 401) {
        pause(error.userMessage());
        return;
    }
    const bool unreadable = error.kind == ArmError::Kind::Malformed && response.status >= 200 && response.status < 300;
    if (unreadable && m_record.consecutivePollFailures >= m_settings.maxUnreadableAnswers) {
        ArmError reported = error;
        reported.httpStatus = response.status;
        if (reported.requestId.isEmpty())
            reported.requestId = response.requestId();
        finish(OperationState::Unknown,
            tr("Azure's answer about the %1 could not be read %2 times in a row (%3), so tracking stopped. The %1 may "
               "still be running: check the service in the Azure portal, or run 'wait' later.")
                .arg(kindWord(m_record.kind))
                .arg(m_record.consecutivePollFailures)
                .arg(error.message.left(200)),
            reported);
        return;
    }
    if (error.isTransient()) {
        // Only the Location URL's own server errors can be its answer; Azure-AsyncOperation
        // answers 200 while it can.
        const bool serverAnswered
            = !async && error.kind == ArmError::Kind::Http && error.httpStatus >= 500 && !error.code.isEmpty();
        bool giveUp = false;
        const int delay = serverErrorBackoff(response, serverAnswered, &giveUp);
        if (giveUp) {
            // The Location URL keeps giving the same server error: that is its answer.
            finish(OperationState::Failed, {}, error);
            return;
        }
        m_record.note = tr("Could not read the status (%1); trying again.").arg(error.message.left(200));
        emit changed(m_record);
        scheduleNext(delay);
        return;
    }
    if (async) {
        // Azure-AsyncOperation answers 200 while it can; an error here is about reading
        // the status, not about the operation.
        checkService(tr("Azure could not report the operation's status (%1).").arg(error.message));
        return;
    }
    // A 4xx from the Location URL is the operation's own failure, as Azure gave it.
    finish(OperationState::Failed, {}, error);
}

int OperationTracker::serverErrorBackoff(const ArmResponse &response, bool serverAnswered, bool *giveUp)
{
    // Back off, but never longer than a normal poll interval.
    const int backoff = std::min(m_settings.defaultIntervalMs, 1000 << std::min(m_record.consecutivePollFailures, 6));
    const int retryAfter = retryAfterOf(response);
    const int delay = retryAfter >= 0 ? retryAfter : backoff;
    if (!serverAnswered) {
        m_serverErrorsSince = QDateTime();
        return delay;
    }
    const QDateTime now = m_clock->now();
    if (!m_serverErrorsSince.isValid())
        m_serverErrorsSince = now;
    const qint64 left = now.msecsTo(m_serverErrorsSince.addSecs(m_settings.maxServerErrorSeconds));
    *giveUp = m_record.consecutivePollFailures >= m_settings.maxServerErrors || left <= 0;
    // The last look comes when the time is up, not a doubled backoff later.
    return int(std::min<qint64>(delay, std::max<qint64>(left, m_settings.minIntervalMs)));
}

void OperationTracker::pause(const QString &note)
{
    // Not the operation's failure: it goes on in Azure, and the next check may work.
    m_record.note = tr("Tracking is paused: %1").arg(note);
    scheduleNext(-1);
}

void OperationTracker::checkService(const QString &why)
{
    if (!m_client)
        return;
    m_record.note = why;
    if (m_serviceSeenIdle) {
        concludeIdle(why);
        return;
    }
    ArmRequest request = ArmRequest::get(m_record.serviceId, kApiVersion);
    request.retry.maxAttempts = 2;
    m_job = m_client->send(request);
    connect(m_job, &ArmJob::finished, this, [this, why](const ArmResponse &response) { onService(response, why); });
}

void OperationTracker::onService(const ArmResponse &response, const QString &why)
{
    if (m_stopped)
        return;
    ++m_record.serviceChecks;
    touch();
    if (!response.ok()) {
        ++m_record.consecutivePollFailures;
        const ArmError &error = response.error;
        const bool notVisible = error.code.compare(QLatin1String("SubscriptionNotFound"), Qt::CaseInsensitive) == 0
            || error.code.compare(QLatin1String("InvalidAuthenticationTokenTenant"), Qt::CaseInsensitive) == 0;
        if (error.httpStatus == 404 && !notVisible) {
            finish(OperationState::Failed, tr("The service no longer exists."), error);
            return;
        }
        if (notVisible || error.httpStatus == 401 || error.httpStatus == 403 || error.authRequired
            || error.kind == ArmError::Kind::Auth || error.kind == ArmError::Kind::Refused) {
            // Another tenant's subscription, or no right to read it now: nothing about
            // the operation itself.
            pause(why + QLatin1Char(' ') + error.userMessage());
            return;
        }
        m_record.note = why + QLatin1Char(' ')
            + tr("Reading the service's state failed too (%1); trying again.").arg(error.message.left(200));
        emit changed(m_record);
        scheduleNext(-1);
        return;
    }
    m_record.consecutivePollFailures = 0;
    const ApimService service = ApimService::fromJson(response.object());
    m_record.serviceStatus = service.provisioningState;
    m_record.serviceStatusAt = m_clock->now();
    if (service.isBusy()) {
        m_record.sawServiceUpdating = true;
        m_record.trackingByServiceState = true;
        m_record.state = OperationState::Running;
        m_record.note = why + QLatin1Char(' ')
            + tr("The service is %1, so the %2 is running; following the service's state until it is ready again.")
                  .arg(service.provisioningState, kindWord(m_record.kind));
        scheduleServiceCheck();
        return;
    }
    if (is(service.provisioningState, "Failed")) {
        ArmError error = ArmError::local(ArmError::Kind::Http, tr("The service's provisioning state is Failed."));
        error.code = QStringLiteral("ServiceFailed");
        finish(OperationState::Failed, why, error);
        return;
    }
    concludeIdle(why);
}

void OperationTracker::concludeIdle(const QString &why)
{
    if (m_record.sawServiceUpdating) {
        finish(OperationState::Succeeded,
            why + QLatin1Char(' ')
                + tr("The service was updating and is ready again, so the %1 has succeeded as far as can be told. %2")
                      .arg(kindWord(m_record.kind),
                          m_record.kind == OperationKind::Backup ? tr("Check that the backup file is in the container.")
                                                                 : tr("Check the service's configuration.")));
        return;
    }
    const bool startLost = !m_record.acceptedAt.isValid();
    if (m_record.kind == OperationKind::Restore && !startLost) {
        finish(OperationState::Unknown,
            why + QLatin1Char(' ')
                + tr("The service shows no operation in progress, so the %1 has ended, but its result is unknown. %2")
                      .arg(kindWord(m_record.kind), tr("Check the service's configuration.")));
        return;
    }
    // A short operation can begin and end between two looks at the service: what it left
    // behind (a backup's file, the Activity Log) decides.
    m_witnesses->ask(m_record, why, [this, why](const WitnessVerdict &verdict) {
        if (!m_stopped)
            onWitness(verdict, why);
    });
}

void OperationTracker::onWitness(const WitnessVerdict &verdict, const QString &why)
{
    touch();
    switch (verdict.outcome) {
    case WitnessVerdict::Outcome::Succeeded:
        m_record.percentComplete = 100;
        finish(OperationState::Succeeded, verdict.note);
        return;
    case WitnessVerdict::Outcome::Failed:
        finish(OperationState::Failed, verdict.note, verdict.error);
        return;
    case WitnessVerdict::Outcome::Unknown:
        finish(OperationState::Unknown, verdict.note);
        return;
    case WitnessVerdict::Outcome::Accepted:
        m_record.state = OperationState::Running;
        m_record.note = verdict.note;
        scheduleNext(-1);
        return;
    case WitnessVerdict::Outcome::NoTrace:
        break;
    }
    const bool startLost = !m_record.acceptedAt.isValid();
    if (startLost && !m_serviceSeenIdle && m_record.serviceChecks < m_settings.maxUnstartedChecks) {
        // Perhaps the start has not reached the service yet: look again before concluding.
        m_record.trackingByServiceState = true;
        m_record.state = OperationState::Running;
        m_record.note = why;
        scheduleNext(-1);
        return;
    }
    if (verdict.onlyTheLogCanTell && m_record.elapsedSeconds(m_clock->now()) < m_settings.activityLogWaitSeconds) {
        m_record.trackingByServiceState = true;
        m_record.state = OperationState::Running;
        m_record.note = why + QLatin1Char(' ') + verdict.waitingNote;
        scheduleNext(-1);
        return;
    }
    finish(OperationState::Failed, verdict.note, verdict.error);
}

void OperationTracker::scheduleNext(int retryAfterMs)
{
    if (m_stopped)
        return;
    const int interval = m_settings.intervalFor(retryAfterMs);
    m_record.nextPollAt = m_clock->now().addMSecs(interval);
    emit changed(m_record);
    m_timer.start(interval);
}

void OperationTracker::scheduleServiceCheck()
{
    const int delay = m_serviceCheckDelayMs > 0
        ? m_serviceCheckDelayMs
        : std::min(m_settings.serviceCheckFirstMs, m_settings.defaultIntervalMs);
    m_serviceCheckDelayMs = std::min(delay * 2, m_settings.defaultIntervalMs);
    scheduleNext(delay);
}

void OperationTracker::finish(OperationState state, const QString &note, const ArmError &error)
{
    m_timer.stop();
    m_record.state = state;
    if (!note.isEmpty())
        m_record.note = note;
    else if (state == OperationState::Succeeded || state == OperationState::Failed)
        m_record.note.clear();
    if (error.isError())
        m_record.error = error;
    else if (state == OperationState::Succeeded)
        m_record.error = ArmError();
    m_record.finishedAt = m_clock->now();
    m_record.updatedAt = m_record.finishedAt;
    m_record.nextPollAt = QDateTime();
    qCInfo(lcOperations).noquote() << operationKindName(m_record.kind) << m_record.id << "of" << m_record.serviceName
                                   << "ended:" << operationStateName(state) << m_record.error.technicalSummary();
    emit finished(m_record);
}

} // namespace Apim::Core
