#include "storage/BlobClient.h"

#include "auth/TokenCredential.h"
#include "net/NetworkErrorText.h"
#include "storage/BlobEndpointPolicy.h"
#include "storage/SharedKeySigner.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/OnWorker.h"
#include "util/Redaction.h"
#include "util/ReplySizeLimit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QXmlStreamReader>

namespace Apim::Core {

namespace {
constexpr int kMaxPages = 10000;

RetryPolicy defaultRetry()
{
    RetryPolicy retry;
    retry.maxAttempts = 3;
    retry.baseDelayMs = 500;
    return retry;
}

// GET, HEAD, PUT and DELETE leave the same state however often they arrive.
bool isIdempotent(const QByteArray &verb)
{
    return verb != "POST" && verb != "PATCH";
}

// <Error><Code>...</Code><Message>...</Message></Error>
void parseErrorXml(const QByteArray &body, StorageError &error)
{
    QXmlStreamReader reader(body);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Code") && error.code.isEmpty())
            error.code = reader.readElementText();
        else if (reader.name() == QLatin1String("Message"))
            error.message = reader.readElementText().section(QLatin1Char('\n'), 0, 0).trimmed();
    }
}
} // namespace

BlobClient::BlobClient(QNetworkAccessManager *network, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_policy(defaultRetry())
    , m_maxResponseBytes(ReplySizeLimit::kDefaultMaxBytes)
{ }

void BlobClient::setRetryDelayMs(int ms)
{
    RetryPolicy retry = m_policy.retry();
    retry.baseDelayMs = ms;
    m_policy.setRetry(retry);
}

void BlobClient::setBearerCredential(TokenCredential *credential, const QString &storageScope)
{
    m_credential = credential;
    m_storageScope = storageScope;
}

QUrl BlobClient::containerUrl(const QUrl &blobEndpoint, const QString &container)
{
    QUrl url(blobEndpoint);
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + container);
    url.setQuery(QString());
    return url;
}

QUrl BlobClient::blobUrl(const QUrl &blobEndpoint, const QString &container, const QString &blobName)
{
    QUrl url = containerUrl(blobEndpoint, container);
    // Encode each path segment of the blob name but keep its '/' folders.
    QStringList segments = blobName.split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(url.path(QUrl::FullyEncoded) + QLatin1Char('/') + segments.join(QLatin1Char('/')), QUrl::StrictMode);
    return url;
}

void BlobClient::listBlobs(const QUrl &blobEndpoint, const QString &container, const BlobCredentials &credentials,
    QObject *context, ListCallback callback, const QString &prefix)
{
    listPage(containerUrl(blobEndpoint, container), prefix, {}, credentials, context, std::move(callback), {}, 0);
}

void BlobClient::listPage(const QUrl &containerUrl, const QString &prefix, const QString &marker,
    const BlobCredentials &credentials, QObject *context, ListCallback callback, QList<BackupBlob> collected, int pages)
{
    QUrl url(containerUrl);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("restype"), QStringLiteral("container"));
    query.addQueryItem(QStringLiteral("comp"), QStringLiteral("list"));
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("metadata"));
    if (!prefix.isEmpty())
        query.addQueryItem(QStringLiteral("prefix"), QString::fromLatin1(QUrl::toPercentEncoding(prefix)));
    if (m_pageSize > 0)
        query.addQueryItem(QStringLiteral("maxresults"), QString::number(m_pageSize));
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), QString::fromLatin1(QUrl::toPercentEncoding(marker)));
    url.setQuery(query);
    send("GET", url, credentials, context,
        [this, containerUrl, prefix, credentials, context, callback, collected, pages](const Reply &reply) mutable {
            if (reply.error.isError()) {
                callback(collected, reply.error);
                return;
            }
            // A page of 5,000 blobs is megabytes of XML: 70 ms and more to read, off the
            // GUI thread. The answer comes back only while both this client and context live.
            const QPointer<QObject> guard(context);
            const QByteArray requestId = reply.headers.value("x-ms-request-id");
            runOnWorker<BlobListPage>(
                this, [body = reply.body] { return BlobListPage::parse(body); },
                [this, containerUrl, prefix, credentials, guard, callback, collected, pages, requestId](
                    const BlobListPage &page) mutable {
                    if (!guard)
                        return;
                    if (!page.error.isEmpty()) {
                        StorageError error = StorageError::local(StorageError::Kind::Malformed, page.error);
                        error.requestId = QString::fromLatin1(requestId);
                        callback(collected, error);
                        return;
                    }
                    collected.append(page.blobs);
                    if (page.nextMarker.isEmpty() || pages + 1 >= kMaxPages) {
                        callback(collected, {});
                        return;
                    }
                    listPage(containerUrl, prefix, page.nextMarker, credentials, guard, std::move(callback), collected,
                        pages + 1);
                });
        });
}

void BlobClient::deleteBlob(const QUrl &blobEndpoint, const QString &container, const QString &blobName,
    const BlobCredentials &credentials, QObject *context, DoneCallback callback)
{
    send("DELETE", blobUrl(blobEndpoint, container, blobName), credentials, context,
        [callback](const Reply &reply) { callback(reply.error); });
}

bool BlobClient::refuseUntrusted(
    const QUrl &url, const BlobCredentials &credentials, QObject *context, const ReplyCallback &callback) const
{
    const QString problem = BlobEndpointPolicy::problem(url, m_storageSuffix, credentials.accountName);
    if (problem.isEmpty())
        return false;
    qCWarning(lcStorage).noquote() << "not sent:" << problem;
    Reply reply;
    reply.error = StorageError::local(StorageError::Kind::Refused, problem);
    QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
    return true;
}

