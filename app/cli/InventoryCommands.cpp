#include "InventoryCommands.h"

#include "CliContext.h"

#include "engine/Engine.h"

#include "inventory/Inventory.h"
#include "inventory/ResourceId.h"
#include "operations/Retention.h"
#include "recovery/BackupCatalog.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <memory>

namespace Apim::Cli {

using namespace Apim::Core;

namespace {
QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

// ---------------------------------------------------------------------------- services

QString ServicesCommand::summary() const
{
    return tr("List API Management services: tier, state and backup support");
}

void ServicesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("subscription"),
        tr("Only this subscription (repeatable). Default: all you can see."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("no-resource-graph"), tr("List per subscription instead of one Resource Graph query.") });
}

void ServicesCommand::run(CliContext &context)
{
    withEngine(context, [this, &context](Engine &) {
        listServices(
            context, [this, &context](const QList<ApimService> &services, const ServiceListingSummary &summary) {
                Output &out = context.output();
                if (out.isJson()) {
                    out.jsonArray(services.size(), [&services](qsizetype i) { return services.at(i).toJson(); });
                } else {
                    QList<QStringList> rows;
                    for (const ApimService &service : services) {
                        const BackupSupport support = service.backupSupport();
                        rows.append({ service.name, service.resourceGroup, service.subscriptionId,
                            QStringLiteral("%1 x%2").arg(service.skuName).arg(service.skuCapacity),
                            service.provisioningState.isEmpty() ? QStringLiteral("-") : service.provisioningState,
                            support.supported ? tr("yes") : tr("no (%1)").arg(service.skuName) });
                    }
                    out.table(
                        { tr("Name"), tr("Resource group"), tr("Subscription"), tr("Tier"), tr("State"), tr("Backup") },
                        rows);
                    if (summary.source == ServiceListingSummary::Source::PerSubscription
                        && !summary.fallbackReason.isEmpty())
                        out.verbose(tr("Listed per subscription: %1").arg(summary.fallbackReason));
                }
                finish(summary.failedSubscriptions.isEmpty() ? ExitCode::Success : ExitCode::Unavailable);
            });
    });
}

// ---------------------------------------------------------------------------- storage

QString StorageCommand::summary() const
{
    return tr("List storage accounts and their containers (--subscription ID)");
}

void StorageCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("subscription"), tr("The subscription to list."), QStringLiteral("id") });
}

void StorageCommand::run(CliContext &context)
{
    const QString subscription = context.parser().value(QStringLiteral("subscription"));
    if (subscription.isEmpty()) {
        usage(context, tr("storage needs --subscription ID."));
        return;
    }
    withEngine(context, [this, &context, subscription](Engine &engine) {
        engine.storage()->listAccounts(subscription, this,
            [this, &context, &engine](const QList<StorageAccount> &accounts, const ArmError &error) {
                if (error.isError()) {
                    failWith(context, error);
                    return;
                }
                // Containers of every account, in parallel; printed when the last answers.
                auto containers = std::make_shared<QHash<QString, QStringList>>();
                auto problems = std::make_shared<QStringList>();
                auto pending = std::make_shared<int>(accounts.size());
                auto print = [this, &context, accounts, containers, problems] {
                    Output &out = context.output();
                    for (const QString &problem : std::as_const(*problems))
                        out.info(problem);
                    if (out.isJson()) {
                        QJsonArray array;
                        for (const StorageAccount &account : accounts) {
                            QJsonObject object = account.toJson();
                            object.insert(QStringLiteral("containers"),
                                QJsonArray::fromStringList(containers->value(account.name)));
                            array.append(object);
                        }
                        out.json(array);
                    } else {
                        QList<QStringList> rows;
                        for (const StorageAccount &account : accounts)
                            rows.append({ account.name, account.resourceGroup, account.location,
                                account.allowSharedKeyAccess ? tr("yes") : tr("no"),
                                account.firewallDeniesByDefault() ? tr("deny") : tr("allow"),
                                containers->value(account.name).join(QStringLiteral(", ")) });
                        out.table({ tr("Account"), tr("Resource group"), tr("Location"), tr("Access keys"),
                                      tr("Firewall"), tr("Containers") },
                            rows);
                    }
                    finish(problems->isEmpty() ? ExitCode::Success : ExitCode::Unavailable);
                };
                if (accounts.isEmpty()) {
                    print();
                    return;
                }
                for (const StorageAccount &account : accounts) {
                    engine.storage()->listContainers(account, this,
                        [account, containers, problems, pending, print](
                            const QList<BlobContainerInfo> &list, const ArmError &listError) {
                            if (listError.isError())
                                problems->append(tr("Containers of %1 could not be listed: %2")
                                                     .arg(account.name, listError.userMessage()));
                            for (const BlobContainerInfo &container : list)
                                (*containers)[account.name].append(container.name);
                            if (--*pending == 0)
                                print();
                        });
                }
            });
    });
}

