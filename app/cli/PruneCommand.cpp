#include "PruneCommand.h"

#include "CliContext.h"

#include "arm/ArmError.h"
#include "cloud/CloudEnvironment.h"
#include "engine/Engine.h"
#include "inventory/Inventory.h"
#include "recovery/BackupCatalog.h"
#include "secrets/StorageKeyStore.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageNames.h"
#include "storage/StorageService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define APIM_ISATTY _isatty
#define APIM_FILENO _fileno
#else
#include <unistd.h>
#define APIM_ISATTY isatty
#define APIM_FILENO fileno
#endif

namespace Apim::Cli {

using namespace Apim::Core;

namespace {

ExitCode exitCodeFor(const ArmError &error)
{
    if (error.authRequired || error.kind == ArmError::Kind::Auth)
        return ExitCode::Authentication;
    if (error.isTransient() || error.kind == ArmError::Kind::Network)
        return ExitCode::Unavailable;
    return ExitCode::Failed;
}

ExitCode exitCodeFor(const StorageError &error)
{
    if (error.kind == StorageError::Kind::Auth)
        return ExitCode::Authentication;
    if (error.isTransient())
        return ExitCode::Unavailable;
    return ExitCode::Failed;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1);
}

} // namespace

QString PruneCommand::summary() const
{
    return tr("Delete expired or old backups from a container, keeping the newest of each service");
}

void PruneCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("account"), tr("The storage account."), tr("name") });
    parser.addOption({ QStringLiteral("container"), tr("The blob container with the backups."), tr("name") });
    parser.addOption({ QStringLiteral("subscription"),
        tr("The storage account's subscription (default: search every subscription you can see)."), tr("id") });
    parser.addOption({ QStringLiteral("older-than"),
        tr("Delete backups older than this, e.g. 30d, 720h or 4w (default: the expired ones, older "
           "than 30 days)."),
        tr("age") });
    parser.addOption({ QStringLiteral("keep-last"),
        tr("Always keep the newest <n> restorable backups of each service, and never delete a "
           "service's last backup unless <n> is 0 (default 1)."),
        tr("n"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("service"),
        tr("Only the backups of this service (name or resource id); repeatable."), tr("id") });
    parser.addOption({ QStringLiteral("dry-run"), tr("Print what would be deleted; delete nothing.") });
    parser.addOption({ QStringLiteral("yes"), tr("Delete without asking (for scripts and schedules).") });
}

