// KeychainSecretStore against a real Secret Service (gnome-keyring in the private D-Bus
// session that CI provides). The hang and "no Secret Service" cases run in child processes
// on their own private buses, because libsecret keeps one bus connection per process.
//
// In CI (CI=true) a missing session bus or keyring is a failure, never a skip.
#include "TestEnvironment.h"
#include "support_SecretCalls.h"

#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStoreProbe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace Apim::Core;
using Apim::Test::readNow;
using Apim::Test::ReadResult;
using Apim::Test::removeNow;
using Apim::Test::TestEnvironment;
using Apim::Test::writeNow;

namespace {

const char *kChildVariable = "APIM_KEYCHAIN_CHILD";

// Reads one raw entry with QtKeychain itself, to see what the store really wrote.
QPair<QKeychain::Error, QString> rawRead(const QString &service, const QString &name)
{
    QKeychain::ReadPasswordJob job(service);
    job.setAutoDelete(false);
    job.setKey(name);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(10000))
        return { QKeychain::OtherError, QStringLiteral("no answer") };
    return { job.error(), job.textData() };
}

// Owns every object path of a name on the bus and never answers: a Secret Service whose
// unlock prompt nobody will ever see.
class SilentService : public QDBusVirtualObject
{
public:
    int calls = 0;
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override
    {
        ++calls;
        return true; // "handled", and no reply is ever sent
    }
};

// A session bus of our own with no service files, so nothing gets activated on it.
class PrivateBus
{
public:
    ~PrivateBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(3000);
        }
    }

    bool start()
    {
        const QString config = m_dir.filePath(QStringLiteral("bus.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                  "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_dir.path())
                       .toUtf8());
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        if (!m_daemon.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_daemon.canReadLine() && timer.elapsed() < 5000)
            m_daemon.waitForReadyRead(100);
        address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        return !address.isEmpty();
    }

    QString address;

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

struct ChildResult
{
    int exitCode = -1;
    QString output;
};

ChildResult runChild(const QString &testFunction, const QString &scenario, const QString &busAddress)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kChildVariable), scenario);
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { testFunction });
    if (!child.waitForFinished(40000)) {
        child.kill();
        child.waitForFinished(3000);
        return { -1,
            QStringLiteral("the child did not finish in 40 s (a hang is exactly what must not happen):\n")
                + QString::fromUtf8(child.readAll()) };
    }
    return { child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -2, QString::fromUtf8(child.readAll()) };
}

bool isChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    // A service name of our own, so a test run never touches the app's real entries.
    const QString m_service = QStringLiteral("APIM Backup Test %1").arg(QCoreApplication::applicationPid());

    SecretKey testKey(const QString &what) const
    {
        return { QStringLiteral("test"), QStringLiteral("TestCloud"), {}, {},
            what + QString::number(QRandomGenerator::global()->generate(), 16) };
    }

