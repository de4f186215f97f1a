// The secrets layer without a keychain: the in-memory store, the SecretsManager's modes
// (never a silent fallback), storage keys, and the settings file that refuses secrets.
#include "support_SecretCalls.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStoreProbe.h"
#include "secrets/SecretsManager.h"
#include "secrets/StorageKeyStore.h"
#include "settings/AppPaths.h"
#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
// The stores here answer at once (or fail at once, with no keychain); a short wait keeps a
// broken one from stalling the run.
constexpr int kTimeoutMs = 5000;

const SecretKey kKey = SecretKey::refreshToken(
    QStringLiteral("AzureCloud"), QStringLiteral("T1"), QStringLiteral("client"), QStringLiteral("alex@contoso.com"));
const QString kStorageKey = QStringLiteral("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/"
                                           "KBHBeksoGMGw==");
} // namespace

namespace {
// A store whose process "quits" between the probe's write and its delete: writes and
// reads reach the keychain, the delete never does.
class QuitsBeforeDelete final : public SecretStore
{
public:
    explicit QuitsBeforeDelete(SecretStore *keychain)
        : m_keychain(keychain)
    { }
    void read(const SecretKey &key, QObject *context, ReadCallback callback) override
    {
        m_keychain->read(key, context, std::move(callback));
    }
    void write(const SecretKey &key, const QString &value, QObject *context, DoneCallback callback) override
    {
        m_keychain->write(key, value, context, std::move(callback));
    }
    void remove(const SecretKey &, QObject *, DoneCallback) override { ++removesLost; }
    bool isPersistent() const override { return true; }
    int removesLost = 0;

private:
    SecretStore *m_keychain;
};
} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void secretKey_namespacesEveryPart()
    {
        QCOMPARE(kKey.toString(), QStringLiteral("refresh-token/AzureCloud/t1/client/alex@contoso.com"));
        QCOMPARE(SecretKey::storageKey(QStringLiteral("AzureCloud"), QStringLiteral("Acct")).toString(),
            QStringLiteral("storage-key/AzureCloud/-/-/acct"));
        // A '/' inside a part cannot make two keys collide.
        const SecretKey odd { QStringLiteral("k"), QStringLiteral("a/b"), {}, {}, {} };
        QCOMPARE(odd.toString(), QStringLiteral("k/a%2Fb/-/-/-"));
    }

    void memoryStore_roundTrip_missingEntry_andAlwaysLater()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        bool called = false;
        store.write(kKey, QStringLiteral("value"), this, [&](const SecretError &) { called = true; });
        QVERIFY(!called); // never inside the call
        QTRY_VERIFY(called);
        const ReadResult read = readNow(store, kKey, kTimeoutMs);
        QCOMPARE(read.value, QStringLiteral("value"));
        QVERIFY(!read.error.isError());
        QCOMPARE(readNow(store, SecretKey::clientSecret(QStringLiteral("c"), QStringLiteral("t"), QStringLiteral("x")),
                     kTimeoutMs)
                     .error.kind,
            SecretError::Kind::NotFound);
    }

    void manager_keychainFails_becomesUnavailable_neverFallsBackSilently()
    {
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        keychain.setFailure({ SecretError::Kind::Unavailable,
            QStringLiteral("No Secret Service is running (org.freedesktop.secrets)") });
        SecretsManager manager(&keychain);
        QSignalSpy modeChanged(&manager, &SecretsManager::modeChanged);
        QCOMPARE(manager.mode(), SecretsManager::Mode::Unchecked);
        QVERIFY(manager.isPersistent());

        const SecretError error = writeNow(manager, kKey, QStringLiteral("rt"), kTimeoutMs);
        QCOMPARE(error.kind, SecretError::Kind::Unavailable);
        QCOMPARE(manager.mode(), SecretsManager::Mode::Unavailable);
        QVERIFY(manager.reason().contains(QLatin1String("org.freedesktop.secrets")));
        QCOMPARE(modeChanged.count(), 1);
        QVERIFY(!manager.isPersistent());

        // Even when the keychain would work again, nothing is sent until the user retries...
        keychain.setFailure({});
        QCOMPARE(writeNow(manager, kKey, QStringLiteral("rt"), kTimeoutMs).kind, SecretError::Kind::Unavailable);
        QCOMPARE(keychain.count(), 0);
        // ...and nothing went to memory either: no silent fallback.
        QCOMPARE(readNow(manager, kKey, kTimeoutMs).error.kind, SecretError::Kind::Unavailable);

        manager.retryKeychain();
        QSignalSpy probed(&manager, &SecretsManager::probeFinished);
        QVERIFY(probed.wait(5000));
        QCOMPARE(manager.mode(), SecretsManager::Mode::Keychain);
        QVERIFY(!writeNow(manager, kKey, QStringLiteral("rt"), kTimeoutMs).isError());
        QCOMPARE(keychain.count(), 1); // the probe cleaned up after itself
    }

    void manager_sessionOnly_isExplicit_andKeepsSecretsInMemoryOnly()
    {
        MemorySecretStore keychain;
        keychain.setPersistent(true);
        SecretsManager manager(&keychain);
        manager.useSessionOnly();
        QCOMPARE(manager.mode(), SecretsManager::Mode::SessionOnly);
        QVERIFY(!manager.isPersistent());
        QVERIFY(!writeNow(manager, kKey, QStringLiteral("rt"), kTimeoutMs).isError());
        QCOMPARE(readNow(manager, kKey, kTimeoutMs).value, QStringLiteral("rt"));
        QCOMPARE(keychain.count(), 0);
        QVERIFY(manager.describe().contains(QLatin1String("session only")));

        QProcessEnvironment environment;
        QVERIFY(!SecretsManager::sessionOnlyRequested(environment));
        environment.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        QVERIFY(SecretsManager::sessionOnlyRequested(environment));
    }

    void probe_reportsTheReason()
    {
        MemorySecretStore broken;
        broken.setFailure(
            { SecretError::Kind::Timeout, QStringLiteral("The keychain did not answer within 10 seconds") });
        SecretStoreProbe probe(&broken);
        bool done = false;
        SecretStoreProbe::Result result;
        probe.run(this, [&](const SecretStoreProbe::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!result.available);
        QCOMPARE(result.error.kind, SecretError::Kind::Timeout);
        QVERIFY(result.error.message.contains(QLatin1String("did not answer")));
    }

    // Runs that quit between the probe's write and delete leave no pile of entries: every
    // probe uses the same entry, and the next start's probe deletes it.
    void probe_interruptedRuns_leaveNothingAfterTheNextStart()
    {
        MemorySecretStore keychain;
        for (int run = 0; run < 3; ++run) {
            QuitsBeforeDelete quitting(&keychain);
            SecretStoreProbe probe(&quitting);
            probe.run(this, [](const SecretStoreProbe::Result &) {});
            QTRY_COMPARE(quitting.removesLost, 1);
        }
        QCOMPARE(keychain.count(), 1); // what the interrupted runs left: one entry, not three
        SecretStoreProbe probe(&keychain);
        bool done = false;
        SecretStoreProbe::Result result;
        probe.run(this, [&](const SecretStoreProbe::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(result.available, qPrintable(result.error.message));
        QCOMPARE(keychain.count(), 0);
    }

    void storageKeys_validated_indexed_andForgottenTogether()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        MemorySecretStore secrets;
        StorageKeyStore keys(&secrets, &settings, QStringLiteral("AzureCloud"));

        bool done = false;
        SecretError error;
        auto save = [&](const QString &account, const QString &key) {
            done = false;
            keys.saveStorageKey(account, key, this, [&](const SecretError &e) {
                error = e;
                done = true;
            });
            QTRY_VERIFY(done);
        };
        save(QStringLiteral("Bad_Name"), kStorageKey);
        QVERIFY(error.isError());
        QVERIFY(error.message.contains(QLatin1String("lowercase")));
        save(QStringLiteral("backupsacct"), QStringLiteral("not a key!"));
        QVERIFY(error.message.contains(QLatin1String("Access keys")));
        QCOMPARE(secrets.count(), 0);

        save(QStringLiteral("backupsacct"), kStorageKey);
        QVERIFY(!error.isError());
        save(QStringLiteral("otheracct"), kStorageKey);
        QCOMPARE(keys.savedAccounts(), (QStringList { QStringLiteral("backupsacct"), QStringLiteral("otheracct") }));
        // The index names accounts only: the key itself is not in the settings file.
        settings.sync();
        QFile ini(settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(kStorageKey.left(20).toUtf8()));

        bool read = false;
        keys.storageKey(QStringLiteral("backupsacct"), this, [&](const QString &value, const SecretError &e) {
            QVERIFY(!e.isError());
            QCOMPARE(value, kStorageKey);
            read = true;
        });
        QTRY_VERIFY(read);

        done = false;
        keys.forgetAll(this, [&](const SecretError &e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(!error.isError());
        QCOMPARE(secrets.count(), 0);
        QVERIFY(keys.savedAccounts().isEmpty());
    }

    void settings_refuseSecretLookingKeysAndValues()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(settings.setValue(QStringLiteral("session/account"), QStringLiteral("alex@contoso.com")));
        QVERIFY(settings.setValue(QStringLiteral("session/clientId"), QStringLiteral("04b07795")));
        QVERIFY(!settings.setValue(QStringLiteral("session/refreshToken"), QStringLiteral("0.AS8A...")));
        QVERIFY(!settings.setValue(QStringLiteral("sp/clientSecret"), QStringLiteral("x")));
        QVERIFY(!settings.setValue(QStringLiteral("storage/accountKey"), kStorageKey));
        QVERIFY(!settings.setValue(QStringLiteral("password"), QStringLiteral("x")));
        QVERIFY(!settings.setValue(QStringLiteral("blob/sas"), QStringLiteral("sv=...")));
        // A JWT is refused whatever the key is called.
        QVERIFY(!settings.setValue(
            QStringLiteral("session/notes"), QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOiJ4In0.c2lnbmF0dXJl")));
        QVERIFY(settings.sync());
        QVERIFY(!settings.contains(QStringLiteral("session/refreshToken")));
        QCOMPARE(settings.childKeys(QStringLiteral("session")),
            (QStringList { QStringLiteral("account"), QStringLiteral("clientId") }));
    }

    void settings_sameValueAgain_leavesTheFileUnwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.ini"));
        Settings settings(path);
        QVERIFY(settings.setValue(QStringLiteral("signin/cloud"), QStringLiteral("AzureUSGovernment")));
        QVERIFY(settings.sync());
        // An old date on the file: a rewrite would give it the present one.
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
        }
        const auto modified = [&path] { return QFileInfo(path).fileTime(QFileDevice::FileModificationTime); };
        QCOMPARE(modified().toSecsSinceEpoch(), old.toSecsSinceEpoch());

        QVERIFY(settings.setValue(QStringLiteral("signin/cloud"), QStringLiteral("AzureUSGovernment")));
        QVERIFY(settings.sync());
        QCOMPARE(modified().toSecsSinceEpoch(), old.toSecsSinceEpoch());

        QVERIFY(settings.setValue(QStringLiteral("signin/cloud"), QStringLiteral("AzureChinaCloud")));
        QVERIFY(settings.sync());
        QVERIFY(modified().toSecsSinceEpoch() > old.toSecsSinceEpoch());
        QCOMPARE(Settings(path).value(QStringLiteral("signin/cloud")).toString(), QStringLiteral("AzureChinaCloud"));
    }

    void appPaths_homeOverride_putsEverythingUnderIt()
    {
        QTemporaryDir dir;
        const AppPaths paths(dir.path());
        QCOMPARE(paths.configDir(), dir.filePath(QStringLiteral("config")));
        QCOMPARE(paths.dataDir(), dir.filePath(QStringLiteral("data")));
        QCOMPARE(paths.cacheDir(), dir.filePath(QStringLiteral("cache")));
        QVERIFY(paths.settingsFile().startsWith(paths.configDir()));
        QVERIFY(paths.ensureCreated());
        QVERIFY(QFileInfo(paths.dataDir()).isDir());

        qputenv("APIM_BACKUP_HOME", dir.path().toUtf8());
        QCOMPARE(AppPaths::fromEnvironment().cacheDir(), paths.cacheDir());
        qunsetenv("APIM_BACKUP_HOME");
        QVERIFY(AppPaths::fromEnvironment().configDir().endsWith(QLatin1String("apim-backup")));
    }

    void chunks_splitAtTheWindowsLimit_withoutBreakingCharacters()
    {
        const QString big(10 * 1024, QLatin1Char('x'));
        const QStringList chunks = KeychainSecretStore::splitIntoChunks(big);
        QCOMPARE(chunks.size(), 5);
        QCOMPARE(chunks.join(QString()), big);
        for (const QString &chunk : chunks)
            QVERIFY(chunk.toUtf8().size() <= KeychainSecretStore::kChunkBytes);

        // Three-byte characters straddling a boundary stay whole.
        const QString wide = QString(2047, QLatin1Char('a')) + QString(10, QChar(0x20AC));
        const QStringList wideChunks = KeychainSecretStore::splitIntoChunks(wide);
        QCOMPARE(wideChunks.join(QString()), wide);
        QCOMPARE(wideChunks.first().size(), 2047);
        QCOMPARE(KeychainSecretStore::chunkName(QStringLiteral("k"), 3), QStringLiteral("k#3"));
    }

    void keychain_noSessionBus_failsAtOnceWithAClearMessage()
    {
#if defined(Q_OS_LINUX)
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        QTemporaryDir emptyRuntime;
        qputenv("DBUS_SESSION_BUS_ADDRESS", "");
        qputenv("XDG_RUNTIME_DIR", emptyRuntime.path().toUtf8());
        KeychainSecretStore store(QStringLiteral("APIM Backup Test"));
        QElapsedTimer timer;
        timer.start();
        const ReadResult result = readNow(store, kKey, kTimeoutMs);
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        qputenv("XDG_RUNTIME_DIR", runtime);
        QCOMPARE(result.error.kind, SecretError::Kind::Unavailable);
        QVERIFY2(result.error.message.contains(QLatin1String("DBUS_SESSION_BUS_ADDRESS"))
                && result.error.message.contains(QLatin1String("session-only")),
            qPrintable(result.error.message));
        QVERIFY(timer.elapsed() < 1000);
#else
        QSKIP("Linux only");
#endif
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
