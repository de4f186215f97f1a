// Hostile answers, over real loopback sockets, each ending with a clear error in bounded
// time, requests and memory: ARM and Entra replies larger than the limit (64 MB, or the
// limit set) are cut off and not retried; a compression bomb stops at that limit; a
// Resource Graph that repeats its $skipToken (or pages forever) is abandoned for the
// per-subscription listing; an ARM list whose nextLink loops (to itself, to the first
// page, or in a cycle of two) stops after one round; a status URL on another host is
// never sent the token. Azure-sim cannot misbehave like this; a small stub server does.
#include "TestEnvironment.h"
#include "support_SimCredential.h"
#include "support_StubHttpServer.h"

#include "arm/ArmClient.h"
#include "arm/ArmPager.h"
#include "auth/EntraClient.h"
#include "cloud/CloudEnvironment.h"
#include "inventory/ServiceListing.h"
#include "operations/OperationTracker.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <QtTest>
#include <optional>

#include <zlib.h>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kScope = QStringLiteral("https://management.core.windows.net//.default");

QByteArray announcedFlood()
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000000000\r\n\r\n{\"value\":[";
}

QByteArray streamedFlood()
{
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    const QByteArray chunk(64 * 1024, ' ');
    for (int i = 0; i < 40; ++i)
        response += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    return response;
}

// A gzip body that inflates to `inflated` bytes of zeros: about 1 KB on the wire per MB.
QByteArray gzipOfZeros(qint64 inflated)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 fed = 0; fed < inflated; fed += zeros.size()) {
        const bool last = fed + zeros.size() >= inflated;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(zeros.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer);
            stream.avail_out = sizeof buffer;
            deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer, int(sizeof buffer - stream.avail_out));
        } while (stream.avail_out == 0);
    }
    deflateEnd(&stream);
    return out;
}

// A 200 with an x-ms-request-id, as ARM answers, and the given body.
QByteArray withRequestId(const QByteArray &body, const QByteArray &requestId)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nx-ms-request-id: " + requestId
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QJsonObject serviceRow(const QString &name)
{
    return QJsonObject {
        { QStringLiteral("id"),
            QStringLiteral("/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/")
                + name },
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), QStringLiteral("Microsoft.ApiManagement/service") },
        { QStringLiteral("location"), QStringLiteral("westeurope") },
        { QStringLiteral("subscriptionId"), QStringLiteral("sub-1") },
        { QStringLiteral("resourceGroup"), QStringLiteral("rg") },
        { QStringLiteral("sku"),
            QJsonObject {
                { QStringLiteral("name"), QStringLiteral("Developer") }, { QStringLiteral("capacity"), 1 } } },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("provisioningState"), QStringLiteral("Succeeded") } } },
    };
}
} // namespace

class TestResponseLimits : public QObject
{
    Q_OBJECT
private:
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    FixedTokenCredential m_credential { QStringLiteral("arm-token-for-the-test") };
    QTemporaryDir m_dir;

