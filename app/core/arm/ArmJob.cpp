#include "arm/ArmJob.h"

#include "arm/ArmClient.h"
#include "arm/OneShotBody.h"
#include "auth/TokenCredential.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Redaction.h"
#include "util/ReplySizeLimit.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUuid>

namespace Apim::Core {

namespace {

// Errors where the connection was never made: the request cannot have reached Azure.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
        return true;
    default:
        return false;
    }
}
} // namespace

ArmJob::ArmJob(ArmClient *client, const ArmRequest &request, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_request(request)
    , m_clientRequestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    if (m_client && m_client->backoffBaseMs() >= 0)
        m_request.retry.baseDelayMs = m_client->backoffBaseMs();
    m_url = m_client ? m_client->resolve(m_request) : QUrl();
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
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
    response.error = ArmError::local(ArmError::Kind::Canceled, tr("Canceled."));
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
            if (network && shouldRetry(response.error)) {
                const int delay = m_request.retry.backoffMs(m_attempt, QRandomGenerator::global()->generateDouble());
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
    connect(m_reply, &QNetworkReply::finished, this, &ArmJob::onReplyFinished);
    m_timeout.start(m_request.timeoutMs);
}

void ArmJob::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows with OperationCanceledError
}

ArmError ArmJob::errorFromReply(QNetworkReply *reply, int status, const QByteArray &body)
{
    ArmError error;
    const QNetworkReply::NetworkError netError = reply->error();
    if (status == 0) {
        if (m_timedOut) {
            error.kind = ArmError::Kind::Timeout;
            error.message = tr("no answer within %n second(s)", nullptr, m_request.timeoutMs / 1000);
            error.fateUnknown = true;
        } else {
            error.kind = ArmError::Kind::Network;
            error.message = netError == QNetworkReply::ContentReSendError
                ? tr("the connection closed before Azure answered")
                : reply->errorString();
            error.fateUnknown = !neverSent(netError);
        }
        return error;
    }
    const bool cutOff = netError != QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied;
    if (status >= 200 && status < 300) {
        // A 202's body means nothing; its Location header is the whole answer.
        if (cutOff && !(status == 202 && reply->hasRawHeader("Location"))) {
            error.kind = ArmError::Kind::Malformed;
            error.message = tr("the answer was cut off: %1").arg(reply->errorString());
            error.fateUnknown = true;
            return error;
        }
        if (!body.trimmed().isEmpty() && status != 202) {
            QJsonParseError parseError {};
            QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                error.kind = ArmError::Kind::Malformed;
                error.message
                    = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
                error.fateUnknown = true;
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
    // A 5xx may have been produced after the service acted on the request.
    error.fateUnknown = status >= 500 || status == 408;
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

    const qint64 attemptMs = m_attemptElapsed.elapsed();
    const QString line = Redaction::requestLine(m_request.method, m_url);

    if (ReplySizeLimit::exceeded(reply)) {
        // Not retried: asking again would bring the same flood. A start request's fate is
        // unknown (the service may have acted before answering).
        response.error = ArmError::local(ArmError::Kind::Malformed,
            ReplySizeLimit::message(m_client ? m_client->maxResponseBytes() : ReplySizeLimit::kDefaultMaxBytes));
        response.error.httpStatus = response.status;
        response.error.fateUnknown = true;
        qCWarning(lcArm).noquote() << line << "->" << response.status << "in" << attemptMs
                                   << "ms:" << response.error.message;
        finish(response);
        return;
    }
    response.body = reply->readAll();

    // 401 once: the token may have been revoked or expired early; a new one may do.
    if (response.status == 401 && !m_tokenRefreshed) {
        qCInfo(lcArm).noquote() << line << "-> 401 in" << attemptMs << "ms; refreshing the token once";
        m_tokenRefreshed = true;
        --m_attempt; // the refresh is not one of the transient retries
        m_client->credential()->invalidate(m_client->scope());
        beginAttempt();
        return;
    }

    response.error = errorFromReply(reply, response.status, response.body);
    if (!response.error.isError() && !response.body.trimmed().isEmpty())
        response.json = QJsonDocument::fromJson(response.body);
    if (response.status == 401)
        response.error.authRequired = true;

    const QString requestId = response.requestId();
    if (response.error.isError()) {
        qCWarning(lcArm).noquote() << line << "->" << response.status << "in" << attemptMs << "ms, attempt" << m_attempt
                                   << "request id" << requestId << ":" << response.error.message.left(300);
    } else {
        qCDebug(lcArm).noquote() << line << "->" << response.status << "in" << attemptMs << "ms, request id"
                                 << requestId;
    }

    if (response.error.isError() && shouldRetry(response.error)) {
        int delay = -1;
        const QByteArray retryAfter = response.header("retry-after");
        if (!retryAfter.isEmpty() && m_client->clock())
            delay = m_request.retry.retryAfterMs(retryAfter, m_client->clock()->now());
        if (delay < 0)
            delay = m_request.retry.backoffMs(m_attempt, QRandomGenerator::global()->generateDouble());
        qCInfo(lcArm).noquote() << line << "retrying in" << delay << "ms (attempt" << m_attempt + 1 << "of"
                                << m_request.retry.maxAttempts << ")";
        emit retrying(m_attempt, delay, response.error);
        m_retryTimer.start(delay);
        return;
    }
    finish(response);
}

bool ArmJob::shouldRetry(const ArmError &error) const
{
    if (m_attempt >= m_request.retry.maxAttempts || !error.isTransient())
        return false;
    if (m_request.idempotent)
        return true;
    // A call that starts something is repeated only when Azure certainly did not act on
    // it: throttled (429 means "not processed") or no connection at all.
    if (error.kind == ArmError::Kind::Http)
        return error.httpStatus == 429;
    return error.kind == ArmError::Kind::Network && !error.fateUnknown;
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