void PruneCommand::run(CliContext &context)
{
    m_context = &context;
    Output &out = context.output();
    const QCommandLineParser &parser = context.parser();
    auto usage = [this, &out](const QString &message) {
        out.error(message, QStringLiteral("usage"));
        finish(ExitCode::Usage);
    };

    m_accountName = parser.value(QStringLiteral("account")).trimmed();
    m_container = parser.value(QStringLiteral("container")).trimmed();
    if (m_accountName.isEmpty() || m_container.isEmpty())
        return usage(tr("prune needs --account NAME and --container NAME: the storage account and container that "
                        "hold the backups."));
    QString problem = StorageNames::accountNameError(m_accountName);
    if (problem.isEmpty())
        problem = StorageNames::containerNameError(m_container);
    if (!problem.isEmpty())
        return usage(problem);
    if (parser.isSet(QStringLiteral("older-than"))) {
        const auto seconds = Retention::parseAge(parser.value(QStringLiteral("older-than")), &problem);
        if (!seconds)
            return usage(problem);
        m_policy.olderThanSeconds = *seconds;
    }
    bool ok = false;
    m_policy.keepLast = parser.value(QStringLiteral("keep-last")).toInt(&ok);
    if (!ok || m_policy.keepLast < 0)
        return usage(tr("--keep-last needs a number of backups, 0 or more."));
    for (const QString &service : parser.values(QStringLiteral("service"))) {
        if (Retention::serviceName(service).isEmpty())
            return usage(tr("--service needs a service name or resource id."));
        m_policy.services.append(service.trimmed());
    }
    m_dryRun = parser.isSet(QStringLiteral("dry-run"));
    m_yes = parser.isSet(QStringLiteral("yes"));

    context.acquireCredential([this, &context](TokenCredential *credential, const AuthError &error, ExitCode code) {
        if (!credential) {
            context.reportAuthError(error);
            finish(code);
            return;
        }
        // The engine's storage objects sign with the credential just acquired.
        m_storage = context.engine().storage();
        m_resolver = context.engine().storageCredentials();
        m_blobs = context.engine().blobs();
        m_catalog = context.engine().catalog();

        const QString subscription = context.parser().value(QStringLiteral("subscription")).trimmed();
        if (!subscription.isEmpty()) {
            findAccount({ subscription }, 0);
            return;
        }
        // No subscription given: look through every enabled one the account can see.
        auto *inventory = new Inventory(context.armClient(), this);
        connect(inventory, &Inventory::subscriptionsLoaded, this, [this](const QList<SubscriptionInfo> &subscriptions) {
            QStringList ids;
            for (const SubscriptionInfo &info : subscriptions) {
                if (info.isEnabled())
                    ids.append(info.subscriptionId);
            }
            if (ids.isEmpty()) {
                m_context->output().error(tr("The signed-in account sees no enabled subscription, so storage account "
                                             "%1 cannot be found. Check the account's role assignments.")
                                              .arg(m_accountName));
                finish(ExitCode::Failed);
                return;
            }
            findAccount(ids, 0);
        });
        connect(inventory, &Inventory::subscriptionsFailed, this, &PruneCommand::failArm);
        inventory->loadSubscriptions();
    });
}

void PruneCommand::failArm(const ArmError &error)
{
    m_context->output().error(error.userMessage(), error.code);
    finish(exitCodeFor(error));
}

void PruneCommand::findAccount(const QStringList &subscriptions, int index)
{
    const QString subscription = subscriptions.at(index);
    m_context->output().verbose(
        tr("Looking for storage account %1 in subscription %2...").arg(m_accountName, subscription));
    m_storage->findAccount(subscription, m_accountName, this,
        [this, subscriptions, index](const StorageAccount &account, const ArmError &error) {
            if (!error.isError()) {
                onAccount(account);
                return;
            }
            const bool missing = error.code == QLatin1String("StorageAccountNotFound");
            if (subscriptions.size() == 1 || (!missing && error.authRequired)) {
                failArm(error);
                return;
            }
            if (!missing)
                m_context->output().verbose(error.userMessage());
            if (index + 1 < subscriptions.size()) {
                findAccount(subscriptions, index + 1);
                return;
            }
            m_context->output().error(tr("There is no storage account named %1 in the %n subscription(s) you can see. "
                                         "Check the name, or give its subscription with --subscription.",
                                          nullptr, int(subscriptions.size()))
                                          .arg(m_accountName),
                QStringLiteral("StorageAccountNotFound"));
            finish(ExitCode::Failed);
        });
}

void PruneCommand::onAccount(const StorageAccount &account)
{
    m_account = account;
    // Deleting needs the same signing decision as listing: ask the resolver once, for both.
    m_resolver->blobCredentials(account, this, [this](const BlobCredentials &credentials, const QString &) {
        m_credentials = credentials;
        m_catalog->listContainer(m_account, m_container, QString(), this,
            [this](const QList<BackupBlob> &blobs, const StorageError &error, const QString &note) {
                if (!note.isEmpty())
                    m_context->output().verbose(note);
                if (error.isError()) {
                    QString text = error.userMessage();
                    if (!note.isEmpty())
                        text += QStringLiteral(" (") + note + QLatin1Char(')');
                    m_context->output().error(text, error.code);
                    finish(exitCodeFor(error));
                    return;
                }
                onBlobs(blobs);
            });
    });
}

