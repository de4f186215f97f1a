#pragma once

#include "Operation.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>

#include <optional>

namespace Apim::Sim {

struct ApimService;
struct Fault;
struct SimContext;

// Runs backups and restores the way APIM does: the service is Updating while the operation
// runs; the storage work happens against Azurite at the start (a backup captures the
// configuration as it was then); the operation ends once its duration has passed on the
// simulator clock and the storage work is done, checked by a timer and on every poll.
class OperationManager : public QObject
{
    Q_OBJECT

public:
    explicit OperationManager(SimContext &context, QObject *parent = nullptr);

    Operation &start(ApimService &service, Operation::Kind kind, const StorageTarget &target, const QString &apiVersion,
        const Caller &caller, const QString &correlationId, const std::optional<Fault> &injectedFailure);
    Operation *find(const QString &id);
    bool isRunning(const ApimService &service) const;
    void settle(const QString &id);
    void settleAll();
    QJsonArray toJson() const;

private:
    void armSettleTimer(const QString &id, qint64 delayMs);
    void onSettleTimer(const QString &id);
    void runBackup(const QString &id, const ApimService &service);
    void runRestore(const QString &id, const ApimService &service);
    void storageDone(const QString &id);
    void finish(Operation &operation);
    QString storageFailure(const Operation &operation, const QString &what, const QString &detail) const;

    SimContext &m_context;
    QHash<QString, Operation> m_operations;
    QStringList m_order;
};

} // namespace Apim::Sim