// ---------------------------------------------------------------------------- backups

QString BackupsCommand::summary() const
{
    return tr("List the backups in a container: age and whether they can still be restored");
}

void BackupsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("account"), tr("Storage account name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("container"), tr("Container name."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("subscription"),
        tr("Subscription of the storage account (default: the service's)."), QStringLiteral("id") });
    parser.addOption(
        { QStringLiteral("service"), tr("Only backups of this service (resource id or name)."), QStringLiteral("id") });
}

void BackupsCommand::run(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QString accountName = parser.value(QStringLiteral("account"));
    const QString container = parser.value(QStringLiteral("container"));
    const QString service = parser.value(QStringLiteral("service"));
    QString subscription = parser.value(QStringLiteral("subscription"));
    if (subscription.isEmpty())
        subscription = ResourceId::parse(service).subscriptionId;
    if (accountName.isEmpty() || container.isEmpty() || subscription.isEmpty()) {
        usage(context,
            tr("backups needs --account NAME, --container NAME and --subscription ID (or --service RESOURCE_ID)."));
        return;
    }
    const QString serviceName = Retention::serviceName(service);
    withEngine(context, [this, &context, accountName, container, subscription, serviceName](Engine &engine) {
        engine.storage()->findAccount(subscription, accountName, this,
            [this, &context, &engine, container, serviceName](const StorageAccount &account, const ArmError &error) {
                if (error.isError()) {
                    failWith(context, error);
                    return;
                }
                engine.catalog()->listContainer(account, container, QString(), this,
                    [this, &context, serviceName](
                        const QList<BackupBlob> &all, const StorageError &listError, const QString &note) {
                        if (!note.isEmpty())
                            context.output().verbose(note);
                        Output &out = context.output();
                        if (listError.isError()) {
                            out.error(listError.userMessage(), listError.code);
                            finish(listError.isTransient() ? ExitCode::Unavailable : ExitCode::Failed);
                            return;
                        }
                        QList<BackupBlob> blobs;
                        for (const BackupBlob &blob : all) {
                            // The exact service (as prune tells it), not a name prefix: contoso-prod-apim
                            // must not list contoso-prod-apim-kr's backups.
                            if (serviceName.isEmpty()
                                || Retention::serviceOf(blob).compare(serviceName, Qt::CaseInsensitive) == 0)
                                blobs.append(blob);
                        }
                        std::sort(blobs.begin(), blobs.end(),
                            [](const BackupBlob &a, const BackupBlob &b) { return a.createdOn > b.createdOn; });
                        const QDateTime now = context.clock().now();
                        if (out.isJson()) {
                            QJsonArray array;
                            for (const BackupBlob &blob : blobs) {
                                QJsonObject object = blob.toJson(now);
                                const QString notBackup = Retention::notBackupReason(blob);
                                object.insert(QStringLiteral("isBackup"), notBackup.isEmpty());
                                if (!notBackup.isEmpty())
                                    object.insert(QStringLiteral("notBackupReason"), notBackup);
                                array.append(object);
                            }
                            out.json(array);
                        } else {
                            QList<QStringList> rows;
                            for (const BackupBlob &blob : blobs) {
                                // A file that is not a backup is listed too, with why it is not one.
                                const QString notBackup = Retention::notBackupReason(blob);
                                const QString restorable = !notBackup.isEmpty()
                                    ? tr("not a backup: %1").arg(notBackup)
                                    : (blob.isExpired(now) ? tr("EXPIRED") : tr("ok"));
                                rows.append({ blob.name, sizeText(blob.size),
                                    blob.createdOn.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    tr("%1 d").arg(blob.ageDays(now)),
                                    blob.sourceSku().isEmpty() ? QStringLiteral("?") : blob.sourceSku(), restorable });
                            }
                            out.table({ tr("Name"), tr("Size"), tr("Created (UTC)"), tr("Age"), tr("Tier"),
                                          tr("Restorable") },
                                rows);
                        }
                        finish(ExitCode::Success);
                    });
            });
    });
}

} // namespace Apim::Cli