void BlobClient::send(const QByteArray &verb, const QUrl &url, const BlobCredentials &credentials, QObject *context,
    ReplyCallback callback, int attempt)
{
    // Checked before a token is even asked for, and again in transmit() where it is signed.
    if (refuseUntrusted(url, credentials, context, callback))
        return;
    if (!credentials.accountKey.isEmpty()) {
        transmit(verb, url, credentials, {}, context, std::move(callback), attempt);
        return;
    }
    if (!m_credential) {
        Reply reply;
        reply.error = StorageError::local(StorageError::Kind::Auth,
            tr("there is neither an access key nor a signed-in account for the storage account"));
        QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
        return;
    }
    QPointer<QObject> guard(context);
    m_credential->token(m_storageScope, this,
        [this, verb, url, credentials, guard, callback, attempt](const AccessToken &token, const AuthError &authError) {
            if (!guard)
                return;
            if (authError.isError() || !token.isValid()) {
                Reply reply;
                reply.error = StorageError::local(StorageError::Kind::Auth, authError.message);
                callback(reply);
                return;
            }
            transmit(verb, url, credentials, token.token, guard, callback, attempt);
        });
}

void BlobClient::transmit(const QByteArray &verb, const QUrl &url, const BlobCredentials &credentials,
    const QString &bearer, QObject *context, ReplyCallback callback, int attempt)
{
    // The one place credentials are attached: never to a host that is not this cloud's Blob service.
    if (refuseUntrusted(url, credentials, context, callback))
        return;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QDateTime signedAt = now();
    if (bearer.isEmpty()) {
        SharedKeySigner signer(credentials.accountName, credentials.accountKey);
        if (!signer.isValid()) {
            Reply reply;
            reply.error = StorageError::local(StorageError::Kind::Refused,
                tr("The access key of storage account %1 is not valid base64; copy it again from the portal.")
                    .arg(credentials.accountName));
            QTimer::singleShot(0, context, [callback, reply] { callback(reply); });
            return;
        }
        signer.sign(request, verb, 0, {}, signedAt);
    } else {
        request.setRawHeader("x-ms-date", SharedKeySigner::rfc1123(signedAt));
        request.setRawHeader("x-ms-version", SharedKeySigner::kVersion);
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    }
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb);
    ReplySizeLimit::apply(reply, m_maxResponseBytes);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeoutMs);
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    QPointer<QObject> guard(context);
    // The time limit is for the service's answer, not for the proxy check that may follow it.
    connect(reply, &QNetworkReply::finished, timer, &QTimer::stop);
    NetworkErrorText::onFinished(
        reply, this, [this, reply, verb, url, credentials, guard, callback, attempt, timedOut, elapsed] {
            reply->deleteLater();
            Reply result = readReply(reply, *timedOut);
            const QString line = Redaction::attemptLine(verb, url, result.status, elapsed->elapsed(), attempt);
            if (result.error.isError())
                qCWarning(lcStorage).noquote() << line << result.error.code << "request id" << result.error.requestId;
            else
                qCDebug(lcStorage).noquote() << line;
            if (!guard)
                return;
            // An oversized answer is not retried: asking again would bring the same flood.
            const RetryDecision decision = ReplySizeLimit::exceeded(reply)
                ? RetryDecision()
                : TransportPolicy::classify(result.status,
                    *timedOut ? QNetworkReply::TimeoutError : NetworkErrorText::effectiveError(reply),
                    isIdempotent(verb));
            if (result.error.isError() && m_policy.shouldRetry(decision, attempt)) {
                const int delay = m_policy.delayFor(attempt, result.headers.value("retry-after"), now());
                qCInfo(lcStorage).noquote()
                    << Redaction::requestLine(verb, url) << "retrying in" << delay << "ms (attempt" << attempt + 1
                    << "of" << m_policy.retry().maxAttempts << ")";
                // The timer lives on this client, not the caller's context: the lambda
                // uses the client, which may be gone (a cloud switch) before the caller.
                QTimer::singleShot(
                    delay, Qt::PreciseTimer, this, [this, verb, url, credentials, guard, callback, attempt] {
                        if (!guard)
                            return;
                        send(verb, url, credentials, guard, callback, attempt + 1);
                    });
                return;
            }
            callback(result);
        });
}

BlobClient::Reply BlobClient::readReply(QNetworkReply *reply, bool timedOut) const
{
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool tooLarge = ReplySizeLimit::exceeded(reply);
    if (!tooLarge)
        result.body = reply->readAll();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        result.headers.insert(pair.first.toLower(), pair.second);
    result.error.requestId = QString::fromLatin1(result.headers.value("x-ms-request-id"));
    if (tooLarge) {
        result.error.kind = StorageError::Kind::Malformed;
        result.error.message = ReplySizeLimit::describe(reply, m_maxResponseBytes);
    } else if (result.status == 0) {
        result.error.kind = timedOut ? StorageError::Kind::Timeout : StorageError::Kind::Network;
        result.error.message = timedOut ? reply->errorString() : NetworkErrorText::describe(reply);
    } else if (result.status >= 300) {
        result.error.kind = StorageError::Kind::Http;
        result.error.httpStatus = result.status;
        result.error.code = QString::fromLatin1(result.headers.value("x-ms-error-code"));
        parseErrorXml(result.body, result.error);
        if (result.error.message.isEmpty())
            result.error.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error.kind = StorageError::Kind::Malformed;
        result.error.message = tr("the answer was cut off: %1").arg(reply->errorString());
    }
    if (!result.error.isError())
        result.error = StorageError(); // no request id on a success: callers test isError() only
    return result;
}

QDateTime BlobClient::now() const
{
    return m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
}

} // namespace Apim::Core
