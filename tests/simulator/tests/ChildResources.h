#pragma once

#include "DemoEstate.h"
#include "SimClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>

// Helpers the simulator's child resource and restore drill tests share.
namespace Apim::SimTest::Children {

inline const QStringList Collections { QStringLiteral("apis"), QStringLiteral("products"),
    QStringLiteral("namedValues"), QStringLiteral("backends"), QStringLiteral("policies"),
    QStringLiteral("subscriptions"), QStringLiteral("users") };

inline QString withApi(const QString &path)
{
    return path + (path.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("api-version=2024-05-01");
}

// Every child resource of a service as {collection: {name: properties}}, with the service's
// own id replaced by "{service}" so two services' configurations compare equal when they
// hold the same things.
inline QJsonObject snapshot(SimClient &client, const QString &service, const QString &token)
{
    QJsonObject all;
    for (const QString &collection : Collections) {
        QJsonObject items;
        const QJsonArray page = client.getAllPages(withApi(service + QLatin1Char('/') + collection), token);
        for (const QJsonValue &v : page)
            items.insert(
                v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("properties")));
        all.insert(collection, items);
    }
    QByteArray text = QJsonDocument(all).toJson(QJsonDocument::Compact);
    text.replace(service.toUtf8(), "{service}");
    return QJsonDocument::fromJson(text).object();
}

// The Activity Log events of a resource and its children, newest first.
inline QJsonArray activity(
    SimClient &client, const QString &subscription, const QString &resource, const QString &token)
{
    const QString filter = QStringLiteral("eventTimestamp ge '%1' and eventTimestamp le '%2' and resourceUri eq '%3'")
                               .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate),
                                   QDateTime::currentDateTimeUtc().addDays(60).toString(Qt::ISODate), resource);
    return client.getAllPages(QStringLiteral("/subscriptions/%1/providers/Microsoft.Insights/eventtypes/management/"
                                             "values?api-version=2015-04-01&$filter=%2")
                                  .arg(subscription, QString::fromLatin1(QUrl::toPercentEncoding(filter))),
        token);
}

// "operationName status" of each event, e.g. "Microsoft.ApiManagement/service/apis/write Succeeded".
inline QStringList eventSummaries(const QJsonArray &events)
{
    QStringList summaries;
    for (const QJsonValue &v : events) {
        const QJsonObject e = v.toObject();
        summaries << e.value(QLatin1String("operationName")).toObject().value(QLatin1String("value")).toString()
                + QLatin1Char(' ')
                + e.value(QLatin1String("status")).toObject().value(QLatin1String("value")).toString();
    }
    return summaries;
}

} // namespace Apim::SimTest::Children
