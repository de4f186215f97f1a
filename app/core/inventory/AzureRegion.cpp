#include "inventory/AzureRegion.h"

#include <QHash>

namespace Apim::Core {

namespace {
// `az account list-locations` name -> displayName, for the public, US Government and China clouds.
const QHash<QString, QString> &displayNames()
{
    static const QHash<QString, QString> names {
        { QStringLiteral("australiacentral"), QStringLiteral("Australia Central") },
        { QStringLiteral("australiacentral2"), QStringLiteral("Australia Central 2") },
        { QStringLiteral("australiaeast"), QStringLiteral("Australia East") },
        { QStringLiteral("australiasoutheast"), QStringLiteral("Australia Southeast") },
        { QStringLiteral("brazilsouth"), QStringLiteral("Brazil South") },
        { QStringLiteral("brazilsoutheast"), QStringLiteral("Brazil Southeast") },
        { QStringLiteral("canadacentral"), QStringLiteral("Canada Central") },
        { QStringLiteral("canadaeast"), QStringLiteral("Canada East") },
        { QStringLiteral("centralindia"), QStringLiteral("Central India") },
        { QStringLiteral("centralus"), QStringLiteral("Central US") },
        { QStringLiteral("eastasia"), QStringLiteral("East Asia") },
        { QStringLiteral("eastus"), QStringLiteral("East US") },
        { QStringLiteral("eastus2"), QStringLiteral("East US 2") },
        { QStringLiteral("francecentral"), QStringLiteral("France Central") },
        { QStringLiteral("francesouth"), QStringLiteral("France South") },
        { QStringLiteral("germanynorth"), QStringLiteral("Germany North") },
        { QStringLiteral("germanywestcentral"), QStringLiteral("Germany West Central") },
        { QStringLiteral("israelcentral"), QStringLiteral("Israel Central") },
        { QStringLiteral("italynorth"), QStringLiteral("Italy North") },
        { QStringLiteral("japaneast"), QStringLiteral("Japan East") },
        { QStringLiteral("japanwest"), QStringLiteral("Japan West") },
        { QStringLiteral("jioindiacentral"), QStringLiteral("Jio India Central") },
        { QStringLiteral("jioindiawest"), QStringLiteral("Jio India West") },
        { QStringLiteral("koreacentral"), QStringLiteral("Korea Central") },
        { QStringLiteral("koreasouth"), QStringLiteral("Korea South") },
        { QStringLiteral("mexicocentral"), QStringLiteral("Mexico Central") },
        { QStringLiteral("newzealandnorth"), QStringLiteral("New Zealand North") },
        { QStringLiteral("northcentralus"), QStringLiteral("North Central US") },
        { QStringLiteral("northeurope"), QStringLiteral("North Europe") },
        { QStringLiteral("norwayeast"), QStringLiteral("Norway East") },
        { QStringLiteral("norwaywest"), QStringLiteral("Norway West") },
        { QStringLiteral("polandcentral"), QStringLiteral("Poland Central") },
        { QStringLiteral("qatarcentral"), QStringLiteral("Qatar Central") },
        { QStringLiteral("southafricanorth"), QStringLiteral("South Africa North") },
        { QStringLiteral("southafricawest"), QStringLiteral("South Africa West") },
        { QStringLiteral("southcentralus"), QStringLiteral("South Central US") },
        { QStringLiteral("southeastasia"), QStringLiteral("Southeast Asia") },
        { QStringLiteral("southindia"), QStringLiteral("South India") },
        { QStringLiteral("spaincentral"), QStringLiteral("Spain Central") },
        { QStringLiteral("swedencentral"), QStringLiteral("Sweden Central") },
        { QStringLiteral("switzerlandnorth"), QStringLiteral("Switzerland North") },
        { QStringLiteral("switzerlandwest"), QStringLiteral("Switzerland West") },
        { QStringLiteral("uaecentral"), QStringLiteral("UAE Central") },
        { QStringLiteral("uaenorth"), QStringLiteral("UAE North") },
        { QStringLiteral("uksouth"), QStringLiteral("UK South") },
        { QStringLiteral("ukwest"), QStringLiteral("UK West") },
        { QStringLiteral("westcentralus"), QStringLiteral("West Central US") },
        { QStringLiteral("westeurope"), QStringLiteral("West Europe") },
        { QStringLiteral("westindia"), QStringLiteral("West India") },
        { QStringLiteral("westus"), QStringLiteral("West US") },
        { QStringLiteral("westus2"), QStringLiteral("West US 2") },
        { QStringLiteral("westus3"), QStringLiteral("West US 3") },
        { QStringLiteral("usgovarizona"), QStringLiteral("USGov Arizona") },
        { QStringLiteral("usgovtexas"), QStringLiteral("USGov Texas") },
        { QStringLiteral("usgovvirginia"), QStringLiteral("USGov Virginia") },
        { QStringLiteral("chinaeast"), QStringLiteral("China East") },
        { QStringLiteral("chinaeast2"), QStringLiteral("China East 2") },
        { QStringLiteral("chinaeast3"), QStringLiteral("China East 3") },
        { QStringLiteral("chinanorth"), QStringLiteral("China North") },
        { QStringLiteral("chinanorth2"), QStringLiteral("China North 2") },
        { QStringLiteral("chinanorth3"), QStringLiteral("China North 3") },
    };
    return names;
}
} // namespace

QString AzureRegion::canonical(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace())
            result.append(c.toLower());
    }
    return result;
}

QStringList AzureRegion::knownDisplayNames()
{
    return displayNames().values();
}

QString AzureRegion::displayName(const QString &name)
{
    const QString key = canonical(name);
    return displayNames().value(key, key);
}

} // namespace Apim::Core
