#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <functional>

namespace Apim::Cli {

// Where the CLI writes: results to stdout (plain text, or JSON with --json), errors and
// progress to stderr, so that `apim-backup-cli --json ... | jq` always sees clean JSON.
class Output
{
public:
    Output();

    void setJson(bool json) { m_json = json; }
    bool isJson() const { return m_json; }
    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool isVerbose() const { return m_verbose; }

    void line(const QString &text = {}); // stdout
    void json(const QJsonValue &value); // stdout, one document
    // stdout, an array of count objects written one element at a time, byte for byte as
    // json() would write the whole array: a list of 10,000 services never becomes one
    // document in memory.
    void jsonArray(qsizetype count, const std::function<QJsonObject(qsizetype)> &element);
    void info(const QString &text); // stderr: progress, prompts, the device code
    void verbose(const QString &text); // stderr, only with --verbose
    // stderr; with --json {"error":{"code":..., "message":...}}.
    void error(const QString &message, const QString &code = {});
    // The message of the last error() (for a notification about how the run ended).
    QString lastError() const { return m_lastError; }

    // The text with what a terminal would act on (escape sequences, carriage returns, other
    // control characters, bidirectional overrides) written out visibly, e.g. "\\e[32m".
    // Everything printed in plain mode goes through it: much of it comes from Azure.
    static QString escapeControls(const QString &text);

    // Aligned columns for lists in plain mode.
    void table(const QStringList &headers, const QList<QStringList> &rows);

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_json = false;
    bool m_verbose = false;
    QString m_lastError;
};

} // namespace Apim::Cli
