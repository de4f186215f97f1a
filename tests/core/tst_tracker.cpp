// Following a backup to its end against a private azure-sim: Location and
// Azure-AsyncOperation polling, Retry-After present or not, every fault kind on the
// polls, a 403 on the status URL, and operations that fail on the service's side.
#include "support_EngineHarness.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <optional>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kPollRoute = QStringLiteral("^GET .*/operationresults/.*");
const QString kStatusRoute = QStringLiteral("^GET .*/operationStatuses/.*");
const QString kPostRoute = QStringLiteral("^POST .*/backup$");

// Real time plus an offset the test moves on: the tracker's own idea of "now", so that a
// bound of a minute is crossed without waiting a minute.
class SteppedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSeconds); }
    void advance(qint64 seconds) { m_offsetSeconds += seconds; }

private:
    qint64 m_offsetSeconds = 0;
};

QString uniqueBlob(const char *tag)
{
    return QStringLiteral("tracker-%1-%2.apimbackup")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(8));
}
} // namespace

class TestTracker : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<OperationsStack> m_ops;
    SimControl &control() { return m_harness.control(); }

    OperationRecord backup(const QString &serviceId, const QString &blob, AccessType access = AccessType::AccessKey)
    {
        QString error;
        const QString id = m_ops->manager.startBackup(backupRequest(serviceId, blob, access), &error);
        if (id.isEmpty()) {
            qWarning("refused: %s", qPrintable(error));
            return {};
        }
        return m_ops->waitFinished(id);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.path());
    }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1500 },
            { QStringLiteral("retryAfterSeconds"), 1 }, { QStringLiteral("asyncOperationHeader"), false } }));
    }

    void locationPolling_succeedsAndBlobExists()
    {
        const QString blob = uniqueBlob("location");
        const OperationRecord record = backup(Demo::kProdApim, blob);
        QCOMPARE(operationStateName(record.state), QStringLiteral("Succeeded"));
        QVERIFY(record.locationUrl.isValid());
        QVERIFY(record.asyncOperationUrl.isEmpty());
        QVERIFY(record.pollCount >= 1);
        QCOMPARE(record.percentComplete, 100.0);
        QVERIFY(record.finishedAt >= record.acceptedAt);
        QCOMPARE(control().count(kPostRoute), 1);
        QVERIFY(control().count(kPollRoute) >= 1);
        bool found = false;
        const auto blobs
            = m_ops->listBackups(Demo::kProdSub, QStringLiteral("contosobackups"), QStringLiteral("apim-backups"));
        for (const BackupBlob &b : blobs)
            found = found || (b.name == blob && b.sourceSku() == QLatin1String("Premium"));
        QVERIFY2(found, "the backup blob is not in Azurite");
        // The journal has the final state.
        const auto stored = m_ops->journal.load(record.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, OperationState::Succeeded);
    }

    void asyncOperationHeader_preferredWithProgress()
    {
        QVERIFY(control().setConfig(
            { { QStringLiteral("asyncOperationHeader"), true }, { QStringLiteral("operationDurationMs"), 2500 } }));
        QList<double> progress;
        connect(&m_ops->manager, &OperationManager::operationChanged, this, [&](const OperationRecord &r) {
            if (r.percentComplete >= 0)
                progress << r.percentComplete;
        });
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("async"));
        m_ops->manager.disconnect(this);
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY(record.asyncOperationUrl.isValid());
        QVERIFY(control().count(kStatusRoute) >= 1);
        QCOMPARE(control().count(kPollRoute), 0);
        QVERIFY2(!progress.isEmpty() && progress.first() < 100, "no progress was reported while running");
    }

    void retryAfterAbsent_defaultIntervalUsed()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("retryAfterSeconds"), QJsonValue::Null },
            { QStringLiteral("operationDurationMs"), 1200 } }));
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("noretryafter"));
        QCOMPARE(record.state, OperationState::Succeeded);
        // 300 ms default interval over a 1.2 s operation: several polls, not one per 60 s.
        QVERIFY2(record.pollCount >= 3, qPrintable(QString::number(record.pollCount)));
    }

    void pollFaults_operationStillSucceeds_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("throttle") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("throttle") },
            { QStringLiteral("retryAfter"), 1 } };
        QTest::newRow("500") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } };
        QTest::newRow("503") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 503 } };
        QTest::newRow("drop") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") } };
        QTest::newRow("truncate") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } };
        QTest::newRow("latency") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("latency") },
            { QStringLiteral("latencyMs"), 700 } };
        QTest::newRow("expireToken") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("expireToken") } };
    }
    void pollFaults_operationStillSucceeds()
    {
        QFETCH(QJsonObject, fault);
        fault.insert(QStringLiteral("route"), kPollRoute);
        fault.insert(QStringLiteral("times"), 2);
        QVERIFY(control().addFault(fault));
        const OperationRecord record
            = backup(Demo::kProdKrApim, uniqueBlob("pollfault"), AccessType::SystemAssignedManagedIdentity);
        QVERIFY2(record.state == OperationState::Succeeded, qPrintable(record.note + record.error.technicalSummary()));
        QCOMPARE(control().count(kPostRoute), 1);
        QVERIFY(record.note.isEmpty() || !record.note.contains(QLatin1String("far as")));
    }

    void poll403_answeredFromServiceState()
    {
        // Under 2 s: see resume_startingRecordWhileServiceBusy in tst_operations.
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1800 } }));
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("code"), QStringLiteral("AuthorizationFailed") },
            { QStringLiteral("route"), kPollRoute } }));
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("forbidden"));
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY(record.sawServiceUpdating);
        QVERIFY2(
            record.note.contains(QLatin1String("403")) && record.note.contains(QLatin1String("as far as can be told")),
            qPrintable(record.note));
        QCOMPARE(control().count(kPostRoute), 1);
        QVERIFY(control().count(QStringLiteral(
                    "^GET /subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft.ApiManagement/service/[^/]+$"))
            >= 2);
    }

    // The Location URL answers 200 with a body that cannot be read, on every poll: after a
    // few attempts the outcome is Unknown with the reason, not hours of polling.
    void locationUnreadable_endsAfterAFewPolls()
    {
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("truncate") },
            { QStringLiteral("route"), kPollRoute }, { QStringLiteral("times"), -1 } }));
        QElapsedTimer elapsed;
        elapsed.start();
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("unreadable"));
        QCOMPARE(operationStateName(record.state), QStringLiteral("Unknown"));
        QCOMPARE(record.error.kind, ArmError::Kind::Malformed);
        QVERIFY2(record.note.contains(QLatin1String("could not be read")), qPrintable(record.note));
        QVERIFY2(elapsed.elapsed() < 25000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(control().count(kPostRoute), 1);
    }

    void failedOperation_reportedVerbatim_data()
    {
        QTest::addColumn<bool>("async");
        QTest::addColumn<int>("status");
        QTest::newRow("location 400") << false << 400;
        QTest::newRow("location 500") << false << 500;
        QTest::newRow("async 400") << true << 400;
    }
    void failedOperation_reportedVerbatim()
    {
        QFETCH(bool, async);
        QFETCH(int, status);
        QVERIFY(control().setConfig(
            { { QStringLiteral("asyncOperationHeader"), async }, { QStringLiteral("operationDurationMs"), 600 } }));
        QVERIFY(control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("failOperation") }, { QStringLiteral("route"), kPostRoute },
                { QStringLiteral("status"), status }, { QStringLiteral("code"), QStringLiteral("BackupFailed") },
                { QStringLiteral("message"), QStringLiteral("Backup failed: the storage account is not reachable.") },
                { QStringLiteral("times"), 1 } }));
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("fails"));
        QCOMPARE(record.state, OperationState::Failed);
        QCOMPARE(record.error.code, QStringLiteral("BackupFailed"));
        QCOMPARE(record.error.message, QStringLiteral("Backup failed: the storage account is not reachable."));
        QVERIFY(
            record.error.userMessage().contains(QLatin1String("Backup failed: the storage account is not reachable.")));
        QCOMPARE(control().count(kPostRoute), 1);
        QVERIFY(!record.changesChecked); // no change report for a failed backup
    }

    // The Location URL answers 500 on every poll: the operation ends Failed with the
    // server's words once the errors have lasted maxServerErrorSeconds, however few polls
    // that took (the count alone would allow a thousand here).
    void locationServerErrors_endFailedOnceTheyLastTooLong()
    {
        const QString message = QStringLiteral("The operation status store is unavailable (simulated).");
        QVERIFY(control().addFault(
            { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("route"), kPollRoute },
                { QStringLiteral("status"), 500 }, { QStringLiteral("code"), QStringLiteral("InternalServerError") },
                { QStringLiteral("message"), message }, { QStringLiteral("times"), -1 } }));
        SteppedClock clock;
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationManager manager(m_harness.arm(), &m_ops->storage, &m_ops->resolver, &journal, &clock);
        PollSettings settings;
        settings.defaultIntervalMs = 300;
        settings.minIntervalMs = 200;
        settings.maxServerErrors = 1000;
        settings.maxServerErrorSeconds = 45;
        manager.setPollSettings(settings);
        // After the first error, the tracker's clock moves past the bound.
        bool jumped = false;
        connect(&manager, &OperationManager::operationChanged, this, [&](const OperationRecord &record) {
            if (!jumped && record.consecutivePollFailures == 1) {
                jumped = true;
                clock.advance(settings.maxServerErrorSeconds + 1);
            }
        });
        std::optional<OperationRecord> ended;
        connect(&manager, &OperationManager::operationFinished, this,
            [&ended](const OperationRecord &record) { ended = record; });
        QString error;
        const QString id = manager.startBackup(backupRequest(Demo::kProdApim, uniqueBlob("servererrors")), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(ended.has_value(), 30000);
        QVERIFY(jumped);
        QCOMPARE(ended->id, id);
        QCOMPARE(ended->state, OperationState::Failed);
        QCOMPARE(ended->error.httpStatus, 500);
        QCOMPARE(ended->error.code, QStringLiteral("InternalServerError"));
        QCOMPARE(ended->error.message, message);
        QVERIFY2(ended->pollCount >= 2 && ended->pollCount <= 3, qPrintable(QString::number(ended->pollCount)));
        QCOMPARE(control().count(kPostRoute), 1);
    }

    void tokenAskedOnEveryPoll()
    {
        // The credential caches; what matters is that each poll asks it, so a token that
        // expires during a long restore is replaced before it is sent.
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1500 } }));
        const int before = m_harness.credential()->tokenRequests();
        m_harness.credential()->invalidate(Demo::kScope);
        const OperationRecord record = backup(Demo::kProdApim, uniqueBlob("token"));
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY(m_harness.credential()->tokenRequests() > before);
    }
};

QTEST_GUILESS_MAIN(TestTracker)
#include "tst_tracker.moc"
