// Storage naming rules, the List Blobs XML and which Blob endpoints may receive
// credentials: pure, no network.
#include "storage/BackupBlob.h"
#include "storage/BlobEndpointPolicy.h"
#include "storage/StorageAccount.h"
#include "storage/StorageError.h"
#include "storage/StorageNames.h"

#include <QtTest>

using namespace Apim::Core;

class TestStorageParse : public QObject
{
    Q_OBJECT
private slots:
    void containerName_rules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("complaint"); // empty: valid
        QTest::newRow("ok") << "apim-backups"
                            << "";
        QTest::newRow("digits") << "123"
                                << "";
        QTest::newRow("63") << QString(63, QLatin1Char('a')) << "";
        QTest::newRow("empty") << ""
                               << "Enter";
        QTest::newRow("short") << "ab"
                               << "3 to 63";
        QTest::newRow("long") << QString(64, QLatin1Char('a')) << "3 to 63";
        QTest::newRow("upper") << "Backups"
                               << "lowercase";
        QTest::newRow("underscore") << "apim_backups"
                                    << "lowercase";
        QTest::newRow("leading hyphen") << "-backups"
                                        << "starts with a hyphen";
        QTest::newRow("trailing hyphen") << "backups-"
                                         << "ends with a hyphen";
        QTest::newRow("double hyphen") << "apim--backups"
                                       << "two hyphens";
    }
    void containerName_rules()
    {
        QFETCH(QString, name);
        QFETCH(QString, complaint);
        const QString error = StorageNames::containerNameError(name);
        if (complaint.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(complaint), qPrintable(error));
    }

    void blobName_rules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("ok") << "contoso-20250101-093000.apimbackup"
                            << "";
        QTest::newRow("folders") << "2025/01/contoso.apimbackup"
                                 << "";
        QTest::newRow("1024") << QString(1024, QLatin1Char('b')) << "";
        QTest::newRow("empty") << ""
                               << "Enter";
        QTest::newRow("1025") << QString(1025, QLatin1Char('b')) << "1024";
        QTest::newRow("dot") << "backup."
                             << "dot or a slash";
        QTest::newRow("slash") << "backup/"
                               << "dot or a slash";
        QTest::newRow("backslash") << "a\\b"
                                   << "backslash";
        QTest::newRow("control") << QStringLiteral("a\tb") << "control character";
        QTest::newRow("space") << " backup"
                               << "space";
    }
    void blobName_rules()
    {
        QFETCH(QString, name);
        QFETCH(QString, complaint);
        const QString error = StorageNames::blobNameError(name);
        if (complaint.isEmpty())
            QVERIFY2(error.isEmpty(), qPrintable(error));
        else
            QVERIFY2(error.contains(complaint), qPrintable(error));
    }

    void blobEndpoint_policy_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("trusted");
        const QString pub = QStringLiteral("core.windows.net");
        QTest::newRow("public") << "https://contoso.blob.core.windows.net/" << pub << "contoso" << true;
        QTest::newRow("upper case host") << "https://Contoso.BLOB.core.windows.net/" << pub << "contoso" << true;
        QTest::newRow("dns zone") << "https://contoso.z12.blob.storage.azure.net/" << pub << "contoso" << true;
        QTest::newRow("gov") << "https://contoso.blob.core.usgovcloudapi.net/"
                             << "core.usgovcloudapi.net"
                             << "contoso" << true;
        QTest::newRow("china") << "https://contoso.blob.core.chinacloudapi.cn/"
                               << "core.chinacloudapi.cn"
                               << "contoso" << true;
        QTest::newRow("stack") << "https://contoso.blob.local.azurestack.external/"
                               << "local.azurestack.external"
                               << "contoso" << true;
        QTest::newRow("no suffix: any built-in") << "https://contoso.blob.core.usgovcloudapi.net/"
                                                 << ""
                                                 << "contoso" << true;
        QTest::newRow("azurite 127.0.0.1") << "http://127.0.0.1:10000/contoso/" << pub << "contoso" << true;
        QTest::newRow("azurite localhost") << "http://localhost:10000/devstoreaccount1/" << pub << "contoso" << true;
        QTest::newRow("azurite ::1") << "http://[::1]:10000/contoso/"
                                     << "core.chinacloudapi.cn"
                                     << "" << true;
        QTest::newRow("http evil") << "http://evil.example/" << pub << "contoso" << false;
        QTest::newRow("https evil") << "https://evil.example/" << pub << "contoso" << false;
        QTest::newRow("http azure") << "http://contoso.blob.core.windows.net/" << pub << "contoso" << false;
        QTest::newRow("suffix inside") << "https://contoso.blob.core.windows.net.evil.example/" << pub << "contoso"
                                       << false;
        QTest::newRow("suffix alone") << "https://.blob.core.windows.net/" << pub << "" << false;
        QTest::newRow("lookalike") << "https://contoso.blobcore.windows.net/" << pub << "contoso" << false;
        QTest::newRow("file service") << "https://contoso.file.core.windows.net/" << pub << "contoso" << false;
        QTest::newRow("dns zone outside public") << "https://contoso.z12.blob.storage.azure.net/"
                                                 << "core.chinacloudapi.cn"
                                                 << "contoso" << false;
        QTest::newRow("other cloud") << "https://contoso.blob.core.windows.net/"
                                     << "core.usgovcloudapi.net"
                                     << "contoso" << false;
        QTest::newRow("other account") << "https://mallory.blob.core.windows.net/" << pub << "contoso" << false;
        QTest::newRow("user info") << "https://u:p@contoso.blob.core.windows.net/" << pub << "contoso" << false;
        QTest::newRow("ftp") << "ftp://contoso.blob.core.windows.net/" << pub << "contoso" << false;
        QTest::newRow("empty") << "" << pub << "contoso" << false;
    }
    void blobEndpoint_policy()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, suffix);
        QFETCH(QString, account);
        QFETCH(bool, trusted);
        const QString problem = BlobEndpointPolicy::problem(QUrl(endpoint), suffix, account);
        if (trusted)
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(!problem.isEmpty(), "an untrusted endpoint must be refused with a reason");
    }

    void storageAccountJson_untrustedBlobEndpoint_isDroppedWithTheReason_data()
    {
        QTest::addColumn<QString>("blob");
        QTest::newRow("http") << "http://evil.example/";
        QTest::newRow("https") << "https://evil.example/";
    }
    void storageAccountJson_untrustedBlobEndpoint_isDroppedWithTheReason()
    {
        QFETCH(QString, blob);
        const QJsonObject json {
            { QStringLiteral("id"),
                QStringLiteral(
                    "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/contoso") },
            { QStringLiteral("name"), QStringLiteral("contoso") },
            { QStringLiteral("properties"),
                QJsonObject {
                    { QStringLiteral("primaryEndpoints"), QJsonObject { { QStringLiteral("blob"), blob } } } } },
        };
        const StorageAccount account = StorageAccount::fromJson(json, QStringLiteral("core.windows.net"));
        QVERIFY(account.isValid()); // still listed, so the user sees it and why it cannot be used
        QVERIFY(account.blobEndpoint.isEmpty());
        QVERIFY2(account.blobEndpointProblem.contains(QLatin1String("evil.example")),
            qPrintable(account.blobEndpointProblem));

        QJsonObject good = json;
        good.insert(QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("primaryEndpoints"),
                QJsonObject {
                    { QStringLiteral("blob"), QStringLiteral("https://contoso.blob.core.windows.net") } } } });
        const StorageAccount trusted = StorageAccount::fromJson(good, QStringLiteral("core.windows.net"));
        QCOMPARE(trusted.blobEndpoint, QUrl(QStringLiteral("https://contoso.blob.core.windows.net/")));
        QVERIFY(trusted.blobEndpointProblem.isEmpty());
    }

    void accountName_rules()
    {
        QVERIFY(StorageNames::accountNameError(QStringLiteral("contosobackups")).isEmpty());
        QVERIFY(!StorageNames::accountNameError(QStringLiteral("Contoso")).isEmpty());
        QVERIFY(!StorageNames::accountNameError(QStringLiteral("ab")).isEmpty());
        QVERIFY(!StorageNames::accountNameError(QStringLiteral("contoso-backups")).isEmpty());
    }

    void listBlobsXml_blobsMetadataAndMarker()
    {
        const QByteArray xml
            = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
              "<EnumerationResults ServiceEndpoint=\"http://127.0.0.1:10000/acct/\" ContainerName=\"apim-backups\">\n"
              "  <MaxResults>2</MaxResults>\n"
              "  <Blobs>\n"
              "    <Blob><Name>contoso-prod-apim-20250101-101010.apimbackup</Name>\n"
              "      <Properties><Creation-Time>Wed, 01 Jan 2025 10:10:12 GMT</Creation-Time><Last-Modified>Thu, 02 "
              "Jan 2025 10:10:12 GMT</Last-Modified>\n"
              "        "
              "<Content-Length>2048</Content-Length><Content-Type>application/octet-stream</"
              "Content-Type><BlobType>BlockBlob</BlobType></Properties>\n"
              "      <Metadata><SKU>Premium</SKU><service>contoso-prod-apim</service></Metadata>\n"
              "    </Blob>\n"
              "    <Blob><Name>old-Standard-backup.apimbackup</Name>\n"
              "      <Properties><Last-Modified>Mon, 02 Dec 2024 08:00:00 "
              "GMT</Last-Modified><Content-Length>10</Content-Length></Properties>\n"
              "    </Blob>\n"
              "  </Blobs>\n"
              "  <NextMarker>2!80!MDAwMDE2</NextMarker>\n"
              "</EnumerationResults>";
        const BlobListPage page = BlobListPage::parse(xml);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.nextMarker, QStringLiteral("2!80!MDAwMDE2"));
        QCOMPARE(page.blobs.size(), 2);
        const BackupBlob &first = page.blobs.at(0);
        QCOMPARE(first.size, qint64(2048));
        QCOMPARE(first.createdOn, QDateTime(QDate(2025, 1, 1), QTime(10, 10, 12), Qt::UTC)); // Creation-Time wins
        QCOMPARE(first.sourceSku(), QStringLiteral("Premium"));
        QCOMPARE(first.sourceService(), QStringLiteral("contoso-prod-apim"));
        const BackupBlob &second = page.blobs.at(1);
        QCOMPARE(second.createdOn, QDateTime(QDate(2024, 12, 2), QTime(8, 0, 0), Qt::UTC)); // Last-Modified fallback
        QCOMPARE(second.sourceSku(), QStringLiteral("Standard")); // from the name

        const QDateTime now(QDate(2025, 1, 15), QTime(12, 0, 0), Qt::UTC);
        QVERIFY(!first.isExpired(now));
        QCOMPARE(first.ageDays(now), 14);
        QVERIFY(second.isExpired(now));
        QCOMPARE(second.expiresOn(), QDateTime(QDate(2025, 1, 1), QTime(8, 0, 0), Qt::UTC));
    }

    void listBlobsXml_emptyMarkerAndMetadataCreatedAt()
    {
        const QByteArray xml = "<EnumerationResults><Blobs><Blob><Name>b</Name><Properties><Creation-Time>Wed, 15 Jan "
                               "2025 10:00:00 GMT</Creation-Time></Properties>\n"
                               "            "
                               "<Metadata><createdat>2024-12-01T10:00:00.000Z</createdat></Metadata></Blob></"
                               "Blobs><NextMarker/></EnumerationResults>";
        const BlobListPage page = BlobListPage::parse(xml);
        QVERIFY(page.error.isEmpty());
        QVERIFY(page.nextMarker.isEmpty());
        QCOMPARE(page.blobs.first().createdOn, QDateTime(QDate(2024, 12, 1), QTime(10, 0, 0), Qt::UTC));
        QVERIFY(page.blobs.first().sourceSku().isEmpty());
    }

    void listBlobsXml_dates_data()
    {
        QTest::addColumn<QString>("creationTime");
        QTest::addColumn<QDateTime>("expected"); // invalid: not a date

        const auto utc = [](int y, int m, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, m, d), QTime(h, mi, s), Qt::UTC);
        };
        // What Blob storage writes (RFC 1123), every month, whatever the local time zone.
        const char *const months[]
            = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        for (int month = 1; month <= 12; ++month) {
            const QString text = QStringLiteral("Mon, 07 %1 2024 23:59:58 GMT").arg(QLatin1String(months[month - 1]));
            QTest::addRow("%s", months[month - 1]) << text << utc(2024, month, 7, 23, 59, 58);
        }
        QTest::newRow("leap day") << "Thu, 29 Feb 2024 00:00:00 GMT" << utc(2024, 2, 29, 0, 0, 0);
        QTest::newRow("spaces around") << "  Wed, 01 Jan 2025 10:10:12 GMT " << utc(2025, 1, 1, 10, 10, 12);
        // Another tool's store or a proxy: the general readers still take it.
        QTest::newRow("ISO 8601") << "2025-01-01T10:10:12.500Z"
                                  << QDateTime(QDate(2025, 1, 1), QTime(10, 10, 12, 500), Qt::UTC);
        QTest::newRow("no such day") << "Fri, 30 Feb 2024 10:00:00 GMT" << QDateTime();
        QTest::newRow("no such hour") << "Wed, 01 Jan 2025 24:10:12 GMT" << QDateTime();
        QTest::newRow("not GMT") << "Wed, 01 Jan 2025 10:10:12 PST" << QDateTime();
        QTest::newRow("month misspelt") << "Wed, 01 Jna 2025 10:10:12 GMT" << QDateTime();
        QTest::newRow("clock cut short") << "Wed, 01 Jan 2025 10:10 GMT" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void listBlobsXml_dates()
    {
        QFETCH(QString, creationTime);
        QFETCH(QDateTime, expected);
        const QByteArray xml = "<EnumerationResults><Blobs><Blob><Name>b.apimbackup</Name><Properties><Creation-Time>"
            + creationTime.toUtf8() + "</Creation-Time></Properties></Blob></Blobs></EnumerationResults>";
        const BlobListPage page = BlobListPage::parse(xml);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.blobs.size(), 1);
        QCOMPARE(page.blobs.first().createdOn.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(page.blobs.first().createdOn, expected);
            QCOMPARE(page.blobs.first().createdOn.timeSpec(), Qt::UTC);
        }
    }

    void listBlobsXml_garbage_clearError()
    {
        QVERIFY(!BlobListPage::parse("<EnumerationResults><Blobs><Blob><Name>x</Na").error.isEmpty());
        QVERIFY(!BlobListPage::parse("{\"json\": true}").error.isEmpty());
        QVERIFY(!BlobListPage::parse("<Error><Code>X</Code></Error>").error.isEmpty());
    }

    void storageError_messages()
    {
        StorageError error;
        error.kind = StorageError::Kind::Http;
        error.httpStatus = 403;
        error.code = QStringLiteral("KeyBasedAuthenticationNotPermitted");
        error.requestId = QStringLiteral("rq");
        QVERIFY(error.userMessage().contains(QLatin1String("does not allow access keys")));
        QVERIFY(error.userMessage().contains(QLatin1String("rq")));
        error.code = QStringLiteral("ContainerNotFound");
        QVERIFY(error.isContainerMissing());
        QVERIFY(error.userMessage().contains(QLatin1String("container does not exist")));
    }
};

QTEST_GUILESS_MAIN(TestStorageParse)
#include "tst_storageparse.moc"
