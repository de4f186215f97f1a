#pragma once

#include "recovery/DrillRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Apim::Core {

// A drill report as text for people and spreadsheets. Pure: the same record gives the
// same text, so each format is tested on its own. Neither holds a named value's value nor
// a policy's text: the record has none.
class DrillExport
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::DrillExport)

public:
    // Summary, RTO, source and standby side by side, differences with their explanations.
    static QString toMarkdown(const DrillRecord &record);
    // One row per difference (one row with empty difference columns when there is none),
    // each repeating the drill's id, services, backup, state and RTO; English column names.
    static QString toCsv(const DrillRecord &record);
    // Past drills, one row each, for the RTO trend.
    static QString listToCsv(const QList<DrillRecord> &records);

    // A Markdown table cell: pipes escaped, line breaks flattened.
    static QString markdownCell(const QString &value);
};

} // namespace Apim::Core
