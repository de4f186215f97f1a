#include "arm/ArmJob.h"

#include "arm/ArmClient.h"
#include "arm/OneShotBody.h"
#include "auth/TokenCredential.h"
#include "net/NetworkErrorText.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Redaction.h"
#include "util/ReplySizeLimit.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QThreadPool>
#include <QUuid>

#include <memory>

namespace Apim::Core {

ArmJob::ArmJob(ArmClient *client, const ArmRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_client && m_client->backoffBaseMs() >= 0)
        m_request.retry.baseDelayMs = m_client->backoffBaseMs();
    m_policy.setRetry(m_request.retry);
    if (m_client)
        m_policy.setJitterSource(m_client->jitterSource());
    m_url = m_client ? m_client->resolve(m_request) : QUrl();
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: never retry before the Retry-After asked for.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, &ArmJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ArmJob::beginAttempt);
}

ArmJob::~ArmJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ArmJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_elapsed.start();
    QTimer::singleShot(0, this, [this] {
        if (!m_client || !m_client->isTrustedUrl(m_url)) {
            ArmResponse response;
            response.url = m_url;
            response.error = ArmError::local(ArmError::Kind::Refused,
                tr("Refused to send the sign-in token to %1: it is not the Azure Resource Manager endpoint of this "
                   "cloud.")
                    .arg(m_url.host()));
            finish(response);
            return;
        }
        beginAttempt();
    });
}

void ArmJob::abort()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    m_timeout.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    ArmResponse response;
    response.url = m_url;
    response.attempts = m_attempt;
    response.error = ArmError::local(ArmError::Kind::Canceled, tr("Cancelled."));
    response.error.fateUnknown = m_attempt > 0 && !m_request.idempotent;
    finish(response);
}

void ArmJob::beginAttempt()
{
    if (m_finished || !m_client)
        return;
    ++m_attempt;
    TokenCredential *credential = m_client->credential();
    if (!credential) {
        ArmResponse response;
        response.url = m_url;
        response.error = ArmError::local(ArmError::Kind::Auth, tr("Not signed in."));
        response.error.authRequired = true;
        finish(response);
        return;
    }
    // Ask every time: the credential caches, and a long operation outlives any one token.
    credential->token(m_client->scope(), this, [this](const AccessToken &token, const AuthError &authError) {
        if (m_finished)
            return;
        if (authError.isError() || !token.isValid()) {
            ArmResponse response;
            response.url = m_url;
            response.attempts = m_attempt;
            const bool network = authError.kind == AuthError::Kind::Network;
            response.error = ArmError::local(network ? ArmError::Kind::Network : ArmError::Kind::Auth,
                authError.message.isEmpty() ? tr("No access token.") : authError.message);
            response.error.code = authError.code;
            response.error.authRequired = !network;
            // No token because the network is down: the request itself never left.
            if (network && m_policy.shouldRetry(TransportPolicy::notSent(), m_attempt)) {
                const int delay = m_policy.delayFor(m_attempt, {}, now());
                emit retrying(m_attempt, delay, response.error);
                m_retryTimer.start(delay);
                return;
            }
            finish(response);
            return;
        }
        send(token.token);
    });
}

void ArmJob::send(const QString &token)
{
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("x-ms-client-request-id", m_clientRequestId.toLatin1());
    request.setRawHeader("x-ms-return-client-request-id", "true");
    if (!m_request.correlationId.isEmpty())
        request.setRawHeader("x-ms-correlation-request-id", m_request.correlationId.toLatin1());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("apim-backup/" APIM_VERSION));
    // Never follow a redirect with our bearer token attached.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (!m_request.body.isNull()) {
        payload = m_request.body.toJson(QJsonDocument::Compact);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    } else if (m_request.sendEmptyBody || m_request.method == "POST" || m_request.method == "PUT") {
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
    }

    m_timedOut = false;
    m_attemptElapsed.start();
    QNetworkAccessManager *network = m_client->network();
    if (!m_request.idempotent) {
        // Never let Qt re-send a start request on its own (see OneShotBody).
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.size());
        auto *body = new OneShotBody(payload);
        m_reply = network->sendCustomRequest(request, m_request.method, body);
        body->setParent(m_reply);
    } else if (m_request.method == "GET") {
        m_reply = network->get(request);
    } else if (m_request.method == "DELETE") {
        m_reply = network->deleteResource(request);
    } else {
        m_reply = network->sendCustomRequest(request, m_request.method, payload);
    }
    ReplySizeLimit::apply(m_reply, m_client->maxResponseBytes());
    // The time limit is for Azure's answer, not for the proxy check that may follow it.
    connect(m_reply, &QNetworkReply::finished, &m_timeout, &QTimer::stop);
    NetworkErrorText::onFinished(m_reply, this, [this] { onReplyFinished(); });
    m_timeout.start(m_request.timeoutMs);
}

void ArmJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

ArmError ArmJob::errorFromReply(QNetworkReply *reply, int status, const QByteArray &body, QJsonDocument *json)
{
    ArmError error;
    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0) {
        if (m_timedOut) {
            error.kind = ArmError::Kind::Timeout;
            error.message = tr("no answer within %n second(s)", nullptr, m_request.timeoutMs / 1000);
        } else {
            error.kind = ArmError::Kind::Network;
            error.message = netError == QNetworkReply::ContentReSendError
                ? tr("the connection closed before Azure answered")
                : NetworkErrorText::describe(reply);
        }
        return error;
    }
    const bool cutOff = netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied;
    if (status >= 200 && status < 300) {
        // A 202's body means nothing; its Location header is the whole answer.
        if (cutOff && !(status == 202 && reply->hasRawHeader("Location"))) {
            error.kind = ArmError::Kind::Malformed;
            error.message = tr("the answer was cut off: %1").arg(reply->errorString());
            return error;
        }
        if (!body.trimmed().isEmpty() && status != 202) {
            QJsonParseError parseError {};
            *json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                error.kind = ArmError::Kind::Malformed;
                error.message
                    = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
            }
        }
        return error;
    }
    if (status >= 300 && status < 400) {
        error.kind = ArmError::Kind::Http;
        error.httpStatus = status;
        error.message = tr("unexpected redirect to %1")
                            .arg(Redaction::url(QUrl(QString::fromLatin1(reply->rawHeader("Location")))));
        return error;
    }
    error.kind = ArmError::Kind::Http;
    error.httpStatus = status;
    if (!error.parseBody(body)) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        const QString text = QString::fromUtf8(body.left(300)).simplified();
        error.message = text.isEmpty() || text.startsWith(QLatin1Char('<')) ? reason : text;
        if (error.message.isEmpty())
            error.message = tr("HTTP %1").arg(status);
    }
    return error;
}

void ArmJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    m_timeout.stop();
    if (!reply)
        return;
    reply->deleteLater();

    ArmResponse response;
    response.url = m_url;
    response.attempts = m_attempt;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        response.headers.insert(pair.first.toLower(), pair.second);

    const QString line
        = Redaction::attemptLine(m_request.method, m_url, response.status, m_attemptElapsed.elapsed(), m_attempt);

    if (ReplySizeLimit::exceeded(reply)) {
        // Not retried: asking again would bring the same flood. A start request's fate is
        // unknown (the service may have acted before answering).
        response.error = ArmError::local(ArmError::Kind::Malformed,
            ReplySizeLimit::describe(
                reply, m_client ? m_client->maxResponseBytes() : ReplySizeLimit::kDefaultMaxBytes));
        response.error.httpStatus = response.status;
        response.error.fateUnknown = true;
        qCWarning(lcArm).noquote() << line << ":" << response.error.message;
        finish(response);
        return;
    }
    response.body = reply->readAll();

    // 401 once: the token may have been revoked or expired early; a new one may do.
    if (response.status == 401 && !m_tokenRefreshed) {
        qCInfo(lcArm).noquote() << line << "; refreshing the token once";
        m_tokenRefreshed = true;
        --m_attempt; // the refresh is not one of the transient retries
        m_client->credential()->invalidate(m_client->scope());
        beginAttempt();
        return;
    }

    const QNetworkReply::NetworkError transportError
        = m_timedOut ? QNetworkReply::TimeoutError : NetworkErrorText::effectiveError(reply);
    if (reply->error() == QNetworkReply::NoError && response.status >= 200 && response.status < 300
        && response.status != 202 && response.body.size() >= kWorkerParseBytes) {
        parseOnWorker(std::move(response), line, transportError);
        return;
    }
    QJsonDocument json;
    response.error = errorFromReply(reply, response.status, response.body, &json);
    conclude(std::move(response), json, line, transportError);
}

