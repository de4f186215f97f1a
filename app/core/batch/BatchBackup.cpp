#include "batch/BatchBackup.h"

#include "batch/BatchOutcome.h"
#include "inventory/ResourceId.h"
#include "operations/OperationManager.h"
#include "operations/Preflight.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Apim::Core {

BatchBackup::BatchBackup(OperationManager *manager, PreflightFactory preflights, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_preflights(std::move(preflights))
    , m_clock(clock)
{
    if (m_manager) {
        connect(m_manager, &OperationManager::operationChanged, this, &BatchBackup::onOperationChanged);
        connect(m_manager, &OperationManager::operationFinished, this, &BatchBackup::onOperationFinished);
    }
}

void BatchBackup::setConcurrency(int limit)
{
    m_concurrency = std::clamp(limit, 1, kMaxConcurrency);
    if (m_started)
        QTimer::singleShot(0, this, &BatchBackup::pump);
}

void BatchBackup::start(const OperationRequest &common, const QList<BatchTarget> &targets)
{
    if (m_started)
        return;
    m_started = true;
    m_common = common;
    m_common.kind = OperationKind::Backup;
    m_common.blobName.clear();
    m_startedAt = m_clock->now();
    QSet<QString> seen; // resource ids are case-insensitive: one entry per service
    for (const BatchTarget &target : targets) {
        const QString key = target.serviceId.trimmed().toLower();
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        BatchItem item;
        item.serviceId = target.serviceId.trimmed();
        item.serviceName = target.service ? target.service->name : ResourceId::parse(item.serviceId).name;
        item.requested = target.requested;
        item.storageAccount = m_common.storageAccount;
        item.container = m_common.container;
        // Known from the listing: no need to spend a slot asking Azure again.
        if (const auto skip = BatchOutcome::beforeStart(target.service, item.serviceName, QString())) {
            skip->applyTo(&item);
            item.finishedAt = m_startedAt;
        }
        m_items.append(item);
    }
    QTimer::singleShot(0, this, [this] {
        for (int i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).isFinished())
                changed(i);
        }
        pump();
        finishIfDone();
    });
}

void BatchBackup::pump()
{
    if (m_canceled || m_finished)
        return;
    for (int i = 0; i < m_items.size() && m_active < m_concurrency; ++i) {
        if (m_items.at(i).state == BatchItem::State::Pending)
            begin(i);
    }
}

QString BatchBackup::liveOperationOn(const OperationManager *manager, const QString &serviceId)
{
    if (!manager)
        return {};
    const QString id = manager->activeOperationFor(serviceId);
    return !id.isEmpty() && manager->isLiveHere(id) ? id : QString();
}

void BatchBackup::begin(int index)
{
    BatchItem &item = m_items[index];
    item.state = BatchItem::State::Checking;
    item.startedAt = m_clock->now();
    ++m_active;
    changed(index);
    if (const auto skip
        = BatchOutcome::beforeStart(std::nullopt, item.serviceName, liveOperationOn(m_manager, item.serviceId))) {
        complete(index, *skip);
        return;
    }
    Preflight *preflight = m_preflights ? m_preflights(this) : nullptr;
    if (!preflight || !m_manager) {
        complete(index, BatchOutcome::fromRefusal(tr("Not connected to Azure: sign in, then try again.")));
        return;
    }
    m_checks.insert(index, preflight);
    connect(preflight, &Preflight::finished, this,
        [this, index](const PreflightReport &report) { onPreflight(index, report); });
    OperationRequest request = m_common;
    request.serviceId = item.serviceId;
    preflight->run(request);
}

void BatchBackup::onPreflight(int index, const PreflightReport &report)
{
    if (QPointer<Preflight> preflight = m_checks.take(index))
        preflight->deleteLater();
    BatchItem &item = m_items[index];
    if (item.state != BatchItem::State::Checking) // cancelled meanwhile
        return;
    for (const PreflightFinding &finding : report.findings) {
        if (!finding.isBlocking())
            item.warnings.append(finding);
    }
    item.blobName = report.facts.request.blobName;
    if (report.facts.service)
        item.serviceName = report.facts.service->name;
    if (const auto outcome = BatchOutcome::fromPreflight(report)) {
        complete(index, *outcome);
        return;
    }
    launch(index, report.facts.request);
}

