#include "OperationCommands.h"

#include "CliContext.h"

#include "engine/Engine.h"

#include "inventory/ResourceId.h"
#include "operations/BackupNaming.h"
#include "operations/CopyCommand.h"
#include "operations/OperationJournal.h"
#include "operations/OperationManager.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {
// Follows an operation to its end: progress on stderr, the outcome on stdout.
void follow(EngineCommand *command, OperationManager *manager, const QString &operationId, CliContext &context,
    std::function<void(const OperationRecord &)> changed, std::function<void(const OperationRecord &)> finished)
{
    QObject::connect(
        manager, &OperationManager::operationChanged, command, [operationId, changed](const OperationRecord &record) {
            if (record.id == operationId)
                changed(record);
        });
    QObject::connect(
        manager, &OperationManager::operationFinished, command, [operationId, finished](const OperationRecord &record) {
            if (record.id == operationId)
                finished(record);
        });
    Q_UNUSED(context)
}
} // namespace

// ---------------------------------------------------------------------------- backup / restore

QString RestoreCommand::summary() const
{
    return tr("Restore a service from a backup blob (asks to confirm unless --yes)");
}

void OperationCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("service"),
        kind() == OperationKind::Backup ? tr("Resource id of the API Management service; repeat it to back up several.")
                                        : tr("Resource id of the API Management service."),
        QStringLiteral("resource-id") });
    parser.addOption({ QStringLiteral("account"), tr("Storage account name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("container"), tr("Container name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("name"),
        kind() == OperationKind::Backup ? tr("Backup blob name (default: {service}-{yyyyMMdd-HHmmss}.apimbackup).")
                                        : tr("The backup blob to restore."),
        QStringLiteral("blob") });
    parser.addOption({ QStringLiteral("storage-subscription"),
        tr("Subscription of the storage account (default: the service's)."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("access-type"),
        tr("How the service reaches the storage: key, system-identity or user-identity (default key)."),
        QStringLiteral("type") });
    parser.addOption({ QStringLiteral("identity-client-id"),
        tr("Client id of the user-assigned identity (with --access-type user-identity)."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("no-wait"), tr("Return once Azure has accepted the request; follow it later with 'wait'.") });
    parser.addOption(
        { QStringLiteral("print-command"), tr("Print the equivalent az commands and exit without running anything.") });
    if (kind() == OperationKind::Backup)
        parser.addOption({ QStringLiteral("overwrite"), tr("Replace a backup blob of the same name.") });
    else
        parser.addOption(
            { QStringLiteral("yes"), tr("Do not ask for confirmation (needed when stdin is not a terminal).") });
}

bool OperationCommand::readRequest(CliContext &context, OperationRequest *request, QString *error) const
{
    const QCommandLineParser &parser = context.parser();
    request->kind = kind();
    request->serviceId = parser.value(QStringLiteral("service"));
    request->blobName = parser.value(QStringLiteral("name"));
    readTarget(context, request);
    QStringList missing;
    if (request->serviceId.isEmpty())
        missing << QStringLiteral("--service");
    if (request->storageAccount.isEmpty())
        missing << QStringLiteral("--account");
    if (request->container.isEmpty())
        missing << QStringLiteral("--container");
    if (kind() == OperationKind::Restore && request->blobName.isEmpty())
        missing << QStringLiteral("--name");
    if (!missing.isEmpty()) {
        *error = tr("%1 needs %2.").arg(name(), missing.join(QStringLiteral(", ")));
        return false;
    }
    if (const QString problem = ResourceId::serviceIdError(request->serviceId); !problem.isEmpty()) {
        *error = QStringLiteral("--service: ") + problem;
        return false;
    }
    // A backup without --name is named by preflight, once the service's tier is known.
    return readAccess(context, request, error);
}

void OperationCommand::readTarget(CliContext &context, OperationRequest *request) const
{
    const QCommandLineParser &parser = context.parser();
    request->storageAccount = parser.value(QStringLiteral("account"));
    request->container = parser.value(QStringLiteral("container"));
    request->storageSubscriptionId = parser.value(QStringLiteral("storage-subscription"));
    request->identityClientId = parser.value(QStringLiteral("identity-client-id"));
    request->overwriteConfirmed = kind() == OperationKind::Backup && parser.isSet(QStringLiteral("overwrite"));
}

bool OperationCommand::readAccess(CliContext &context, OperationRequest *request, QString *error) const
{
    bool ok = false;
    request->accessType = accessTypeFromName(context.parser().value(QStringLiteral("access-type")), &ok);
    if (!ok) {
        *error = tr("--access-type must be key, system-identity or user-identity.");
        return false;
    }
    if (request->accessType == AccessType::UserAssignedManagedIdentity && request->identityClientId.isEmpty()) {
        *error = tr("--access-type user-identity needs --identity-client-id.");
        return false;
    }
    return true;
}

void OperationCommand::printCommand(CliContext &context, const OperationRequest &request)
{
    Output &out = context.output();
    const QString rest = CopyCommand::azRest(request, context.cloud().resourceManager());
    QString why;
    const QString apim = CopyCommand::azApim(request, {}, &why);
    if (out.isJson()) {
        out.json(QJsonObject { { QStringLiteral("azRest"), rest }, { QStringLiteral("azApim"), apim },
            { QStringLiteral("azApimUnavailable"), why } });
    } else {
        out.line(tr("# With az rest (any access type):"));
        out.line(rest);
        out.line();
        if (apim.isEmpty()) {
            out.line(tr("# %1").arg(why));
        } else {
            out.line(tr("# With az apim %1:").arg(operationKindName(request.kind)));
            out.line(apim);
        }
    }
    finish(ExitCode::Success);
}

void OperationCommand::run(CliContext &context)
{
    QString error;
    if (!readRequest(context, &m_request, &error)) {
        usage(context, error);
        return;
    }
    if (context.parser().isSet(QStringLiteral("print-command"))) {
        if (m_request.blobName.isEmpty()) // offline: the tier is not known here
            m_request.blobName = BackupNaming::fromSettings(context.settings())
                                     .forService(m_request.serviceId, {}, context.clock().now());
        printCommand(context, m_request);
        return;
    }
    if (kind() == OperationKind::Restore && !context.parser().isSet(QStringLiteral("yes")) && !stdinIsTerminal()) {
        usage(context,
            tr("A restore replaces the configuration of %1. Confirm with --yes when running without a terminal.")
                .arg(ResourceId::parse(m_request.serviceId).name));
        return;
    }
    withEngine(context, [this, &context](Engine &engine) {
        context.output().info(
            tr("Checking %1 and the storage account...").arg(ResourceId::parse(m_request.serviceId).name));
        Preflight *preflight = engine.createPreflight(this);
        connect(preflight, &Preflight::finished, this,
            [this, &context, &engine](const PreflightReport &report) { onPreflight(context, engine, report); });
        preflight->run(m_request);
    });
}

void OperationCommand::onPreflight(CliContext &context, Engine &engine, const PreflightReport &report)
{
    Output &out = context.output();
    m_request.blobName = report.facts.request.blobName; // named by preflight when --name was not given
    m_request.accessKey = report.facts.request.accessKey; // fetched once, by preflight
    for (const PreflightFinding &finding : report.findings) {
        const QString text
            = finding.action.isEmpty() ? finding.message : finding.message + QLatin1Char(' ') + finding.action;
        if (finding.isBlocking())
            out.error(tr("refused (%1): %2").arg(finding.code, text), finding.code);
        else
            out.info(tr("warning (%1): %2").arg(finding.code, text));
    }
    if (report.isBlocked()) {
        // Busy because of an operation this tool started (a run that was stopped): say
        // which, and how to follow it, rather than only "wait until it has finished".
        const QString earlier = engine.operations()->activeOperationFor(m_request.serviceId);
        const bool busy = std::any_of(report.findings.cbegin(), report.findings.cend(),
            [](const PreflightFinding &finding) { return finding.code == QLatin1String("ServiceNotReady"); });
        if (busy && !earlier.isEmpty())
            out.error(tr("Operation %1, started earlier by this tool, is still running on %2. Follow it with: "
                         "apim-backup-cli wait %1")
                          .arg(earlier, ResourceId::parse(m_request.serviceId).name),
                QStringLiteral("OperationInProgress"));
        if (out.isJson()) {
            QJsonArray findings;
            for (const PreflightFinding &finding : report.findings)
                findings.append(finding.toJson());
            out.json(QJsonObject { { QStringLiteral("refused"), true }, { QStringLiteral("findings"), findings } });
        }
        // A service we could not even read is an availability problem, not a refusal.
        if (!report.facts.service && report.facts.serviceError.isError()) {
            const ExitCode code = exitCodeFor(report.facts.serviceError);
            finish(code == ExitCode::Failed ? ExitCode::Refused : code);
            return;
        }
        finish(ExitCode::Refused);
        return;
    }
    if (kind() == OperationKind::Restore && !context.parser().isSet(QStringLiteral("yes"))
        && !confirmRestore(context, ResourceId::parse(m_request.serviceId).name)) {
        out.error(tr("Not confirmed; nothing was restored."), QStringLiteral("NotConfirmed"));
        finish(ExitCode::Refused);
        return;
    }
    start(context, engine, m_request);
}

bool OperationCommand::confirmRestore(CliContext &context, const QString &serviceName)
{
    return confirmByTyping(context,
        tr("The restore replaces the APIs, products, policies and users of %1 with those in %2. "
           "Changes made meanwhile will be lost.\nType the name of the service (%1) to confirm:")
            .arg(serviceName, m_request.blobName),
        serviceName);
}

void OperationCommand::start(CliContext &context, Engine &engine, const OperationRequest &request)
{
    Output &out = context.output();
    // Before the journal holds the record: from here a SIGTERM (systemd stopping a timer
    // unit) or Ctrl+C leaves the journal written and `wait` able to finish it.
    stopCleanlyOnSignal(context, engine);
    QString error;
    const QString id = kind() == OperationKind::Backup ? engine.operations()->startBackup(request, &error)
                                                       : engine.operations()->startRestore(request, &error);
    if (id.isEmpty()) {
        out.error(error, QStringLiteral("Refused"));
        finish(ExitCode::Refused);
        return;
    }
    if (!out.isJson())
        out.line(tr("Operation %1: %2 of %3 %4 %5/%6/%7")
                     .arg(id, operationKindName(kind()), ResourceId::parse(request.serviceId).name,
                         kind() == OperationKind::Backup ? tr("to") : tr("from"), request.storageAccount,
                         request.container, request.blobName));
    const bool noWait = context.parser().isSet(QStringLiteral("no-wait"));
    follow(
        this, engine.operations(), id, context,
        [this, &context, noWait](const OperationRecord &record) {
            const QString line = progressLine(record, context.clock().now());
            const QString key = operationStateName(record.state) + record.serviceStatus
                + QString::number(int(record.percentComplete));
            if (key != m_lastProgress) {
                m_lastProgress = key;
                context.output().info(line);
            }
            if (noWait && record.state == OperationState::Running) {
                if (context.output().isJson())
                    context.output().json(QJsonObject { { QStringLiteral("operationId"), record.id },
                        { QStringLiteral("state"), operationStateName(record.state) } });
                else
                    context.output().info(tr("Accepted. Follow it with: apim-backup-cli wait %1").arg(record.id));
                finish(ExitCode::Success);
            }
        },
        [this, &context](const OperationRecord &record) {
            m_finished = record;
            printOutcome(context, record);
            finish(exitCodeFor(record));
        });
}

// ---------------------------------------------------------------------------- operations

QString OperationsCommand::summary() const
{
    return tr("List the backups and restores this tool started (the journal)");
}

void OperationsCommand::run(CliContext &context)
{
    OperationJournal journal(context.paths().dataDir());
    QStringList warnings;
    const QList<OperationRecord> records = journal.loadAll(&warnings);
    Output &out = context.output();
    for (const QString &warning : std::as_const(warnings))
        out.info(warning);
    const QDateTime now = context.clock().now();
    if (out.isJson()) {
        QJsonArray array;
        for (const OperationRecord &record : records)
            array.append(record.toJson());
        out.json(array);
    } else {
        QList<QStringList> rows;
        for (const OperationRecord &record : records)
            rows.append({ record.id, operationKindName(record.kind), record.serviceName,
                operationStateName(record.state), record.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                tr("%1 s").arg(record.elapsedSeconds(now)),
                QStringLiteral("%1/%2/%3").arg(record.storageAccount, record.container, record.blobName) });
        out.table(
            { tr("Operation"), tr("Kind"), tr("Service"), tr("State"), tr("Started (UTC)"), tr("Took"), tr("Blob") },
            rows);
    }
    finish(ExitCode::Success);
}

// ---------------------------------------------------------------------------- wait

QString WaitCommand::summary() const
{
    return tr("Follow an operation started earlier to its end (wait OPERATION_ID)");
}

void WaitCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("operation-id"), tr("The operation id (or a unique prefix of it)."));
}

