#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <functional>

namespace Apim::Sim {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A request copied out of QHttpServerRequest, so handlers may answer it later.
struct SimRequest
{
    QByteArray method; // upper case
    QString path; // decoded, without the query
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QString scheme = QStringLiteral("http");
    QString host; // Host header, or 127.0.0.1:port
    bool tokenExpiredByFault = false;
    // The caller's x-ms-correlation-request-id, or one made up for this request: every
    // Activity Log event a request causes, and its response header, share it, as in ARM.
    QString correlationId;
    // When the request arrived (UTC, ms): the request log shows it beside the time the
    // answer left, so tests can prove a client waited as long as Retry-After asked.
    qint64 receivedAtMs = 0;

    QByteArray header(const QByteArray &name) const;
    QString queryValue(const QString &name) const; // name matched case-insensitively, as ARM does
    QString baseUrl() const { return scheme + QStringLiteral("://") + host; }
    QString methodAndPath() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
    // application/x-www-form-urlencoded body; '+' means space.
    QList<QPair<QString, QString>> formFields() const;
    QString formValue(const QString &name) const;
};

struct SimResponse
{
    enum class Delivery { Normal, Drop, Truncate };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(int status, const QJsonObject &body);
    static SimResponse json(int status, const QJsonArray &body);
    static SimResponse json(int status, const QByteArray &compactJson); // already serialised
    static SimResponse empty(int status);
    static SimResponse html(int status, const QString &page);
    // ARM ErrorResponse: {"error":{"code","message"}}
    static SimResponse armError(
        int status, const QString &code, const QString &message, const QJsonArray &details = {});
};

using Responder = std::function<void(SimResponse)>;

QString reasonPhrase(int status);
QList<QPair<QString, QString>> parseForm(const QByteArray &body);

} // namespace Apim::Sim
