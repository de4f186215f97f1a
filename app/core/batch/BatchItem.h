#pragma once

#include "operations/PreflightFinding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Apim::Core {

// One service of a batch backup, from waiting for its turn to its outcome. A value the
// app's dialog and the CLI both show; BatchBackup emits it every time it changes.
struct BatchItem
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::BatchItem)

public:
    enum class State {
        Pending, // waiting for a free slot
        Checking, // preflight runs
        Running, // the backup was started; the OperationManager follows it
        Succeeded,
        Failed, // refused by preflight, refused by Azure, or ended Failed
        Skipped, // not attempted, see reason
    };
    enum class SkipReason {
        None,
        TierUnsupported, // Consumption and the v2 tiers have no backup
        Busy, // another operation runs on the service (this tool, another process, Azure)
        NoPermission, // the signed-in identity may not read or back up the service
        Canceled, // the batch was cancelled before its turn
    };

    QString serviceId;
    QString serviceName;
    // Named by the user (--service, a selected service): a skip of it is a problem. Picked up
    // by --all (or a subscription node): an unsupported tier there was never a candidate.
    bool requested = true;
    State state = State::Pending;
    SkipReason skipReason = SkipReason::None;
    QString code; // ARM error code or preflight finding code when it did not succeed
    QString message; // the service's words (ARM message) or the finding's, for people
    QString operationId; // once started
    QString storageAccount;
    QString container;
    QString blobName;
    double percentComplete = -1; // while running, when the service says
    QList<PreflightFinding> warnings; // non-blocking findings of its preflight
    QDateTime startedAt; // when its turn came
    QDateTime finishedAt;

    bool isFinished() const { return state == State::Succeeded || state == State::Failed || state == State::Skipped; }
    // A skip that says something went wrong, as opposed to a service --all was never meant to
    // back up (an unsupported tier it merely came across).
    bool isProblemSkip() const
    {
        return state == State::Skipped && (requested || skipReason != SkipReason::TierUnsupported);
    }
    // 0..100 for the overall progress: finished 100, running its percentage (or halfway when
    // the service gives none), checking 5, pending 0.
    double progressShare() const;

    QJsonObject toJson() const;
    // "Pending", "Checking", ... and "TierUnsupported", "Busy", ... (stable for scripts).
    static QString stateName(State state);
    static QString skipReasonName(SkipReason reason);
    // The reason in words: "its tier has no backup", "busy", ...
    static QString skipReasonText(SkipReason reason);
};

} // namespace Apim::Core
