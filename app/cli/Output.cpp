#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace Apim::Cli {

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
{ }

void Output::line(const QString &text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Output::info(const QString &text)
{
    m_err << text << '\n';
    m_err.flush();
}

void Output::verbose(const QString &text)
{
    if (m_verbose)
        info(text);
}

void Output::error(const QString &message, const QString &code)
{
    m_lastError = message;
    if (m_json) {
        QJsonObject error { { QStringLiteral("message"), message } };
        if (!code.isEmpty())
            error.insert(QStringLiteral("code"), code);
        m_err << QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("error"), error } }).toJson(QJsonDocument::Compact))
              << '\n';
    } else {
        m_err << QStringLiteral("error: ") << message << '\n';
    }
    m_err.flush();
}

void Output::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &header : headers)
        widths.append(static_cast<int>(header.size()));
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row.at(i).size()));
    }
    auto print = [this, &widths](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.value(i) + 2) : cells.at(i);
        line(text);
    };
    print(headers);
    for (const QStringList &row : rows)
        print(row);
}

} // namespace Apim::Cli
