#pragma once

#include "HttpTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QList>

namespace Apim::Sim {

// The one place that prints requests: every served request goes to the --log file as
// "METHOD path status ms" and is kept for GET /_sim/requests. Secrets (Authorization,
// access keys, client secrets, codes, refresh tokens, passwords) become "***" here.
class RequestLog
{
public:
    explicit RequestLog(const QString &filePath = {});

    void record(const SimRequest &request, int status, qint64 elapsedMs, const QString &note = {});
    QJsonArray toJson() const;
    void clear() { m_entries.clear(); }

    static QString redactedTarget(const SimRequest &request); // path?query with secrets masked
    static QByteArray redactedBody(const SimRequest &request);
    static bool isSecretName(const QString &name);

private:
    QFile m_file;
    QList<QJsonObject> m_entries;
};

} // namespace Apim::Sim
