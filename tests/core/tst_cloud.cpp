// The built-in clouds, custom clouds from `az cloud show` JSON, and what is refused.
#include "cloud/CloudEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using Apim::Core::CloudEnvironment;

class TestCloud : public QObject
{
    Q_OBJECT

private:
    static QByteArray cloudJson(const QString &activeDirectory, const QString &resourceManager,
        const QString &resourceId = QStringLiteral("https://management.core.windows.net/"))
    {
        return QStringLiteral("{\"name\": \"Stack\", \"endpoints\": {\"activeDirectory\": \"%1\", "
                              "\"resourceManager\": \"%2\", \"activeDirectoryResourceId\": \"%3\", "
                              "\"portal\": \"https://portal.local.azurestack.external\"}, "
                              "\"suffixes\": {\"storageEndpoint\": \"local.azurestack.external\"}}")
            .arg(activeDirectory, resourceManager, resourceId)
            .toUtf8();
    }

private slots:
    void builtIns_haveTheirEndpoints_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QString>("arm");
        QTest::addColumn<QString>("armScope");
        QTest::addColumn<QString>("portal");
        QTest::addColumn<QString>("storage");
        QTest::newRow("public") << "AzureCloud"
                                << "https://login.microsoftonline.com"
                                << "https://management.azure.com/"
                                << "https://management.core.windows.net//.default"
                                << "https://portal.azure.com"
                                << "core.windows.net";
        QTest::newRow("usgov") << "AzureUSGovernment"
                               << "https://login.microsoftonline.us"
                               << "https://management.usgovcloudapi.net/"
                               << "https://management.core.usgovcloudapi.net//.default"
                               << "https://portal.azure.us"
                               << "core.usgovcloudapi.net";
        QTest::newRow("china") << "AzureChinaCloud"
                               << "https://login.chinacloudapi.cn"
                               << "https://management.chinacloudapi.cn/"
                               << "https://management.core.chinacloudapi.cn//.default"
                               << "https://portal.azure.cn"
                               << "core.chinacloudapi.cn";
    }

    void builtIns_haveTheirEndpoints()
    {
        QFETCH(QString, name);
        const auto cloud = CloudEnvironment::builtIn(name.toLower()); // case-insensitive
        QVERIFY(cloud.has_value());
        QVERIFY(cloud->isValid());
        QVERIFY(cloud->isBuiltIn());
        QCOMPARE(cloud->name(), name);
        QTEST(cloud->authorityHost().toString(), "authority");
        QTEST(cloud->resourceManager().toString(), "arm");
        QTEST(cloud->armScope(), "armScope");
        QTEST(cloud->portal().toString(), "portal");
        QTEST(cloud->storageSuffix(), "storage");
        QCOMPARE(CloudEnvironment::storageScope(), QStringLiteral("https://storage.azure.com/.default"));
    }

    void endpoints_areBuiltFromTheAuthority()
    {
        const CloudEnvironment cloud = CloudEnvironment::azureCloud();
        QCOMPARE(cloud.tokenUrl(QStringLiteral("organizations")).toString(),
            QStringLiteral("https://login.microsoftonline.com/organizations/oauth2/v2.0/token"));
        QCOMPARE(cloud.deviceCodeUrl(QStringLiteral("contoso.com")).toString(),
            QStringLiteral("https://login.microsoftonline.com/contoso.com/oauth2/v2.0/devicecode"));
        QCOMPARE(cloud.authorizeUrl(QStringLiteral("t")).toString(),
            QStringLiteral("https://login.microsoftonline.com/t/oauth2/v2.0/authorize"));
        QCOMPARE(cloud.armUrl(QStringLiteral("/tenants")).toString(),
            QStringLiteral("https://management.azure.com/tenants"));
        QCOMPARE(CloudEnvironment::resourceForScope(cloud.armScope()),
            QStringLiteral("https://management.core.windows.net/"));
        QCOMPARE(CloudEnvironment::resourceForScope(CloudEnvironment::storageScope()),
            QStringLiteral("https://storage.azure.com"));
    }

    void customCloud_azCloudShowShape_parses()
    {
        QString error;
        const CloudEnvironment cloud
            = CloudEnvironment::fromJson(cloudJson(QStringLiteral("https://login.local.azurestack.external/"),
                                             QStringLiteral("https://management.local.azurestack.external")),
                &error, QStringLiteral("stack.json"));
        QVERIFY2(cloud.isValid(), qPrintable(error));
        QVERIFY(!cloud.isBuiltIn());
        QCOMPARE(cloud.name(), QStringLiteral("Stack"));
        QCOMPARE(cloud.authorityHost().toString(), QStringLiteral("https://login.local.azurestack.external"));
        QCOMPARE(cloud.resourceManager().toString(), QStringLiteral("https://management.local.azurestack.external/"));
        QCOMPARE(cloud.armScope(), QStringLiteral("https://management.core.windows.net//.default"));
        QCOMPARE(cloud.storageSuffix(), QStringLiteral("local.azurestack.external"));
        QCOMPARE(cloud.tokenUrl(QStringLiteral("x")).toString(),
            QStringLiteral("https://login.local.azurestack.external/x/oauth2/v2.0/token"));
        // Round trip through toJson, as a saved session does.
        QString again;
        QCOMPARE(CloudEnvironment::fromJson(QJsonDocument(cloud.toJson()).toJson(), &again), cloud);
    }

    void customCloud_httpOnLoopback_isAccepted_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8443";
        QTest::newRow("127.x") << "http://127.12.0.9:1";
        QTest::newRow("localhost") << "http://LOCALHOST:9000";
        QTest::newRow("ipv6") << "http://[::1]:9000";
    }

    void customCloud_httpOnLoopback_isAccepted()
    {
        QFETCH(QString, base);
        QString error;
        const CloudEnvironment cloud = CloudEnvironment::fromJson(cloudJson(base, base + QLatin1Char('/')), &error);
        QVERIFY2(cloud.isValid(), qPrintable(error));
        QVERIFY(error.isEmpty());
    }

    void customCloud_httpElsewhere_isRefusedNamingTheField()
    {
        QString error;
        CloudEnvironment cloud = CloudEnvironment::fromJson(
            cloudJson(QStringLiteral("http://login.example.com"), QStringLiteral("https://management.example.com/")),
            &error, QStringLiteral("evil.json"));
        QVERIFY(!cloud.isValid());
        QVERIFY2(error.contains(QLatin1String("endpoints.activeDirectory")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("evil.json")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));

        error.clear();
        cloud = CloudEnvironment::fromJson(
            cloudJson(QStringLiteral("https://login.example.com"), QStringLiteral("http://10.0.0.5/")), &error);
        QVERIFY(!cloud.isValid());
        QVERIFY2(error.contains(QLatin1String("endpoints.resourceManager")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("10.0.0.5")), qPrintable(error));

        // A host name that merely starts like a loopback address is not one.
        error.clear();
        cloud = CloudEnvironment::fromJson(
            cloudJson(QStringLiteral("http://127.0.0.1.evil.com"), QStringLiteral("https://m.example.com/")), &error);
        QVERIFY(!cloud.isValid());
        QVERIFY(error.contains(QLatin1String("endpoints.activeDirectory")));
    }

    void customCloud_malformed_saysWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{endpoints: ") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "JSON object";
        QTest::newRow("no endpoints") << QByteArray("{\"name\":\"x\"}") << "\"endpoints\"";
        QTest::newRow("no activeDirectory") << QByteArray(
            "{\"endpoints\":{\"resourceManager\":\"https://m/\",\"activeDirectoryResourceId\":\"https://r/\"}}")
                                            << "endpoints.activeDirectory";
        QTest::newRow("no resourceManager") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"https://l\",\"activeDirectoryResourceId\":\"https://r/\"}}")
                                            << "endpoints.resourceManager";
        QTest::newRow("no resource id") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"https://l\",\"resourceManager\":\"https://m/\"}}")
                                        << "endpoints.activeDirectoryResourceId";
        QTest::newRow("relative url") << QByteArray("{\"endpoints\":{\"activeDirectory\":\"login\",\"resourceManager\":"
                                                    "\"https://m/\",\"activeDirectoryResourceId\":\"https://r/\"}}")
                                      << "not an absolute URL";
        QTest::newRow("ftp") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"ftp://l\",\"resourceManager\":\"https://m/"
            "\",\"activeDirectoryResourceId\":\"https://r/\"}}")
                             << "https://";
        QTest::newRow("number") << QByteArray("{\"endpoints\":{\"activeDirectory\":5,\"resourceManager\":\"https://m/"
                                              "\",\"activeDirectoryResourceId\":\"https://r/\"}}")
                                << "must be a string";
        QTest::newRow("bad suffix") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"https://l\",\"resourceManager\":\"https://m/"
            "\",\"activeDirectoryResourceId\":\"https://r/\"},\"suffixes\":{\"storageEndpoint\":\"https://x/y\"}}")
                                    << "suffixes.storageEndpoint";
        // Found by fuzz_cloud (tests/fuzz/corpus/cloud/regress-suffix-control-characters):
        // accepted, then read back as another suffix from the session's copy.
        QTest::newRow("control characters in the suffix") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"https://l\",\"resourceManager\":\"https://m/"
            "\",\"activeDirectoryResourceId\":\"https://r/\"},\"suffixes\":{\"storageEndpoint\":"
            "\"..\\f\\f..windows.net\"}}") << "suffixes.storageEndpoint";
        QTest::newRow("empty label in the suffix") << QByteArray(
            "{\"endpoints\":{\"activeDirectory\":\"https://l\",\"resourceManager\":\"https://m/"
            "\",\"activeDirectoryResourceId\":\"https://r/\"},\"suffixes\":{\"storageEndpoint\":\"core..net\"}}")
                                                   << "suffixes.storageEndpoint";
    }

    void customCloud_storageSuffix_followsTheDnsLabelRules_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("public cloud") << "core.windows.net" << true;
        QTest::newRow("one label") << "localhost" << true;
        QTest::newRow("digits and inner hyphens") << "blob.region-1.azs1.example" << true;
        QTest::newRow("63-character label") << QString(QString(63, QLatin1Char('a')) + QStringLiteral(".net")) << true;
        QTest::newRow("64-character label") << QString(QString(64, QLatin1Char('a')) + QStringLiteral(".net")) << false;
        QTest::newRow("253 characters") << QString(QStringList(50, QStringLiteral("abcd")).join(QLatin1Char('.'))
            + QStringLiteral(".abc")) << true;
        QTest::newRow("254 characters") << QString(QStringList(50, QStringLiteral("abcd")).join(QLatin1Char('.'))
            + QStringLiteral(".abcd")) << false;
        QTest::newRow("hyphen first") << "-core.windows.net" << false;
        QTest::newRow("hyphen last") << "core-.windows.net" << false;
        QTest::newRow("trailing dot") << "core.windows.net." << false;
        QTest::newRow("underscore") << "core_1.windows.net" << false;
        QTest::newRow("non-ASCII letter") << QStringLiteral("cor\u00eb.windows.net") << false;
        QTest::newRow("space") << "core windows.net" << false;
        QTest::newRow("port") << "core.windows.net:443" << false;
    }

    void customCloud_storageSuffix_followsTheDnsLabelRules()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, accepted);
        QJsonObject json = QJsonDocument::fromJson(
            cloudJson(QStringLiteral("https://login.example"), QStringLiteral("https://management.example/")))
                               .object();
        json.insert(QStringLiteral("suffixes"), QJsonObject { { QStringLiteral("storageEndpoint"), suffix } });
        QString error;
        const CloudEnvironment cloud = CloudEnvironment::fromJson(QJsonDocument(json).toJson(), &error);
        QCOMPARE(cloud.isValid(), accepted);
        if (accepted)
            QCOMPARE(cloud.storageSuffix(), suffix);
        else
            QVERIFY2(error.contains(QLatin1String("suffixes.storageEndpoint")), qPrintable(error));
    }

    void customCloud_malformed_saysWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const CloudEnvironment cloud = CloudEnvironment::fromJson(json, &error, QStringLiteral("c.json"));
        QVERIFY(!cloud.isValid());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("c.json")), qPrintable(error));
    }

    void resolve_acceptsNamesAndFiles_andExplainsUnknownOnes()
    {
        QString error;
        QCOMPARE(CloudEnvironment::resolve(QString(), &error).name(), QStringLiteral("AzureCloud"));
        QCOMPARE(CloudEnvironment::resolve(QStringLiteral("azureusgovernment"), &error).name(),
            QStringLiteral("AzureUSGovernment"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cloudJson(QStringLiteral("http://127.0.0.1:1234"), QStringLiteral("http://127.0.0.1:1234/")));
        file.close();
        const CloudEnvironment custom = CloudEnvironment::resolve(path, &error);
        QVERIFY2(custom.isValid(), qPrintable(error));
        QCOMPARE(custom.resourceManager().port(), 1234);

        error.clear();
        QVERIFY(!CloudEnvironment::resolve(QStringLiteral("AzureGermanCloud"), &error).isValid());
        QVERIFY2(error.contains(QLatin1String("AzureGermanCloud")) && error.contains(QLatin1String("AzureChinaCloud"))
                && error.contains(QLatin1String("az cloud show")),
            qPrintable(error));

        error.clear();
        QVERIFY(!CloudEnvironment::fromFile(dir.filePath(QStringLiteral("missing.json")), &error).isValid());
        QVERIFY2(error.contains(QLatin1String("missing.json")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCloud)
#include "tst_cloud.moc"
