#include "operations/OperationStartChecks.h"

#include "arm/ArmClient.h"
#include "auth/TokenCredential.h"
#include "inventory/ResourceId.h"
#include "operations/OperationJournal.h"
#include "util/Clock.h"

#include <QUuid>

namespace Apim::Core {

namespace {
bool isTenantId(const QString &tenant)
{
    return !QUuid::fromString(tenant).isNull();
}

bool sameService(const OperationRecord &record, const QString &serviceId)
{
    return record.serviceId.compare(serviceId, Qt::CaseInsensitive) == 0;
}
} // namespace

OperationStartChecks::OperationStartChecks(ArmClient *client, const OperationJournal *journal, const Clock *clock)
    : m_client(client)
    , m_journal(journal)
    , m_clock(clock)
{ }

QString OperationStartChecks::currentTenant() const
{
    TokenCredential *credential = m_client ? m_client->credential() : nullptr;
    return credential ? credential->tenantId() : QString();
}

bool OperationStartChecks::isFromHere(const OperationRecord &record, QString *why) const
{
    bool here = true;
    if (!record.cloud.isEmpty() && !m_cloudName.isEmpty()
        && record.cloud.compare(m_cloudName, Qt::CaseInsensitive) != 0)
        here = false;
    if (!record.armEndpoint.isEmpty() && m_client && !m_client->isTrustedUrl(QUrl(record.armEndpoint)))
        here = false;
    const QString tenant = currentTenant();
    // Only real tenant ids are compared: "organizations" says nothing about where it ran.
    if (isTenantId(record.tenantId) && isTenantId(tenant)
        && QUuid::fromString(record.tenantId) != QUuid::fromString(tenant))
        here = false;
    if (!here && why) {
        const QString cloud = record.cloud.isEmpty() ? record.armEndpoint : record.cloud;
        *why = tr(
            "Operation %1 was started in the cloud %2 (tenant %3), not in the one signed in now. Sign in to that cloud "
            "and tenant to follow it, e.g. apim-backup-cli --cloud %2 --tenant %3 wait %1.")
                   .arg(record.id, cloud.isEmpty() ? tr("(unknown)") : cloud,
                       record.tenantId.isEmpty() ? tr("(unknown)") : record.tenantId);
    }
    return here;
}

bool OperationStartChecks::isStale(const OperationRecord &record) const
{
    // A tracker gives up after maxDurationSeconds; a record older than that blocks nothing.
    return record.createdAt.isValid() && record.createdAt.secsTo(m_clock->now()) > m_maxDurationSeconds;
}

QString OperationStartChecks::activeOperationFor(
    const QString &serviceId, const QHash<QString, OperationRecord> &live) const
{
    for (const OperationRecord &record : live) {
        if (!record.isFinished() && sameService(record, serviceId))
            return record.id;
    }
    if (!m_journal)
        return {};
    for (const OperationRecord &record : m_journal->unfinishedFor(serviceId)) {
        if (!live.contains(record.id) && isFromHere(record) && !isStale(record))
            return record.id;
    }
    return {};
}

OperationStartChecks::Verdict OperationStartChecks::check(
    const OperationRequest &request, const QHash<QString, OperationRecord> &live) const
{
    Verdict verdict;
    verdict.refusal = request.validate();
    if (!verdict.refusal.isEmpty())
        return verdict;
    // An operation this process follows: its tracker says when it has ended.
    for (const OperationRecord &record : live) {
        if (!record.isFinished() && sameService(record, request.serviceId)) {
            verdict.refusal = tr("Another operation (%1) is still running on %2. APIM runs one backup or restore per "
                                 "service at a time: wait until it has finished.")
                                  .arg(record.id, ResourceId::parse(request.serviceId).name);
            return verdict;
        }
    }
    // Unfinished records nobody follows any more: the service's state decides whether
    // they still run. Records of another cloud or tenant cannot be checked from here and
    // are not about this service; stale ones are ended by their tracker at once.
    if (!m_journal)
        return verdict;
    for (const OperationRecord &old : m_journal->unfinishedFor(request.serviceId)) {
        if (live.contains(old.id) || !isFromHere(old))
            continue;
        (isStale(old) ? verdict.stale : verdict.earlier) << old.id;
    }
    return verdict;
}

} // namespace Apim::Core
