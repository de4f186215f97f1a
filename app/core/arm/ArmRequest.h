#pragma once

#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Apim::Core {

// One ARM call as a value: what to send and how to behave when it goes wrong. ArmClient
// turns it into an ArmJob.
struct ArmRequest
{
    QByteArray method = "GET";
    QString path; // relative to the cloud's resourceManager URL, e.g. "/subscriptions"
    QUrl url; // absolute (a nextLink, a Location); used instead of path when set
    QString apiVersion; // added as api-version=... unless the URL already carries one
    QList<QPair<QString, QString>> query; // extra query items ($filter, ...)
    QJsonDocument body; // sent as application/json when not null
    bool sendEmptyBody = false; // POST with an empty body (listKeys)
    int timeoutMs = 60000; // per attempt; ARM itself gives resource providers 60 s
    RetryPolicy retry;
    // False for calls that start something (backup, restore): when their fate is
    // unknown (dropped connection, timeout, 5xx) they are never repeated; the caller
    // checks the service's state instead of risking a second backup.
    bool idempotent = true;
    // Sent as x-ms-correlation-request-id when set: ARM files the Activity Log events of
    // what it accepted under it, so a start whose answer is lost can be looked up there.
    QString correlationId;

    static ArmRequest get(const QString &path, const QString &apiVersion)
    {
        ArmRequest request;
        request.path = path;
        request.apiVersion = apiVersion;
        return request;
    }

    static ArmRequest getUrl(const QUrl &url)
    {
        ArmRequest request;
        request.url = url;
        return request;
    }

    static ArmRequest post(const QString &path, const QString &apiVersion, const QJsonObject &body)
    {
        ArmRequest request;
        request.method = "POST";
        request.path = path;
        request.apiVersion = apiVersion;
        request.body = QJsonDocument(body);
        return request;
    }

    ArmRequest &withQuery(const QString &name, const QString &value)
    {
        query.append({ name, value });
        return *this;
    }
};

} // namespace Apim::Core
