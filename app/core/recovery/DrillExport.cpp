#include "recovery/DrillExport.h"

#include "util/Csv.h"

#include <QStringList>

namespace Apim::Core {

namespace {
QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString rtoSeconds(const DrillRecord &record)
{
    return record.rtoMs < 0 ? QString() : QString::number(double(record.rtoMs) / 1000.0, 'f', 3);
}

QString row(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped.append(DrillExport::markdownCell(cell));
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(Csv::field(field));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString apiList(const ServiceInventory &inventory)
{
    QStringList apis;
    for (auto it = inventory.apis.cbegin(); it != inventory.apis.cend(); ++it)
        apis.append(QStringLiteral("%1 (%2)").arg(it.key(), it.value().join(QLatin1Char(','))));
    return apis.join(QStringLiteral(", "));
}

QString sideBySide(const DrillRecord &record)
{
    const ServiceInventory source = record.source.value_or(ServiceInventory());
    const ServiceInventory standby = record.standby.value_or(ServiceInventory());
    const auto names = [](const QStringList &list) {
        return QStringLiteral("%1: %2").arg(list.size()).arg(list.join(QStringLiteral(", ")));
    };
    QString text = row({ DrillExport::tr("What"), record.sourceName(), record.standbyName() });
    text += QStringLiteral("|---|---|---|\n");
    text += row(
        { DrillExport::tr("APIs (revisions)"), QStringLiteral("%1: %2").arg(source.apis.size()).arg(apiList(source)),
            QStringLiteral("%1: %2").arg(standby.apis.size()).arg(apiList(standby)) });
    text += row({ DrillExport::tr("Products"), names(source.products), names(standby.products) });
    text += row({ DrillExport::tr("Named values (names)"), names(source.namedValues), names(standby.namedValues) });
    text += row({ DrillExport::tr("Backends"), names(source.backends), names(standby.backends) });
    text += row({ DrillExport::tr("Global policy (SHA-256)"), source.policyHash, standby.policyHash });
    text += row({ DrillExport::tr("Subscriptions"), QString::number(source.subscriptionCount),
        QString::number(standby.subscriptionCount) });
    text += row({ DrillExport::tr("Users"), QString::number(source.userCount), QString::number(standby.userCount) });
    return text;
}
} // namespace

QString DrillExport::markdownCell(const QString &value)
{
    QString cell = value;
    cell.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('|'), QStringLiteral("\\|"));
    cell.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cell;
}

QString DrillExport::toMarkdown(const DrillRecord &record)
{
    QString text = QStringLiteral("# ") + tr("Restore drill %1 into %2").arg(record.sourceName(), record.standbyName())
        + QStringLiteral("\n\n");
    text += row({ tr("Drill"), record.id });
    text += QStringLiteral("|---|---|\n");
    text += row({ tr("Result"), record.stateText() });
    text += row({ tr("RTO"), record.rtoText() });
    text += row({ tr("Source"), record.sourceServiceId });
    text += row({ tr("Standby"), record.standbyServiceId });
    text += row(
        { tr("Backup"), QStringLiteral("%1/%2/%3").arg(record.storageAccount, record.container, record.backupName) });
    text += row({ tr("Backup taken (UTC)"), stamp(record.backupTime) });
    text += row({ tr("Restore operation"), record.operationId });
    text += row({ tr("Restore accepted (UTC)"), stamp(record.acceptedAt) });
    text += row({ tr("Standby ready (UTC)"), stamp(record.standbyReadyAt) });
    if (!record.reason.isEmpty())
        text += row({ tr("Reason"), record.reason });
    if (record.source || record.standby)
        text += QStringLiteral("\n## ") + tr("Source and standby") + QStringLiteral("\n\n") + sideBySide(record);
    if (record.source && record.standby) {
        text += QStringLiteral("\n## ") + tr("Differences") + QStringLiteral("\n\n");
        if (record.differences.isEmpty()) {
            text += tr("None: the standby holds what the source holds.") + QLatin1Char('\n');
        } else {
            text += row({ tr("Difference"), tr("Explanation") }) + QStringLiteral("|---|---|\n");
            for (const DrillDifference &difference : record.differences)
                text += row({ difference.description(), difference.explanationText() });
        }
    }
    if (!record.changesError.isEmpty())
        text += QLatin1Char('\n') + tr("The source's Activity Log could not be read: %1").arg(record.changesError)
            + QLatin1Char('\n');
    return text;
}

QString DrillExport::toCsv(const DrillRecord &record)
{
    QString text = csvLine({ QStringLiteral("drill_id"), QStringLiteral("source"), QStringLiteral("standby"),
        QStringLiteral("backup"), QStringLiteral("backup_time_utc"), QStringLiteral("state"),
        QStringLiteral("rto_seconds"), QStringLiteral("kind"), QStringLiteral("collection"), QStringLiteral("name"),
        QStringLiteral("source_value"), QStringLiteral("standby_value"), QStringLiteral("explained_by"),
        QStringLiteral("explained_at_utc"), QStringLiteral("explained_caller") });
    const QStringList drill = { record.id, record.sourceServiceId, record.standbyServiceId, record.backupName,
        record.backupTime.isValid() ? record.backupTime.toUTC().toString(Qt::ISODate) : QString(),
        drillStateName(record.state), rtoSeconds(record) };
    if (record.differences.isEmpty())
        return text + csvLine(drill + QStringList { {}, {}, {}, {}, {}, {}, {}, {} });
    for (const DrillDifference &difference : record.differences) {
        const ChangeEvent change = difference.explanation.value_or(ChangeEvent());
        text += csvLine(drill
            + QStringList { DrillDifference::kindName(difference.kind), difference.collection, difference.name,
                difference.sourceValue, difference.standbyValue, change.operationName,
                change.time.isValid() ? change.time.toUTC().toString(Qt::ISODate) : QString(), change.caller });
    }
    return text;
}

QString DrillExport::listToCsv(const QList<DrillRecord> &records)
{
    QString text = csvLine({ QStringLiteral("drill_id"), QStringLiteral("started_utc"), QStringLiteral("source"),
        QStringLiteral("standby"), QStringLiteral("backup"), QStringLiteral("state"), QStringLiteral("rto_seconds"),
        QStringLiteral("differences"), QStringLiteral("unexplained"), QStringLiteral("operation_id") });
    for (const DrillRecord &record : records)
        text += csvLine(
            { record.id, record.startedAt.isValid() ? record.startedAt.toUTC().toString(Qt::ISODate) : QString(),
                record.sourceServiceId, record.standbyServiceId, record.backupName, drillStateName(record.state),
                rtoSeconds(record), QString::number(record.differences.size()),
                QString::number(record.unexplainedCount()), record.operationId });
    return text;
}

} // namespace Apim::Core
