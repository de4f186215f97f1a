// The signed-in session end to end against a private azure-sim: one refresh token for ARM,
// storage and a guest tenant; rotation written to the store at once; a used or expired
// refresh token means "sign in again"; tokens refreshed before they expire during a long
// wait; restore without network; sign-out forgets everything.
#include "TestEnvironment.h"
#include "tst_auth_support.h"

#include "auth/AccountManager.h"
#include "auth/JwtClaims.h"
#include "auth/RefreshTokenSession.h"
#include "cloud/CloudEnvironment.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "settings/Settings.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {

// One AccountManager with its own settings file and (persistent, in-memory) keychain.
struct Harness
{
    Harness(const CloudEnvironment &cloud, const QString &settingsFile, SecretStore *store, const Clock &clock)
        : settings(settingsFile)
        , manager(&network, cloud, store, &settings, &browser, clock)
    {
        QObject::connect(&manager, &AccountManager::signedIn, &manager, [this](const AccountInfo &info) {
            signedIn = true;
            account = info;
        });
        QObject::connect(&manager, &AccountManager::signInFailed, &manager, [this](const AuthError &error) {
            failed = true;
            this->error = error;
        });
        QObject::connect(
            &manager, &AccountManager::restoreFinished, &manager, [this](bool restoredNow, const AuthError &error) {
                restoreDone = true;
                restored = restoredNow;
                this->error = error;
            });
        QObject::connect(&manager, &AccountManager::signedOut, &manager, [this](const QString &warning) {
            signedOut = true;
            signOutWarning = warning;
        });
        QObject::connect(&manager, &AccountManager::sessionExpired, &manager, [this](const AuthError &) { ++expired; });
    }

    QNetworkAccessManager network;
    BrowserOpener browser;
    Settings settings;
    AccountManager manager;
    bool signedIn = false;
    bool failed = false;
    bool restoreDone = false;
    bool restored = false;
    bool signedOut = false;
    int expired = 0;
    QString signOutWarning;
    AccountInfo account;
    AuthError error;
};

struct Answer
{
    bool done = false;
    AccessToken token;
    AuthError error;
};

Answer ask(TokenCredential *credential, const QString &scope)
{
    Answer answer;
    QObject context;
    credential->token(scope, &context, [&answer](const AccessToken &token, const AuthError &error) {
        answer = { true, token, error };
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.done, 15000); }();
    return answer;
}

