#include "operations/OperationWitnesses.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "operations/ActivityLogLookup.h"
#include "operations/BackupFileProbe.h"
#include "util/Clock.h"

#include <QTimer>

#include <algorithm>

namespace Apim::Core {

namespace {
QString kindWord(OperationKind kind)
{
    return kind == OperationKind::Backup ? OperationWitnesses::tr("backup") : OperationWitnesses::tr("restore");
}

QString locationOf(const OperationRecord &record)
{
    return QStringLiteral("%1/%2/%3").arg(record.storageAccount, record.container, record.blobName);
}

// The error a "did not start" verdict carries: the one the start got, if any.
ArmError startError(const OperationRecord &record)
{
    return record.error.isError()
        ? record.error
        : ArmError::local(ArmError::Kind::Network, OperationWitnesses::tr("no answer to the start request"));
}
} // namespace

OperationWitnesses::OperationWitnesses(ArmClient *client, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{ }

OperationWitnesses::~OperationWitnesses()
{
    abort();
}

void OperationWitnesses::setBackupFileProbe(BackupFileProbe *probe)
{
    m_probe = probe;
}

void OperationWitnesses::abort()
{
    ++m_generation;
    m_done = nullptr;
    if (m_job)
        m_job->abort();
}

void OperationWitnesses::answer(const WitnessVerdict &verdict)
{
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(verdict);
}

void OperationWitnesses::ask(const OperationRecord &record, const QString &why, Done done)
{
    abort();
    m_done = std::move(done);
    const int generation = m_generation;
    if (record.kind == OperationKind::Restore) {
        askActivityLog(record, {});
        return;
    }
    if (!m_probe) {
        BackupFileCheck check;
        check.problem = tr("no storage connection to look into the container");
        QTimer::singleShot(0, this, [this, record, check, why, generation] {
            if (generation == m_generation)
                onBackupFile(record, check, why);
        });
        return;
    }
    m_probe->check(record, this, [this, record, why, generation](const BackupFileCheck &check) {
        if (generation == m_generation)
            onBackupFile(record, check, why);
    });
}

void OperationWitnesses::onBackupFile(const OperationRecord &record, const BackupFileCheck &check, const QString &why)
{
    const QString where = locationOf(record);
    WitnessVerdict verdict;
    if (check.writtenSince(record.createdAt)) {
        verdict.outcome = WitnessVerdict::Outcome::Succeeded;
        verdict.note
            = tr("The service never showed the backup in progress, but its file %1 was written at %2, after the backup "
                 "was requested: it ran and ended between two checks. Nothing was sent twice.")
                  .arg(where, check.lastModified.toUTC().toString(Qt::ISODate));
        answer(verdict);
        return;
    }
    const bool startLost = !record.acceptedAt.isValid();
    if (check.result == BackupFileCheck::Result::Unknown) {
        if (startLost && !record.startCorrelationId.isEmpty()) {
            // The file cannot be looked for (no right to read the container, no key): the
            // Activity Log still knows whether Azure accepted the start.
            askActivityLog(record, check.problem);
            return;
        }
        verdict.outcome = WitnessVerdict::Outcome::Unknown;
        verdict.note
            = tr("Whether the backup ran is unknown: the service never showed it in progress and the container "
                 "could not be checked (%1). Look for %2; nothing was sent twice.")
                  .arg(check.problem, where);
        answer(verdict);
        return;
    }
    // The container was read and holds no file written by this backup.
    if (startLost && !record.startCorrelationId.isEmpty() && m_client) {
        // No file is no proof: a backup Azure accepted may have failed before writing one.
        // The Activity Log knows whether the start was accepted and how it ended.
        askActivityLog(record, {}, true);
        return;
    }
    if (startLost) {
        verdict.outcome = WitnessVerdict::Outcome::NoTrace;
        verdict.note = tr("Azure gave no clear answer to the start request, the service never showed an operation in "
                          "progress and no backup file %1 was written: the backup did not start. Nothing was sent "
                          "twice; start it again when ready.")
                           .arg(where);
        verdict.error = startError(record);
        answer(verdict);
        return;
    }
    verdict.outcome = WitnessVerdict::Outcome::Unknown;
    verdict.note = why + QLatin1Char(' ')
        + tr("The service shows no operation in progress, so the backup has ended, but no file %1 written by it is in "
             "the container: it probably failed. Start it again when ready.")
              .arg(where);
    answer(verdict);
}

void OperationWitnesses::askActivityLog(const OperationRecord &record, const QString &fileProblem, bool fileAbsent)
{
    const int generation = m_generation;
    if (record.startCorrelationId.isEmpty() || !m_client) {
        WitnessVerdict verdict;
        verdict.note = tr("Azure gave no clear answer to the start request and the service never showed the restore in "
                          "progress. A short restore can begin and end between two checks, so whether it ran is "
                          "unknown: check the service's configuration (APIs, products, policies) to see whether it was "
                          "restored. Nothing was sent twice.");
        QTimer::singleShot(0, this, [this, verdict, generation] {
            if (generation == m_generation)
                answer(verdict);
        });
        return;
    }
    m_job = m_client->send(ActivityLogLookup::request(record, m_clock->now()));
    connect(m_job, &ArmJob::finished, this,
        [this, record, fileProblem, fileAbsent, generation](const ArmResponse &response) {
            if (generation != m_generation)
                return;
            StartEvents events;
            QString problem;
            if (!response.ok())
                problem = response.error.userMessage();
            else
                ActivityLogLookup::read(response, record, &events, &problem);
            onActivityLog(record, events, problem, fileProblem, fileAbsent);
        });
}

void OperationWitnesses::onActivityLog(const OperationRecord &record, const StartEvents &events, const QString &problem,
    const QString &fileProblem, bool fileAbsent)
{
    const QString id = record.startCorrelationId;
    const QString kind = kindWord(record.kind);
    WitnessVerdict verdict;
    if (!problem.isEmpty() && fileAbsent) {
        // The log cannot be read now; the empty container is the best witness there is, and
        // the tracker asks again (onlyTheLogCanTell) until the wait is over.
        verdict.outcome = WitnessVerdict::Outcome::NoTrace;
        verdict.onlyTheLogCanTell = true;
        verdict.error = startError(record);
        verdict.waitingNote = tr("No backup file %1 was written; the Activity Log could not be read (%2), asking it "
                                 "again (correlation id %3).")
                                  .arg(locationOf(record), problem, id);
        verdict.note = tr("Azure gave no clear answer to the start request, the service never showed the backup in "
                          "progress and no backup file %1 was written: the backup did not start (the Activity Log "
                          "could not be read to confirm it: %2; correlation id %3). Nothing was sent twice; start it "
                          "again when ready.")
                           .arg(locationOf(record), problem, id);
        answer(verdict);
        return;
    }
    if (!problem.isEmpty()) {
        verdict.outcome = WitnessVerdict::Outcome::Unknown;
        verdict.note = fileProblem.isEmpty()
            ? tr("Azure gave no clear answer to the start request, the service never showed the %1 in progress, and "
                 "the Activity Log could not be read (%2). Whether the %1 ran is unknown: look for correlation id %3 "
                 "in the service's Activity Log, or check its configuration. Nothing was sent twice.")
                  .arg(kind, problem, id)
            : tr(
                "Whether the backup ran is unknown: the service never showed it in progress, the container could not "
                "be checked (%1) and the Activity Log could not be read (%2). Look for %3, or for correlation id %4 in "
                "the service's Activity Log; nothing was sent twice.")
                  .arg(fileProblem, problem, locationOf(record), id);
        answer(verdict);
        return;
    }
    const QString when = events.at.toUTC().toString(Qt::ISODate);
    switch (events.result) {
    case StartEvents::Result::Succeeded:
        verdict.outcome = WitnessVerdict::Outcome::Succeeded;
        verdict.note
            = tr("The answer to the start request was lost, but the Activity Log shows that Azure accepted the "
                 "%1 (correlation id %2) and that it succeeded at %3. Nothing was sent twice.")
                  .arg(kind, id, when);
        break;
    case StartEvents::Result::Failed:
        verdict.outcome = WitnessVerdict::Outcome::Failed;
        verdict.error = ArmError::local(ArmError::Kind::Http,
            events.message.isEmpty() ? tr("the Activity Log records the %1 as failed").arg(kind) : events.message);
        verdict.error.code
            = record.kind == OperationKind::Backup ? QStringLiteral("BackupFailed") : QStringLiteral("RestoreFailed");
        verdict.error.correlationId = id;
        verdict.note = tr("The answer to the start request was lost; the Activity Log shows that Azure accepted the %1 "
                          "(correlation id %2) and that it failed at %3. Nothing was sent twice.")
                           .arg(kind, id, when);
        break;
    case StartEvents::Result::Accepted:
        verdict.outcome = WitnessVerdict::Outcome::Accepted;
        verdict.note = tr("The answer to the start request was lost, but the Activity Log shows that Azure accepted "
                          "the %1 (correlation id %2); following it until it ends.")
                           .arg(kind, id);
        break;
    case StartEvents::Result::NotFound:
        verdict.outcome = WitnessVerdict::Outcome::NoTrace;
        verdict.onlyTheLogCanTell = true;
        verdict.error = startError(record);
        verdict.waitingNote = tr("Looking for the %1 in the Activity Log (correlation id %2), where Azure records what "
                                 "it accepted within minutes.")
                                  .arg(kind, id);
        const int minutes = int(std::max<qint64>(1, (m_activityLogWaitSeconds + 59) / 60));
        if (fileAbsent) {
            verdict.note = tr("Azure gave no clear answer to the start request, the service never showed the backup in "
                              "progress, no backup file %1 was written, and after %n minute(s) the Activity Log holds "
                              "no record of it under correlation id %2: the backup did not start. Nothing was sent "
                              "twice; start it again when ready.",
                nullptr, minutes)
                               .arg(locationOf(record), id);
            break;
        }
        verdict.note = fileProblem.isEmpty()
            ? tr("Azure gave no clear answer to the start request, the service never showed the %1 in progress, and "
                 "after %n minute(s) the Activity Log holds no record of it under correlation id %2: the %1 did not "
                 "start. Nothing was sent twice; start it again when ready.",
                nullptr, minutes)
                  .arg(kind, id)
            : tr("Azure gave no clear answer to the start request, the service never showed the backup in progress, "
                 "its container could not be checked (%1), and after %n minute(s) the Activity Log holds no record of "
                 "it under correlation id %2: the backup did not start. Nothing was sent twice; start it again when "
                 "ready.",
                nullptr, minutes)
                  .arg(fileProblem, id);
        break;
    }
    answer(verdict);
}

} // namespace Apim::Core
