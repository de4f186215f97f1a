#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Apim::Core::Redaction {

// The only way request details reach a log: every token, key, secret, code and SAS
// signature is replaced by "***" here, so no caller has to remember which fields are
// sensitive.
QString url(const QUrl &url); // query values of sensitive parameters (sig, code, ...); a webhook's path
// A URL whose path is the secret (a notification webhook): "https://hooks.slack.com/***".
QString secretPathUrl(const QUrl &url);
QString headerValue(const QByteArray &name, const QByteArray &value); // Authorization, x-ms-*key*
QString body(const QByteArray &body); // JSON or form-encoded bodies
QString requestLine(const QByteArray &verb, const QUrl &url);
// One attempt of a request, the same in every client's log:
// "GET https://host/path?sig=*** -> 503 in 120 ms, attempt 2" (status 0: no answer).
QString attemptLine(const QByteArray &verb, const QUrl &url, int status, qint64 elapsedMs, int attempt);

bool isSensitiveName(const QString &name);

} // namespace Apim::Core::Redaction
