#include "EngineCommand.h"

#include "CliContext.h"
#include "SignalWatcher.h"

#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "operations/OperationManager.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace Apim::Cli {

using namespace Apim::Core;

namespace {
// The services of every page in one list of the exact size; each page is emptied as it is
// moved over, so that its array goes before the next is moved.
QList<ApimService> joined(QList<QList<ApimService>> &pages)
{
    qsizetype count = 0;
    for (const QList<ApimService> &page : std::as_const(pages))
        count += page.size();
    QList<ApimService> all;
    all.reserve(count);
    for (QList<ApimService> &page : pages) {
        for (ApimService &service : page)
            all.append(std::move(service));
        page = {};
    }
    pages.clear();
    return all;
}
} // namespace

void EngineCommand::watchJournal(CliContext &context)
{
    if (m_watchingJournal)
        return;
    m_watchingJournal = true;
    connect(context.engine().operations(), &OperationManager::journalWarning, this,
        [&context](const QString &warning) { context.output().info(warning); });
}

Engine &EngineCommand::offlineEngine(CliContext &context)
{
    watchJournal(context);
    return context.engine();
}

void EngineCommand::withEngine(CliContext &context, std::function<void(Engine &)> ready)
{
    context.acquireCredential(
        [this, &context, ready](TokenCredential *credential, const AuthError &error, ExitCode code) {
            if (!credential) {
                context.reportAuthError(error);
                finish(code);
                return;
            }
            ready(offlineEngine(context));
        });
}

void EngineCommand::listServices(CliContext &context, ServicesCallback done)
{
    auto *inventory = new Core::Inventory(context.armClient(), this);
    inventory->setUseResourceGraph(!context.parser().isSet(QStringLiteral("no-resource-graph")));
    // The pages as they came (each kept whole, copying nothing), joined once at the end into
    // a list of the exact size: appended to one list, 10,000 services went through growing
    // copies, the old and the new array alive together at the peak.
    auto pages = std::make_shared<QList<QList<Core::ApimService>>>();
    connect(inventory, &Core::Inventory::servicesLoaded, this,
        [pages](const QList<Core::ApimService> &page) { pages->append(page); });
    connect(inventory, &Core::Inventory::servicesFailed, this,
        [this, &context](const ArmError &error) { failWith(context, error); });
    connect(inventory, &Core::Inventory::servicesFinished, this,
        [this, &context, pages, done](const Core::ServiceListingSummary &summary) {
            // From the event loop: the last page's answer (megabytes of parsed JSON) is
            // gone before the list is joined and printed.
            QTimer::singleShot(0, this, [&context, pages, done, summary] {
                QList<Core::ApimService> services = joined(*pages);
                std::sort(services.begin(), services.end(), [](const Core::ApimService &a, const Core::ApimService &b) {
                    return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                });
                for (auto it = summary.failedSubscriptions.begin(); it != summary.failedSubscriptions.end(); ++it)
                    context.output().info(
                        tr("Subscription %1 could not be listed: %2").arg(it.key(), it.value().userMessage()));
                done(services, summary);
            });
        });
    inventory->loadServices(context.parser().values(QStringLiteral("subscription")));
}

ExitCode EngineCommand::exitCodeFor(const ArmError &error)
{
    if (!error.isError())
        return ExitCode::Success;
    if (error.authRequired || error.kind == ArmError::Kind::Auth)
        return ExitCode::Authentication;
    if (error.kind == ArmError::Kind::Network || error.kind == ArmError::Kind::Timeout
        || error.kind == ArmError::Kind::Malformed || error.httpStatus == 429 || error.httpStatus >= 500)
        return ExitCode::Unavailable;
    return ExitCode::Failed;
}

ExitCode EngineCommand::exitCodeFor(const OperationRecord &record)
{
    switch (record.state) {
    case OperationState::Succeeded:
        return ExitCode::Success;
    case OperationState::Failed: {
        // Refused before anything was sent because an earlier operation still runs.
        if (record.error.code == QLatin1String("OperationInProgress"))
            return ExitCode::Refused;
        const ExitCode code = exitCodeFor(record.error);
        // Once Azure accepted the operation, a failure is the operation's own (1), even
        // when it was a server error: "unavailable" (5) is for a start that never got
        // through, where running the command again is the remedy.
        if (record.acceptedAt.isValid() && code == ExitCode::Unavailable)
            return ExitCode::Failed;
        return code == ExitCode::Success ? ExitCode::Failed : code;
    }
    default:
        return ExitCode::Failed;
    }
}

