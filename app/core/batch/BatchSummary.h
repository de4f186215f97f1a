#pragma once

#include "batch/BatchItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Apim::Core {

// The end of a batch backup: every service with its outcome, the counts, and one result
// that scripts and notifications go by.
struct BatchSummary
{
    Q_DECLARE_TR_FUNCTIONS(Apim::Core::BatchSummary)

public:
    enum class Result {
        Succeeded, // every service that was meant to be backed up was
        Skipped, // none failed, but some were skipped for a reason that needs a look
        Failed, // at least one failed
    };

    QList<BatchItem> items;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool canceled = false; // the pending ones were cancelled

    int total() const { return int(items.size()); }
    int count(BatchItem::State state) const;
    int succeeded() const { return count(BatchItem::State::Succeeded); }
    int failed() const { return count(BatchItem::State::Failed); }
    int skipped() const { return count(BatchItem::State::Skipped); }
    // Failed wins over a skip that matters; an unsupported tier picked up by --all does
    // not count (it was never a candidate), a service named on purpose does.
    Result result() const;

    // "3 succeeded, 1 failed, 2 skipped" for a status line.
    QString countsText() const;
    QJsonObject toJson() const;
    static QString resultName(Result result); // succeeded, skipped, failed
};

} // namespace Apim::Core
