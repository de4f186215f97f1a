#include "inventory/ServiceListing.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"
#include "arm/ArmPager.h"
#include "inventory/ResourceGraphPage.h"
#include "util/Logging.h"
#include "util/OnWorker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Apim::Core {

namespace {
const QString kGraphApiVersion = QStringLiteral("2024-04-01");
const QString kApimApiVersion = QStringLiteral("2024-05-01");
} // namespace

ServiceListing::ServiceListing(ArmClient *client, const QStringList &subscriptionIds, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_subscriptions(subscriptionIds)
{ }

QString ServiceListing::resourceGraphQuery()
{
    return QStringLiteral(
        "resources | where type =~ 'microsoft.apimanagement/service' | project id, name, type, location, "
        "resourceGroup, subscriptionId, tenantId, sku, identity, properties, tags | order by id asc");
}

void ServiceListing::start()
{
    if (!m_useResourceGraph) {
        startFallback(ArmError());
        return;
    }
    queryBatch(0, {});
}

void ServiceListing::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_graphJob)
        m_graphJob->abort();
    for (const auto &pager : std::as_const(m_pagers)) {
        if (pager)
            pager->abort();
    }
}

void ServiceListing::queryBatch(int batch, const QString &skipToken)
{
    if (m_finished || !m_client)
        return;
    QJsonObject options { { QStringLiteral("$top"), m_pageSize },
        { QStringLiteral("resultFormat"), QStringLiteral("objectArray") } };
    if (!skipToken.isEmpty())
        options.insert(QStringLiteral("$skipToken"), skipToken);
    QJsonObject body { { QStringLiteral("query"), resourceGraphQuery() }, { QStringLiteral("options"), options } };
    if (!m_subscriptions.isEmpty())
        body.insert(QStringLiteral("subscriptions"),
            QJsonArray::fromStringList(m_subscriptions.mid(batch * m_batchSize, m_batchSize)));
    ArmRequest request
        = ArmRequest::post(QStringLiteral("/providers/Microsoft.ResourceGraph/resources"), kGraphApiVersion, body);
    // A query only reads: repeating it is harmless.
    request.idempotent = true;
    m_graphJob = m_client->send(request);
    connect(m_graphJob, &ArmJob::finished, this,
        [this, batch](const ArmResponse &response) { onGraphPage(batch, response); });
}

void ServiceListing::onGraphPage(int batch, const ArmResponse &response)
{
    if (m_finished)
        return;
    if (!response.ok()) {
        qCInfo(lcInventory).noquote() << "Resource Graph failed, listing per subscription:"
                                      << response.error.technicalSummary();
        startFallback(response.error);
        return;
    }
    // A page of 1,000 rows becomes services on a worker: on the GUI thread it held the
    // window for a frame per page. Pages come one after the other (the next one's token is
    // in this one), so they still arrive in order.
    // Only the answer's id and status travel back: the JSON tree of a page, last released
    // on the GUI thread, took it 8 ms to free. The worker's copy is now usually the last
    // (ArmJob's parsed copy goes with its watcher, as soon as the GUI thread is back in the
    // event loop, while the worker still turns rows into services).
    const QJsonObject object = response.object();
    const AnswerId answer { response.requestId(), response.status };
    runOnWorker<ResourceGraphPage>(
        this, [object] { return ResourceGraphPage::parse(object); },
        [this, batch, answer](const ResourceGraphPage &page) { onGraphPageParsed(batch, answer, page); });
}

