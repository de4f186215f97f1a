#include "inventory/ResourceId.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Apim::Core {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Apim::Core::ResourceId", text);
}

// The first character that may not appear in a resource id, or a null QChar.
QChar forbiddenCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('?') || c == QLatin1Char('#') || c == QLatin1Char('%') || c == QLatin1Char('\\')
            || c == QLatin1Char('&') || c == QLatin1Char('=') || c.isSpace() || c.category() == QChar::Other_Control
            || c.category() == QChar::Other_Format)
            return c;
    }
    return {};
}

bool isDotSegment(const QString &segment)
{
    return segment == QLatin1String(".") || segment == QLatin1String("..");
}

QString shown(const QString &text)
{
    return text.size() > 200 ? text.left(200) + QStringLiteral("…") : text;
}

QString shownCharacter(QChar c)
{
    return c.isPrint() && !c.isSpace() ? QString(c)
                                       : QStringLiteral("U+%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
}
} // namespace

ResourceId ResourceId::parse(const QString &text)
{
    if (!forbiddenCharacter(text).isNull())
        return {};
    ResourceId result;
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (isDotSegment(part))
            return {};
    }
    for (int i = 0; i + 1 < parts.size(); i += 2) {
        const QString &key = parts.at(i);
        const QString &value = parts.at(i + 1);
        if (key.compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0 && result.subscriptionId.isEmpty()) {
            result.subscriptionId = value;
        } else if (key.compare(QLatin1String("resourceGroups"), Qt::CaseInsensitive) == 0
            && result.resourceGroup.isEmpty()) {
            result.resourceGroup = value;
        } else if (key.compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0
            && result.providerNamespace.isEmpty()) {
            result.providerNamespace = value;
            if (i + 3 < parts.size()) {
                result.type = parts.at(i + 2);
                result.name = parts.at(i + 3);
            }
            break;
        } else {
            return {};
        }
    }
    if (result.subscriptionId.isEmpty())
        return {};
    result.id = text;
    return result;
}

QString ResourceId::serviceIdError(const QString &text)
{
    const QString form
        = tr("An API Management service id looks like "
             "/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.ApiManagement/service/<name>.");
    if (text.trimmed().isEmpty())
        return tr("Enter the resource id of the API Management service.") + QLatin1Char(' ') + form;
    if (const QChar c = forbiddenCharacter(text); !c.isNull())
        return tr("The service id \"%1\" contains \"%2\", which a resource id never has: use only the id's letters, "
                  "digits, hyphens, underscores, periods and slashes.")
                   .arg(shown(text), shownCharacter(c))
            + QLatin1Char(' ') + form;
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (isDotSegment(part))
            return tr("The service id \"%1\" has a \"%2\" segment; give the id itself, without relative parts.")
                       .arg(shown(text), part)
                + QLatin1Char(' ') + form;
    }
    const ResourceId rid = parse(text);
    if (!rid.isValid() || rid.providerNamespace.compare(QLatin1String("Microsoft.ApiManagement"), Qt::CaseInsensitive)
        || rid.type.compare(QLatin1String("service"), Qt::CaseInsensitive) || parts.size() != 8)
        return tr("\"%1\" is not the resource id of an API Management service.").arg(shown(text)) + QLatin1Char(' ')
            + form;
    static const QRegularExpression serviceName(QStringLiteral("^[A-Za-z](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?$"));
    if (!serviceName.match(rid.name).hasMatch())
        return tr("\"%1\" is not an API Management service name: use 1 to 50 letters, digits and hyphens, starting "
                  "with a letter and not ending with a hyphen.")
            .arg(shown(rid.name));
    if (rid.resourceGroup.size() > 90 || rid.resourceGroup.endsWith(QLatin1Char('.')))
        return tr("\"%1\" is not a resource group name: at most 90 characters, not ending with a period.")
            .arg(shown(rid.resourceGroup));
    return {};
}

} // namespace Apim::Core
