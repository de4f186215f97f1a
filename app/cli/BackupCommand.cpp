#include "BackupCommand.h"

#include "CliContext.h"
#include "JobNotifier.h"

#include "batch/BatchBackup.h"
#include "engine/Engine.h"
#include "inventory/ResourceId.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QSysInfo>

namespace Apim::Cli {

using namespace Apim::Core;

QString BackupCommand::summary() const
{
    return tr("Back up one service, or many at a time (waits for the end unless --no-wait)");
}

void BackupCommand::addOptions(QCommandLineParser &parser)
{
    OperationCommand::addOptions(parser);
    parser.addOption({ QStringLiteral("all"),
        tr("Back up every service of the --subscription whose tier has backup; the others are reported as "
           "skipped.") });
    parser.addOption({ QStringLiteral("subscription"),
        tr("With --all: the subscription whose services are backed up; repeat it for several."),
        QStringLiteral("id") });
    parser.addOption({ QStringLiteral("parallel"),
        tr("With several services: how many are backed up at a time, 1 to %1 (default %2).")
            .arg(BatchBackup::kMaxConcurrency)
            .arg(BatchBackup::kDefaultConcurrency),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("no-resource-graph"),
        tr("With --all: list per subscription instead of one Resource Graph query.") });
    JobNotifier::addOptions(parser);
}

ExitCode BackupCommand::exitCodeFor(const BatchSummary &summary)
{
    switch (summary.result()) {
    case BatchSummary::Result::Succeeded:
        return ExitCode::Success;
    case BatchSummary::Result::Skipped:
        return ExitCode::Refused;
    case BatchSummary::Result::Failed:
        return ExitCode::Failed;
    }
    return ExitCode::Failed;
}

bool BackupCommand::isBatch(CliContext &context) const
{
    const QCommandLineParser &parser = context.parser();
    return parser.values(QStringLiteral("service")).size() > 1 || parser.isSet(QStringLiteral("all"))
        || parser.isSet(QStringLiteral("subscription"));
}

void BackupCommand::run(CliContext &context)
{
    m_context = &context;
    m_startedAt = context.clock().now();
    const QCommandLineParser &parser = context.parser();
    QString error;
    auto *notifier = new JobNotifier(this);
    if (!notifier->read(context, &error)) {
        usage(context, error);
        return;
    }
    if (notifier->isEnabled() && parser.isSet(QStringLiteral("no-wait"))) {
        usage(context, tr("--notify reports how the backup ended, so it does not go with --no-wait."));
        return;
    }
    if (notifier->isEnabled() && !parser.isSet(QStringLiteral("print-command"))) {
        m_notifier = notifier;
        m_notifier->prepare(context);
    }
    if (isBatch(context)) {
        runBatch(context);
        return;
    }
    // One service: --parallel has nothing to spread, but a wrong value is still wrong.
    if (const QString problem = readBatch(context, nullptr, &m_parallel); !problem.isEmpty()) {
        usage(context, problem);
        return;
    }
    OperationCommand::run(context);
}

void BackupCommand::finish(ExitCode code)
{
    const bool guarded = m_notifier || m_batch;
    if (!guarded) {
        OperationCommand::finish(code); // one service, no notification: exactly as it always was
        return;
    }
    if (m_ending) {
        // A signal while the notification is on its way: stop now rather than keep a
        // stopping service manager waiting.
        if (code == ExitCode::Interrupted)
            OperationCommand::finish(code);
        return;
    }
    m_ending = true;
    if (!m_notifier || !m_context || !m_notifier->wants(code)) {
        OperationCommand::finish(code);
        return;
    }
    m_notifier->notify(*m_context, code, eventFor(code), [this, code] { OperationCommand::finish(code); });
}

NotificationEvent BackupCommand::eventFor(ExitCode code) const
{
    const QString host = QSysInfo::machineHostName();
    if (m_summary) {
        NotificationEvent event = NotificationEvent::fromBatch(*m_summary, host);
        if (!m_unlistedSubscriptions.isEmpty()) {
            event.result = NotificationEvent::Result::Failed;
            event.message += QLatin1Char(' ')
                + tr("These subscriptions could not be listed, so their services were not backed up: %1.")
                      .arg(m_unlistedSubscriptions.join(QStringLiteral(", ")));
        }
        return event;
    }
    if (finishedRecord())
        return NotificationEvent::fromOperation(*finishedRecord(), host);
    const QString message = m_context->output().lastError();
    return NotificationEvent::fromEarlyEnd(m_context->parser().values(QStringLiteral("service")),
        code == ExitCode::Refused,
        message.isEmpty() ? tr("The backup ended with exit code %1.").arg(int(code)) : message, m_startedAt,
        m_context->clock().now(), host);
}

// ---------------------------------------------------------------------------- batch

QString BackupCommand::readBatch(CliContext &context, OperationRequest *common, int *parallel) const
{
    const QCommandLineParser &parser = context.parser();
    *parallel = BatchBackup::kDefaultConcurrency;
    if (parser.isSet(QStringLiteral("parallel"))) {
        bool ok = false;
        *parallel = parser.value(QStringLiteral("parallel")).trimmed().toInt(&ok);
        if (!ok || !BatchBackup::isValidConcurrency(*parallel))
            return tr("--parallel takes a whole number from 1 to %1, not \"%2\".")
                .arg(BatchBackup::kMaxConcurrency)
                .arg(parser.value(QStringLiteral("parallel")));
    }
    if (!common)
        return {};
    if (parser.isSet(QStringLiteral("name")))
        return tr("--name names one backup. With several services each backup is named by the naming pattern "
                  "(by default {service}-{yyyyMMdd-HHmmss}): leave --name out.");
    if (parser.isSet(QStringLiteral("no-wait")))
        return tr("--no-wait goes with one service: a batch follows each backup to its end, so that no more than "
                  "--parallel run at a time.");
    if (parser.isSet(QStringLiteral("print-command")))
        return tr("--print-command shows the commands of one backup: run it for each --service.");
    const QStringList subscriptions = parser.values(QStringLiteral("subscription"));
    if (!subscriptions.isEmpty() && !parser.isSet(QStringLiteral("all")))
        return tr("--subscription goes with --all (every service of the subscription); name single services with "
                  "--service.");
    if (parser.isSet(QStringLiteral("all")) && subscriptions.isEmpty())
        return tr("--all needs --subscription ID: the subscription whose services are backed up.");
    common->kind = OperationKind::Backup;
    readTarget(context, common);
    QStringList missing;
    if (common->storageAccount.isEmpty())
        missing << QStringLiteral("--account");
    if (common->container.isEmpty())
        missing << QStringLiteral("--container");
    if (!missing.isEmpty())
        return tr("%1 needs %2.").arg(name(), missing.join(QStringLiteral(", ")));
    const QStringList services = parser.values(QStringLiteral("service"));
    for (const QString &service : services) {
        if (const QString problem = ResourceId::serviceIdError(service.trimmed()); !problem.isEmpty())
            return QStringLiteral("--service: ") + problem;
    }
    QString error;
    if (!readAccess(context, common, &error))
        return error;
    return {};
}

void BackupCommand::runBatch(CliContext &context)
{
    const QString problem = readBatch(context, &m_common, &m_parallel);
    if (!problem.isEmpty()) {
        usage(context, problem);
        return;
    }
    withEngine(context, [this, &context](Engine &engine) {
        const QCommandLineParser &parser = context.parser();
        QList<BatchTarget> targets;
        for (const QString &id : parser.values(QStringLiteral("service")))
            targets.append({ id.trimmed(), std::nullopt, true });
        if (!parser.isSet(QStringLiteral("all"))) {
            startBatch(context, engine, targets);
            return;
        }
        context.output().info(tr("Listing the services of %n subscription(s)...", nullptr,
            int(parser.values(QStringLiteral("subscription")).size())));
        listServices(context,
            [this, &context, &engine, targets](
                const QList<ApimService> &services, const ServiceListingSummary &listing) mutable {
                m_unlistedSubscriptions = listing.failedSubscriptions.keys();
                m_unlistedSubscriptions.sort();
                for (const ApimService &service : services)
                    targets.append({ service.id, service, false });
                startBatch(context, engine, targets);
            });
    });
}

void BackupCommand::startBatch(CliContext &context, Engine &engine, const QList<BatchTarget> &targets)
{
    m_batch = engine.createBatchBackup(this);
    m_batch->setConcurrency(m_parallel);
    connect(m_batch, &BatchBackup::itemChanged, this,
        [this, &context](int index, const BatchItem &item) { reportItem(context, index, item); });
    connect(m_batch, &BatchBackup::finished, this, [this, &context](const BatchSummary &summary) {
        if (m_ending)
            return; // interrupted: what was said then stands, stdout gets no second document
        m_summary = summary;
        printSummary(context, summary);
        ExitCode code = exitCodeFor(summary);
        if (!m_unlistedSubscriptions.isEmpty() && code != ExitCode::Failed)
            code = ExitCode::Failed; // services that were never seen were not backed up
        finish(code);
    });
    // Ctrl+C or a stopping timer: what has not started is cancelled, started backups go
    // on in Azure and `wait` follows them.
    stopCleanlyOnSignal(context, engine, [this] { m_batch->cancelPending(); });
    context.output().info(
        tr("Backing up %n service(s), at most %1 at a time...", nullptr, int(targets.size())).arg(m_parallel));
    m_batch->start(m_common, targets);
}

void BackupCommand::reportItem(CliContext &context, int index, const BatchItem &item)
{
    // One line per step, not per poll.
    if (m_reported.value(index, BatchItem::State::Pending) == item.state)
        return;
    m_reported.insert(index, item.state);
    const QString prefix
        = QStringLiteral("[%1/%2] %3: ").arg(index + 1).arg(m_batch->items().size()).arg(item.serviceName);
    Output &out = context.output();
    switch (item.state) {
    case BatchItem::State::Pending:
        return;
    case BatchItem::State::Checking:
        out.info(prefix + tr("checking the service and the storage account..."));
        return;
    case BatchItem::State::Running:
        for (const PreflightFinding &warning : item.warnings)
            out.info(prefix + tr("warning (%1): %2").arg(warning.code, warning.message));
        out.info(prefix
            + tr("backup %1 started, to %2/%3/%4")
                  .arg(item.operationId, item.storageAccount, item.container, item.blobName));
        return;
    case BatchItem::State::Succeeded:
        out.info(prefix + tr("succeeded after %1 s").arg(item.startedAt.secsTo(item.finishedAt)));
        return;
    case BatchItem::State::Failed:
        out.info(prefix + tr("failed: %1").arg(item.message));
        return;
    case BatchItem::State::Skipped:
        out.info(prefix + tr("skipped (%1): %2").arg(BatchItem::skipReasonText(item.skipReason), item.message));
        return;
    }
}

void BackupCommand::printSummary(CliContext &context, const BatchSummary &summary)
{
    Output &out = context.output();
    if (out.isJson()) {
        QJsonObject document = summary.toJson();
        if (!m_unlistedSubscriptions.isEmpty())
            document.insert(
                QStringLiteral("unlistedSubscriptions"), QJsonArray::fromStringList(m_unlistedSubscriptions));
        out.json(document);
        return;
    }
    out.line(tr("Batch backup: %1 (%n service(s)).", nullptr, summary.total()).arg(summary.countsText()));
    QList<QStringList> rows;
    for (const BatchItem &item : summary.items) {
        QString details;
        if (item.state == BatchItem::State::Succeeded)
            details = QStringLiteral("%1/%2/%3").arg(item.storageAccount, item.container, item.blobName);
        else if (item.state == BatchItem::State::Skipped)
            details = BatchItem::skipReasonText(item.skipReason) + QStringLiteral(": ") + item.message;
        else
            details = item.code.isEmpty() ? item.message : item.code + QStringLiteral(": ") + item.message;
        rows.append({ item.serviceName, BatchItem::stateName(item.state), details.simplified() });
    }
    if (!rows.isEmpty())
        out.table({ tr("Service"), tr("Result"), tr("Details") }, rows);
    for (const QString &subscription : std::as_const(m_unlistedSubscriptions))
        out.line(tr("Subscription %1 could not be listed: its services were not backed up.").arg(subscription));
}

} // namespace Apim::Cli
