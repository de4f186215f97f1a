#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Apim::Ui {

// Azure's own words in the user's language: region display names ("West Europe",
// "서유럽") and provisioning / operation states ("Succeeded", "InProgress"). The raw
// value ARM sent stays available for tooltips, filters and copied text; everything the
// translation pass needs is listed here, in one context.
class AzureTerms
{
    Q_DECLARE_TR_FUNCTIONS(AzureTerms)
public:
    // Any spelling of a region ("westeurope", "West Europe") -> its display name in the
    // current language; a region the table does not know comes back in canonical form.
    static QString regionName(const QString &location);
    // The English display names the region table knows (what the translation lists).
    static QStringList knownRegionNames();
    // A provisioning state ("Succeeded", "Updating") or an operation status ("InProgress")
    // in the current language; an unknown state comes back as Azure wrote it.
    static QString stateName(const QString &state);
    // "Korea Central (koreacentral)"-style text for a tooltip: the raw value next to the shown one.
    static QString withRawValue(const QString &shown, const QString &raw);
};

} // namespace Apim::Ui
