// The credentials without an interactive step: service principal (client secret), the
// environment (AZURE_TENANT_ID/CLIENT_ID/CLIENT_SECRET) against azure-sim, and the Azure
// CLI through a fake `az` script (a real process).
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/AzureCliCredential.h"
#include "auth/ClientSecretCredential.h"
#include "auth/EntraClient.h"
#include "auth/EnvironmentCredential.h"
#include "auth/JwtClaims.h"
#include "cloud/CloudEnvironment.h"
#include "util/ChildEnvironment.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
struct Answer
{
    bool done = false;
    AccessToken token;
    AuthError error;
};

Answer ask(TokenCredential &credential, const QString &scope, int timeoutMs = 15000)
{
    Answer answer;
    credential.token(scope, &credential, [&answer](const AccessToken &token, const AuthError &error) {
        answer = { true, token, error };
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.done, timeoutMs); }();
    return answer;
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim; // a private simulator: nothing another test does to the shared one matters
    CloudEnvironment m_cloud;
    DemoSeed m_seed;
    QNetworkAccessManager m_network;
    FakeClock m_clock;
    std::unique_ptr<EntraClient> m_entra;

    // A fake `az` that prints body to stdout (or stderr) and exits with code.
    QString fakeAz(const QString &name, const QString &script)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n");
        file.write(script.toUtf8());
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        const QUrl sim = m_sim.url();
        QString error;
        m_cloud = CloudEnvironment::fromFile(TestEnvironment::writeCloudFile(sim, m_dir.path()), &error);
        QVERIFY2(m_cloud.isValid(), qPrintable(error));
        m_seed = DemoSeed::load();
        QVERIFY(m_seed.isValid());
        m_entra = std::make_unique<EntraClient>(&m_network, m_cloud, m_clock);
    }

    void servicePrincipal_rightSecret_getsArmAndStorageTokens()
    {
        ClientSecretCredential credential(m_entra.get(), m_seed.contosoTenant, m_seed.spClientId, m_seed.spSecret);
        const Answer arm = ask(credential, m_cloud.armScope());
        QVERIFY2(!arm.error.isError(), qPrintable(arm.error.message));
        QCOMPARE(arm.token.tenantId, m_seed.contosoTenant);
        QCOMPARE(JwtClaims::decode(arm.token.token).appId(), m_seed.spClientId);
        QVERIFY(arm.token.expiresOn > m_clock.now().addSecs(60));
        const Answer storage = ask(credential, CloudEnvironment::storageScope());
        QVERIFY2(!storage.error.isError(), qPrintable(storage.error.message));
        QVERIFY(storage.token.token != arm.token.token);
        QCOMPARE(credential.fetchCount(), 2);
        QCOMPARE(credential.accountName(), m_seed.spClientId);
    }

    void servicePrincipal_wrongSecret_isInvalidCredentialsWithAClearMessage()
    {
        ClientSecretCredential credential(
            m_entra.get(), m_seed.contosoTenant, m_seed.spClientId, QStringLiteral("not+the=secret"));
        const Answer answer = ask(credential, m_cloud.armScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::InvalidCredentials);
        QCOMPARE(answer.error.code, QStringLiteral("invalid_client"));
        QVERIFY2(answer.error.message.contains(QLatin1String("client secret is wrong or expired"))
                && answer.error.message.contains(QLatin1String("AADSTS7000215")),
            qPrintable(answer.error.message));
        QVERIFY(!answer.error.message.contains(QLatin1String("Trace ID"))); // one line, not the service's dump
        QVERIFY(!answer.error.message.contains(QLatin1String("not+the=secret")));
        QVERIFY(!answer.token.isValid());
    }

    void servicePrincipal_unknownClientOrGenericTenant_isRefused()
    {
        ClientSecretCredential unknown(m_entra.get(), m_seed.contosoTenant,
            QStringLiteral("00000000-0000-0000-0000-000000000001"), m_seed.spSecret);
        const Answer answer = ask(unknown, m_cloud.armScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::InvalidCredentials);
        QVERIFY2(answer.error.message.contains(QLatin1String("client ID")), qPrintable(answer.error.message));

        ClientSecretCredential generic(
            m_entra.get(), QStringLiteral("organizations"), m_seed.spClientId, m_seed.spSecret);
        const Answer refused = ask(generic, m_cloud.armScope());
        QCOMPARE(refused.error.kind, AuthError::Kind::InvalidCredentials);
        QVERIFY2(
            refused.error.message.contains(QLatin1String("one specific tenant")), qPrintable(refused.error.message));
        QCOMPARE(generic.fetchCount(), 1); // refused before any request
    }

    void servicePrincipal_unreachableService_isNetworkError()
    {
        QString error;
        const CloudEnvironment dead = CloudEnvironment::fromJson(
            QByteArray("{\"name\":\"Dead\",\"endpoints\":{\"activeDirectory\":\"http://127.0.0.1:9\","
                       "\"resourceManager\":\"http://127.0.0.1:9/\",\"activeDirectoryResourceId\":\"https://"
                       "management.core.windows.net/\"}}"),
            &error);
        QVERIFY2(dead.isValid(), qPrintable(error));
        EntraClient entra(&m_network, dead, m_clock);
        entra.setMaxAttempts(1);
        ClientSecretCredential credential(&entra, m_seed.contosoTenant, m_seed.spClientId, m_seed.spSecret);
        const Answer answer = ask(credential, dead.armScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::Network);
        QVERIFY2(answer.error.message.contains(QLatin1String("Could not reach the sign-in service at 127.0.0.1")),
            qPrintable(answer.error.message));
    }

    void environment_missingVariables_areNamed()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_seed.contosoTenant);
        AuthError error;
        QVERIFY(!EnvironmentCredential::create(environment, m_entra.get(), &error));
        QCOMPARE(error.kind, AuthError::Kind::InvalidCredentials);
        QVERIFY2(error.message.startsWith(QLatin1String("AZURE_CLIENT_ID, AZURE_CLIENT_SECRET are not set")),
            qPrintable(error.message));

        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), m_seed.spClientId);
        QVERIFY(!EnvironmentCredential::create(environment, m_entra.get(), &error));
        QVERIFY2(error.message.startsWith(QLatin1String("AZURE_CLIENT_SECRET is not set")), qPrintable(error.message));
    }

    void environment_complete_signsInAsTheServicePrincipal()
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_seed.contosoTenant);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), m_seed.spClientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), m_seed.spSecret);
        AuthError error;
        std::unique_ptr<ClientSecretCredential> credential(
            EnvironmentCredential::create(environment, m_entra.get(), &error));
        QVERIFY2(credential, qPrintable(error.message));
        const Answer answer = ask(*credential, m_cloud.armScope());
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QCOMPARE(JwtClaims::decode(answer.token.token).appId(), m_seed.spClientId);
    }

    void azureCli_fakeScript_givesItsToken()
    {
        const QString token
            = QStringLiteral("eyJhbGciOiJub25lIn0.eyJ0aWQiOiJ0ZW5hbnQteCIsInVwbiI6ImNsaUBjb250b3NvLmNvbSJ9.");
        const qint64 expires = m_clock.now().addSecs(3000).toSecsSinceEpoch();
        // The script records its arguments, so the test sees the --resource we asked for.
        const QString az = fakeAz(QStringLiteral("az-ok"),
            QStringLiteral("echo \"$@\" > \"%1\"\n"
                           "echo '{\"accessToken\": \"%2\", \"expiresOn\": \"2000-01-01 00:00:00.000000\", "
                           "\"expires_on\": %3, \"subscription\": \"s\", \"tenant\": \"tenant-x\", "
                           "\"tokenType\": \"Bearer\"}'\n")
                .arg(m_dir.filePath(QStringLiteral("az-args")), token)
                .arg(expires));
        AzureCliCredential credential(m_clock, QStringLiteral("tenant-x"), az);
        const Answer answer = ask(credential, m_cloud.armScope());
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QCOMPARE(answer.token.token, token);
        QCOMPARE(answer.token.tenantId, QStringLiteral("tenant-x"));
        QCOMPARE(answer.token.expiresOn.toSecsSinceEpoch(), expires); // expires_on wins over expiresOn
        QCOMPARE(credential.accountName(), QStringLiteral("cli@contoso.com (Azure CLI)"));
        QFile args(m_dir.filePath(QStringLiteral("az-args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(args.readAll()).trimmed(),
            QStringLiteral("account get-access-token --resource https://management.core.windows.net/ --output json "
                           "--tenant tenant-x"));
        // Cached: az is not run again for the same scope.
        QVERIFY(QFile::remove(args.fileName()));
        QVERIFY(!ask(credential, m_cloud.armScope()).error.isError());
        QVERIFY(!QFile::exists(args.fileName()));
    }

    void azureCli_notLoggedIn_saysRunAzLogin()
    {
        const QString az = fakeAz(QStringLiteral("az-logged-out"),
            QStringLiteral("echo \"ERROR: Please run 'az login' to setup account.\" >&2\nexit 1\n"));
        AzureCliCredential credential(m_clock, {}, az);
        const Answer answer = ask(credential, m_cloud.armScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::SignInRequired);
        QVERIFY2(
            answer.error.message.contains(QLatin1String("Please run 'az login'")), qPrintable(answer.error.message));
    }

    void azureCli_missing_isToolMissing()
    {
        AzureCliCredential credential(m_clock, {}, m_dir.filePath(QStringLiteral("no-such-az")));
        const Answer answer = ask(credential, m_cloud.armScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::ToolMissing);
        QVERIFY2(answer.error.message.contains(QLatin1String("was not found"))
                && answer.error.message.contains(QLatin1String("Install")),
            qPrintable(answer.error.message));
    }

    void azureCli_neverInheritsTheClientSecret()
    {
        // An environment sign-in's secret is in our environment; az must not get it.
        const QByteArray saved = qgetenv("AZURE_CLIENT_SECRET");
        const bool wasSet = qEnvironmentVariableIsSet("AZURE_CLIENT_SECRET");
        qputenv("AZURE_CLIENT_SECRET", "sp-secret-that-az-must-not-see");
        qputenv("APIM_TEST_VISIBLE", "visible");
        const QString seen = m_dir.filePath(QStringLiteral("az-env"));
        const QString az = fakeAz(QStringLiteral("az-env"),
            QStringLiteral("echo \"secret=[${AZURE_CLIENT_SECRET}] other=[${APIM_TEST_VISIBLE}]\" > \"%1\"\n"
                           "echo '{\"accessToken\": \"t\", \"expires_on\": 4102444800}'\n")
                .arg(seen));
        AzureCliCredential credential(m_clock, {}, az);
        const Answer answer = ask(credential, m_cloud.armScope());
        if (wasSet)
            qputenv("AZURE_CLIENT_SECRET", saved);
        else
            qunsetenv("AZURE_CLIENT_SECRET");
        qunsetenv("APIM_TEST_VISIBLE");
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QFile file(seen);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).trimmed(), QStringLiteral("secret=[] other=[visible]"));
    }

    void azureCli_tenantThatIsNotAnIdOrDomain_isRefusedWithoutRunningAz_data()
    {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<bool>("valid");
        QTest::newRow("guid") << "72f988bf-86f1-41af-91ab-2d7cd011db47" << true;
        QTest::newRow("domain") << "contoso.onmicrosoft.com" << true;
        QTest::newRow("cmd metacharacters") << "contoso.com & calc.exe" << false;
        QTest::newRow("pipe") << "a|b" << false;
        QTest::newRow("quote") << "a\"b" << false;
        QTest::newRow("percent") << "%PATH%" << false;
        QTest::newRow("option") << "--help" << false;
        QTest::newRow("space") << "contoso com" << false;
    }
    void azureCli_tenantThatIsNotAnIdOrDomain_isRefusedWithoutRunningAz()
    {
        QFETCH(QString, tenant);
        QFETCH(bool, valid);
        QCOMPARE(AzureCliCredential::isValidTenant(tenant), valid);
        if (valid)
            return;
        const QString ran = m_dir.filePath(QStringLiteral("az-ran"));
        QFile::remove(ran);
        const QString az = fakeAz(QStringLiteral("az-tenant"), QStringLiteral("touch \"%1\"\nexit 1\n").arg(ran));
        AzureCliCredential credential(m_clock, tenant, az);
        const Answer answer = ask(credential, m_cloud.armScope());
        QCOMPARE(answer.error.code, QStringLiteral("invalid_tenant"));
        QVERIFY2(answer.error.message.contains(QLatin1String("not a tenant ID or domain name")),
            qPrintable(answer.error.message));
        QVERIFY(!QFile::exists(ran));
    }

    void childEnvironment_withoutSecrets_andScopedRemovalRestores()
    {
        QProcessEnvironment base;
        base.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QStringLiteral("s"));
        base.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("id"));
        const QProcessEnvironment child = ChildEnvironment::forChild(base);
        QVERIFY(!child.contains(QStringLiteral("AZURE_CLIENT_SECRET")));
        QCOMPARE(child.value(QStringLiteral("AZURE_CLIENT_ID")), QStringLiteral("id"));

        const QByteArray saved = qgetenv("AZURE_CLIENT_SECRET");
        const bool wasSet = qEnvironmentVariableIsSet("AZURE_CLIENT_SECRET");
        qputenv("AZURE_CLIENT_SECRET", "scoped");
        {
            const ChildEnvironment::ScopedRemoval removal;
            QVERIFY(!qEnvironmentVariableIsSet("AZURE_CLIENT_SECRET"));
            QVERIFY(!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("AZURE_CLIENT_SECRET")));
        }
        QCOMPARE(qgetenv("AZURE_CLIENT_SECRET"), QByteArray("scoped"));
        if (wasSet)
            qputenv("AZURE_CLIENT_SECRET", saved);
        else
            qunsetenv("AZURE_CLIENT_SECRET");
    }

    void azureCli_garbageOrHang_isAClearError()
    {
        AzureCliCredential garbage(
            m_clock, {}, fakeAz(QStringLiteral("az-garbage"), QStringLiteral("echo 'WARNING: oops'\n")));
        const Answer bad = ask(garbage, m_cloud.armScope());
        QCOMPARE(bad.error.kind, AuthError::Kind::Other);
        QVERIFY2(bad.error.message.contains(QLatin1String("not an access token")), qPrintable(bad.error.message));

        AzureCliCredential hang(m_clock, {}, fakeAz(QStringLiteral("az-hang"), QStringLiteral("exec sleep 30\n")));
        hang.setTimeout(500);
        QElapsedTimer timer;
        timer.start();
        const Answer slow = ask(hang, m_cloud.armScope());
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(slow.error.code, QStringLiteral("timeout"));
        QVERIFY2(slow.error.message.contains(QLatin1String("did not answer")), qPrintable(slow.error.message));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
