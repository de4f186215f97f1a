// Device code sign-in end to end against azure-sim: the code is reported, polling honours
// authorization_pending and slow_down, and a declined or expired code ends the sign-in
// with a clear message.
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/DeviceCodeCredential.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/EntraClient.h"
#include "cloud/CloudEnvironment.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

class TestAuthDevice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim; // the default configuration: approval after two pending polls
    DemoSeed m_seed;

    CloudEnvironment cloudFor(const QUrl &sim)
    {
        QString error;
        return CloudEnvironment::fromFile(TestEnvironment::writeCloudFile(sim, m_dir.path()), &error);
    }

    struct Run
    {
        QList<DeviceCodeInfo> codes;
        bool done = false;
        TokenResponse response;
        AuthError error;
    };

    static void watch(DeviceCodeFlow &flow, Run &run)
    {
        QObject::connect(&flow, &DeviceCodeFlow::deviceCodeReady, &flow,
            [&run](const DeviceCodeInfo &info) { run.codes.append(info); });
        QObject::connect(
            &flow, &DeviceCodeFlow::finished, &flow, [&run](const TokenResponse &response, const AuthError &error) {
                run.done = true;
                run.response = response;
                run.error = error;
            });
    }

    static DeviceCodeFlow::Options options(const CloudEnvironment &cloud)
    {
        DeviceCodeFlow::Options options;
        options.scopes = { cloud.armScope() };
        return options;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_seed = DemoSeed::load();
        QVERIFY(m_seed.isValid());
    }

    void signIn_pendingThenApproved_signsIn()
    {
        // The simulator approves after two pending polls, one second apart.
        const CloudEnvironment cloud = cloudFor(m_sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        DeviceCodeCredential credential(&entra, options(cloud));
        QList<DeviceCodeInfo> codes;
        AuthError error { AuthError::Kind::Other, QStringLiteral("not done"), {} };
        bool done = false;
        connect(&credential, &DeviceCodeCredential::deviceCodeReady, this,
            [&](const DeviceCodeInfo &info) { codes.append(info); });
        connect(&credential, &DeviceCodeCredential::authenticated, this, [&](const AuthError &e) {
            error = e;
            done = true;
        });
        credential.authenticate();
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(codes.size(), 1);
        QVERIFY(!codes.first().userCode.isEmpty());
        QVERIFY(codes.first().deviceCode.isEmpty()); // the secret half is never shown
        QVERIFY(codes.first().verificationUri.isValid());
        QVERIFY(codes.first().message.contains(codes.first().userCode));
        QCOMPARE(credential.accountName(), m_seed.user);
        QCOMPARE(credential.tenantId(), m_seed.contosoTenant);
        AccessToken storage;
        credential.token(
            CloudEnvironment::storageScope(), this, [&](const AccessToken &t, const AuthError &) { storage = t; });
        QTRY_VERIFY_WITH_TIMEOUT(storage.isValid(), 10000);
    }

    void interval_clampedToAtLeastOneSecond()
    {
        QCOMPARE(DeviceCodeFlow::clampInterval(0), 1);
        QCOMPARE(DeviceCodeFlow::clampInterval(-7), 1);
        QCOMPARE(DeviceCodeFlow::clampInterval(5), 5);
        QCOMPARE(DeviceCodeFlow::clampInterval(1000000), 300); // the timer's milliseconds must not overflow
        QCOMPARE(DeviceCodeInfo().intervalSeconds, 5); // RFC 8628's default when the server names none
    }

    void polling_intervalZero_pollsEverySecond_slowDownAddsFive_thenSucceeds()
    {
        AuthSim sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        // The service says interval 0; we still wait a second between polls, never a tight loop.
        QVERIFY(simConfigure(sim.url(),
            QJsonObject { { QStringLiteral("deviceCodeIntervalSeconds"), 0 },
                { QStringLiteral("deviceCodeAutoApproveAfterPolls"), -1 } }));
        const CloudEnvironment cloud = cloudFor(sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        DeviceCodeFlow flow(&entra, options(cloud));
        Run run;
        watch(flow, run);
        QElapsedTimer elapsed;
        elapsed.start();
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(flow.pollCount() >= 2, 10000); // authorization_pending, and going on
        QVERIFY2(elapsed.elapsed() >= 1800, "two polls took less than two seconds: the interval was not clamped");
        QCOMPARE(flow.currentIntervalSeconds(), 1);
        QVERIFY(!run.done);

        // Now the service wants two seconds between polls: our next poll is too soon.
        QVERIFY(simConfigure(sim.url(), QJsonObject { { QStringLiteral("deviceCodeIntervalSeconds"), 2 } }));
        QTRY_COMPARE_WITH_TIMEOUT(flow.currentIntervalSeconds(), 6, 5000); // 1 + 5 after slow_down
        const int pollsAfterSlowDown = flow.pollCount();
        QVERIFY(simPost(sim.url(), QStringLiteral("/_sim/device/approve"),
            QJsonObject { { QStringLiteral("user_code"), run.codes.first().userCode } }));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QVERIFY2(!run.error.isError(), qPrintable(run.error.message));
        QCOMPARE(flow.pollCount(), pollsAfterSlowDown + 1); // one more poll, six seconds later
        QVERIFY(!run.response.refreshToken.isEmpty());
        QVERIFY(sim.requestLog().contains(QLatin1String("devicecode")));
    }

    void declined_endsWithCancelled()
    {
        AuthSim sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(simConfigure(sim.url(), QJsonObject { { QStringLiteral("deviceCodeAutoApproveAfterPolls"), -1 } }));
        const CloudEnvironment cloud = cloudFor(sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        DeviceCodeFlow flow(&entra, options(cloud));
        Run run;
        watch(flow, run);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.codes.size(), 1, 5000);
        QVERIFY(simPost(sim.url(), QStringLiteral("/_sim/device/decline"),
            QJsonObject { { QStringLiteral("user_code"), run.codes.first().userCode } }));
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.error.kind, AuthError::Kind::Cancelled);
        QCOMPARE(run.error.code, QStringLiteral("authorization_declined"));
        QVERIFY(run.error.message.contains(QLatin1String("declined")));
    }

    void expiredCode_endsWithStartAgain()
    {
        AuthSim sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QVERIFY(simConfigure(sim.url(),
            QJsonObject { { QStringLiteral("deviceCodeAutoApproveAfterPolls"), -1 },
                { QStringLiteral("deviceCodeIntervalSeconds"), 1 } }));
        const CloudEnvironment cloud = cloudFor(sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        DeviceCodeFlow flow(&entra, options(cloud));
        Run run;
        watch(flow, run);
        flow.start();
        QTRY_VERIFY_WITH_TIMEOUT(flow.pollCount() >= 1, 5000);
        QVERIFY(simAdvanceClock(sim.url(), 3600)); // the user went for lunch
        QTRY_VERIFY_WITH_TIMEOUT(run.done, 10000);
        QCOMPARE(run.error.code, QStringLiteral("expired_token"));
        QVERIFY2(run.error.message.contains(QLatin1String("Start the sign-in again")), qPrintable(run.error.message));
    }

    void cancel_stopsPolling()
    {
        const CloudEnvironment cloud = cloudFor(m_sim.url());
        QNetworkAccessManager network;
        FakeClock clock;
        EntraClient entra(&network, cloud, clock);
        DeviceCodeFlow flow(&entra, options(cloud));
        Run run;
        watch(flow, run);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(run.codes.size(), 1, 5000);
        flow.cancel();
        QVERIFY(run.done);
        QCOMPARE(run.error.kind, AuthError::Kind::Cancelled);
        const int polls = flow.pollCount();
        QTest::qWait(1500); // longer than the interval: no poll may follow a cancel
        QCOMPARE(flow.pollCount(), polls);
    }
};

QTEST_GUILESS_MAIN(TestAuthDevice)
#include "tst_authdevice.moc"
