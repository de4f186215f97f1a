#include "Output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace Apim::Cli {

namespace {

// Characters a terminal acts on rather than shows: C0 and C1 controls, DEL, and the
// bidirectional overrides that reorder what follows. Line feeds and tabs stay: the CLI's
// own messages use them.
bool isTerminalControl(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString Output::escapeControls(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isTerminalControl(c)) {
            escaped.append(ch);
        } else if (c == u'\r') {
            escaped.append(QLatin1String("\\r"));
        } else if (c == 0x1b) {
            escaped.append(QLatin1String("\\e"));
        } else {
            escaped.append(c < 0x100 ? QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'))
                                     : QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return escaped;
}

Output::Output()
    : m_out(stdout)
    , m_err(stderr)
{ }

void Output::line(const QString &text)
{
    m_out << escapeControls(text) << '\n';
    m_out.flush();
}

void Output::json(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Output::jsonArray(qsizetype count, const std::function<QJsonObject(qsizetype)> &element)
{
    // QJsonDocument's indented layout: "[", each element indented by four spaces more
    // than at the top level, separated by ",", then "]". A string value's line breaks are
    // escaped, so every '\n' in an element's text is the layout's own.
    m_out << "[\n";
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray text = QJsonDocument(element(i)).toJson(QJsonDocument::Indented);
        text.chop(1); // its final line break
        text.replace("\n", "\n    ");
        m_out << "    " << QString::fromUtf8(text) << (i + 1 < count ? ",\n" : "\n");
    }
    m_out << "]\n";
    m_out.flush();
}

void Output::info(const QString &text)
{
    m_err << escapeControls(text) << '\n';
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
        m_err << QStringLiteral("error: ") << escapeControls(message) << '\n';
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