QString readSecret(SecretStore &store, const SecretKey &key)
{
    QString value;
    bool done = false;
    store.read(key, &store, [&](const QString &v, const SecretError &) {
        value = v;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return value;
}

int countLines(const QString &text)
{
    return static_cast<int>(text.count(QLatin1Char('\n')));
}

} // namespace

class TestAuthSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AuthSim m_sim;
    CloudEnvironment m_cloud;
    DemoSeed m_seed;
    int m_settingsFiles = 0;

    QString newSettingsFile() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsFiles)); }

    // Browser sign-in (instant against the simulator) of the demo user.
    bool signInUser(Harness &harness)
    {
        SignInOptions options;
        options.method = SignInMethod::Browser;
        harness.manager.signIn(options);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(harness.signedIn || harness.failed, 15000); }();
        if (harness.failed)
            qWarning() << harness.error.message;
        return harness.signedIn;
    }

    static HttpResult armGetTenants(const QUrl &sim, const QString &token)
    {
        QUrl url = simEndpoint(sim, QStringLiteral("/tenants"));
        url.setQuery(QStringLiteral("api-version=2022-12-01"));
        return httpRequest("GET", url, {}, {}, "Bearer " + token.toUtf8());
    }

    static HttpResult redeem(const QUrl &sim, const QString &refreshToken)
    {
        const QByteArray form = "grant_type=refresh_token&client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&refresh_token="
            + QUrl::toPercentEncoding(refreshToken)
            + "&scope=" + QUrl::toPercentEncoding(QStringLiteral("https://management.core.windows.net//.default"));
        return httpRequest("POST", simEndpoint(sim, QStringLiteral("/organizations/oauth2/v2.0/token")), form,
            "application/x-www-form-urlencoded");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        QString error;
        m_cloud = CloudEnvironment::fromFile(m_sim.cloudFile(), &error);
        QVERIFY2(m_cloud.isValid(), qPrintable(error));
        m_seed = DemoSeed::load();
        QVERIFY(m_seed.isValid());
    }

    void oneRefreshToken_servesArmStorageAndAGuestTenant_andRotationIsSavedAtOnce()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        Harness harness(m_cloud, newSettingsFile(), &keychain, clock);
        QVERIFY(signInUser(harness));
        QVERIFY(harness.account.remembered);
        QCOMPARE(harness.account.accountName, m_seed.user);
        QCOMPARE(harness.account.tenantId, m_seed.contosoTenant);
        const SecretKey key = AccountManager::secretKeyFor(harness.account);
        const QString firstRefreshToken = readSecret(keychain, key);
        QVERIFY(firstRefreshToken.startsWith(QLatin1String("0.")));

        // Three scopes and tenants at once: redemptions queue, so rotation never races.
        TokenCredential *home = harness.manager.currentCredential();
        TokenCredential *guest = harness.manager.credentialForTenant(m_seed.fabrikamTenant);
        QList<Answer> answers(3);
        QObject context;
        home->token(m_cloud.armScope(), &context, [&](const AccessToken &t, const AuthError &e) {
            answers[0] = { true, t, e };
        });
        home->token(CloudEnvironment::storageScope(), &context, [&](const AccessToken &t, const AuthError &e) {
            answers[1] = { true, t, e };
        });
        guest->token(m_cloud.armScope(), &context, [&](const AccessToken &t, const AuthError &e) {
            answers[2] = { true, t, e };
        });
        QTRY_VERIFY_WITH_TIMEOUT(answers[0].done && answers[1].done && answers[2].done, 15000);
        for (const Answer &answer : answers)
            QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QCOMPARE(JwtClaims::decode(answers[1].token.token).value(QStringLiteral("aud")),
            QStringLiteral("https://storage.azure.com"));
        QCOMPARE(answers[2].token.tenantId, m_seed.fabrikamTenant);
        QCOMPARE(guest->tenantId(), m_seed.fabrikamTenant);
        QCOMPARE(armGetTenants(m_sim.url(), answers[2].token.token).status, 200);

        // Two redemptions rotated the refresh token twice; the store holds the newest.
        const QString stored = readSecret(keychain, key);
        QVERIFY(stored != firstRefreshToken);
        QCOMPARE(redeem(m_sim.url(), firstRefreshToken).json().value(QLatin1String("error")).toString(),
            QStringLiteral("invalid_grant"));
        const HttpResult newest = redeem(m_sim.url(), stored);
        QCOMPARE(newest.status, 200); // (this uses it up: the harness is done with it)
        QCOMPARE(keychain.count(), 1);
    }

    void usedRefreshToken_onRestore_meansSignInAgain()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        const QString settingsFile = newSettingsFile();
        {
            Harness first(m_cloud, settingsFile, &keychain, clock);
            QVERIFY(signInUser(first));
            // Someone else used the saved refresh token (another copy of the app): it is spent.
            QCOMPARE(
                redeem(m_sim.url(), readSecret(keychain, AccountManager::secretKeyFor(first.account))).status, 200);
        }
        Harness second(m_cloud, settingsFile, &keychain, clock);
        second.manager.restoreSession();
        QTRY_VERIFY(second.restoreDone);
        QVERIFY(second.restored); // restoring needs no network, so it cannot know yet
        const Answer answer = ask(second.manager.currentCredential(), CloudEnvironment::storageScope());
        QCOMPARE(answer.error.kind, AuthError::Kind::SignInRequired);
        QVERIFY2(answer.error.message.startsWith(QLatin1String("Your sign-in has expired. Sign in again.")),
            qPrintable(answer.error.message));
        QTRY_COMPARE(second.expired, 1);
    }

    void restore_usesNoNetwork_thenServesTokens()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        const QString settingsFile = newSettingsFile();
        {
            Harness first(m_cloud, settingsFile, &keychain, clock);
            QVERIFY(signInUser(first));
        }
        const int requestsBefore = countLines(m_sim.requestLog());
        Harness second(m_cloud, settingsFile, &keychain, clock);
        second.manager.restoreSession();
        QTRY_VERIFY(second.restoreDone && second.signedIn);
        QVERIFY(second.restored);
        QCOMPARE(countLines(m_sim.requestLog()), requestsBefore);
        QCOMPARE(second.account.accountName, m_seed.user);
        QCOMPARE(second.account.method, SignInMethod::Browser);
        QVERIFY(second.manager.isSignedIn());

        const Answer arm = ask(second.manager.currentCredential(), m_cloud.armScope());
        QVERIFY2(!arm.error.isError(), qPrintable(arm.error.message));
        QCOMPARE(armGetTenants(m_sim.url(), arm.token.token).status, 200);

        // The saved session belongs to this cloud: another cloud does not pick it up.
        Harness otherCloud(CloudEnvironment::azureCloud(), settingsFile, &keychain, clock);
        otherCloud.manager.restoreSession();
        QTRY_VERIFY(otherCloud.restoreDone);
        QVERIFY(!otherCloud.restored);
        QVERIFY2(
            otherCloud.error.message.contains(QLatin1String("AzureSimulator")), qPrintable(otherCloud.error.message));
    }

    void longWait_tokensAreRefreshedBeforeTheyExpire()
    {
        AuthSim sim;
        QVERIFY2(
            sim.start({ QStringLiteral("--token-lifetime"), QStringLiteral("20") }), qPrintable(sim.errorString()));
        QString error;
        const CloudEnvironment cloud = CloudEnvironment::fromFile(sim.cloudFile(), &error);
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        Harness harness(cloud, newSettingsFile(), &keychain, clock);
        QVERIFY(signInUser(harness));
        TokenCredential *credential = harness.manager.currentCredential();
        const Answer first = ask(credential, cloud.armScope());
        QVERIFY(!first.error.isError());

        // A restore that takes a while: the operation tracker asks for a token on every poll.
        auto waitBoth = [&](int seconds) {
            clock.advance(seconds);
            return simAdvanceClock(sim.url(), seconds);
        };
        QVERIFY(waitBoth(10));
        const Answer at10 = ask(credential, cloud.armScope());
        QCOMPARE(at10.token.token, first.token.token); // 10 s left: still fresh
        QCOMPARE(armGetTenants(sim.url(), at10.token.token).status, 200);

        QVERIFY(waitBoth(9));
        const Answer at19 = ask(credential, cloud.armScope());
        QVERIFY(at19.token.token != first.token.token); // 1 s left of 20: renewed before expiry
        QCOMPARE(armGetTenants(sim.url(), at19.token.token).status, 200);

        QVERIFY(waitBoth(9));
        const Answer at28 = ask(credential, cloud.armScope());
        QCOMPARE(at28.token.token, at19.token.token);
        QCOMPARE(armGetTenants(sim.url(), at28.token.token).status, 200);
        // The first token would have failed by now.
        QCOMPARE(armGetTenants(sim.url(), first.token.token).status, 401);
    }

    void signOut_forgetsMemorySettingsAndKeychain()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        Harness harness(m_cloud, newSettingsFile(), &keychain, clock);
        StorageKeyStore storageKeys(&keychain, &harness.settings, m_cloud.name());
        harness.manager.setStorageKeyStore(&storageKeys);
        QVERIFY(signInUser(harness));
        bool saved = false;
        storageKeys.saveStorageKey(QStringLiteral("contosobackups"),
            QStringLiteral("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="),
            this, [&](const SecretError &e) { saved = !e.isError(); });
        QTRY_VERIFY(saved);
        QCOMPARE(keychain.count(), 2);
        QVERIFY(!harness.settings.childKeys(QStringLiteral("session")).isEmpty());
        TokenCredential *credential = harness.manager.currentCredential();
        QVERIFY(!ask(credential, m_cloud.armScope()).error.isError());

        harness.manager.signOut();
        QTRY_VERIFY(harness.signedOut);
        QVERIFY2(harness.signOutWarning.isEmpty(), qPrintable(harness.signOutWarning));
        QCOMPARE(keychain.count(), 0);
        QVERIFY(harness.settings.childKeys(QStringLiteral("session")).isEmpty());
        QVERIFY(!harness.manager.isSignedIn());
        // The same credential object, kept by a caller, now says "sign in".
        QCOMPARE(ask(credential, m_cloud.armScope()).error.kind, AuthError::Kind::SignInRequired);

        Harness restarted(m_cloud, harness.settings.fileName(), &keychain, clock);
        restarted.manager.restoreSession();
        QTRY_VERIFY(restarted.restoreDone);
        QVERIFY(!restarted.restored);
        QVERIFY(!restarted.error.isError());
    }

    void servicePrincipal_secretIsKeptInTheStore_andWrongSecretSavesNothing()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        const QString settingsFile = newSettingsFile();
        {
            Harness harness(m_cloud, settingsFile, &keychain, clock);
            SignInOptions options;
            options.method = SignInMethod::ServicePrincipal;
            options.tenant = m_seed.contosoTenant;
            options.clientId = m_seed.spClientId;
            options.clientSecret = QStringLiteral("wrong");
            harness.manager.signIn(options);
            QTRY_VERIFY_WITH_TIMEOUT(harness.failed, 10000);
            QCOMPARE(harness.error.kind, AuthError::Kind::InvalidCredentials);
            QCOMPARE(keychain.count(), 0);
            QVERIFY(harness.settings.childKeys(QStringLiteral("session")).isEmpty());

            harness.failed = false;
            options.clientSecret = m_seed.spSecret;
            harness.manager.signIn(options);
            QTRY_VERIFY_WITH_TIMEOUT(harness.signedIn, 10000);
            QVERIFY(harness.account.remembered);
            QCOMPARE(readSecret(keychain, AccountManager::secretKeyFor(harness.account)), m_seed.spSecret);
        }
        Harness restarted(m_cloud, settingsFile, &keychain, clock);
        restarted.manager.restoreSession();
        QTRY_VERIFY(restarted.restoreDone && restarted.signedIn);
        QCOMPARE(restarted.account.method, SignInMethod::ServicePrincipal);
        const Answer answer = ask(restarted.manager.currentCredential(), m_cloud.armScope());
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
    }

    void sessionOnlyOrBrokenKeychain_signInWorks_butNothingIsSaved()
    {
        FakeClock clock;
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        SecretsManager sessionOnly(&keychain);
        sessionOnly.useSessionOnly();
        Harness session(m_cloud, newSettingsFile(), &sessionOnly, clock);
        QVERIFY(signInUser(session));
        QVERIFY(!session.account.remembered);
        QCOMPARE(keychain.count(), 0);
        QVERIFY(session.settings.childKeys(QStringLiteral("session")).isEmpty());
        QVERIFY(!ask(session.manager.currentCredential(), CloudEnvironment::storageScope()).error.isError());

        MemorySecretStore broken;
        broken.setPersistent(true);
        broken.setFailure({ SecretError::Kind::Locked, QStringLiteral("The keychain refused access (locked).") });
        SecretsManager manager(&broken);
        Harness locked(m_cloud, newSettingsFile(), &manager, clock);
        QVERIFY(signInUser(locked));
        QVERIFY(!locked.account.remembered);
        QVERIFY2(locked.account.notRememberedReason.contains(QLatin1String("refused access")),
            qPrintable(locked.account.notRememberedReason));
        QVERIFY(locked.settings.childKeys(QStringLiteral("session")).isEmpty());
        QCOMPARE(manager.mode(), SecretsManager::Mode::Unavailable);
        // The session itself works: the refresh token lives on in memory.
        QVERIFY(!ask(locked.manager.currentCredential(), CloudEnvironment::storageScope()).error.isError());
    }
};

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"