void BatchBackup::launch(int index, OperationRequest request)
{
    BatchItem &item = m_items[index];
    QString error;
    const QString id = m_manager ? m_manager->startBackup(request, &error) : QString();
    if (id.isEmpty()) {
        // Another backup of the service began here while this one was in preflight.
        const QString live = liveOperationOn(m_manager, item.serviceId);
        complete(
            index, live.isEmpty() ? BatchOutcome::fromRefusal(error) : BatchOutcome::busyWith(live, item.serviceName));
        return;
    }
    item.operationId = id;
    item.state = BatchItem::State::Running;
    m_byOperation.insert(id, index);
    qCInfo(lcOperations).noquote() << "batch: backup" << id << "of" << item.serviceName << "started";
    changed(index);
    if (const auto record = m_manager->find(id); record && record->isFinished())
        onOperationFinished(*record);
}

void BatchBackup::onOperationChanged(const OperationRecord &record)
{
    const int index = m_byOperation.value(record.id, -1);
    if (index < 0 || m_items.at(index).state != BatchItem::State::Running)
        return;
    m_items[index].percentComplete = record.percentComplete;
    changed(index);
}

void BatchBackup::onOperationFinished(const OperationRecord &record)
{
    const int index = m_byOperation.value(record.id, -1);
    if (index < 0 || m_items.at(index).state != BatchItem::State::Running)
        return;
    m_items[index].blobName = record.blobName;
    complete(index, BatchOutcome::fromRecord(record));
}

void BatchBackup::complete(int index, const BatchOutcome &outcome)
{
    BatchItem &item = m_items[index];
    const bool heldSlot = item.state == BatchItem::State::Checking || item.state == BatchItem::State::Running;
    outcome.applyTo(&item);
    item.finishedAt = m_clock->now();
    if (heldSlot)
        --m_active;
    changed(index);
    // The next one starts from the event loop: a refusal that comes at once must not recurse.
    QTimer::singleShot(0, this, [this] {
        pump();
        finishIfDone();
    });
}

void BatchBackup::cancelPending()
{
    if (m_canceled || m_finished)
        return;
    m_canceled = true;
    for (int i = 0; i < m_items.size(); ++i) {
        const BatchItem::State state = m_items.at(i).state;
        if (state != BatchItem::State::Pending && state != BatchItem::State::Checking)
            continue;
        // A preflight only reads: dropping it leaves nothing behind in Azure.
        if (QPointer<Preflight> preflight = m_checks.take(i))
            preflight->deleteLater();
        BatchOutcome canceled;
        canceled.state = BatchItem::State::Skipped;
        canceled.skipReason = BatchItem::SkipReason::Canceled;
        canceled.code = QStringLiteral("Canceled");
        canceled.message = BatchItem::skipReasonText(BatchItem::SkipReason::Canceled);
        complete(i, canceled);
    }
}

int BatchBackup::finishedCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const BatchItem &item) { return item.isFinished(); }));
}

double BatchBackup::overallPercent() const
{
    if (m_items.isEmpty())
        return m_started ? 100 : 0;
    double sum = 0;
    for (const BatchItem &item : m_items)
        sum += item.progressShare();
    return sum / double(m_items.size());
}

BatchSummary BatchBackup::summary() const
{
    BatchSummary summary;
    summary.items = m_items;
    summary.startedAt = m_startedAt;
    summary.finishedAt = m_finishedAt;
    summary.canceled = m_canceled;
    return summary;
}

void BatchBackup::changed(int index)
{
    emit itemChanged(index, m_items.at(index));
    emit progressChanged(finishedCount(), int(m_items.size()), overallPercent());
}

void BatchBackup::finishIfDone()
{
    if (m_finished || !m_started || m_active > 0 || finishedCount() < m_items.size())
        return;
    m_finished = true;
    m_finishedAt = m_clock->now();
    emit finished(summary());
}

} // namespace Apim::Core
