#include "RecoveryCommands.h"

#include "CliContext.h"
#include "Output.h"

#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "inventory/ResourceId.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "operations/Retention.h"
#include "recovery/BackupCatalog.h"
#include "recovery/BackupVerifier.h"
#include "recovery/DrillStore.h"
#include "recovery/RecoveryOverview.h"
#include "recovery/RecoverySettings.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <memory>

namespace Apim::Cli {

using namespace Core;

// ---------------------------------------------------------------------------- readiness

QString ReadinessCommand::summary() const
{
    return tr("Whether each service can be recovered now, against its target RPO");
}

void ReadinessCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("subscription"),
        tr("Only this subscription (repeatable). Default: all you can see."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("rpo"),
        tr("One target for every service, e.g. 24h, 2d (default: the targets set with 'rpo', else 24 h)."),
        QStringLiteral("age") });
    parser.addOption({ QStringLiteral("location"),
        tr("Also look for backups in this container, this time (repeatable): SUBSCRIPTION/ACCOUNT/CONTAINER. "
           "'location add' keeps one for every run and for the app."),
        QStringLiteral("place") });
    parser.addOption(
        { QStringLiteral("no-resource-graph"), tr("List per subscription instead of one Resource Graph query.") });
}

void ReadinessCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    qint64 targetOverride = 0;
    if (parser.isSet(QStringLiteral("rpo"))) {
        QString why;
        const auto seconds = RecoverySettings::parseTarget(parser.value(QStringLiteral("rpo")), &why);
        if (!seconds)
            return usage(context, tr("--rpo: %1").arg(why));
        targetOverride = *seconds;
    }
    QList<BackupLocation> extra;
    for (const QString &text : parser.values(QStringLiteral("location"))) {
        QString why;
        const auto location = BackupLocation::parse(text, &why);
        if (!location)
            return usage(context, tr("--location: %1").arg(why));
        extra.append(*location);
    }
    withEngine(context, [this, &context, extra, targetOverride](Engine &engine) {
        listServices(context,
            [this, &context, &engine, extra, targetOverride](
                const QList<ApimService> &services, const ServiceListingSummary &listing) {
                const bool complete = listing.failedSubscriptions.isEmpty();
                engine.catalog()->setExtraLocations(extra);
                engine.catalog()->build(services, this,
                    [this, &context, services, targetOverride, complete](const CatalogSnapshot &snapshot) {
                        report(context, services, snapshot, targetOverride, complete);
                    });
            });
    });
}

void ReadinessCommand::hintGoneLocations(CliContext &context, const QList<BackupLocation> &gone)
{
    // The core's reason says what to do for the service; here, how to stop reading a
    // container that was added by hand and removed on purpose.
    const QList<BackupLocation> added = RecoverySettings(&context.settings()).addedLocations();
    for (const BackupLocation &location : gone) {
        if (added.contains(location))
            context.output().info(tr("The container %1 does not exist. If it was removed on purpose, stop reading it "
                                     "with: apim-backup-cli location remove %2")
                                      .arg(location.display(), location.toText()));
    }
}

void ReadinessCommand::report(CliContext &context, const QList<ApimService> &services, const CatalogSnapshot &snapshot,
    qint64 targetOverride, bool allSubscriptionsListed)
{
    const QDateTime now = context.clock().now();
    QList<ReadinessRow> rows
        = RecoveryOverview::rows(services, snapshot, RecoverySettings(&context.settings()), now, targetOverride);
    RecoveryOverview::addDrills(rows, DrillStore(context.engine().parts().dataDir).loadAll());
    const ReadinessSummary summary = RecoveryOverview::summarize(rows);
    const QList<BackupLocation> gone = snapshot.goneLocations();
    Output &out = context.output();
    if (out.isJson()) {
        QJsonArray array;
        for (const ReadinessRow &row : std::as_const(rows))
            array.append(row.toJson(now));
        QJsonArray missing;
        for (const BackupLocation &location : gone)
            missing.append(location.toText());
        out.json(QJsonObject { { QStringLiteral("summary"), summary.text() },
            { QStringLiteral("needsAttention"), summary.needingAttention() },
            { QStringLiteral("allSubscriptionsListed"), allSubscriptionsListed },
            { QStringLiteral("missingContainers"), missing }, { QStringLiteral("services"), array } });
    } else {
        QList<QStringList> table;
        for (const ReadinessRow &row : std::as_const(rows)) {
            const QString drill = row.lastDrillAt.isValid()
                ? tr("%1 (RTO %2)")
                      .arg(row.lastDrillAt.toString(QStringLiteral("yyyy-MM-dd")),
                          row.lastDrillRtoSeconds >= 0 ? Retention::formatAge(row.lastDrillRtoSeconds) : tr("none"))
                : QStringLiteral("-");
            table.append({ row.service.name, RecoveryOverview::stateText(row.readiness.state),
                RecoveryOverview::ageAgainstTarget(row), RecoveryOverview::expiryCountdown(row, now),
                row.readiness.lastGood ? row.readiness.lastGood->name : QStringLiteral("-"), drill,
                row.readiness.state == RecoveryState::Ready ? QString() : row.readiness.reason });
        }
        out.table({ tr("Service"), tr("State"), tr("Age / target"), tr("Expires in"), tr("Last good backup"),
                      tr("Last drill"), tr("Why") },
            table);
        out.line(summary.text());
    }
    hintGoneLocations(context, gone);
    // 7 when any service is known to need attention, else 8 when any could not be judged (its
    // backups could not be listed, or its whole subscription could not), else 0.
    const int unknown = summary.count(RecoveryState::Unknown);
    if (summary.needingAttention() > unknown)
        finish(ExitCode::NeedsAttention);
    else if (unknown > 0 || !allSubscriptionsListed)
        finish(ExitCode::Undetermined);
    else
        finish(ExitCode::Success);
}