void PruneCommand::onBlobs(const QList<BackupBlob> &blobs)
{
    m_plan = Retention::plan(blobs, m_policy, m_context->clock().now());
    m_toDelete = m_plan.deletions();
    Output &out = m_context->output();
    if (!out.isJson())
        printPlan();
    if (m_toDelete.isEmpty() || m_dryRun) {
        report();
        return;
    }
    if (!m_yes) {
        if (!APIM_ISATTY(APIM_FILENO(stdin))) {
            report();
            out.error(tr("Nothing was deleted: add --yes to delete these %n backup(s). (Standard input is not a "
                         "terminal, so there is no one to ask.)",
                          nullptr, int(m_toDelete.size())),
                QStringLiteral("confirmation_required"));
            finish(ExitCode::Usage);
            return;
        }
        if (!confirm()) {
            out.info(tr("Nothing was deleted."));
            m_toDelete.clear();
            report();
            return;
        }
    }
    deleteNext(0);
}

void PruneCommand::printPlan()
{
    Output &out = m_context->output();
    const QDateTime now = m_context->clock().now();
    if (m_plan.decisions.isEmpty()) {
        out.line(m_plan.otherServices > 0
                ? tr("No backups of the given services in %1/%2 (%n of other services left alone).", nullptr,
                    m_plan.otherServices)
                      .arg(m_accountName, m_container)
                : tr("No backups in %1/%2.").arg(m_accountName, m_container));
        return;
    }
    QList<QStringList> rows;
    for (const RetentionDecision &decision : std::as_const(m_plan.decisions)) {
        rows.append({ decision.isDelete() ? tr("delete") : tr("keep"), decision.blob.name,
            decision.service.isEmpty() ? QStringLiteral("?") : decision.service,
            Retention::formatAge(decision.blob.ageSeconds(now)), sizeText(decision.blob.size), decision.reason });
    }
    out.table({ tr("ACTION"), tr("BACKUP"), tr("SERVICE"), tr("AGE"), tr("SIZE"), tr("WHY") }, rows);
    out.line();
    if (m_plan.otherServices > 0)
        out.line(tr("%n backup(s) of other services left alone.", nullptr, m_plan.otherServices));
    if (m_toDelete.isEmpty())
        out.line(tr("Nothing to delete: %n backup(s) kept.", nullptr, m_plan.keepCount()));
    else if (m_dryRun)
        out.line(tr("Dry run: %n backup(s) (%1) would be deleted, %2 kept. Nothing was deleted.", nullptr,
            int(m_toDelete.size()))
                     .arg(sizeText(m_plan.bytesToDelete()))
                     .arg(m_plan.keepCount()));
    else
        out.line(tr("To delete: %n backup(s) (%1); to keep: %2.", nullptr, int(m_toDelete.size()))
                     .arg(sizeText(m_plan.bytesToDelete()))
                     .arg(m_plan.keepCount()));
}

bool PruneCommand::confirm()
{
    Output &out = m_context->output();
    out.info(tr(
        "Delete %n backup(s) from %1/%2? This cannot be undone. Type yes to delete: ", nullptr, int(m_toDelete.size()))
                 .arg(m_accountName, m_container));
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("yes") || answer == QLatin1String("y");
}

