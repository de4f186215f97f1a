#include "notify/WebhookPayload.h"

#include <QJsonArray>

namespace Apim::Core {

namespace {
QString slackEscape(QString text)
{
    // Slack's mrkdwn gives &, < and > a meaning of their own.
    text.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    text.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    text.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return text;
}

QString cut(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + QChar(0x2026);
}

QString teamsColor(NotificationEvent::Result result)
{
    switch (result) {
    case NotificationEvent::Result::Succeeded:
        return QStringLiteral("Good");
    case NotificationEvent::Result::Failed:
        return QStringLiteral("Attention");
    case NotificationEvent::Result::Skipped:
        return QStringLiteral("Warning");
    case NotificationEvent::Result::Test:
        return QStringLiteral("Accent");
    }
    return QStringLiteral("Default");
}

QString blobPath(const NotificationEvent::Service &service)
{
    if (service.blobName.isEmpty())
        return {};
    return QStringLiteral("%1/%2/%3").arg(service.storageAccount, service.container, service.blobName);
}

// Problems first: the failed and skipped services are what a reader looks for.
QList<NotificationEvent::Service> problemsFirst(const QList<NotificationEvent::Service> &services)
{
    QList<NotificationEvent::Service> ordered;
    for (const auto &service : services) {
        if (service.result == QLatin1String("Failed"))
            ordered.append(service);
    }
    for (const auto &service : services) {
        if (service.result != QLatin1String("Failed") && service.result != QLatin1String("Succeeded"))
            ordered.append(service);
    }
    for (const auto &service : services) {
        if (service.result == QLatin1String("Succeeded"))
            ordered.append(service);
    }
    return ordered;
}
} // namespace

QString WebhookPayload::timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString WebhookPayload::serviceLine(const NotificationEvent::Service &service)
{
    QString line = QStringLiteral("%1: %2").arg(service.name, service.result);
    if (!service.reason.isEmpty())
        line += QStringLiteral(" (%1)").arg(service.reason);
    if (service.result == QLatin1String("Succeeded")) {
        if (!service.blobName.isEmpty())
            line += QStringLiteral(" - ") + blobPath(service);
    } else if (!service.message.isEmpty()) {
        line += QStringLiteral(" - ") + cut(service.message, 400);
    }
    return line;
}

QJsonObject WebhookPayload::build(WebhookFormat::Kind kind, const NotificationEvent &event)
{
    switch (kind) {
    case WebhookFormat::Kind::Teams:
        return teams(event);
    case WebhookFormat::Kind::Slack:
        return slack(event);
    case WebhookFormat::Kind::Auto:
    case WebhookFormat::Kind::Generic:
        break;
    }
    return generic(event);
}

QJsonObject WebhookPayload::teams(const NotificationEvent &event)
{
    QJsonArray body;
    body.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextBlock") },
        { QStringLiteral("size"), QStringLiteral("Large") }, { QStringLiteral("weight"), QStringLiteral("Bolder") },
        { QStringLiteral("color"), teamsColor(event.result) }, { QStringLiteral("wrap"), true },
        { QStringLiteral("text"), event.title } });
    if (!event.message.isEmpty())
        body.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextBlock") },
            { QStringLiteral("wrap"), true }, { QStringLiteral("text"), event.message } });
    QJsonArray facts;
    const auto fact = [&facts](const QString &title, const QString &value) {
        if (!value.isEmpty())
            facts.append(QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("value"), value } });
    };
    fact(tr("Result"), NotificationEvent::resultName(event.result));
    fact(tr("Operation"), event.operation);
    fact(tr("Host"), event.host);
    fact(tr("Started"), timeText(event.startedAt));
    fact(tr("Finished"), timeText(event.finishedAt));
    body.append(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("FactSet") }, { QStringLiteral("facts"), facts } });
    const QList<NotificationEvent::Service> services = problemsFirst(event.services);
    for (int i = 0; i < services.size() && i < kMaxListedServices; ++i) {
        const bool failed = services.at(i).result == QLatin1String("Failed");
        body.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextBlock") },
            { QStringLiteral("wrap"), true }, { QStringLiteral("spacing"), QStringLiteral("Small") },
            { QStringLiteral("color"), failed ? QStringLiteral("Attention") : QStringLiteral("Default") },
            { QStringLiteral("text"), serviceLine(services.at(i)) } });
    }
    if (services.size() > kMaxListedServices)
        body.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextBlock") },
            { QStringLiteral("wrap"), true }, { QStringLiteral("isSubtle"), true },
            { QStringLiteral("text"), tr("... and %n more.", nullptr, int(services.size()) - kMaxListedServices) } });
    const QJsonObject card { { QStringLiteral("$schema"),
                                 QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json") },
        { QStringLiteral("type"), QStringLiteral("AdaptiveCard") },
        { QStringLiteral("version"), QStringLiteral("1.4") },
        { QStringLiteral("msteams"), QJsonObject { { QStringLiteral("width"), QStringLiteral("Full") } } },
        { QStringLiteral("body"), body } };
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("message") },
        { QStringLiteral("summary"), event.title },
        { QStringLiteral("attachments"),
            QJsonArray { QJsonObject {
                { QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive") },
                { QStringLiteral("contentUrl"), QJsonValue::Null }, { QStringLiteral("content"), card } } } } };
}

