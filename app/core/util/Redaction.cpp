#include "util/Redaction.h"

#include "notify/WebhookFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

namespace Apim::Core::Redaction {

namespace {
const QString kMask = QStringLiteral("***");

// Names that are secret only in URLs and form bodies: an OAuth "code" is a secret there,
// while a JSON "code" is an ARM error code that logs must keep.
bool isSensitiveFormName(const QString &name)
{
    return isSensitiveName(name) || name.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("sig"), Qt::CaseInsensitive) == 0;
}

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        // listKeys answers {"keyName": "key1", "value": "<key>"}.
        const bool isStorageKey = object.contains(QLatin1String("keyName"));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool sensitive = isSensitiveName(it.key()) || (isStorageKey && it.key() == QLatin1String("value"));
            if (sensitive && !it.value().isObject() && !it.value().isArray())
                it.value() = kMask;
            else
                it.value() = redactJson(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            array[i] = redactJson(array.at(i));
        return array;
    }
    return value;
}

QString redactForm(const QString &encoded)
{
    QUrlQuery query(encoded);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (isSensitiveFormName(item.first))
            item.second = kMask;
    }
    QUrlQuery redacted;
    redacted.setQueryItems(items);
    return redacted.toString(QUrl::FullyEncoded);
}
} // namespace

bool isSensitiveName(const QString &name)
{
    // The names Entra, ARM and Storage use for secrets, in any case and spelling:
    // access_token, refreshToken, client_secret, code_verifier, device_code, accessKey, password.
    static const QRegularExpression pattern(
        QStringLiteral("^(.*token|.*secret.*|.*password.*|code_?verifier|device_?code|client_?assertion|"
                       "assertion|access_?key|account_?key|primary_?key|secondary_?key|key|keys|authorization|"
                       "x-ms-.*key.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name).hasMatch();
}

QString secretPathUrl(const QUrl &target)
{
    QUrl copy;
    copy.setScheme(target.scheme());
    copy.setHost(target.host());
    copy.setPort(target.port());
    return copy.toString() + QStringLiteral("/") + kMask;
}

QString url(const QUrl &target)
{
    // Teams and Slack webhooks carry their secret in the path: whoever has it may post.
    if (WebhookFormat::detect(target) != WebhookFormat::Kind::Generic)
        return secretPathUrl(target);
    if (!target.hasQuery())
        return target.toString(QUrl::RemoveUserInfo);
    QUrl copy(target);
    copy.setQuery(redactForm(target.query(QUrl::FullyEncoded)), QUrl::StrictMode);
    return copy.toString(QUrl::RemoveUserInfo);
}

QString headerValue(const QByteArray &name, const QByteArray &value)
{
    const QString lower = QString::fromLatin1(name).toLower();
    if (lower == QLatin1String("authorization")) {
        // Keep the scheme (Bearer, SharedKey) so a log still says how the call was signed.
        const int space = value.indexOf(' ');
        return space > 0 ? QString::fromLatin1(value.left(space)) + QLatin1Char(' ') + kMask : kMask;
    }
    if (isSensitiveName(lower) || lower.contains(QLatin1String("cookie")))
        return kMask;
    return QString::fromLatin1(value);
}

QString body(const QByteArray &payload)
{
    if (payload.isEmpty())
        return {};
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonDocument redacted = document.isArray() ? QJsonDocument(redactJson(document.array()).toArray())
                                                          : QJsonDocument(redactJson(document.object()).toObject());
        return QString::fromUtf8(redacted.toJson(QJsonDocument::Compact));
    }
    QString text = QString::fromUtf8(payload);
    const QString start = text.left(64).trimmed();
    const bool jsonLike = start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));
    if (!jsonLike && text.contains(QLatin1Char('=')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('<')))
        return redactForm(text);
    // JSON that does not parse (cut off, or padded with something else) still carries
    // secrets: mask every "...token/secret/key/password..." string value - to the end of
    // the text when its closing quote never came - before anything is shown.
    static const QRegularExpression sensitiveField(
        QStringLiteral("(\"[A-Za-z0-9_\\-]*(?:token|secret|key|password|verifier|device_?code|assertion)"
                       "[A-Za-z0-9_\\-]*\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(sensitiveField, QStringLiteral("\\1") + kMask);
    // listKeys: {"keyName": "key1", "value": "<key>", ...}
    if (text.contains(QLatin1String("\"keyName\""), Qt::CaseInsensitive)) {
        static const QRegularExpression valueField(
            QStringLiteral("(\"value\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*"), QRegularExpression::CaseInsensitiveOption);
        text.replace(valueField, QStringLiteral("\\1") + kMask);
    }
    // XML from Blob storage or an HTML error page carries none of our secrets, but may be
    // large: keep its head.
    return text.left(512);
}

QString requestLine(const QByteArray &verb, const QUrl &target)
{
    return QString::fromLatin1(verb) + QLatin1Char(' ') + url(target);
}

QString attemptLine(const QByteArray &verb, const QUrl &target, int status, qint64 elapsedMs, int attempt)
{
    // One multi-arg pass: a chained arg() would read the URL's own "%2F" as a placeholder.
    return QStringLiteral("%1 -> %2 in %3 ms, attempt %4")
        .arg(requestLine(verb, target), QString::number(status), QString::number(elapsedMs), QString::number(attempt));
}

} // namespace Apim::Core::Redaction
