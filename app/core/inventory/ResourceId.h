#pragma once

#include <QString>

namespace Apim::Core {

// An ARM resource id taken apart:
// /subscriptions/{sub}/resourceGroups/{rg}/providers/{namespace}/{type}/{name}[/...].
// Parsing is case-insensitive on the fixed segments, as ARM is. An id with a character
// ARM never puts in one (`?`, `#`, `%`, a backslash, a space or control character) or a
// `.`/`..` segment does not parse: such text would change the request's URL, not name a
// resource.
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

    // The one rule for the id of an API Management service given by a person (--service,
    // a schedule, a restore target): empty when it is one, else a translated sentence
    // that says which rule it breaks and what an id looks like. Names: 1-50 letters,
    // digits and hyphens, starting with a letter and not ending with a hyphen.
    static QString serviceIdError(const QString &text);
};

} // namespace Apim::Core
