// The Shared Key signer, byte for byte against reference signatures, and for real
// against Azurite (path-style URLs, where the account appears twice in the canonical
// resource): create a container, upload, list through BlobClient, delete.
#include "TestEnvironment.h"

#include "storage/BlobClient.h"
#include "storage/SharedKeySigner.h"
#include "util/Clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QByteArray kDevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
// One of the accounts the Azurite fixture is started with (tests/simulator AzuriteAccounts).
const QString kAccount = QStringLiteral("simtestbackups");
const QByteArray kAccountKey
    = "09tl/BTdwhiZgMx+3+R6ye9riifBbmlHWtFjrUtNO3uhrvIb3K5ltvqVwbZKoq2sXJNyfoyPaB4Rcu7xxyLGfw==";
const QDateTime kWhen(QDate(2025, 1, 1), QTime(0, 0, 0), Qt::UTC);

int send(QNetworkAccessManager &network, const SharedKeySigner &signer, const QByteArray &verb, const QUrl &url,
    const QByteArray &body = {}, const QByteArray &contentType = {})
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (verb == "PUT" && url.path().count(QLatin1Char('/')) > 2)
        request.setRawHeader("x-ms-blob-type", "BlockBlob");
    signer.sign(request, verb, body.size(), contentType);
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}
} // namespace

class TestSharedKey : public QObject
{
    Q_OBJECT
private slots:
    void rfc1123_englishAndGmt()
    {
        QCOMPARE(SharedKeySigner::rfc1123(QDateTime(QDate(2025, 3, 9), QTime(7, 5, 3), Qt::UTC)),
            QByteArray("Sun, 09 Mar 2025 07:05:03 GMT"));
    }

    void stringToSign_listBlobs_pathStyleNamesAccountTwice()
    {
        SharedKeySigner signer(QStringLiteral("devstoreaccount1"), kDevKey);
        QVERIFY(signer.isValid());
        const QUrl url(QStringLiteral(
            "http://127.0.0.1:10000/devstoreaccount1/mycontainer?restype=container&comp=list&include=metadata"));
        const QByteArray sts = signer.stringToSign(
            "GET", url, { { "x-ms-version", "2021-08-06" }, { "X-MS-Date", "Wed, 01 Jan 2025 00:00:00 GMT" } }, 0, {});
        QCOMPARE(sts,
            QByteArray(
                "GET\n\n\n\n\n\n\n\n\n\n\n\nx-ms-date:Wed, 01 Jan 2025 00:00:00 GMT\nx-ms-version:2021-08-06\n"
                "/devstoreaccount1/devstoreaccount1/mycontainer\ncomp:list\ninclude:metadata\nrestype:container"));
        QCOMPARE(signer.signature(sts), QByteArray("eTuwzJxqnq/bUTuAmpol/0c7L+inskZ3SBakhjUmETw="));
    }

    void stringToSign_realHost_accountOnce()
    {
        SharedKeySigner signer(QStringLiteral("myaccount"), kDevKey);
        const QUrl url(QStringLiteral("https://myaccount.blob.core.windows.net/mycontainer?restype=container"));
        const QByteArray sts = signer.stringToSign(
            "PUT", url, { { "x-ms-date", "Wed, 01 Jan 2025 00:00:00 GMT" }, { "x-ms-version", "2021-08-06" } }, 0, {});
        QVERIFY(sts.endsWith("\n/myaccount/mycontainer\nrestype:container"));
        QCOMPARE(signer.signature(sts), QByteArray("2Fb9k7O887Sz1yp6nftjMTA54or79oqQEg9lWUvazPg="));
    }

    void stringToSign_contentLengthAndType()
    {
        SharedKeySigner signer(QStringLiteral("a"), kDevKey);
        const QByteArray sts = signer.stringToSign(
            "put", QUrl(QStringLiteral("https://a.blob.core.windows.net/c/b")), {}, 5, "text/plain");
        QVERIFY(sts.startsWith("PUT\n\n\n5\n\ntext/plain\n\n\n\n\n\n\n/a/c/b"));
        const QByteArray zero
            = signer.stringToSign("PUT", QUrl(QStringLiteral("https://a.blob.core.windows.net/c/b")), {}, 0, {});
        QVERIFY(zero.startsWith("PUT\n\n\n\n\n\n"));
    }

