#include "schedule/WorkflowQuoting.h"

#include "schedule/ScheduleQuoting.h"

#include <QCoreApplication>

#include <algorithm>

namespace Apim::Core::WorkflowQuoting {

namespace {

bool isLineBreakOrControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
}

} // namespace

QString yamlScalar(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u'"')
            out += QStringLiteral("\\\"");
        else if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            out += QStringLiteral("\\r");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (isLineBreakOrControl(c))
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out + QLatin1Char('"');
}

QString shellWord(const QString &word)
{
    QString quoted = ScheduleQuoting::shellQuote(word);
    // shellQuote leaves only [A-Za-z0-9_./:=@+,-] unquoted, so a "$" is always inside
    // single quotes here, where '' is an empty string to bash but breaks the engines' patterns.
    quoted.replace(QStringLiteral("$("), QStringLiteral("$''("));
    quoted.replace(QStringLiteral("${"), QStringLiteral("$''{"));
    quoted.replace(QStringLiteral("$["), QStringLiteral("$''["));
    return quoted;
}

bool isOneLine(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isLineBreakOrControl(c.unicode()); });
}

QString valueProblem(const QString &value)
{
    if (!isOneLine(value))
        return QCoreApplication::translate("ScheduleTemplate",
            "A value contains a line break or a control character, which a workflow cannot hold: \"%1\".")
            .arg(value.simplified());
    for (const QString &expression : { QStringLiteral("${{"), QStringLiteral("$("), QStringLiteral("$[") }) {
        if (value.contains(expression))
            return QCoreApplication::translate("ScheduleTemplate",
                "\"%1\" contains %2, which GitHub Actions or Azure Pipelines would expand as an expression: "
                "remove it.")
                .arg(value, expression);
    }
    return {};
}

} // namespace Apim::Core::WorkflowQuoting
