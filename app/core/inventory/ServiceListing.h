#pragma once

#include "arm/ArmError.h"
#include "arm/ArmResponse.h"
#include "inventory/ApimService.h"
#include "util/StringPool.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace Apim::Core {

struct ResourceGraphPage;

class ArmClient;
class ArmPager;
class ArmJob;

// How a listing went: where the services came from and which subscriptions could not be
// read (the rest of the list is still good).
struct ServiceListingSummary
{
    enum class Source { ResourceGraph, PerSubscription };
    Source source = Source::ResourceGraph;
    int serviceCount = 0;
    QString fallbackReason; // why Resource Graph was not used, in words
    QHash<QString, ArmError> failedSubscriptions; // subscription id -> why
};

// Lists every APIM service in a set of subscriptions: one Resource Graph query (in
// batches of subscriptions, paged by $skipToken) and, when Resource Graph refuses or
// fails, GET .../providers/Microsoft.ApiManagement/service per subscription with several
// requests in flight. Services arrive page by page through servicesLoaded(), never twice.
class ServiceListing : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultBatchSize = 1000;
    static constexpr int kDefaultConcurrency = 8;
    // Resource Graph pages per listing: 1000 pages of 1000 rows is far beyond any tenant,
    // so more means the service is looping.
    static constexpr int kDefaultMaxGraphPages = 1000;

    ServiceListing(ArmClient *client, const QStringList &subscriptionIds, QObject *parent = nullptr);

    void setUseResourceGraph(bool use) { m_useResourceGraph = use; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }
    void setConcurrency(int count) { m_concurrency = qMax(1, count); }
    void setPageSize(int top) { m_pageSize = qBound(1, top, 1000); } // Resource Graph $top
    void setMaxGraphPages(int pages) { m_maxGraphPages = qMax(1, pages); }
    void start();
    void abort();

    static QString resourceGraphQuery();

signals:
    void servicesLoaded(const QList<Apim::Core::ApimService> &services);
    void finished(const Apim::Core::ServiceListingSummary &summary);
    void failed(const Apim::Core::ArmError &error);

private:
    void queryBatch(int batch, const QString &skipToken);
    void onGraphPage(int batch, const ArmResponse &response);
    // What an error needs of the Resource Graph answer a page came in.
    struct AnswerId
    {
        QString requestId;
        int status = 0;
    };
    void onGraphPageParsed(int batch, const AnswerId &response, const ResourceGraphPage &page);
    void startFallback(const ArmError &why);
    void pumpFallback();
    void deliver(const QList<ApimService> &services);
    void done();

    QPointer<ArmClient> m_client;
    QStringList m_subscriptions;
    bool m_useResourceGraph = true;
    int m_batchSize = kDefaultBatchSize;
    int m_concurrency = kDefaultConcurrency;
    int m_pageSize = 1000;
    int m_maxGraphPages = kDefaultMaxGraphPages;
    int m_graphPages = 0;
    QSet<QString> m_seenSkipTokens; // "<batch>:<token>": a repeat means Resource Graph is looping
    QPointer<ArmJob> m_graphJob;
    QList<QPointer<ArmPager>> m_pagers;
    QStringList m_pending; // subscriptions waiting for a fallback slot
    int m_inFlight = 0;
    // A delivered service's id, compared as Azure does (case-insensitively) without a
    // lowercased copy of each: the set shares the services' own strings.
    struct SeenId
    {
        QString id;
        friend bool operator==(const SeenId &a, const SeenId &b)
        {
            return a.id.compare(b.id, Qt::CaseInsensitive) == 0;
        }
        friend size_t qHash(const SeenId &key, size_t seed = 0)
        {
            // FNV-1a over the case-folded UTF-16 units, then mixed: ids share long prefixes
            // and QSet picks buckets by the low bits, which "hash * 31 + c" barely changed
            // (a page of 1,000 services spent most of its time probing). ASCII, which ids
            // are, is folded without a table lookup.
            quint64 hash = 14695981039346656037ULL ^ quint64(seed);
            for (const QChar c : key.id) {
                char16_t unit = c.unicode();
                if (unit < 0x80)
                    unit = (unit >= u'A' && unit <= u'Z') ? char16_t(unit + 32) : unit;
                else
                    unit = c.toCaseFolded().unicode();
                hash = (hash ^ unit) * 1099511628211ULL;
            }
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdULL;
            hash ^= hash >> 33;
            return size_t(hash);
        }
    };
    QSet<SeenId> m_seen; // ids already delivered
    StringPool m_strings; // shared by every service this listing delivers
    ServiceListingSummary m_summary;
    bool m_finished = false;
};

} // namespace Apim::Core