void PruneCommand::deleteNext(int index)
{
    if (index >= m_toDelete.size()) {
        report();
        return;
    }
    const QString blobName = m_toDelete.at(index).blob.name;
    m_blobs->deleteBlob(m_account.blobEndpoint, m_container, blobName, m_credentials, this,
        [this, index, blobName](const StorageError &error) {
            Output &out = m_context->output();
            Outcome outcome { blobName, {}, false };
            if (error.isError() && error.code == QLatin1String("BlobNotFound")) {
                outcome.alreadyGone = true; // someone else deleted it: the goal is met
            } else if (error.isError()) {
                outcome.error = error.userMessage();
                out.error(tr("Could not delete %1: %2").arg(blobName, outcome.error), error.code);
                const ExitCode code = exitCodeFor(error);
                if (m_worst == ExitCode::Success || code == ExitCode::Authentication)
                    m_worst = code;
                if (code == ExitCode::Authentication) {
                    // The next deletes would be refused the same way.
                    m_outcomes.append(outcome);
                    report();
                    return;
                }
            }
            if (!out.isJson() && outcome.error.isEmpty())
                out.line(outcome.alreadyGone ? tr("Already gone: %1").arg(blobName) : tr("Deleted %1").arg(blobName));
            m_outcomes.append(outcome);
            deleteNext(index + 1);
        });
}

void PruneCommand::report()
{
    Output &out = m_context->output();
    const QDateTime now = m_context->clock().now();
    QHash<QString, Outcome> outcomes;
    int deleted = 0;
    int failed = 0;
    qint64 bytesDeleted = 0;
    for (const Outcome &outcome : std::as_const(m_outcomes)) {
        outcomes.insert(outcome.name, outcome);
        if (outcome.error.isEmpty())
            ++deleted;
        else
            ++failed;
    }
    QJsonArray backups;
    for (const RetentionDecision &decision : std::as_const(m_plan.decisions)) {
        QJsonObject entry {
            { QStringLiteral("name"), decision.blob.name },
            { QStringLiteral("service"), decision.service },
            { QStringLiteral("serviceId"), decision.serviceId },
            { QStringLiteral("createdOn"), decision.blob.createdOn.toString(Qt::ISODate) },
            { QStringLiteral("ageDays"), decision.blob.ageDays(now) },
            { QStringLiteral("size"), decision.blob.size },
            { QStringLiteral("expired"), decision.blob.isExpired(now) },
            { QStringLiteral("action"), decision.isDelete() ? QStringLiteral("delete") : QStringLiteral("keep") },
            { QStringLiteral("reason"), decision.reason },
        };
        const auto it = outcomes.constFind(decision.blob.name);
        if (decision.isDelete())
            entry.insert(QStringLiteral("deleted"), it != outcomes.constEnd() && it->error.isEmpty());
        if (it != outcomes.constEnd() && !it->error.isEmpty())
            entry.insert(QStringLiteral("error"), it->error);
        if (it != outcomes.constEnd() && it->error.isEmpty())
            bytesDeleted += decision.blob.size;
        backups.append(entry);
    }
    if (out.isJson()) {
        QJsonArray services;
        for (const QString &service : std::as_const(m_policy.services))
            services.append(service);
        out.json(QJsonObject {
            { QStringLiteral("account"), m_accountName },
            { QStringLiteral("container"), m_container },
            { QStringLiteral("dryRun"), m_dryRun },
            { QStringLiteral("olderThanSeconds"),
                m_policy.olderThanSeconds ? QJsonValue(double(*m_policy.olderThanSeconds)) : QJsonValue() },
            { QStringLiteral("keepLast"), m_policy.keepLast },
            { QStringLiteral("services"), services },
            { QStringLiteral("backups"), backups },
            { QStringLiteral("toDelete"), m_plan.deleteCount() },
            { QStringLiteral("deleted"), deleted },
            { QStringLiteral("failed"), failed },
            { QStringLiteral("kept"), m_plan.keepCount() },
            { QStringLiteral("otherServices"), m_plan.otherServices },
            { QStringLiteral("bytesDeleted"), double(bytesDeleted) },
        });
    } else if (!m_outcomes.isEmpty()) {
        out.line(tr("Deleted %n backup(s) (%1).", nullptr, deleted).arg(sizeText(bytesDeleted)));
        if (failed > 0)
            out.line(tr("%n could not be deleted; see the errors above.", nullptr, failed));
    }
    finish(m_worst);
}

} // namespace Apim::Cli
