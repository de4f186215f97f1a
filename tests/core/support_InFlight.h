#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace Apim::Test {

// What the simulator's request log (GET /_sim/requests, in the order served) says about
// backups in flight: one is in flight from its accepted POST .../service/{name}/backup
// (202) to the first answer of its Location (.../operationresults/...) that is not 202.
// The order of the log is the order the single-threaded simulator served the requests,
// so this holds whatever the timing.
struct InFlight
{
    int maxInFlight = 0;
    int accepted = 0; // backup POSTs answered 202
    QStringList overlappingOnOneService; // a second backup started while one ran
    QHash<QString, int> postsPerService; // every backup POST, whatever its answer

    static InFlight fromLog(const QJsonArray &requests)
    {
        static const QRegularExpression post(
            QStringLiteral("/service/([^/]+)/backup$"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression poll(
            QStringLiteral("/service/([^/]+)/operationresults/"), QRegularExpression::CaseInsensitiveOption);
        InFlight result;
        QSet<QString> open;
        for (const QJsonValue &value : requests) {
            const QJsonObject entry = value.toObject();
            const QString method = entry.value(QLatin1String("method")).toString();
            const QString path = entry.value(QLatin1String("path")).toString();
            const int status = entry.value(QLatin1String("status")).toInt();
            if (method == QLatin1String("POST")) {
                const QRegularExpressionMatch match = post.match(path);
                if (!match.hasMatch())
                    continue;
                const QString service = match.captured(1).toLower();
                ++result.postsPerService[service];
                if (status != 202)
                    continue;
                ++result.accepted;
                if (open.contains(service))
                    result.overlappingOnOneService.append(service);
                open.insert(service);
                result.maxInFlight = qMax(result.maxInFlight, int(open.size()));
            } else if (method == QLatin1String("GET") && status != 202) {
                const QRegularExpressionMatch match = poll.match(path);
                if (match.hasMatch())
                    open.remove(match.captured(1).toLower());
            }
        }
        return result;
    }
};

} // namespace Apim::Test
