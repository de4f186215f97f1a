#pragma once

#include <QString>
#include <QStringList>

namespace Apim::Core {

// Azure region names. ARM answers "West Europe" in a GET service but Resource Graph and
// most other resources answer "westeurope"; the app keeps the canonical programmatic form
// (lower case, no spaces) so a region does not change spelling after a refresh, and turns
// it back into the portal's display name only for people.
class AzureRegion
{
public:
    // "West Europe", "westeurope", " WestEurope " -> "westeurope".
    static QString canonical(const QString &name);
    // "westeurope" (or any spelling of it) -> "West Europe"; a region this table does not
    // know comes back in its canonical form.
    static QString displayName(const QString &name);
    // Every display name the table knows (the UI lists them for translation).
    static QStringList knownDisplayNames();
};

} // namespace Apim::Core