void WaitCommand::run(CliContext &context)
{
    const QStringList arguments = context.parser().positionalArguments();
    if (arguments.size() != 1) {
        usage(context, tr("wait needs one operation id; 'apim-backup-cli operations' lists them."));
        return;
    }
    QString error;
    const auto stored = OperationJournal(context.paths().dataDir()).find(arguments.first(), &error);
    if (!stored) {
        usage(context, error);
        return;
    }
    if (stored->isFinished()) {
        printOutcome(context, *stored);
        finish(exitCodeFor(*stored));
        return;
    }
    const QString id = stored->id;
    withEngine(context, [this, &context, id](Engine &engine) {
        follow(
            this, engine.operations(), id, context,
            [&context](
                const OperationRecord &record) { context.output().info(progressLine(record, context.clock().now())); },
            [this, &context](const OperationRecord &record) {
                printOutcome(context, record);
                finish(exitCodeFor(record));
            });
        QString resumeError;
        if (!engine.operations()->resumeOne(id, nullptr, &resumeError)) {
            usage(context, resumeError);
            return;
        }
        stopCleanlyOnSignal(context, engine);
        context.output().info(tr("Following %1 (%2 of %3)...")
                                  .arg(id, operationKindName(engine.operations()->find(id)->kind),
                                      engine.operations()->find(id)->serviceName));
    });
}

} // namespace Apim::Cli