void EngineCommand::failWith(CliContext &context, const ArmError &error)
{
    context.output().error(error.userMessage(), error.code);
    finish(exitCodeFor(error));
}

void EngineCommand::usage(CliContext &context, const QString &message)
{
    context.output().error(message, QStringLiteral("usage"));
    finish(ExitCode::Usage);
}

bool EngineCommand::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

bool EngineCommand::confirmByTyping(CliContext &context, const QString &prompt, const QString &expected)
{
    context.output().info(prompt);
    QTextStream in(stdin);
    return in.readLine().trimmed() == expected;
}

QString EngineCommand::progressLine(const OperationRecord &record, const QDateTime &now)
{
    QString line = operationStateName(record.state);
    if (!record.serviceStatus.isEmpty())
        line += QStringLiteral(" (%1)").arg(record.serviceStatus);
    if (record.percentComplete >= 0 && !record.isFinished())
        line += QStringLiteral(" %1%").arg(int(record.percentComplete));
    line += tr(" - %1 s").arg(record.elapsedSeconds(now));
    if (record.nextPollAt.isValid() && !record.isFinished())
        line += tr(", next check in %1 s").arg(qMax<qint64>(0, (now.msecsTo(record.nextPollAt) + 999) / 1000));
    return line;
}

void EngineCommand::printOutcome(CliContext &context, const OperationRecord &record)
{
    Output &out = context.output();
    if (out.isJson()) {
        out.json(record.toJson());
    } else {
        const QString what = record.kind == OperationKind::Backup ? tr("Backup") : tr("Restore");
        out.line(tr("%1 %2 of %3: %4 after %5 s.")
                     .arg(what, record.id, record.serviceName, operationStateName(record.state))
                     .arg(record.elapsedSeconds(context.clock().now())));
        if (record.state == OperationState::Succeeded && record.kind == OperationKind::Backup)
            out.line(tr("Backup file: %1/%2/%3").arg(record.storageAccount, record.container, record.blobName));
        if (!record.note.isEmpty())
            out.line(record.note);
        if (record.changesChecked && !record.changes.isEmpty()) {
            out.line(tr("These configuration changes were made while the backup ran and may be missing from it:"));
            QList<QStringList> rows;
            for (const ChangeEvent &change : record.changes)
                rows.append({ change.time.toString(Qt::ISODate), change.operationName,
                    change.resourceId.section(QLatin1Char('/'), -2), change.caller, change.status });
            out.table({ tr("Time (UTC)"), tr("Operation"), tr("Resource"), tr("By"), tr("Status") }, rows);
        } else if (record.changesChecked) {
            out.line(tr("No configuration changes were made while the backup ran."));
        }
        if (!record.changesError.isEmpty())
            out.info(
                tr("Could not read the Activity Log for changes made during the backup: %1").arg(record.changesError));
    }
    if (record.state != OperationState::Succeeded) {
        const QString message = record.error.isError() ? record.error.userMessage() : record.note;
        out.error(message.isEmpty() ? tr("The operation ended as %1.").arg(operationStateName(record.state)) : message,
            record.error.code);
    }
}

void EngineCommand::stopCleanlyOnSignal(CliContext &context, Engine &engine, std::function<void()> beforeSuspend)
{
    if (m_signals)
        return;
    m_signals = new SignalWatcher(this);
    connect(
        m_signals, &SignalWatcher::interrupted, this, [this, &context, &engine, beforeSuspend](const QString &name) {
            if (m_interrupted)
                return;
            m_interrupted = true;
            if (beforeSuspend)
                beforeSuspend();
            // Nothing more reaches this command: it ends here, whatever the manager does next.
            engine.operations()->disconnect(this);
            const QStringList running = engine.operations()->suspend();
            Output &out = context.output();
            if (running.isEmpty())
                out.info(tr("Interrupted (%1). Nothing is left running.").arg(name));
            for (const QString &id : running)
                out.info(
                    tr("Interrupted (%1): stopped following %2. The operation goes on in Azure and its state is saved; "
                       "follow it to its end with: apim-backup-cli wait %2")
                        .arg(name, id));
            if (out.isJson())
                out.json(QJsonObject { { QStringLiteral("interrupted"), name },
                    { QStringLiteral("operationIds"), QJsonArray::fromStringList(running) } });
            finish(ExitCode::Interrupted);
        });
}

} // namespace Apim::Cli
