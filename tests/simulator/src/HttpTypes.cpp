#include "HttpTypes.h"

#include <QJsonDocument>
#include <QUrl>

namespace Apim::Sim {

QByteArray SimRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString SimRequest::queryValue(const QString &name) const
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (item.first.compare(name, Qt::CaseInsensitive) == 0)
            return item.second;
    }
    return {};
}

QList<QPair<QString, QString>> parseForm(const QByteArray &body)
{
    QList<QPair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({ QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value) });
    }
    return fields;
}

QList<QPair<QString, QString>> SimRequest::formFields() const
{
    return parseForm(body);
}

QString SimRequest::formValue(const QString &name) const
{
    const auto fields = formFields();
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

void SimResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({ name, value });
}

QByteArray SimResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimResponse SimResponse::json(int status, const QJsonObject &body)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SimResponse SimResponse::json(int status, const QByteArray &compactJson)
{
    SimResponse r;
    r.status = status;
    r.body = compactJson;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SimResponse SimResponse::json(int status, const QJsonArray &body)
{
    SimResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    return r;
}

SimResponse SimResponse::empty(int status)
{
    SimResponse r;
    r.status = status;
    return r;
}

SimResponse SimResponse::html(int status, const QString &page)
{
    SimResponse r;
    r.status = status;
    r.body = page.toUtf8();
    r.setHeader("Content-Type", "text/html; charset=utf-8");
    return r;
}

SimResponse SimResponse::armError(int status, const QString &code, const QString &message, const QJsonArray &details)
{
    QJsonObject error { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return json(status, QJsonObject { { QStringLiteral("error"), error } });
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 202:
        return QStringLiteral("Accepted");
    case 204:
        return QStringLiteral("No Content");
    case 302:
        return QStringLiteral("Found");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Status");
    }
}

} // namespace Apim::Sim
