#include "arm/ArmPager.h"

#include "arm/ArmClient.h"
#include "arm/ArmJob.h"

#include <QCoreApplication>

namespace Apim::Core {

ArmPager::ArmPager(ArmClient *client, const ArmRequest &first, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_first(first)
{ }

void ArmPager::start()
{
    request(m_first);
}

void ArmPager::abort()
{
    if (m_job)
        m_job->abort();
}

void ArmPager::request(const ArmRequest &request)
{
    if (!m_client)
        return;
    m_job = m_client->send(request);
    connect(m_job, &ArmJob::finished, this, &ArmPager::onPage);
}

void ArmPager::onPage(const ArmResponse &response)
{
    if (m_done)
        return;
    if (!response.ok()) {
        m_done = true;
        emit finished(m_values, response);
        return;
    }
    const QJsonObject page = response.object();
    const QJsonValue value = page.value(QLatin1String("value"));
    if (!value.isArray() && !(value.isUndefined() && page.contains(QLatin1String("nextLink")))) {
        m_done = true;
        ArmResponse failed = response;
        failed.error = ArmError::local(ArmError::Kind::Malformed,
            QCoreApplication::translate("Apim::Core::ArmPager", "the list has no \"value\" array"));
        failed.error.httpStatus = response.status;
        failed.error.requestId = response.requestId();
        emit finished(m_values, failed);
        return;
    }
    const QJsonArray values = value.toArray();
    for (const QJsonValue &item : values) {
        // Every entry of an ARM list is a resource object; anything else would be dropped
        // by the readers and shorten the list without a word.
        if (!item.isObject()) {
            m_done = true;
            ArmResponse failed = response;
            failed.error = ArmError::local(ArmError::Kind::Malformed,
                QCoreApplication::translate("Apim::Core::ArmPager", "the list holds an entry that is not an object"));
            failed.error.httpStatus = response.status;
            failed.error.requestId = response.requestId();
            emit finished(m_values, failed);
            return;
        }
    }
    ++m_pages;
    if (m_collect) {
        for (const QJsonValue &item : values)
            m_values.append(item);
    }
    emit pageLoaded(values, m_pages);

    const QString nextLink = page.value(QLatin1String("nextLink")).toString();
    // The page just read counts as seen: a nextLink back to it, or to the first page,
    // is a loop from the start rather than one more round of the same pages.
    if (response.url.isValid())
        m_seenLinks.insert(response.url.toString(QUrl::FullyEncoded));
    if (nextLink.isEmpty()) {
        m_done = true;
        emit finished(m_values, response);
        return;
    }
    const QString normalizedLink = QUrl(nextLink).toString(QUrl::FullyEncoded);
    if (m_seenLinks.contains(normalizedLink) || m_pages >= m_maxPages) {
        m_done = true;
        ArmResponse failed = response;
        failed.error = ArmError::local(ArmError::Kind::Malformed,
            QCoreApplication::translate("Apim::Core::ArmPager", "the list pages loop back on themselves (page %1)")
                .arg(m_pages));
        failed.error.requestId = response.requestId();
        emit finished(m_values, failed);
        return;
    }
    m_seenLinks.insert(normalizedLink);
    ArmRequest next = m_first;
    next.method = "GET";
    next.body = QJsonDocument();
    next.path.clear();
    next.query.clear();
    // nextLink carries its skip token; api-version is added only when it lacks one.
    next.url = QUrl(nextLink);
    request(next);
}

} // namespace Apim::Core
