#pragma once

#include <QString>

namespace Apim::Core {

// An ARM resource id taken apart:
// /subscriptions/{sub}/resourceGroups/{rg}/providers/{namespace}/{type}/{name}[/...].
// Parsing is case-insensitive on the fixed segments, as ARM is.
struct ResourceId
{
    QString id;
    QString subscriptionId;
    QString resourceGroup;
    QString providerNamespace; // e.g. Microsoft.ApiManagement
    QString type; // e.g. service
    QString name;

    bool isValid() const { return !subscriptionId.isEmpty() && !resourceGroup.isEmpty() && !name.isEmpty(); }
    static ResourceId parse(const QString &id);
};

} // namespace Apim::Core