    void canonicalResource_queryLowercasedSortedJoined()
    {
        SharedKeySigner signer(QStringLiteral("a"), kDevKey);
        const QByteArray resource = signer.canonicalizedResource(QUrl(QStringLiteral(
            "https://a.blob.core.windows.net/c?Restype=container&include=snapshots&include=metadata&prefix=x%20y")));
        QCOMPARE(resource, QByteArray("/a/c\ninclude:metadata,snapshots\nprefix:x y\nrestype:container"));
    }

    void sign_setsHeaders_andRejectsBadKey()
    {
        SharedKeySigner signer(QStringLiteral("devstoreaccount1"), kDevKey);
        QNetworkRequest request(QUrl(QStringLiteral(
            "http://127.0.0.1:10000/devstoreaccount1/mycontainer?restype=container&comp=list&include=metadata")));
        signer.sign(request, "GET", 0, {}, kWhen);
        QCOMPARE(request.rawHeader("x-ms-date"), QByteArray("Wed, 01 Jan 2025 00:00:00 GMT"));
        QCOMPARE(request.rawHeader("x-ms-version"), QByteArray("2021-08-06"));
        QCOMPARE(request.rawHeader("Authorization"),
            QByteArray("SharedKey devstoreaccount1:eTuwzJxqnq/bUTuAmpol/0c7L+inskZ3SBakhjUmETw="));
        QVERIFY(!SharedKeySigner(QStringLiteral("a"), "not base64 !!").isValid());
    }

    void azurite_createUploadListDelete()
    {
        const QUrl azurite = TestEnvironment::azuriteUrl();
        if (azurite.isEmpty())
            QFAIL("Azurite is not running: run this test through ctest (fixture apim_azurite)");
        QNetworkAccessManager network;
        SharedKeySigner signer(kAccount, kAccountKey);
        const QString container = QStringLiteral("sk-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QUrl endpoint(azurite);
        endpoint.setPath(QLatin1Char('/') + kAccount + QLatin1Char('/'));

        QUrl containerUrl = BlobClient::containerUrl(endpoint, container);
        containerUrl.setQuery(QStringLiteral("restype=container"));
        QCOMPARE(send(network, signer, "PUT", containerUrl), 201);
        for (const QString &name :
            { QStringLiteral("b1.apimbackup"), QStringLiteral("dir/b 2.apimbackup"), QStringLiteral("b3.apimbackup") })
            QCOMPARE(send(network, signer, "PUT", BlobClient::blobUrl(endpoint, container, name), "hello",
                         "application/octet-stream"),
                201);

        SystemClock clock;
        BlobClient blobs(&network, &clock);
        blobs.setPageSize(2); // three blobs: two pages, NextMarker followed
        QList<BackupBlob> listed;
        StorageError listError;
        bool done = false;
        blobs.listBlobs(endpoint, container, { kAccount, kAccountKey }, this,
            [&](const QList<BackupBlob> &result, const StorageError &error) {
                listed = result;
                listError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!listError.isError(), qPrintable(listError.userMessage()));
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(2).name, QStringLiteral("dir/b 2.apimbackup")); // listed in name order
        QCOMPARE(listed.first().size, qint64(5));
        QVERIFY(listed.first().ageSeconds(clock.now()) < 600);

        done = false;
        StorageError deleteError;
        blobs.deleteBlob(endpoint, container, QStringLiteral("dir/b 2.apimbackup"), { kAccount, kAccountKey }, this,
            [&](const StorageError &error) {
                deleteError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!deleteError.isError(), qPrintable(deleteError.userMessage()));

        done = false;
        blobs.listBlobs(
            endpoint, container, { kAccount, kAccountKey }, this,
            [&](const QList<BackupBlob> &result, const StorageError &error) {
                listed = result;
                listError = error;
                done = true;
            },
            QStringLiteral("b"));
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(listed.size(), 2); // prefix "b": b1, b3
        QVERIFY(!listError.isError());

        // A wrong key: Azurite refuses, and the message says what to check.
        done = false;
        const QByteArray wrongKey = kDevKey;
        blobs.listBlobs(endpoint, container, { kAccount, wrongKey }, this,
            [&](const QList<BackupBlob> &, const StorageError &error) {
                listError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(listError.httpStatus, 403);
        QVERIFY2(listError.userMessage().contains(QLatin1String("rotated")), qPrintable(listError.userMessage()));

        // A missing container.
        done = false;
        blobs.listBlobs(endpoint, container + QStringLiteral("x"), { kAccount, kAccountKey }, this,
            [&](const QList<BackupBlob> &, const StorageError &error) {
                listError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(listError.isContainerMissing());
    }
};

QTEST_GUILESS_MAIN(TestSharedKey)
#include "tst_sharedkey.moc"