private slots:
    void initTestCase()
    {
        if (isChild())
            return;
        const bool ci = TestEnvironment::inCi();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            const char *why
                = "DBUS_SESSION_BUS_ADDRESS is empty: run the keyring tests inside dbus-run-session with an "
                  "unlocked gnome-keyring (reference/toolchain.md, section 3)";
            if (ci)
                QFAIL(why);
            QSKIP(why);
        }
        KeychainSecretStore store(m_service);
        SecretStoreProbe probe(&store);
        bool done = false;
        SecretStoreProbe::Result result;
        probe.run(this, [&](const SecretStoreProbe::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        if (!result.available) {
            const QByteArray why = "the Secret Service does not work here: " + result.error.message.toUtf8();
            if (ci)
                QFAIL(why.constData());
            QSKIP(why.constData());
        }
    }

    void roundTrip_writeReadOverwriteRemove()
    {
        if (isChild())
            QSKIP("parent test");
        KeychainSecretStore store(m_service);
        const SecretKey key = testKey(QStringLiteral("roundtrip"));
        QVERIFY(!writeNow(store, key, QStringLiteral("first+value=")).isError());
        QCOMPARE(readNow(store, key).value, QStringLiteral("first+value="));
        QVERIFY(!writeNow(store, key, QStringLiteral("second")).isError());
        QCOMPARE(readNow(store, key).value, QStringLiteral("second"));
        // What is really in the keychain, under our service and the namespaced key.
        const auto raw = rawRead(m_service, key.toString());
        QCOMPARE(raw.first, QKeychain::NoError);
        QCOMPARE(raw.second, QStringLiteral("second"));
        QVERIFY(!removeNow(store, key).isError());
        QCOMPARE(readNow(store, key).error.kind, SecretError::Kind::NotFound);
        QVERIFY(!removeNow(store, key).isError()); // removing nothing is fine
    }

    void read_missingEntry_isNotFound()
    {
        if (isChild())
            QSKIP("parent test");
        KeychainSecretStore store(m_service);
        const ReadResult result = readNow(store, testKey(QStringLiteral("missing")));
        QCOMPARE(result.error.kind, SecretError::Kind::NotFound);
        QVERIFY(result.value.isEmpty());
    }

    void largeValue_isChunked_andComesBackWhole()
    {
        if (isChild())
            QSKIP("parent test");
        KeychainSecretStore store(m_service);
        const SecretKey key = testKey(QStringLiteral("large"));
        QString big;
        for (int i = 0; big.size() < 10 * 1024; ++i)
            big += QString::number(i, 36) + QLatin1Char('.');
        QVERIFY(!writeNow(store, key, big).isError());
        QCOMPARE(readNow(store, key).value, big);

        // On disk: a count under the key and parts of at most 2048 bytes under key#i.
        const auto header = rawRead(m_service, key.toString());
        QVERIFY2(header.second.startsWith(QLatin1String("apim-backup-chunks:")), qPrintable(header.second));
        const int parts = header.second.section(QLatin1Char(':'), 1).toInt();
        QCOMPARE(parts, 5);
        for (int i = 0; i < parts; ++i) {
            const auto part = rawRead(m_service, KeychainSecretStore::chunkName(key.toString(), i));
            QCOMPARE(part.first, QKeychain::NoError);
            QVERIFY(part.second.toUtf8().size() <= KeychainSecretStore::kChunkBytes);
        }

        // A small value over a chunked one leaves no stale parts behind.
        QVERIFY(!writeNow(store, key, QStringLiteral("small")).isError());
        QCOMPARE(readNow(store, key).value, QStringLiteral("small"));
        QCOMPARE(rawRead(m_service, KeychainSecretStore::chunkName(key.toString(), 0)).first, QKeychain::EntryNotFound);

        QVERIFY(!writeNow(store, key, big).isError());
        QVERIFY(!removeNow(store, key).isError());
        for (int i = 0; i < parts; ++i)
            QCOMPARE(
                rawRead(m_service, KeychainSecretStore::chunkName(key.toString(), i)).first, QKeychain::EntryNotFound);
        QCOMPARE(rawRead(m_service, key.toString()).first, QKeychain::EntryNotFound);
    }

    void probe_realKeychain_isAvailable_andLeavesNothing()
    {
        if (isChild())
            QSKIP("parent test");
        KeychainSecretStore store(m_service);
        SecretStoreProbe probe(&store);
        bool done = false;
        SecretStoreProbe::Result result;
        probe.run(this, [&](const SecretStoreProbe::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(result.available, qPrintable(result.error.message));
        QProcess search;
        search.start(QStringLiteral("secret-tool"),
            { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service });
        if (search.waitForFinished(5000)) // secret-tool is optional; when present, no probe entry may remain
            QVERIFY2(!search.readAll().contains("probe/"), "the probe left its entry behind");
    }

    void hangingSecretService_timesOut_andNeverCrashes()
    {
        if (isChild())
            QSKIP("parent test");
        PrivateBus bus;
        QVERIFY2(bus.start(), "cannot start a private dbus-daemon");
        QElapsedTimer timer;
        timer.start();
        const ChildResult child = runChild(QStringLiteral("child_hangingService"), QStringLiteral("hang"), bus.address);
        QVERIFY2(child.exitCode == 0, qPrintable(child.output));
        QVERIFY2(child.output.contains(QLatin1String("PASS   : TestKeychain::child_hangingService()")),
            qPrintable(child.output));
        QVERIFY(timer.elapsed() < 30000);
    }

    void noSecretService_failsFast_withTheReason()
    {
        if (isChild())
            QSKIP("parent test");
        PrivateBus bus;
        QVERIFY2(bus.start(), "cannot start a private dbus-daemon");
        ChildResult child = runChild(QStringLiteral("child_noSecretService"), QStringLiteral("none"), bus.address);
        QVERIFY2(child.exitCode == 0, qPrintable(child.output));
        QVERIFY2(child.output.contains(QLatin1String("PASS   : TestKeychain::child_noSecretService()")),
            qPrintable(child.output));

        // A bus address that leads nowhere.
        child = runChild(QStringLiteral("child_noSecretService"), QStringLiteral("none"),
            QStringLiteral("unix:path=/nonexistent/apim-backup-test-bus"));
        QVERIFY2(child.exitCode == 0, qPrintable(child.output));
        QVERIFY2(child.output.contains(QLatin1String("PASS   : TestKeychain::child_noSecretService()")),
            qPrintable(child.output));
    }

    // ---- run only as child processes of the two tests above

    void child_hangingService()
    {
        if (qEnvironmentVariable(kChildVariable) != QLatin1String("hang"))
            QSKIP("helper: runs as a child process of hangingSecretService_timesOut_andNeverCrashes");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        // Freed, not left alive (LeakSanitizer counts that as a leak), and unregistered
        // first - the guard is declared after it, so it runs first: the bus then finds no
        // object at "/", and a call it had already posted to the object goes with it.
        SilentService silent;
        const auto unregister
            = qScopeGuard([&bus] { bus.unregisterObject(QStringLiteral("/"), QDBusConnection::UnregisterTree); });
        QVERIFY(bus.registerVirtualObject(QStringLiteral("/"), &silent, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.secrets")));

        KeychainSecretStore store(QStringLiteral("APIM Backup Test"));
        store.setTimeout(1000);
        QElapsedTimer timer;
        timer.start();
        const ReadResult first = readNow(store, testKey(QStringLiteral("hang")), 10000);
        const qint64 firstMs = timer.elapsed();
        QCOMPARE(first.error.kind, SecretError::Kind::Timeout);
        QVERIFY2(first.error.message.contains(QLatin1String("did not answer within 1 seconds"))
                && first.error.message.contains(QLatin1String("session-only")),
            qPrintable(first.error.message));
        QVERIFY2(firstMs >= 900 && firstMs < 5000, qPrintable(QString::number(firstMs)));
        QVERIFY(silent.calls > 0); // the request did reach the silent service

        // The abandoned job still blocks QtKeychain's queue: the next call says so at once.
        timer.restart();
        const SecretError second = writeNow(store, testKey(QStringLiteral("hang")), QStringLiteral("x"));
        QCOMPARE(second.kind, SecretError::Kind::Timeout);
        QVERIFY(second.message.contains(QLatin1String("still not answered")));
        QVERIFY(timer.elapsed() < 500);
        // Returning destroys the store while the abandoned job runs: that must not crash.
    }

    void child_noSecretService()
    {
        if (qEnvironmentVariable(kChildVariable) != QLatin1String("none"))
            QSKIP("helper: runs as a child process of noSecretService_failsFast_withTheReason");
        KeychainSecretStore store(QStringLiteral("APIM Backup Test"));
        store.setTimeout(8000);
        SecretStoreProbe probe(&store);
        bool done = false;
        SecretStoreProbe::Result result;
        QElapsedTimer timer;
        timer.start();
        probe.run(this, [&](const SecretStoreProbe::Result &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!result.available);
        QCOMPARE(result.error.kind, SecretError::Kind::Unavailable);
        QVERIFY2(result.error.message.contains(QLatin1String("No Secret Service is running (org.freedesktop.secrets)"))
                && result.error.message.contains(QLatin1String("session-only mode")),
            qPrintable(result.error.message));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