QJsonObject WebhookPayload::slack(const NotificationEvent &event)
{
    QJsonArray blocks;
    // Slack: a header holds at most 150 characters, a section's text 3000, ten fields.
    blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("header") },
        { QStringLiteral("text"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("plain_text") },
                { QStringLiteral("text"), cut(event.title, 150) } } } });
    if (!event.message.isEmpty())
        blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("section") },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                    { QStringLiteral("text"), cut(slackEscape(event.message), 3000) } } } });
    QJsonArray fields;
    const auto field = [&fields](const QString &title, const QString &value) {
        if (!value.isEmpty())
            fields.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                { QStringLiteral("text"), QStringLiteral("*%1*\n%2").arg(title, slackEscape(value)) } });
    };
    field(tr("Result"), NotificationEvent::resultName(event.result));
    field(tr("Host"), event.host);
    field(tr("Started"), timeText(event.startedAt));
    field(tr("Finished"), timeText(event.finishedAt));
    blocks.append(
        QJsonObject { { QStringLiteral("type"), QStringLiteral("section") }, { QStringLiteral("fields"), fields } });
    const QList<NotificationEvent::Service> services = problemsFirst(event.services);
    QStringList lines;
    for (int i = 0; i < services.size() && i < kMaxListedServices; ++i)
        lines << QStringLiteral("\u2022 ") + slackEscape(serviceLine(services.at(i)));
    if (services.size() > kMaxListedServices)
        lines << tr("... and %n more.", nullptr, int(services.size()) - kMaxListedServices);
    if (!lines.isEmpty())
        blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("section") },
            { QStringLiteral("text"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                    { QStringLiteral("text"), cut(lines.join(QLatin1Char('\n')), 3000) } } } });
    blocks.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("context") },
        { QStringLiteral("elements"),
            QJsonArray { QJsonObject { { QStringLiteral("type"), QStringLiteral("mrkdwn") },
                { QStringLiteral("text"), slackEscape(tr("apim-backup-cli on %1").arg(event.host)) } } } } });
    // text: what notifications and clients without blocks show.
    return QJsonObject { { QStringLiteral("text"), slackEscape(event.title + QStringLiteral(". ") + event.message) },
        { QStringLiteral("blocks"), blocks } };
}

QJsonObject WebhookPayload::generic(const NotificationEvent &event)
{
    QJsonArray services;
    for (const NotificationEvent::Service &service : event.services) {
        QJsonObject object { { QStringLiteral("serviceId"), service.id }, { QStringLiteral("service"), service.name },
            { QStringLiteral("result"), service.result }, { QStringLiteral("message"), service.message } };
        if (!service.reason.isEmpty())
            object.insert(QStringLiteral("reason"), service.reason);
        if (!service.code.isEmpty())
            object.insert(QStringLiteral("code"), service.code);
        if (!service.blobName.isEmpty())
            object.insert(QStringLiteral("blob"),
                QJsonObject { { QStringLiteral("account"), service.storageAccount },
                    { QStringLiteral("container"), service.container }, { QStringLiteral("name"), service.blobName } });
        if (!service.operationId.isEmpty())
            object.insert(QStringLiteral("operationId"), service.operationId);
        if (service.startedAt.isValid())
            object.insert(QStringLiteral("startedAt"), service.startedAt.toUTC().toString(Qt::ISODate));
        if (service.finishedAt.isValid())
            object.insert(QStringLiteral("finishedAt"), service.finishedAt.toUTC().toString(Qt::ISODate));
        services.append(object);
    }
    QJsonObject object { { QStringLiteral("source"), QStringLiteral("apim-backup") },
        { QStringLiteral("schemaVersion"), 1 }, { QStringLiteral("operation"), event.operation },
        { QStringLiteral("result"), NotificationEvent::resultName(event.result) },
        { QStringLiteral("title"), event.title }, { QStringLiteral("message"), event.message },
        { QStringLiteral("host"), event.host },
        { QStringLiteral("counts"),
            QJsonObject { { QStringLiteral("succeeded"), event.count(QStringLiteral("Succeeded")) },
                { QStringLiteral("failed"), event.count(QStringLiteral("Failed")) },
                { QStringLiteral("skipped"), event.count(QStringLiteral("Skipped")) } } },
        { QStringLiteral("services"), services } };
    if (event.startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), event.startedAt.toUTC().toString(Qt::ISODate));
    if (event.finishedAt.isValid())
        object.insert(QStringLiteral("finishedAt"), event.finishedAt.toUTC().toString(Qt::ISODate));
    return object;
}

} // namespace Apim::Core
