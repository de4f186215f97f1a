#pragma once

#include <QCoreApplication>
#include <QString>

class QNetworkReply;

namespace Apim::Core {

// Caps how much of an answer is read. Every client here reads a reply whole into memory,
// so a server - or something posing as one - that announces or streams gigabytes would
// otherwise exhaust it. No answer this tool expects comes near the default.
class ReplySizeLimit
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::ReplySizeLimit)
public:
    static constexpr qint64 kDefaultMaxBytes = 64LL * 1024 * 1024;

    // Aborts reply as soon as its Content-Length or the bytes received pass maxBytes;
    // finished() follows as for any abort, and exceeded() then says why.
    static void apply(QNetworkReply *reply, qint64 maxBytes = kDefaultMaxBytes);
    // True when apply() cut the answer off, and when Qt stopped inflating a compressed
    // answer that grew far beyond its size on the wire (a compression bomb): what was read
    // is a fragment either way and must not be parsed as the answer.
    static bool exceeded(const QNetworkReply *reply);
    // "the answer is larger than 64 MB ..." for an error message.
    static QString message(qint64 maxBytes);
    // message(), or the compression-bomb wording when that is why exceeded() holds.
    static QString describe(const QNetworkReply *reply, qint64 maxBytes);
};

} // namespace Apim::Core
