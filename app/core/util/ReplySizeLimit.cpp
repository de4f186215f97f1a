#include "util/ReplySizeLimit.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace Apim::Core {

namespace {
constexpr char kExceededProperty[] = "apimReplyTooLarge";

// Qt inflates gzip/deflate answers itself and gives up with UnknownContentError once the
// output passes QNetworkRequest::decompressedSafetyCheckThreshold() at an implausible ratio.
bool inflatedTooFar(const QNetworkReply *reply)
{
    return reply->error() == QNetworkReply::UnknownContentError && reply->hasRawHeader("Content-Encoding");
}
} // namespace

void ReplySizeLimit::apply(QNetworkReply *reply, qint64 maxBytes)
{
    if (!reply || maxBytes <= 0)
        return;
    auto check = [reply, maxBytes](qint64 received) {
        if (reply->property(kExceededProperty).toBool() || reply->isFinished())
            return;
        bool announced = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&announced);
        if (received > maxBytes || (announced && length > maxBytes)) {
            reply->setProperty(kExceededProperty, true);
            reply->abort();
        }
    };
    // The headers alone can tell (Content-Length); a chunked answer shows it as it streams.
    // readyRead comes with every piece (downloadProgress is throttled and can fall silent
    // while the last megabytes sit unread); our callers read only at the end, so what is
    // available is what was received.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [check] { check(0); });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, check] { check(reply->bytesAvailable()); });
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, reply, [check](qint64 received, qint64) { check(received); });
}

bool ReplySizeLimit::exceeded(const QNetworkReply *reply)
{
    return reply && (reply->property(kExceededProperty).toBool() || inflatedTooFar(reply));
}

QString ReplySizeLimit::describe(const QNetworkReply *reply, qint64 maxBytes)
{
    if (reply && !reply->property(kExceededProperty).toBool() && inflatedTooFar(reply))
        return tr("the answer is compressed to an implausible degree (a compression bomb that would inflate far "
                  "beyond any answer this tool expects), so it was not read");
    return message(maxBytes);
}

QString ReplySizeLimit::message(qint64 maxBytes)
{
    return tr("the answer is larger than %1 MB, far more than any answer this tool expects, so it was not read")
        .arg(maxBytes / (1024 * 1024));
}

} // namespace Apim::Core
