#pragma once

#include "arm/ArmRequest.h"
#include "arm/ArmResponse.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace Apim::Core {

class ArmClient;
class ArmJob;

// Follows ARM's nextLink paging ({"value": [...], "nextLink": "..."}) from a first
// request to the last page. Streams each page through pageLoaded() and, unless told not
// to, also collects every value for finished(). A page with zero values and a nextLink is
// valid; a nextLink seen twice ends the walk with an error instead of looping forever.
class ArmPager : public QObject
{
    Q_OBJECT
public:
    ArmPager(ArmClient *client, const ArmRequest &first, QObject *parent = nullptr);

    void setCollect(bool collect) { m_collect = collect; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    void start();
    void abort();

    const QJsonArray &values() const { return m_values; }
    int pages() const { return m_pages; }

signals:
    void pageLoaded(const QJsonArray &values, int pageNumber);
    // response: the last page's response (or the failed one). values: all collected values.
    void finished(const QJsonArray &values, const Apim::Core::ArmResponse &response);

private:
    void request(const ArmRequest &request);
    void onPage(const ArmResponse &response);

    QPointer<ArmClient> m_client;
    ArmRequest m_first;
    QPointer<ArmJob> m_job;
    QJsonArray m_values;
    QSet<QString> m_seenLinks;
    int m_pages = 0;
    int m_maxPages = 100000;
    bool m_collect = true;
    bool m_done = false;
};

} // namespace Apim::Core