void ArmJob::parseOnWorker(ArmResponse response, const QString &line, QNetworkReply::NetworkError transportError)
{
    // A large answer (a page of 1,000 Resource Graph rows is over a megabyte) is parsed on a
    // worker: on the GUI thread it held the window for tens of milliseconds per page. The
    // answer is then judged as errorFromReply() judges a 2xx one. The watcher is this job's
    // child: a job aborted or deleted meanwhile drops the result.
    struct Parsed
    {
        QJsonDocument json;
        QJsonParseError error {};
    };
    const QByteArray body = response.body; // shared, not copied
    auto promise = std::make_shared<QPromise<Parsed>>();
    auto *watcher = new QFutureWatcher<Parsed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, response = std::move(response), line, transportError]() mutable {
            watcher->deleteLater();
            if (m_finished || watcher->future().resultCount() == 0)
                return; // aborted while the worker parsed
            const Parsed parsed = watcher->future().result();
            if (parsed.error.error != QJsonParseError::NoError) {
                response.error.kind = ArmError::Kind::Malformed;
                response.error.message
                    = tr("not valid JSON at byte %1: %2").arg(parsed.error.offset).arg(parsed.error.errorString());
            }
            conclude(std::move(response), parsed.json, line, transportError);
        });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body] {
        Parsed parsed;
        parsed.json = QJsonDocument::fromJson(body, &parsed.error);
        promise->addResult(parsed);
        promise->finish();
    });
}

void ArmJob::conclude(
    ArmResponse response, const QJsonDocument &json, const QString &line, QNetworkReply::NetworkError transportError)
{
    if (!response.error.isError())
        response.json
            = json.isNull() && !response.body.trimmed().isEmpty() ? QJsonDocument::fromJson(response.body) : json;
    // A large answer read as an object is that object: megabytes of its text are not kept
    // beside it while the caller reads it (and the next page arrives).
    if (!response.error.isError() && response.json.isObject() && response.body.size() >= kWorkerParseBytes)
        response.body = QByteArray();
    if (response.status == 401)
        response.error.authRequired = true;

    if (!response.error.isError()) {
        qCDebug(lcArm).noquote() << line << "request id" << response.requestId();
        finish(response);
        return;
    }
    const RetryDecision decision = decide(transportError, response);
    response.error.fateUnknown = decision.fateUnknown;
    qCWarning(lcArm).noquote() << line << "request id" << response.requestId() << ":"
                               << response.error.message.left(300);
    if (m_policy.shouldRetry(decision, m_attempt)) {
        const int delay = m_policy.delayFor(m_attempt, response.header("retry-after"), now());
        qCInfo(lcArm).noquote() << Redaction::requestLine(m_request.method, m_url) << "retrying in" << delay
                                << "ms (attempt" << m_attempt + 1 << "of" << m_policy.retry().maxAttempts << ")";
        emit retrying(m_attempt, delay, response.error);
        m_retryTimer.start(delay);
        return;
    }
    finish(response);
}

RetryDecision ArmJob::decide(QNetworkReply::NetworkError error, const ArmResponse &response) const
{
    // A success answer we could not read (not JSON) is, to the policy, a broken answer.
    if (response.error.kind == ArmError::Kind::Malformed && error == QNetworkReply::NoError)
        error = QNetworkReply::ProtocolFailure;
    return TransportPolicy::classify(response.status, error, m_request.idempotent);
}

QDateTime ArmJob::now() const
{
    return m_client && m_client->clock() ? m_client->clock()->now() : QDateTime::currentDateTimeUtc();
}

void ArmJob::finish(ArmResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_timeout.stop();
    response.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    if (response.error.isError()) {
        response.error.requestId = QString::fromLatin1(response.header("x-ms-request-id"));
        response.error.correlationId = QString::fromLatin1(response.header("x-ms-correlation-request-id"));
        response.error.clientRequestId = m_clientRequestId;
        response.error.method = QString::fromLatin1(m_request.method);
        response.error.url = Redaction::url(m_url);
        if (m_request.idempotent)
            response.error.fateUnknown = false; // repeating a read is harmless; only starts matter
    }
    emit finished(response);
    deleteLater();
}

} // namespace Apim::Core
