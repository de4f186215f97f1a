#include "RequestLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace Apim::Sim {

namespace {
constexpr int MaxEntries = 5000;
constexpr int MaxBodyInLog = 4096;
const QString Masked = QStringLiteral("***");

QJsonValue redactJson(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = RequestLog::isSecretName(it.key()) ? QJsonValue(Masked) : redactJson(it.value());
        return o;
    }
    if (value.isArray()) {
        QJsonArray a;
        for (const QJsonValue &v : value.toArray())
            a.append(redactJson(v));
        return a;
    }
    return value;
}
} // namespace

RequestLog::RequestLog(const QString &filePath)
{
    if (!filePath.isEmpty()) {
        m_file.setFileName(filePath);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            std::fprintf(stderr, "azure-sim: cannot write the request log %s\n", qPrintable(filePath));
    }
}

bool RequestLog::isSecretName(const QString &name)
{
    static const QStringList secrets { QStringLiteral("authorization"), QStringLiteral("accesskey"),
        QStringLiteral("client_secret"), QStringLiteral("refresh_token"), QStringLiteral("access_token"),
        QStringLiteral("id_token"), QStringLiteral("code"), QStringLiteral("code_verifier"),
        QStringLiteral("device_code"), QStringLiteral("password"), QStringLiteral("secret"),
        QStringLiteral("client_assertion"), QStringLiteral("assertion"), QStringLiteral("sig"), QStringLiteral("value"),
        QStringLiteral("key"), QStringLiteral("user_code"), QStringLiteral("x-ms-meta-key") };
    return secrets.contains(name.toLower());
}

QString RequestLog::redactedTarget(const SimRequest &request)
{
    if (request.query.isEmpty())
        return request.path;
    QStringList parts;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        parts << item.first + QLatin1Char('=') + (isSecretName(item.first) ? Masked : item.second);
    return request.path + QLatin1Char('?') + parts.join(QLatin1Char('&'));
}

QByteArray RequestLog::redactedBody(const SimRequest &request)
{
    if (request.body.isEmpty())
        return {};
    const QByteArray type = request.header("Content-Type").toLower();
    QByteArray result;
    if (type.contains("x-www-form-urlencoded")) {
        QStringList parts;
        const auto fields = request.formFields();
        for (const auto &field : fields)
            parts << field.first + QLatin1Char('=') + (isSecretName(field.first) ? Masked : field.second);
        result = parts.join(QLatin1Char('&')).toUtf8();
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (doc.isObject())
            result = QJsonDocument(redactJson(doc.object()).toObject()).toJson(QJsonDocument::Compact);
        else if (doc.isArray())
            result = QJsonDocument(redactJson(doc.array()).toArray()).toJson(QJsonDocument::Compact);
        else
            result = "<" + QByteArray::number(request.body.size()) + " bytes, not logged>";
    }
    return result.left(MaxBodyInLog);
}

void RequestLog::record(const SimRequest &request, int status, qint64 elapsedMs, const QString &note)
{
    const QString target = redactedTarget(request);
    const QString statusText = status > 0 ? QString::number(status) : note;
    const QString line
        = QStringLiteral("%1 %2 %3 %4ms").arg(QString::fromLatin1(request.method), target, statusText).arg(elapsedMs);
    // One line per request goes to the --log file; without one, to stderr.
    if (m_file.isOpen()) {
        m_file.write(line.toUtf8() + '\n');
        m_file.flush();
    } else {
        std::fprintf(stderr, "%s\n", qPrintable(line));
    }

    QJsonObject headers;
    for (const auto &h : request.headers) {
        const QString name = QString::fromLatin1(h.first).toLower();
        headers.insert(name, isSecretName(name) ? Masked : QString::fromLatin1(h.second));
    }
    QJsonObject entry {
        { QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("receivedAt"),
            QDateTime::fromMSecsSinceEpoch(request.receivedAtMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("receivedAtMs"), request.receivedAtMs }, // ms since the epoch
        { QStringLiteral("sentAtMs"), QDateTime::currentMSecsSinceEpoch() }, // the answer left (or was dropped)
        { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("path"), request.path },
        { QStringLiteral("target"), target },
        { QStringLiteral("status"), status },
        { QStringLiteral("ms"), elapsedMs },
        { QStringLiteral("headers"), headers },
        { QStringLiteral("body"), QString::fromUtf8(redactedBody(request)) },
    };
    if (!note.isEmpty())
        entry.insert(QStringLiteral("note"), note);
    m_entries.append(entry);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray array;
    for (const QJsonObject &e : m_entries)
        array.append(e);
    return array;
}

} // namespace Apim::Sim
