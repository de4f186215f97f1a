#pragma once

#include "CliCommand.h"

#include "operations/Retention.h"
#include "storage/BlobClient.h"
#include "storage/StorageAccount.h"

#include <QList>
#include <QStringList>

namespace Apim::Core {
struct ArmError;
class StorageCredentialResolver;
class BackupCatalog;
class StorageService;
} // namespace Apim::Core

namespace Apim::Cli {

// prune: deletes old backups from a container. By default the expired ones (older than
// 30 days, which APIM refuses to restore); the newest restorable backups of each service
// (--keep-last, default 1) and a service's last backup always stay. Prints the plan;
// deletes only with --yes or after a confirmation typed at a terminal; --dry-run never.
class PruneCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    QString name() const override { return QStringLiteral("prune"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

private:
    struct Outcome
    {
        QString name;
        QString error; // empty: deleted
        bool alreadyGone = false;
    };

    void findAccount(const QStringList &subscriptions, int index);
    void onAccount(const Core::StorageAccount &account);
    void onBlobs(const QList<Core::BackupBlob> &blobs);
    void printPlan();
    bool confirm();
    void deleteNext(int index);
    void report();
    void failArm(const Core::ArmError &error);

    CliContext *m_context = nullptr;
    QString m_accountName;
    QString m_container;
    Core::RetentionPolicy m_policy;
    bool m_dryRun = false;
    bool m_yes = false;
    Core::StorageService *m_storage = nullptr;
    Core::StorageCredentialResolver *m_resolver = nullptr;
    Core::BlobClient *m_blobs = nullptr;
    Core::BackupCatalog *m_catalog = nullptr;
    Core::StorageAccount m_account;
    Core::BlobCredentials m_credentials;
    Core::RetentionPlan m_plan;
    QList<Core::RetentionDecision> m_toDelete;
    QList<Outcome> m_outcomes;
    ExitCode m_worst = ExitCode::Success;
};

} // namespace Apim::Cli