// ---------------------------------------------------------------------------- verify

QString VerifyCommand::summary() const
{
    return tr("Check again that the backups this tool made are still there and unchanged");
}

void VerifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("service"), tr("Only backups of this service (resource id or name)."), QStringLiteral("id") });
}

void VerifyCommand::run(CliContext &context)
{
    const QString service = context.parser().value(QStringLiteral("service")).trimmed();
    withEngine(context, [this, &context, service](Engine &engine) {
        const QList<OperationRecord> records
            = BackupVerifier::madeHere(engine.journal()->loadAll(), *engine.operations(), service);
        auto *verifier = new BackupVerifier(engine.catalog(), engine.journal(), engine.clock(), this);
        verifier->verify(records, this, [this, &context](const QList<BackupVerifier::Result> &results) {
            Output &out = context.output();
            QJsonArray array;
            QList<QStringList> table;
            for (const BackupVerifier::Result &result : results) {
                const BackupVerification &now = result.record.verification;
                const QString said = result.error.isError() ? tr("Could not check: %1").arg(result.error.userMessage())
                                                            : now.describe();
                QJsonObject object { { QStringLiteral("operation"), result.record.id },
                    { QStringLiteral("service"), result.record.serviceName },
                    { QStringLiteral("backup"), result.record.blobName },
                    { QStringLiteral("location"), BackupCatalog::locationOf(result.record).display() },
                    { QStringLiteral("state"),
                        result.error.isError() ? QStringLiteral("unreadable")
                                               : BackupVerification::stateCode(now.state) },
                    { QStringLiteral("message"), said } };
                array.append(object);
                table.append({ result.record.serviceName, result.record.blobName,
                    BackupCatalog::locationOf(result.record).display(), said });
            }
            const BackupVerifier::Tally tally = BackupVerifier::tally(results);
            if (out.isJson()) {
                out.json(array);
            } else {
                if (!results.isEmpty())
                    out.table({ tr("Service"), tr("Backup"), tr("Location"), tr("Result") }, table);
                out.line(tally.text());
            }
            finish(tally.failed > 0 ? ExitCode::NeedsAttention
                                    : (tally.unreadable > 0 ? ExitCode::Undetermined : ExitCode::Success));
        });
    });
}

// ---------------------------------------------------------------------------- rpo

QString RpoCommand::summary() const
{
    return tr("Show or set the target recovery point objective (RPO)");
}

void RpoCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        { QStringLiteral("service"), tr("The target of this service (resource id)."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("subscription"), tr("The default target of the services of this subscription."),
        QStringLiteral("id") });
    parser.addOption({ QStringLiteral("set"), tr("The new target, e.g. 12h, 1d."), QStringLiteral("age") });
    parser.addOption({ QStringLiteral("clear"), tr("Remove the target: the next one up applies.") });
}

void RpoCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QString service = parser.value(QStringLiteral("service")).trimmed();
    const QString subscription = parser.value(QStringLiteral("subscription")).trimmed();
    if (!service.isEmpty() && !subscription.isEmpty())
        return usage(context, tr("rpo takes --service or --subscription, not both."));
    if (!service.isEmpty())
        if (const QString problem = ResourceId::serviceIdError(service); !problem.isEmpty())
            return usage(context, QStringLiteral("--service: ") + problem);
    if (!subscription.isEmpty() && QUuid::fromString(subscription).isNull())
        return usage(context,
            tr("--subscription needs a subscription id (a GUID such as 00000000-0000-0000-0000-000000000000)."));
    if (parser.isSet(QStringLiteral("set")) && parser.isSet(QStringLiteral("clear")))
        return usage(context, tr("rpo takes --set or --clear, not both."));
    std::optional<qint64> seconds;
    if (parser.isSet(QStringLiteral("set"))) {
        QString why;
        seconds = RecoverySettings::parseTarget(parser.value(QStringLiteral("set")), &why);
        if (!seconds)
            return usage(context, tr("--set: %1").arg(why));
    }
    RecoverySettings settings(&context.settings());
    if (seconds || parser.isSet(QStringLiteral("clear"))) {
        if (!service.isEmpty())
            settings.setServiceRpoSeconds(service, seconds);
        else if (!subscription.isEmpty())
            settings.setSubscriptionRpoSeconds(subscription, seconds);
        else
            settings.setGlobalRpoSeconds(seconds.value_or(0));
        QString error;
        if (!context.settings().sync(&error)) {
            context.output().error(error);
            return finish(ExitCode::Failed);
        }
    }
    qint64 target = settings.globalRpoSeconds();
    RecoverySettings::RpoSource source = RecoverySettings::RpoSource::Global;
    QString from = tr("the global default");
    if (!service.isEmpty()) {
        target = settings.targetRpoSeconds(service, &source);
        from = source == RecoverySettings::RpoSource::Service
            ? tr("the service's own target")
            : (source == RecoverySettings::RpoSource::Subscription ? tr("its subscription's target") : from);
    } else if (!subscription.isEmpty() && settings.subscriptionRpoSeconds(subscription)) {
        target = *settings.subscriptionRpoSeconds(subscription);
        source = RecoverySettings::RpoSource::Subscription;
        from = tr("the subscription's target");
    }
    Output &out = context.output();
    if (out.isJson())
        out.json(QJsonObject { { QStringLiteral("targetRpoSeconds"), target },
            { QStringLiteral("source"), RecoverySettings::sourceCode(source) }, { QStringLiteral("from"), from } });
    else
        out.line(tr("Target RPO: %1 (%2)").arg(Retention::formatAge(target), from));
    finish(ExitCode::Success);
}

} // namespace Apim::Cli
