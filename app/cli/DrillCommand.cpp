#include "DrillCommand.h"

#include "CliContext.h"

#include "engine/Engine.h"
#include "inventory/ResourceId.h"
#include "recovery/DrillExport.h"
#include "recovery/DrillStore.h"
#include "recovery/RestoreDrill.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {
// key, identity (user-assigned with --identity-client-id, else system-assigned), or any
// name the restore command takes.
bool readAccessType(const QString &value, bool hasClientId, AccessType *type)
{
    const QString name = value.trimmed().toLower();
    if (name == QLatin1String("identity")) {
        *type = hasClientId ? AccessType::UserAssignedManagedIdentity : AccessType::SystemAssignedManagedIdentity;
        return true;
    }
    bool ok = false;
    *type = accessTypeFromName(name, &ok);
    return ok;
}
} // namespace

DrillCommand::DrillCommand(QObject *parent)
    : EngineCommand(parent)
{ }

DrillCommand::~DrillCommand() = default;

QString DrillCommand::summary() const
{
    return tr("Restore a backup into a standby service, measure the RTO and compare it with the source");
}

void DrillCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("service"),
        tr("Resource id of the source service (with --list: only its drills)."), QStringLiteral("resource-id") });
    parser.addOption(
        { QStringLiteral("standby"), tr("Resource id of the standby service the backup is restored into (same tier)."),
            QStringLiteral("resource-id") });
    parser.addOption(
        { QStringLiteral("storage-account"), tr("Storage account of the backup."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("container"), tr("Container of the backup."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("backup"), tr("The backup blob to restore."), QStringLiteral("blob") });
    parser.addOption({ QStringLiteral("storage-subscription"),
        tr("Subscription of the storage account (default: the source's)."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("access-type"),
        tr("How the standby reaches the storage: key or identity (default key)."), QStringLiteral("type") });
    parser.addOption({ QStringLiteral("identity-client-id"),
        tr("Client id of the standby's user-assigned identity (with --access-type identity)."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("yes"), tr("Do not ask for confirmation (needed when stdin is not a terminal).") });
    parser.addOption({ QStringLiteral("markdown"), tr("Write the report as Markdown to this file (- for stdout)."),
        QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("csv"), tr("Write the report as CSV to this file (- for stdout)."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("list"), tr("List the past drills with their RTO, oldest first.") });
    parser.addOption(
        { QStringLiteral("show"), tr("Show one past drill (its id or a unique prefix)."), QStringLiteral("drill-id") });
}

ExitCode DrillCommand::exitCodeFor(const DrillRecord &record)
{
    switch (record.state) {
    case DrillState::Succeeded:
        return ExitCode::Success;
    case DrillState::Differences:
        return ExitCode::Differences;
    case DrillState::Running:
        return ExitCode::Failed;
    case DrillState::Failed:
        break;
    }
    const ExitCode code = EngineCommand::exitCodeFor(record.error);
    return code == ExitCode::Success ? ExitCode::Failed : code;
}

void DrillCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    m_store = std::make_unique<DrillStore>(context.paths().dataDir());
    if (parser.isSet(QStringLiteral("list")))
        return list(context);
    if (parser.isSet(QStringLiteral("show")))
        return show(context, parser.value(QStringLiteral("show")));
    DrillRequest request;
    QString error;
    if (!readRequest(context, &request, &error))
        return usage(context, error);
    if (!confirm(context, &request))
        return;
    withEngine(context, [this, &context, request](Engine &) { runDrill(context, request); });
}

bool DrillCommand::readRequest(CliContext &context, DrillRequest *request, QString *error) const
{
    const QCommandLineParser &parser = context.parser();
    request->sourceServiceId = parser.value(QStringLiteral("service")).trimmed();
    request->standbyServiceId = parser.value(QStringLiteral("standby")).trimmed();
    request->storageAccount = parser.value(QStringLiteral("storage-account")).trimmed();
    request->container = parser.value(QStringLiteral("container")).trimmed();
    request->backupName = parser.value(QStringLiteral("backup")).trimmed();
    request->storageSubscriptionId = parser.value(QStringLiteral("storage-subscription")).trimmed();
    request->identityClientId = parser.value(QStringLiteral("identity-client-id")).trimmed();
    QStringList missing;
    const QList<QPair<QString, QString>> required = { { QStringLiteral("--service"), request->sourceServiceId },
        { QStringLiteral("--standby"), request->standbyServiceId },
        { QStringLiteral("--storage-account"), request->storageAccount },
        { QStringLiteral("--container"), request->container }, { QStringLiteral("--backup"), request->backupName } };
    for (const auto &option : required) {
        if (option.second.isEmpty())
            missing << option.first;
    }
    if (!missing.isEmpty()) {
        *error = tr("drill needs %1 (or --list, or --show ID).").arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    const QString accessType = parser.value(QStringLiteral("access-type"));
    if (!readAccessType(accessType, !request->identityClientId.isEmpty(), &request->accessType)) {
        *error = tr("--access-type must be key or identity.");
        return false;
    }
    *error = request->validate();
    return error->isEmpty();
}

bool DrillCommand::confirm(CliContext &context, DrillRequest *request)
{
    const QString standby = ResourceId::parse(request->standbyServiceId).name;
    if (context.parser().isSet(QStringLiteral("yes"))) {
        request->confirmed = true;
        return true;
    }
    if (!stdinIsTerminal()) {
        refused(context, QStringLiteral("NotConfirmed"),
            tr("A drill replaces the configuration of the standby %1 with the backup's. Confirm with --yes when "
               "running without a terminal; nothing was restored.")
                .arg(standby));
        return false;
    }
    request->confirmed = confirmByTyping(context,
        tr("The drill replaces the APIs, products, policies and users of the standby %1 with those in %2.\nType the "
           "name of the standby (%1) to confirm:")
            .arg(standby, request->backupName),
        standby);
    if (!request->confirmed)
        refused(context, QStringLiteral("NotConfirmed"), tr("Not confirmed; nothing was restored."));
    return request->confirmed;
}

void DrillCommand::runDrill(CliContext &context, const DrillRequest &request)
{
    Engine &engine = context.engine();
    m_drill = new RestoreDrill(RestoreDrill::partsOf(engine, m_store.get()), this);
    connect(m_drill, &RestoreDrill::progress, this, [&context](const QString &text) { context.output().info(text); });
    connect(m_drill, &RestoreDrill::refused, this,
        [this, &context](const DrillRefusal &refusal) { refused(context, refusal.code, refusal.message); });
    connect(m_drill, &RestoreDrill::restoreStarted, this, [&context](const DrillRecord &record) {
        context.output().info(tr("Drill %1: restore operation %2.").arg(record.id, record.operationId));
    });
    connect(m_drill, &RestoreDrill::finished, this, [this, &context](const DrillRecord &record) {
        report(context, record);
        const bool written = writeExports(context, record);
        finish(written ? exitCodeFor(record) : ExitCode::Failed);
    });
    // From here a SIGTERM leaves the restore journaled, to be followed with 'wait'.
    stopCleanlyOnSignal(context, engine);
    DrillRefusal refusal;
    if (!m_drill->start(request, &refusal))
        refused(context, refusal.code, refusal.message);
}

void DrillCommand::refused(CliContext &context, const QString &code, const QString &message)
{
    Output &out = context.output();
    out.error(tr("refused (%1): %2").arg(code, message), code);
    if (out.isJson())
        out.json(QJsonObject { { QStringLiteral("refused"), true }, { QStringLiteral("code"), code },
            { QStringLiteral("message"), message } });
    finish(ExitCode::Refused);
}

void DrillCommand::report(CliContext &context, const DrillRecord &record)
{
    Output &out = context.output();
    if (out.isJson()) {
        out.json(record.toJson());
    } else {
        out.line(tr("Drill %1 of %2 into %3: %4, RTO %5.")
                     .arg(record.id, record.sourceName(), record.standbyName(), record.stateText(), record.rtoText()));
        if (record.acceptedAt.isValid() && record.standbyReadyAt.isValid())
            out.line(tr("Restore %1 accepted at %2, standby ready at %3 (UTC).")
                         .arg(record.operationId, record.acceptedAt.toUTC().toString(Qt::ISODateWithMs),
                             record.standbyReadyAt.toUTC().toString(Qt::ISODateWithMs)));
        if (record.state == DrillState::Succeeded)
            out.line(tr("The standby holds what the source holds."));
        QList<QStringList> rows;
        for (const DrillDifference &difference : record.differences)
            rows.append({ difference.description(), difference.explanationText() });
        if (!rows.isEmpty())
            out.table({ tr("Difference"), tr("Explanation") }, rows);
        if (!record.changesError.isEmpty())
            out.info(tr("The differences could not be explained: %1").arg(record.changesError));
    }
    if (record.state == DrillState::Failed)
        out.error(record.reason, record.error.code.isEmpty() ? QStringLiteral("DrillFailed") : record.error.code);
}

bool DrillCommand::writeExports(CliContext &context, const DrillRecord &record)
{
    const QCommandLineParser &parser = context.parser();
    const QList<QPair<QString, QString>> exports = {
        { parser.value(QStringLiteral("markdown")), DrillExport::toMarkdown(record) },
        { parser.value(QStringLiteral("csv")), DrillExport::toCsv(record) },
    };
    bool ok = true;
    for (const auto &item : exports) {
        if (item.first.isEmpty())
            continue;
        if (item.first == QLatin1String("-")) {
            context.output().line(item.second.trimmed());
            continue;
        }
        QSaveFile file(item.first);
        if (!file.open(QIODevice::WriteOnly) || file.write(item.second.toUtf8()) < 0 || !file.commit()) {
            context.output().error(
                tr("Could not write %1: %2").arg(item.first, file.errorString()), QStringLiteral("io"));
            ok = false;
        }
    }
    return ok;
}

void DrillCommand::list(CliContext &context)
{
    Output &out = context.output();
    const QString service = context.parser().value(QStringLiteral("service")).trimmed();
    QStringList warnings;
    const QList<DrillRecord> records
        = service.isEmpty() ? m_store->loadAll(&warnings) : m_store->forService(service, &warnings);
    for (const QString &warning : std::as_const(warnings))
        out.info(warning);
    if (out.isJson()) {
        QJsonArray array;
        for (const DrillRecord &record : records)
            array.append(record.toJson());
        out.json(array);
    } else {
        QList<QStringList> rows;
        for (const DrillRecord &record : records)
            rows.append({ record.id, record.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                record.sourceName(), record.standbyName(), record.stateText(), record.rtoText(),
                QString::number(record.differences.size()), record.operationId });
        out.table({ tr("Drill"), tr("Started (UTC)"), tr("Source"), tr("Standby"), tr("Result"), tr("RTO"),
                      tr("Differences"), tr("Restore operation") },
            rows);
    }
    const QString csv = context.parser().value(QStringLiteral("csv"));
    if (!csv.isEmpty()) {
        QSaveFile file(csv);
        const QByteArray text = DrillExport::listToCsv(records).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(text) < 0 || !file.commit()) {
            out.error(tr("Could not write %1: %2").arg(csv, file.errorString()), QStringLiteral("io"));
            return finish(ExitCode::Failed);
        }
    }
    finish(ExitCode::Success);
}

void DrillCommand::show(CliContext &context, const QString &id)
{
    QString error;
    const auto record = m_store->find(id, &error);
    if (!record)
        return usage(context, error);
    const QCommandLineParser &parser = context.parser();
    if (!parser.isSet(QStringLiteral("markdown")) && !parser.isSet(QStringLiteral("csv")))
        report(context, *record);
    finish(writeExports(context, *record) ? ExitCode::Success : ExitCode::Failed);
}

} // namespace Apim::Cli
