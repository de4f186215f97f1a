#include "ui/support/AzureTerms.h"

#include "inventory/AzureRegion.h"

#include <QHash>

namespace Apim::Ui {

namespace {
// Every display name of Core::AzureRegion's table, for the translation pass (a test keeps
// the two lists in step). Translated at run time by their English text.
const char *const kRegionNames[] = {
    QT_TRANSLATE_NOOP("AzureTerms", "Australia Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Australia Central 2"),
    QT_TRANSLATE_NOOP("AzureTerms", "Australia East"),
    QT_TRANSLATE_NOOP("AzureTerms", "Australia Southeast"),
    QT_TRANSLATE_NOOP("AzureTerms", "Brazil South"),
    QT_TRANSLATE_NOOP("AzureTerms", "Brazil Southeast"),
    QT_TRANSLATE_NOOP("AzureTerms", "Canada Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Canada East"),
    QT_TRANSLATE_NOOP("AzureTerms", "Central India"),
    QT_TRANSLATE_NOOP("AzureTerms", "Central US"),
    QT_TRANSLATE_NOOP("AzureTerms", "East Asia"),
    QT_TRANSLATE_NOOP("AzureTerms", "East US"),
    QT_TRANSLATE_NOOP("AzureTerms", "East US 2"),
    QT_TRANSLATE_NOOP("AzureTerms", "France Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "France South"),
    QT_TRANSLATE_NOOP("AzureTerms", "Germany North"),
    QT_TRANSLATE_NOOP("AzureTerms", "Germany West Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Israel Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Italy North"),
    QT_TRANSLATE_NOOP("AzureTerms", "Japan East"),
    QT_TRANSLATE_NOOP("AzureTerms", "Japan West"),
    QT_TRANSLATE_NOOP("AzureTerms", "Jio India Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Jio India West"),
    QT_TRANSLATE_NOOP("AzureTerms", "Korea Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Korea South"),
    QT_TRANSLATE_NOOP("AzureTerms", "Mexico Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "New Zealand North"),
    QT_TRANSLATE_NOOP("AzureTerms", "North Central US"),
    QT_TRANSLATE_NOOP("AzureTerms", "North Europe"),
    QT_TRANSLATE_NOOP("AzureTerms", "Norway East"),
    QT_TRANSLATE_NOOP("AzureTerms", "Norway West"),
    QT_TRANSLATE_NOOP("AzureTerms", "Poland Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Qatar Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "South Africa North"),
    QT_TRANSLATE_NOOP("AzureTerms", "South Africa West"),
    QT_TRANSLATE_NOOP("AzureTerms", "South Central US"),
    QT_TRANSLATE_NOOP("AzureTerms", "Southeast Asia"),
    QT_TRANSLATE_NOOP("AzureTerms", "South India"),
    QT_TRANSLATE_NOOP("AzureTerms", "Spain Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Sweden Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "Switzerland North"),
    QT_TRANSLATE_NOOP("AzureTerms", "Switzerland West"),
    QT_TRANSLATE_NOOP("AzureTerms", "UAE Central"),
    QT_TRANSLATE_NOOP("AzureTerms", "UAE North"),
    QT_TRANSLATE_NOOP("AzureTerms", "UK South"),
    QT_TRANSLATE_NOOP("AzureTerms", "UK West"),
    QT_TRANSLATE_NOOP("AzureTerms", "West Central US"),
    QT_TRANSLATE_NOOP("AzureTerms", "West Europe"),
    QT_TRANSLATE_NOOP("AzureTerms", "West India"),
    QT_TRANSLATE_NOOP("AzureTerms", "West US"),
    QT_TRANSLATE_NOOP("AzureTerms", "West US 2"),
    QT_TRANSLATE_NOOP("AzureTerms", "West US 3"),
    QT_TRANSLATE_NOOP("AzureTerms", "USGov Arizona"),
    QT_TRANSLATE_NOOP("AzureTerms", "USGov Texas"),
    QT_TRANSLATE_NOOP("AzureTerms", "USGov Virginia"),
    QT_TRANSLATE_NOOP("AzureTerms", "China East"),
    QT_TRANSLATE_NOOP("AzureTerms", "China East 2"),
    QT_TRANSLATE_NOOP("AzureTerms", "China East 3"),
    QT_TRANSLATE_NOOP("AzureTerms", "China North"),
    QT_TRANSLATE_NOOP("AzureTerms", "China North 2"),
    QT_TRANSLATE_NOOP("AzureTerms", "China North 3"),
};

// Provisioning states (ARM's provisioningState) and long-running operation statuses.
const char *const kStates[][2] = {
    { "Succeeded", QT_TRANSLATE_NOOP("AzureTerms", "Succeeded") },
    { "Failed", QT_TRANSLATE_NOOP("AzureTerms", "Failed") },
    { "Canceled", QT_TRANSLATE_NOOP("AzureTerms", "Canceled") },
    { "Cancelled", QT_TRANSLATE_NOOP("AzureTerms", "Canceled") },
    { "InProgress", QT_TRANSLATE_NOOP("AzureTerms", "In progress") },
    { "Running", QT_TRANSLATE_NOOP("AzureTerms", "Running") },
    { "Accepted", QT_TRANSLATE_NOOP("AzureTerms", "Accepted") },
    { "NotStarted", QT_TRANSLATE_NOOP("AzureTerms", "Not started") },
    { "Created", QT_TRANSLATE_NOOP("AzureTerms", "Created") },
    { "Creating", QT_TRANSLATE_NOOP("AzureTerms", "Creating") },
    { "Updating", QT_TRANSLATE_NOOP("AzureTerms", "Updating") },
    { "Upgrading", QT_TRANSLATE_NOOP("AzureTerms", "Upgrading") },
    { "Deleting", QT_TRANSLATE_NOOP("AzureTerms", "Deleting") },
    { "Deleted", QT_TRANSLATE_NOOP("AzureTerms", "Deleted") },
    { "Activating", QT_TRANSLATE_NOOP("AzureTerms", "Activating") },
    { "Terminating", QT_TRANSLATE_NOOP("AzureTerms", "Terminating") },
    { "TransientFailure", QT_TRANSLATE_NOOP("AzureTerms", "Transient failure") },
    { "Migrating", QT_TRANSLATE_NOOP("AzureTerms", "Migrating") },
    { "Restoring", QT_TRANSLATE_NOOP("AzureTerms", "Restoring") },
    { "BackingUp", QT_TRANSLATE_NOOP("AzureTerms", "Backing up") },
};
} // namespace

QString AzureTerms::regionName(const QString &location)
{
    const QString canonical = Core::AzureRegion::canonical(location);
    const QString english = Core::AzureRegion::displayName(canonical);
    if (english == canonical)
        return canonical; // not in the table: one spelling still, the canonical one
    return QCoreApplication::translate("AzureTerms", english.toUtf8().constData());
}

QStringList AzureTerms::knownRegionNames()
{
    QStringList names;
    for (const char *name : kRegionNames)
        names << QString::fromLatin1(name);
    return names;
}

QString AzureTerms::stateName(const QString &state)
{
    const QString trimmed = state.trimmed();
    for (const auto &entry : kStates) {
        if (trimmed.compare(QLatin1String(entry[0]), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("AzureTerms", entry[1]);
    }
    return trimmed;
}

QString AzureTerms::withRawValue(const QString &shown, const QString &raw)
{
    if (raw.isEmpty() || shown == raw)
        return shown;
    return tr("%1 (%2)", "a region or state as shown, then as Azure writes it").arg(shown, raw);
}

} // namespace Apim::Ui
