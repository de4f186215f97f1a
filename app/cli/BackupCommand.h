#pragma once

#include "OperationCommands.h"

#include "batch/BatchSummary.h"
#include "notify/NotificationEvent.h"

#include <QHash>

#include <optional>

namespace Apim::Core {
class BatchBackup;
struct BatchTarget;
} // namespace Apim::Core

namespace Apim::Cli {

class JobNotifier;

// backup --service ID --account NAME --container NAME [--name BLOB] [--access-type ...]:
// one service, as OperationCommand runs it. With --service given more than once, or
// --subscription ID --all, a batch through Core::BatchBackup: --parallel N at a time, a
// line on stderr as each service moves, the summary at the end (--json: the summary
// document) and an exit code for the whole batch. --notify NAME posts how it ended.
class BackupCommand : public OperationCommand
{
    Q_OBJECT
public:
    using OperationCommand::OperationCommand;
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) override;
    void run(CliContext &context) override;

    // The exit code of a batch: 1 when one failed, 4 when some were skipped for a reason
    // that needs a look (none failed), else 0.
    static ExitCode exitCodeFor(const Core::BatchSummary &summary);

protected:
    Core::OperationKind kind() const override { return Core::OperationKind::Backup; }
    void finish(ExitCode code) override;

private:
    bool isBatch(CliContext &context) const;
    // The batch's shared request and its parallelism; a usage message when something is wrong.
    QString readBatch(CliContext &context, Core::OperationRequest *common, int *parallel) const;
    void runBatch(CliContext &context);
    void startBatch(CliContext &context, Engine &engine, const QList<Core::BatchTarget> &targets);
    void reportItem(CliContext &context, int index, const Core::BatchItem &item);
    void printSummary(CliContext &context, const Core::BatchSummary &summary);
    Core::NotificationEvent eventFor(ExitCode code) const;

    CliContext *m_context = nullptr;
    JobNotifier *m_notifier = nullptr;
    bool m_ending = false;
    QDateTime m_startedAt;
    Core::OperationRequest m_common;
    int m_parallel = 0;
    Core::BatchBackup *m_batch = nullptr;
    std::optional<Core::BatchSummary> m_summary;
    QStringList m_unlistedSubscriptions;
    QHash<int, Core::BatchItem::State> m_reported;
};

} // namespace Apim::Cli
