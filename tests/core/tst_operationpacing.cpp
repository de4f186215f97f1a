// Backup and restore at the pace Azure asks for, against a private azure-sim with the
// app's own poll settings (not the shortened ones of the other engine tests): no poll or
// retry is sent before the Retry-After of the answer before it, each operation fetches
// the storage key once, and after a 403 on the status URL the service is read soon enough
// that an operation ending two seconds later is reported within seconds, not a minute.
// A key preflight took that Azure refused is not the one the start's body carries.
#include "support_EngineHarness.h"

#include "operations/Preflight.h"
#include "recovery/BackupCatalog.h"
#include "recovery/BackupLocation.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageKeyCache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <algorithm>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kPollRoute = QStringLiteral("^GET .*/operationresults/.*");
const QString kListKeysRoute = QStringLiteral("^POST .*/listKeys$");

QString uniqueBlob(const char *tag)
{
    return QStringLiteral("pacing-%1-%2.apimbackup")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

class TestOperationPacing : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<OperationsStack> m_ops;
    SimControl &control() { return m_harness.control(); }

    // Preflight, then the operation with the request preflight hands on, as the CLI and
    // the batch do.
    OperationRecord checkedRun(const OperationRequest &request)
    {
        Preflight preflight(m_harness.arm(), &m_ops->storage, &m_ops->catalog, m_harness.clock());
        preflight.setCredentials(&m_ops->resolver);
        QSignalSpy spy(&preflight, &Preflight::finished);
        preflight.run(request);
        if (!spy.wait(20000))
            return {};
        const auto report = spy.at(0).at(0).value<PreflightReport>();
        if (report.isBlocked()) {
            qWarning("preflight refused: %s", qPrintable(report.findings.first().message));
            return {};
        }
        QString error;
        const OperationRequest &checked = report.facts.request;
        const QString id = checked.kind == OperationKind::Backup ? m_ops->manager.startBackup(checked, &error)
                                                                 : m_ops->manager.startRestore(checked, &error);
        if (id.isEmpty()) {
            qWarning("refused: %s", qPrintable(error));
            return {};
        }
        return m_ops->waitFinished(id, 40000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.path());
        m_ops->manager.setPollSettings(PollSettings()); // the app's: 60 s without Retry-After, at least 1 s
    }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 3500 },
            { QStringLiteral("retryAfterSeconds"), 1 }, { QStringLiteral("asyncOperationHeader"), false } }));
    }

    void polls_neverBeforeRetryAfter()
    {
        // One poll is throttled (429, Retry-After 1): the retry waits as long as the polls do.
        QVERIFY(control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("throttle") }, { QStringLiteral("retryAfter"), 1 },
                { QStringLiteral("route"), kPollRoute }, { QStringLiteral("times"), 1 } }));
        const OperationRecord record = checkedRun(backupRequest(Demo::kProdApim, uniqueBlob("retryafter")));
        QCOMPARE(operationStateName(record.state), QStringLiteral("Succeeded"));

        // The start and every poll, in the order they arrived; each answer said Retry-After: 1.
        QJsonArray paced = control().matching(QStringLiteral("^POST .*/backup$"));
        const QJsonArray polls = control().matching(kPollRoute);
        for (const QJsonValue &poll : polls)
            paced.append(poll);
        QList<QJsonObject> sequence;
        for (const QJsonValue &v : std::as_const(paced))
            sequence << v.toObject();
        std::sort(sequence.begin(), sequence.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(QLatin1String("receivedAtMs")).toInteger()
                < b.value(QLatin1String("receivedAtMs")).toInteger();
        });
        QVERIFY2(sequence.size() >= 4, "expected the start, a throttled poll, its retry and more polls");
        bool sawThrottle = false;
        for (int i = 1; i < sequence.size(); ++i) {
            const QJsonObject &before = sequence.at(i - 1);
            sawThrottle = sawThrottle || before.value(QLatin1String("status")).toInt() == 429;
            const qint64 waited = sequence.at(i).value(QLatin1String("receivedAtMs")).toInteger()
                - before.value(QLatin1String("sentAtMs")).toInteger();
            // Times are whole milliseconds: 1 ms of rounding, not the 50 ms a coarse timer takes.
            QVERIFY2(waited >= 999,
                qPrintable(QStringLiteral("request %1 came %2 ms after the answer that said Retry-After: 1 (%3)")
                               .arg(i)
                               .arg(waited)
                               .arg(before.value(QLatin1String("target")).toString())));
        }
        QVERIFY2(sawThrottle, "the throttled poll is not in the log");
    }

    void listKeys_oncePerBackupAndPerRestore()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1200 } }));
        const QString blob = uniqueBlob("onekey");
        OperationRequest backup = backupRequest(Demo::kProdApim, blob);
        const OperationRecord backedUp = checkedRun(backup);
        QCOMPARE(operationStateName(backedUp.state), QStringLiteral("Succeeded"));
        // Preflight's container listing, the start's body and the look at the file once the
        // backup ended share one key.
        QCOMPARE(control().count(kListKeysRoute), 1);
        QVERIFY(backedUp.verification.checkedAt.isValid());

        QVERIFY(control().clearRequests());
        OperationRequest restore = backup;
        restore.kind = OperationKind::Restore;
        const OperationRecord restored = checkedRun(restore);
        QCOMPARE(operationStateName(restored.state), QStringLiteral("Succeeded"));
        // Kept for one operation only: the restore fetched its own.
        QCOMPARE(control().count(kListKeysRoute), 1);
        QVERIFY(!m_ops->resolver.keyCache()->hasKey(backup.storageAccount));
    }

    void listKeys_refusedKeyFetchedAgainOnce()
    {
        // A key held for an operation that Azure no longer takes (rotated meanwhile): the
        // container listing drops it, fetches the key again once, and reads the container.
        const OperationRequest request = backupRequest(Demo::kProdApim, uniqueBlob("rotated"));
        QObject operation;
        m_ops->resolver.holdKey(request.storageAccount, &operation);
        const QByteArray stale = QByteArray(64, 'x').toBase64();
        m_ops->resolver.keyCache()->key(
            request.storageAccount, &operation, [stale](const StorageKeyCache::KeyCallback &done) { done(stale, {}); },
            [](const QByteArray &, const ArmError &) {});
        QVERIFY(m_ops->resolver.keyCache()->hasKey(request.storageAccount));

        BackupLocation location;
        location.subscriptionId = request.storageSubscription();
        location.account = request.storageAccount;
        location.container = request.container;
        bool done = false;
        StorageError listError;
        m_ops->catalog.listLocation(
            location, QString(), this, [&](const QList<BackupBlob> &, const StorageError &error, const QString &) {
                listError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY2(!listError.isError(), qPrintable(listError.userMessage()));
        QCOMPARE(control().count(kListKeysRoute), 1);
        // The fresh key is kept for the holder; the stale one is gone.
        QVERIFY(m_ops->resolver.keyCache()->hasKey(request.storageAccount));

        // Listed again while held: no second fetch.
        done = false;
        m_ops->catalog.listLocation(
            location, QString(), this, [&](const QList<BackupBlob> &, const StorageError &error, const QString &) {
                listError = error;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QVERIFY(!listError.isError());
        QCOMPARE(control().count(kListKeysRoute), 1);
    }

    void preflight_refusedKey_startCarriesTheKeyTheListingAccepted()
    {
        // Preflight takes a key Azure no longer accepts (rotated since it was fetched): its
        // container listing is refused, fetches the key again and reads the container. The
        // start's body must carry that fresh key: with the refused one the service cannot
        // write the backup.
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1200 } }));
        const OperationRequest request = backupRequest(Demo::kProdApim, uniqueBlob("refusedkey"));
        QObject earlier; // an earlier holder of the account's key, which the preflight reuses
        m_ops->resolver.holdKey(request.storageAccount, &earlier);
        const QByteArray stale = QByteArray(64, 'y').toBase64();
        m_ops->resolver.keyCache()->key(
            request.storageAccount, &earlier, [stale](const StorageKeyCache::KeyCallback &done) { done(stale, {}); },
            [](const QByteArray &, const ArmError &) {});
        QVERIFY(m_ops->resolver.keyCache()->hasKey(request.storageAccount));

        Preflight preflight(m_harness.arm(), &m_ops->storage, &m_ops->catalog, m_harness.clock());
        preflight.setCredentials(&m_ops->resolver);
        QSignalSpy spy(&preflight, &Preflight::finished);
        preflight.run(request);
        QVERIFY(spy.wait(20000));
        const auto report = spy.at(0).at(0).value<PreflightReport>();
        QVERIFY2(!report.isBlocked(), qPrintable(report.findings.value(0).message));
        QCOMPARE(control().count(kListKeysRoute), 1); // the refusal's one fetch
        const QByteArray key = report.facts.request.accessKey;
        QVERIFY(!key.isEmpty());
        QVERIFY2(key != stale, "the start would carry the key Azure refused");

        QString error;
        const QString id = m_ops->manager.startBackup(report.facts.request, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const OperationRecord record = m_ops->waitFinished(id, 40000);
        QVERIFY2(record.state == OperationState::Succeeded, qPrintable(record.error.message));
        QCOMPARE(control().count(kListKeysRoute), 1); // and no other fetch for the operation
    }

    void poll403_operationEndReportedWithinSeconds()
    {
        // Polls start 1 s after the start (Retry-After) and get 403; the operation ends at
        // 3 s, 2 s after that poll. Read at the 60 s default interval, the end would be
        // reported after a minute; with the short backoff, about 5 s after the 403.
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 3000 } }));
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("code"), QStringLiteral("AuthorizationFailed") },
            { QStringLiteral("route"), kPollRoute } }));
        QElapsedTimer clock;
        clock.start();
        QString error;
        const QString id = m_ops->manager.startBackup(
            backupRequest(Demo::kProdApim, uniqueBlob("forbidden"), AccessType::SystemAssignedManagedIdentity), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const OperationRecord record = m_ops->waitFinished(id, 30000);
        const qint64 reportedAfterMs = clock.elapsed();
        QCOMPARE(operationStateName(record.state), QStringLiteral("Succeeded"));
        QVERIFY(record.sawServiceUpdating);
        QVERIFY2(reportedAfterMs < 3000 + 6000,
            qPrintable(
                QStringLiteral("an operation that ended after 3 s was reported after %1 ms").arg(reportedAfterMs)));
        QVERIFY(control().count(kPollRoute) >= 1);
    }
};

QTEST_GUILESS_MAIN(TestOperationPacing)
#include "tst_operationpacing.moc"
