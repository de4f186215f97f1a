#include "inventory/ResourceId.h"

#include <QStringList>

namespace Apim::Core {

ResourceId ResourceId::parse(const QString &text)
{
    ResourceId result;
    const QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
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

} // namespace Apim::Core
