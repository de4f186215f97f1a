// BlobClient's own defences, over real loopback sockets: credentials never go to a host
// that is not this cloud's Blob service (a proxy that every request would have to cross
// sees nothing), a retry never runs on a client that was deleted during the backoff, and
// an endless answer is cut off with a clear error. Azure-sim cannot give such answers; a
// small stub server does.
#include "support_SimCredential.h"
#include "support_StubHttpServer.h"

#include "storage/BlobClient.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QByteArray kKey = QByteArray("k3y-for-the-test-only").toBase64();

struct Outcome
{
    bool done = false;
    QList<BackupBlob> blobs;
    StorageError error;
};
} // namespace

class TestBlobClient : public QObject
{
    Q_OBJECT
private:
    SystemClock m_clock;

    static QByteArray forbidden() { return "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"; }

    void list(BlobClient &client, const QUrl &endpoint, const BlobCredentials &credentials, Outcome &outcome)
    {
        client.listBlobs(endpoint, QStringLiteral("apim-backups"), credentials, this,
            [&outcome](const QList<BackupBlob> &blobs, const StorageError &error) {
                outcome.done = true;
                outcome.blobs = blobs;
                outcome.error = error;
            });
    }

private slots:
    void untrustedEndpoint_refusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<bool>("trusted");
        // The control rows prove that a request really would reach the proxy.
        QTest::newRow("trusted, key (control)") << "https://contosobackups.blob.core.windows.net/"
                                                << "core.windows.net" << false << true;
        QTest::newRow("trusted, token (control)") << "https://contosobackups.blob.core.windows.net/"
                                                  << "core.windows.net" << true << true;
        QTest::newRow("http evil, key") << "http://evil.example/"
                                        << "core.windows.net" << false << false;
        QTest::newRow("https evil, key") << "https://evil.example/"
                                         << "core.windows.net" << false << false;
        QTest::newRow("https evil, token") << "https://evil.example/"
                                           << "core.windows.net" << true << false;
        QTest::newRow("suffix in the middle") << "https://contosobackups.blob.core.windows.net.evil.example/"
                                              << "core.windows.net" << false << false;
        QTest::newRow("plain http to Azure") << "http://contosobackups.blob.core.windows.net/"
                                             << "core.windows.net" << true << false;
        QTest::newRow("another cloud") << "https://contosobackups.blob.core.windows.net/"
                                       << "core.chinacloudapi.cn" << false << false;
        QTest::newRow("another account") << "https://attacker.blob.core.windows.net/"
                                         << "core.windows.net" << false << false;
        QTest::newRow("user info") << "https://x:y@contosobackups.blob.core.windows.net/"
                                   << "core.windows.net" << false << false;
        QTest::newRow("no suffix set: other host") << "https://evil.example/"
                                                   << "" << false << false;
        QTest::newRow("dropped by StorageAccount") << ""
                                                   << "core.windows.net" << false << false;
    }
    void untrustedEndpoint_refusedBeforeAnythingIsSent()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, suffix);
        QFETCH(bool, bearer);
        QFETCH(bool, trusted);
        StubHttpServer proxy([](const StubHttpServer::Request &) { return forbidden(); });
        QVERIFY(proxy.listen());
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        BlobClient client(&network, &m_clock);
        client.setStorageSuffix(suffix);
        client.setRetryDelayMs(10);
        FixedTokenCredential credential(QStringLiteral("storage-token-for-the-test"));
        if (bearer)
            client.setBearerCredential(&credential, QStringLiteral("https://storage.azure.com/.default"));
        Outcome outcome;
        list(client, QUrl(endpoint), { QStringLiteral("contosobackups"), bearer ? QByteArray() : kKey }, outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000);
        QVERIFY(outcome.error.isError());
        if (trusted) {
            QVERIFY(proxy.connections() >= 1);
            QVERIFY(outcome.error.kind != StorageError::Kind::Refused);
            return;
        }
        QCOMPARE(outcome.error.kind, StorageError::Kind::Refused);
        QVERIFY2(outcome.error.message.contains(QLatin1String("Refused"))
                || outcome.error.message.contains(QLatin1String("never sent"))
                || outcome.error.message.contains(QLatin1String("nothing was sent")),
            qPrintable(outcome.error.message));
        QVERIFY2(!outcome.error.userMessage().isEmpty(), "a refusal needs words for the user");
        QCOMPARE(proxy.connections(), 0);
    }

    void loopbackEndpoint_anyCloud_isSent()
    {
        // Azurite's path-style endpoint: plain http on a loopback address, whatever the cloud.
        StubHttpServer azurite([](const StubHttpServer::Request &) {
            const QByteArray xml = "<?xml version=\"1.0\"?><EnumerationResults><Blobs/></EnumerationResults>";
            return "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: "
                + QByteArray::number(xml.size()) + "\r\n\r\n" + xml;
        });
        QVERIFY(azurite.listen());
        QNetworkAccessManager network;
        BlobClient client(&network, &m_clock);
        client.setStorageSuffix(QStringLiteral("core.chinacloudapi.cn"));
        Outcome outcome;
        list(client, azurite.url(QStringLiteral("/devstoreaccount1/")), { QStringLiteral("devstoreaccount1"), kKey },
            outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000);
        QVERIFY2(!outcome.error.isError(), qPrintable(outcome.error.userMessage()));
        QCOMPARE(azurite.requests().size(), 1);
        QVERIFY(azurite.requests().first().head.contains("Authorization: SharedKey devstoreaccount1:"));
    }

    void retryBackoff_clientDeleted_noRetryNoCallback()
    {
        // Every connection is dropped: a transient error, retried after the backoff.
        StubHttpServer dropping([](const StubHttpServer::Request &) { return QByteArray(); });
        QVERIFY(dropping.listen());
        QNetworkAccessManager network;
        QSignalSpy replies(&network, &QNetworkAccessManager::finished);
        auto client = std::make_unique<BlobClient>(&network, &m_clock);
        client->setRetryDelayMs(300);
        Outcome outcome;
        list(*client, dropping.url(QStringLiteral("/devstoreaccount1/")), { QStringLiteral("devstoreaccount1"), kKey },
            outcome);
        QVERIFY(replies.wait(10000)); // the first attempt failed; the retry timer runs
        // (Qt itself may have re-sent the GET once on a second connection.)
        const int connections = dropping.connections();
        QVERIFY(connections >= 1);
        client.reset(); // e.g. a cloud switch rebuilt the services; the caller (this) lives on
        QTest::qWait(1000); // three times the backoff: a retry would have connected by now
        QCOMPARE(dropping.connections(), connections);
        QVERIFY(!outcome.done);
    }

    void retryBackoff_callerDeleted_noRetry()
    {
        StubHttpServer dropping([](const StubHttpServer::Request &) { return QByteArray(); });
        QVERIFY(dropping.listen());
        QNetworkAccessManager network;
        QSignalSpy replies(&network, &QNetworkAccessManager::finished);
        BlobClient client(&network, &m_clock);
        client.setRetryDelayMs(300);
        auto *caller = new QObject;
        bool called = false;
        client.listBlobs(dropping.url(QStringLiteral("/devstoreaccount1/")), QStringLiteral("c"),
            { QStringLiteral("devstoreaccount1"), kKey }, caller,
            [&called](const QList<BackupBlob> &, const StorageError &) { called = true; });
        QVERIFY(replies.wait(10000));
        const int connections = dropping.connections();
        delete caller;
        QTest::qWait(1000);
        QCOMPARE(dropping.connections(), connections);
        QVERIFY(!called);
    }

    void oversizeAnswer_announced_abortedWithClearError()
    {
        // 100 GB announced, a few bytes sent: the headers alone end it, no retry.
        StubHttpServer flood([](const StubHttpServer::Request &) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: 100000000000\r\n\r\n<?xml");
        });
        QVERIFY(flood.listen());
        QNetworkAccessManager network;
        BlobClient client(&network, &m_clock);
        client.setRetryDelayMs(10);
        Outcome outcome;
        list(client, flood.url(QStringLiteral("/devstoreaccount1/")), { QStringLiteral("devstoreaccount1"), kKey },
            outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000);
        QCOMPARE(outcome.error.kind, StorageError::Kind::Malformed);
        QVERIFY2(outcome.error.message.contains(QLatin1String("larger than 64 MB")), qPrintable(outcome.error.message));
        QCOMPARE(flood.requests().size(), 1);
    }

    void oversizeAnswer_streamed_abortedAtTheLimit()
    {
        // No Content-Length: chunks until the limit (1 MB here) is passed.
        StubHttpServer flood([](const StubHttpServer::Request &) {
            QByteArray response
                = "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nTransfer-Encoding: chunked\r\n\r\n";
            const QByteArray chunk(64 * 1024, 'x');
            for (int i = 0; i < 40; ++i)
                response += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
            return response; // never the closing 0-chunk: the answer would go on
        });
        QVERIFY(flood.listen());
        QNetworkAccessManager network;
        BlobClient client(&network, &m_clock);
        client.setMaxResponseBytes(1024 * 1024);
        Outcome outcome;
        list(client, flood.url(QStringLiteral("/devstoreaccount1/")), { QStringLiteral("devstoreaccount1"), kKey },
            outcome);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.done, 10000);
        QCOMPARE(outcome.error.kind, StorageError::Kind::Malformed);
        QVERIFY2(outcome.error.message.contains(QLatin1String("larger than 1 MB")), qPrintable(outcome.error.message));
    }
};

QTEST_GUILESS_MAIN(TestBlobClient)
#include "tst_blobclient.moc"