void ServiceListing::onGraphPageParsed(int batch, const AnswerId &response, const ResourceGraphPage &page)
{
    if (m_finished)
        return;
    if (page.problem != ResourceGraphPage::Problem::None) {
        // Never read as "no services": the per-subscription listing answers instead, and
        // without subscriptions to list the error ends the listing.
        ArmError error = ArmError::local(ArmError::Kind::Malformed,
            page.problem == ResourceGraphPage::Problem::NotRows
                ? tr("the Resource Graph answer's data is neither a list of rows nor a table")
                : tr("the Resource Graph answer has no data"));
        error.requestId = response.requestId;
        error.httpStatus = response.status;
        qCWarning(lcInventory).noquote() << error.technicalSummary() << "- listing per subscription instead";
        startFallback(error);
        return;
    }
    // The next page is asked for before this one's services go out: Azure prepares it while
    // the receiver (the app's tree) takes these in.
    ++m_graphPages;
    const QString &skipToken = page.skipToken;
    if (!skipToken.isEmpty()) {
        const QString key = QString::number(batch) + QLatin1Char(':') + skipToken;
        if (m_seenSkipTokens.contains(key) || m_graphPages >= m_maxGraphPages) {
            // A repeated token would page forever; what was delivered stays (deliver()
            // drops duplicates), and the per-subscription listing completes the rest.
            ArmError error = ArmError::local(ArmError::Kind::Malformed,
                m_seenSkipTokens.contains(key) ? tr("Resource Graph sent the same page token twice")
                                               : tr("Resource Graph sent more than %1 pages").arg(m_maxGraphPages));
            error.requestId = response.requestId;
            deliver(page.services);
            if (m_finished)
                return;
            qCWarning(lcInventory).noquote() << error.message << "- listing per subscription instead";
            startFallback(error);
            return;
        }
        m_seenSkipTokens.insert(key);
        queryBatch(batch, skipToken);
        deliver(page.services);
        return;
    }
    if ((batch + 1) * m_batchSize < m_subscriptions.size()) {
        queryBatch(batch + 1, {});
        deliver(page.services);
        return;
    }
    deliver(page.services);
    if (m_finished)
        return;
    m_summary.source = ServiceListingSummary::Source::ResourceGraph;
    done();
}

void ServiceListing::startFallback(const ArmError &why)
{
    m_summary.source = ServiceListingSummary::Source::PerSubscription;
    if (why.isError())
        m_summary.fallbackReason = why.userMessage();
    if (m_subscriptions.isEmpty()) {
        // Resource Graph could search the whole tenant; the fallback needs the list.
        if (why.isError())
            emit failed(why);
        else
            done();
        m_finished = true;
        return;
    }
    m_pending = m_subscriptions;
    pumpFallback();
}

void ServiceListing::pumpFallback()
{
    while (!m_finished && m_client && m_inFlight < m_concurrency && !m_pending.isEmpty()) {
        const QString subscription = m_pending.takeFirst();
        auto *pager = new ArmPager(m_client,
            ArmRequest::get(
                QStringLiteral("/subscriptions/%1/providers/Microsoft.ApiManagement/service").arg(subscription),
                kApimApiVersion),
            this);
        pager->setCollect(false);
        m_pagers.append(pager);
        ++m_inFlight;
        connect(pager, &ArmPager::pageLoaded, this, [this](const QJsonArray &values) {
            QList<ApimService> services;
            services.reserve(values.size());
            for (const QJsonValue &value : values) {
                ApimService service = ApimService::fromJson(value.toObject());
                if (service.isValid())
                    services.append(std::move(service));
            }
            deliver(services);
        });
        connect(pager, &ArmPager::finished, this,
            [this, pager, subscription](const QJsonArray &, const ArmResponse &response) {
                --m_inFlight;
                m_pagers.removeAll(pager);
                pager->deleteLater();
                if (!response.ok())
                    m_summary.failedSubscriptions.insert(subscription, response.error);
                if (m_pending.isEmpty() && m_inFlight == 0) {
                    if (m_summary.serviceCount == 0 && m_summary.failedSubscriptions.size() == m_subscriptions.size()) {
                        m_finished = true;
                        emit failed(m_summary.failedSubscriptions.value(m_subscriptions.first()));
                        return;
                    }
                    done();
                    return;
                }
                pumpFallback();
            });
        pager->start();
    }
}

void ServiceListing::deliver(const QList<ApimService> &services)
{
    QList<ApimService> fresh;
    fresh.reserve(services.size());
    for (const ApimService &service : services) {
        if (m_seen.contains({ service.id }))
            continue;
        m_seen.insert({ service.id });
        fresh.append(service);
        fresh.last().shareStrings(m_strings);
    }
    m_summary.serviceCount += fresh.size();
    if (!fresh.isEmpty())
        emit servicesLoaded(fresh);
}

void ServiceListing::done()
{
    if (m_finished)
        return;
    m_finished = true;
    qCInfo(lcInventory) << "listed" << m_summary.serviceCount << "services"
                        << (m_summary.source == ServiceListingSummary::Source::ResourceGraph ? "through Resource Graph"
                                                                                             : "per subscription")
                        << "," << m_summary.failedSubscriptions.size() << "subscriptions failed";
    emit finished(m_summary);
}

} // namespace Apim::Core