    ArmResponse armGet(ArmClient &client, const QString &path)
    {
        ArmResponse result;
        bool done = false;
        client.call(ArmRequest::get(path, QStringLiteral("2022-12-01")), this, [&](const ArmResponse &response) {
            result = response;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the ARM call did not finish");
        return result;
    }

    struct Listing
    {
        QStringList names;
        bool finished = false;
        bool failed = false;
        ServiceListingSummary summary;
    };

    void run(ServiceListing &listing, Listing &out)
    {
        connect(&listing, &ServiceListing::servicesLoaded, this, [&out](const QList<ApimService> &services) {
            for (const ApimService &service : services)
                out.names << service.name;
        });
        connect(&listing, &ServiceListing::finished, this, [&out](const ServiceListingSummary &summary) {
            out.summary = summary;
            out.finished = true;
        });
        connect(&listing, &ServiceListing::failed, this, [&out](const ArmError &) { out.failed = true; });
        listing.start();
    }

private slots:
    void arm_smallAnswer_isRead()
    {
        // The control: the same path with an ordinary answer works.
        StubHttpServer arm([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "{\"value\":[]}"); });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        const ArmResponse response = armGet(client, QStringLiteral("/subscriptions"));
        QVERIFY2(response.ok(), qPrintable(response.error.technicalSummary()));
    }

    void arm_announcedFlood_abortedNotRetried()
    {
        StubHttpServer arm([](const StubHttpServer::Request &) { return announcedFlood(); });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        client.setBackoffBaseMs(10);
        const ArmResponse response = armGet(client, QStringLiteral("/subscriptions"));
        QCOMPARE(response.error.kind, ArmError::Kind::Malformed);
        QVERIFY2(
            response.error.message.contains(QLatin1String("larger than 64 MB")), qPrintable(response.error.message));
        QVERIFY(response.body.isEmpty());
        QCOMPARE(arm.requests().size(), 1);
    }

    void arm_streamedFlood_abortedAtTheLimit()
    {
        StubHttpServer arm([](const StubHttpServer::Request &) { return streamedFlood(); });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        client.setBackoffBaseMs(10);
        client.setMaxResponseBytes(1024 * 1024);
        const ArmResponse response = armGet(client, QStringLiteral("/subscriptions"));
        QCOMPARE(response.error.kind, ArmError::Kind::Malformed);
        QVERIFY2(
            response.error.message.contains(QLatin1String("larger than 1 MB")), qPrintable(response.error.message));
        QCOMPARE(arm.requests().size(), 1);
    }

    void arm_compressionBomb_isAClearErrorInBoundedTime()
    {
        // 1 GiB of zeros in about 1 MB: the client must give up long before inflating it all,
        // and say what the answer was, not that it was unreadable JSON.
        const QByteArray bomb = gzipOfZeros(1024LL * 1024 * 1024);
        QVERIFY(!bomb.isEmpty() && bomb.size() < 2 * 1024 * 1024);
        StubHttpServer arm([&bomb](const StubHttpServer::Request &) {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: "
                + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb;
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        client.setBackoffBaseMs(10);
        QElapsedTimer elapsed;
        elapsed.start();
        const ArmResponse response = armGet(client, QStringLiteral("/subscriptions"));
        qInfo("compression bomb rejected after %lld ms", elapsed.elapsed());
        QCOMPARE(response.error.kind, ArmError::Kind::Malformed);
        QVERIFY2(
            response.error.message.contains(QLatin1String("compression bomb")), qPrintable(response.error.message));
        QVERIFY(response.body.isEmpty());
        QCOMPARE(arm.requests().size(), 1);
    }

    void entra_flood_isAClearErrorNotRetried()
    {
        StubHttpServer entra([](const StubHttpServer::Request &) { return announcedFlood(); });
        QVERIFY(entra.listen());
        QString problem;
        const CloudEnvironment cloud
            = CloudEnvironment::fromFile(TestEnvironment::writeCloudFile(entra.url(), m_dir.path()), &problem);
        QVERIFY2(cloud.isValid(), qPrintable(problem));
        EntraClient client(&m_network, cloud, m_clock);
        AuthError error;
        bool done = false;
        client.requestToken(QStringLiteral("contoso.onmicrosoft.com"),
            { { QStringLiteral("grant_type"), QStringLiteral("client_credentials") } }, this,
            [&](const TokenResponse &, const AuthError &e) {
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(error.code, QStringLiteral("response_too_large"));
        QVERIFY2(error.message.contains(QLatin1String("larger than 64 MB")), qPrintable(error.message));
        QCOMPARE(entra.requests().size(), 1);
    }

    void resourceGraph_repeatedSkipToken_fallsBackPerSubscription()
    {
        int graphCalls = 0;
        StubHttpServer arm([&graphCalls](const StubHttpServer::Request &request) {
            if (request.method == "POST" && request.target.contains("Microsoft.ResourceGraph")) {
                ++graphCalls;
                const QJsonObject page { { QStringLiteral("data"),
                                             QJsonArray { serviceRow(QStringLiteral("graph-svc")) } },
                    { QStringLiteral("$skipToken"), QStringLiteral("the-same-token") } };
                return StubHttpServer::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
            }
            const QJsonObject list { { QStringLiteral("value"),
                QJsonArray { serviceRow(QStringLiteral("graph-svc")), serviceRow(QStringLiteral("listed-svc")) } } };
            return StubHttpServer::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ServiceListing listing(&client, { QStringLiteral("sub-1") });
        Listing out;
        run(listing, out);
        QTRY_VERIFY_WITH_TIMEOUT(out.finished || out.failed, 10000);
        QVERIFY(out.finished);
        QCOMPARE(graphCalls, 2); // the first page, and the one the token asked for; not a third
        QCOMPARE(out.summary.source, ServiceListingSummary::Source::PerSubscription);
        QVERIFY2(out.summary.fallbackReason.contains(QLatin1String("same page token")),
            qPrintable(out.summary.fallbackReason));
        out.names.sort();
        QCOMPARE(out.names, (QStringList { QStringLiteral("graph-svc"), QStringLiteral("listed-svc") })); // each once
    }

    // Resource Graph answers of the wrong shape are errors naming the request, never "no
    // services": without subscriptions to list instead, the listing fails.
    void resourceGraph_wrongShape_isAnErrorWithTheRequestId_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("data is a number") << QByteArray("{\"data\":17}");
        QTest::newRow("rows are not objects") << QByteArray("{\"data\":[17,\"x\"]}");
        QTest::newRow("table rows are not arrays")
            << QByteArray("{\"data\":{\"columns\":[{\"name\":\"id\"}],\"rows\":[17]}}");
        QTest::newRow("table without columns") << QByteArray("{\"data\":{\"rows\":[]}}");
        QTest::newRow("data is a string") << QByteArray("{\"data\":\"none\"}");
    }
    void resourceGraph_wrongShape_isAnErrorWithTheRequestId()
    {
        QFETCH(QByteArray, body);
        StubHttpServer arm([body](const StubHttpServer::Request &) { return withRequestId(body, "graph-req-17"); });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ServiceListing listing(&client, {});
        ArmError error;
        connect(&listing, &ServiceListing::failed, this, [&error](const ArmError &e) { error = e; });
        Listing out;
        run(listing, out);
        QTRY_VERIFY_WITH_TIMEOUT(out.finished || out.failed, 10000);
        QVERIFY2(out.failed, "a malformed answer must not read as an empty estate");
        QCOMPARE(error.kind, ArmError::Kind::Malformed);
        QCOMPARE(error.requestId, QStringLiteral("graph-req-17"));
        QVERIFY2(error.userMessage().contains(QLatin1String("graph-req-17")), qPrintable(error.userMessage()));
    }

    void resourceGraph_wrongShape_listedPerSubscriptionAndSaysWhy()
    {
        StubHttpServer arm([](const StubHttpServer::Request &request) {
            if (request.method == "POST")
                return withRequestId("{\"data\":17}", "graph-req-18");
            const QJsonObject list { { QStringLiteral("value"), QJsonArray { serviceRow(QStringLiteral("listed")) } } };
            return StubHttpServer::json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ServiceListing listing(&client, { QStringLiteral("sub-1") });
        Listing out;
        run(listing, out);
        QTRY_VERIFY_WITH_TIMEOUT(out.finished || out.failed, 10000);
        QVERIFY(out.finished);
        QCOMPARE(out.names, QStringList { QStringLiteral("listed") });
        QCOMPARE(out.summary.source, ServiceListingSummary::Source::PerSubscription);
        QVERIFY2(
            out.summary.fallbackReason.contains(QLatin1String("graph-req-18")), qPrintable(out.summary.fallbackReason));
    }

    // An ARM list whose entries are not objects is an error, not a shorter list.
    void armList_entriesNotObjects_isAnError()
    {
        StubHttpServer arm([](const StubHttpServer::Request &) {
            return withRequestId("{\"value\":[{\"id\":\"a\"},17]}", "list-req-19");
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ArmPager pager(&client, ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        ArmResponse result;
        bool done = false;
        connect(&pager, &ArmPager::finished, this, [&](const QJsonArray &, const ArmResponse &response) {
            result = response;
            done = true;
        });
        pager.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ArmError::Kind::Malformed);
        QCOMPARE(result.error.requestId, QStringLiteral("list-req-19"));
    }

    void resourceGraph_endlessPages_stopAtTheCap()
    {
        int graphCalls = 0;
        StubHttpServer arm([&graphCalls](const StubHttpServer::Request &request) {
            if (request.method == "POST") {
                ++graphCalls;
                const QJsonObject page { { QStringLiteral("data"),
                                             QJsonArray { serviceRow(QStringLiteral("svc%1").arg(graphCalls)) } },
                    { QStringLiteral("$skipToken"), QStringLiteral("token-%1").arg(graphCalls) } };
                return StubHttpServer::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
            }
            return StubHttpServer::json(200, "{\"value\":[]}");
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ServiceListing listing(&client, { QStringLiteral("sub-1") });
        listing.setMaxGraphPages(3);
        Listing out;
        run(listing, out);
        QTRY_VERIFY_WITH_TIMEOUT(out.finished || out.failed, 10000);
        QCOMPARE(graphCalls, 3);
        QVERIFY2(out.summary.fallbackReason.contains(QLatin1String("more than 3 pages")),
            qPrintable(out.summary.fallbackReason));
        QCOMPARE(out.names.size(), 3);
    }

    // nextLink answers that loop: the pager stops after one round with a clear error, and
    // never asks for a page it has already read. pages: what each page's nextLink points
    // at (0 = the first page); the request count is the bound.
    void armList_nextLinkLoops_stopAfterOneRound_data()
    {
        QTest::addColumn<QList<int>>("nextOf");
        QTest::addColumn<int>("requests");
        QTest::newRow("a page links to itself") << QList<int> { 1, 1 } << 2;
        QTest::newRow("back to the first page") << QList<int> { 1, 0 } << 2;
        QTest::newRow("a cycle of two") << QList<int> { 1, 2, 1 } << 3;
    }
    void armList_nextLinkLoops_stopAfterOneRound()
    {
        QFETCH(QList<int>, nextOf);
        QFETCH(int, requests);
        StubHttpServer *self = nullptr;
        StubHttpServer arm([&self, nextOf](const StubHttpServer::Request &request) {
            const QUrl url(QString::fromLatin1(request.target));
            const int page = QUrlQuery(url).queryItemValue(QStringLiteral("page")).toInt();
            const QUrl next = self->url(QStringLiteral("/subscriptions?api-version=2022-12-01")
                + (nextOf.value(page) == 0 ? QString() : QStringLiteral("&page=%1").arg(nextOf.value(page))));
            const QJsonObject body { { QStringLiteral("value"),
                                         QJsonArray { QJsonObject { { QStringLiteral("id"),
                                             QStringLiteral("/subscriptions/page-%1").arg(page) } } } },
                { QStringLiteral("nextLink"), next.toString() } };
            return withRequestId(QJsonDocument(body).toJson(QJsonDocument::Compact), "loop-req");
        });
        self = &arm;
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        ArmPager pager(&client, ArmRequest::get(QStringLiteral("/subscriptions"), QStringLiteral("2022-12-01")));
        ArmResponse result;
        QJsonArray values;
        bool done = false;
        connect(&pager, &ArmPager::finished, this, [&](const QJsonArray &all, const ArmResponse &response) {
            values = all;
            result = response;
            done = true;
        });
        QElapsedTimer elapsed;
        elapsed.start();
        pager.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ArmError::Kind::Malformed);
        QVERIFY2(result.error.message.contains(QLatin1String("loop back")), qPrintable(result.error.message));
        QCOMPARE(result.error.requestId, QStringLiteral("loop-req"));
        QCOMPARE(arm.requests().size(), requests);
        QCOMPARE(values.size(), requests); // each page read once
    }

    // An operation whose status URLs (Location and Azure-AsyncOperation) point at another
    // host, as a forged or foreign answer would: that host is never connected to, so it
    // never sees the token, and the record says why its status was not asked.
    void statusUrlOnAnotherHost_neverSentTheToken()
    {
        StubHttpServer foreign([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "{}"); });
        QVERIFY(foreign.listen());
        const QString serviceId
            = QStringLiteral("/subscriptions/sub-1/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc");
        StubHttpServer arm([serviceId](const StubHttpServer::Request &request) {
            if (request.method == "GET" && request.target.startsWith(serviceId.toLatin1() + '?')) {
                QJsonObject row = serviceRow(QStringLiteral("svc"));
                return withRequestId(QJsonDocument(row).toJson(QJsonDocument::Compact), "svc-req");
            }
            return StubHttpServer::json(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no\"}}");
        });
        QVERIFY(arm.listen());
        ArmClient client(&m_network, &m_credential, arm.url(), kScope, &m_clock);
        client.setBackoffBaseMs(10);
        OperationRecord record;
        record.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        record.kind = OperationKind::Restore;
        record.serviceId = serviceId;
        record.serviceName = QStringLiteral("svc");
        record.state = OperationState::Running;
        record.createdAt = m_clock.now().addSecs(-5);
        record.acceptedAt = record.createdAt;
        record.locationUrl = foreign.url(QStringLiteral("/operationresults/x?api-version=2024-05-01"));
        record.asyncOperationUrl = foreign.url(QStringLiteral("/operations/x?api-version=2024-05-01"));
        PollSettings settings;
        settings.defaultIntervalMs = 200;
        settings.minIntervalMs = 100;
        OperationTracker tracker(&client, &m_clock, record, settings);
        std::optional<OperationRecord> ended;
        connect(&tracker, &OperationTracker::finished, this, [&ended](const OperationRecord &r) { ended = r; });
        tracker.start(0);
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 10000);
        QCOMPARE(foreign.connections(), 0);
        for (const StubHttpServer::Request &sent : arm.requests())
            QVERIFY2(!sent.target.contains("operation"), sent.target.constData());
        QCOMPARE(ended->state, OperationState::Unknown);
        QVERIFY2(ended->note.contains(QLatin1String("not on this cloud's Resource Manager")), qPrintable(ended->note));
    }
};

QTEST_GUILESS_MAIN(TestResponseLimits)
#include "tst_responselimits.moc"
