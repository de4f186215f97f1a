// Batch backups against a private azure-sim (an estate of twenty services) and Azurite:
// never more than the limit in flight and never two on one service, read from the
// simulator's request log; one backup that Azure fails does not stop the others; the
// Consumption and v2 services are skipped without a start request; a busy service and one
// the identity may not read are skipped with their reason; the pending ones can be
// cancelled. Through the same Preflight and OperationManager as a single backup.
#include "support_EngineHarness.h"
#include "support_InFlight.h"

#include "batch/BatchBackup.h"
#include "operations/Preflight.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kSubscription = QStringLiteral("5b0c7e2a-1f3d-4a58-9c6e-0d2b8a7f4e11");
const QString kGroup = QStringLiteral("rg-batch");
constexpr int kServiceCount = 20;

QString serviceName(int n)
{
    return QStringLiteral("batch-apim-%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString serviceId(int n)
{
    return Demo::serviceId(kSubscription, kGroup, serviceName(n));
}

// Service 1 is Consumption and 2 is BasicV2 (no backup); the rest cycle through the tiers that have it.
QString tierOf(int n)
{
    static const QStringList tiers { QStringLiteral("Developer"), QStringLiteral("Basic"), QStringLiteral("Standard"),
        QStringLiteral("Premium") };
    return n == 1 ? QStringLiteral("Consumption") : n == 2 ? QStringLiteral("BasicV2") : tiers.at(n % tiers.size());
}

bool writeSeed(const QString &path)
{
    QJsonArray services;
    for (int n = 1; n <= kServiceCount; ++n)
        services.append(QJsonObject { { QStringLiteral("subscriptionId"), kSubscription },
            { QStringLiteral("resourceGroup"), kGroup }, { QStringLiteral("name"), serviceName(n) },
            { QStringLiteral("location"), QStringLiteral("westeurope") },
            { QStringLiteral("sku"),
                QJsonObject { { QStringLiteral("name"), tierOf(n) }, { QStringLiteral("capacity"), n == 1 ? 0 : 1 } } },
            { QStringLiteral("apis"), QJsonArray { QStringLiteral("echo-api") } } });
    const QJsonObject seed {
        { QStringLiteral("tenants"),
            QJsonArray { QJsonObject { { QStringLiteral("id"), Demo::kTenant },
                { QStringLiteral("displayName"), QStringLiteral("Contoso") },
                { QStringLiteral("defaultDomain"), QStringLiteral("contoso.onmicrosoft.com") } } } },
        { QStringLiteral("servicePrincipals"),
            QJsonArray { QJsonObject { { QStringLiteral("clientId"), Demo::kClientId },
                { QStringLiteral("secret"), Demo::kSecret }, { QStringLiteral("tenantId"), Demo::kTenant },
                { QStringLiteral("displayName"), QStringLiteral("apim-backup-automation") } } } },
        { QStringLiteral("subscriptions"),
            QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), kSubscription },
                { QStringLiteral("tenantId"), Demo::kTenant },
                { QStringLiteral("displayName"), QStringLiteral("Batch") } } } },
        { QStringLiteral("services"), services },
        { QStringLiteral("storageAccounts"),
            QJsonArray { QJsonObject { { QStringLiteral("subscriptionId"), kSubscription },
                { QStringLiteral("resourceGroup"), kGroup },
                { QStringLiteral("name"), QStringLiteral("simtestbackups") },
                { QStringLiteral("location"), QStringLiteral("westeurope") } } } },
        { QStringLiteral("containers"),
            QJsonArray { QJsonObject { { QStringLiteral("account"), QStringLiteral("simtestbackups") },
                { QStringLiteral("name"), QStringLiteral("batch-backups") } } } },
        { QStringLiteral("config"),
            QJsonObject { { QStringLiteral("pageSize"), 100 }, { QStringLiteral("operationDurationMs"), 1500 } } },
    };
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(seed).toJson()) > 0;
}

const BatchItem *itemFor(const BatchSummary &summary, int n)
{
    for (const BatchItem &item : summary.items) {
        if (item.serviceName == serviceName(n))
            return &item;
    }
    return nullptr;
}
} // namespace

class TestBatchSim : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    EngineHarness m_harness;
    std::unique_ptr<OperationsStack> m_ops;
    SimControl &control() { return m_harness.control(); }

    std::unique_ptr<BatchBackup> makeBatch(int concurrency)
    {
        auto batch = std::make_unique<BatchBackup>(
            &m_ops->manager,
            [this](QObject *owner) {
                return new Preflight(m_harness.arm(), &m_ops->storage, &m_ops->catalog, m_harness.clock(), owner);
            },
            m_harness.clock());
        batch->setConcurrency(concurrency);
        return batch;
    }

    // A container of its own per test: backup names are unique per second only, and other
    // tests write to the same Azurite.
    QString m_container;

    OperationRequest common() const
    {
        OperationRequest request;
        request.storageAccount = QStringLiteral("simtestbackups");
        request.container = m_container;
        request.accessType = AccessType::AccessKey;
        return request;
    }

    static QList<BatchTarget> targets(const QList<int> &numbers)
    {
        QList<BatchTarget> list;
        for (int n : numbers)
            list.append({ serviceId(n), std::nullopt, true });
        return list;
    }

    std::optional<BatchSummary> run(BatchBackup &batch, const QList<BatchTarget> &list, int timeoutMs = 120000)
    {
        QSignalSpy finished(&batch, &BatchBackup::finished);
        batch.start(common(), list);
        if (!finished.wait(timeoutMs) && finished.isEmpty())
            return std::nullopt;
        return finished.first().first().value<BatchSummary>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString seed = m_dir.filePath(QStringLiteral("batch-seed.json"));
        QVERIFY(writeSeed(seed));
        QVERIFY2(m_harness.start(seed), qPrintable(m_harness.errorString()));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.filePath(QStringLiteral("data")));
        qRegisterMetaType<BatchSummary>();
    }

    void init()
    {
        m_container = QStringLiteral("batch-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
    }

    void cleanup()
    {
        for (const OperationRecord &record : m_ops->manager.list()) {
            if (m_ops->manager.isTracking(record.id))
                m_ops->waitFinished(record.id, 60000);
        }
    }

    void twentyServices_fourAtATime_oneFailure_unsupportedSkipped()
    {
        const QString failure = QStringLiteral("Backup failed: the storage account rejected the write (simulated).");
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
            { QStringLiteral("route"), QStringLiteral("^POST .*/service/%1/backup$").arg(serviceName(7)) },
            { QStringLiteral("status"), 400 }, { QStringLiteral("code"), QStringLiteral("BackupFailed") },
            { QStringLiteral("message"), failure }, { QStringLiteral("times"), 1 } }));
        auto batch = makeBatch(4);
        QList<int> all;
        for (int n = 1; n <= kServiceCount; ++n)
            all << n;
        QHash<int, QList<BatchItem::State>> seen;
        double lastPercent = -1;
        bool percentWentBack = false;
        connect(batch.get(), &BatchBackup::itemChanged, this,
            [&seen](int index, const BatchItem &item) { seen[index].append(item.state); });
        connect(batch.get(), &BatchBackup::progressChanged, this, [&](int, int, double percent) {
            percentWentBack = percentWentBack || percent + 0.001 < lastPercent;
            lastPercent = percent;
            QVERIFY(batch->activeCount() <= 4);
        });
        const std::optional<BatchSummary> summary = run(*batch, targets(all));
        QVERIFY(summary);

        QCOMPARE(summary->total(), kServiceCount);
        QCOMPARE(summary->succeeded(), kServiceCount - 3);
        QCOMPARE(summary->failed(), 1);
        QCOMPARE(summary->skipped(), 2);
        QCOMPARE(summary->result(), BatchSummary::Result::Failed);
        const BatchItem *failed = itemFor(*summary, 7);
        QVERIFY(failed);
        QCOMPARE(failed->state, BatchItem::State::Failed);
        QCOMPARE(failed->code, QStringLiteral("BackupFailed"));
        QCOMPARE(failed->message, failure); // the service's words
        for (int n : { 1, 2 }) {
            const BatchItem *skipped = itemFor(*summary, n);
            QVERIFY(skipped);
            QCOMPARE(skipped->state, BatchItem::State::Skipped);
            QCOMPARE(skipped->skipReason, BatchItem::SkipReason::TierUnsupported);
            QVERIFY2(skipped->message.contains(tierOf(n)), qPrintable(skipped->message));
        }
        for (int n = 3; n <= kServiceCount; ++n) {
            if (n == 7)
                continue;
            const BatchItem *ok = itemFor(*summary, n);
            QVERIFY(ok);
            QVERIFY2(ok->state == BatchItem::State::Succeeded, qPrintable(ok->serviceName + ok->message));
            QVERIFY2(ok->blobName.startsWith(serviceName(n)), qPrintable(ok->blobName));
            QVERIFY(!ok->operationId.isEmpty());
        }
        // Every service was checked before its end, and the overall figure only grew.
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY(it.value().contains(BatchItem::State::Checking));
        QVERIFY(!percentWentBack);
        QCOMPARE(lastPercent, 100.0);
        QCOMPARE(batch->overallPercent(), 100.0);

        // What Azure saw, in the order it saw it.
        const InFlight flight = InFlight::fromLog(control().requests());
        QCOMPARE(flight.accepted, kServiceCount - 2); // nothing sent for the tiers without backup
        QVERIFY2(flight.maxInFlight <= 4, qPrintable(QString::number(flight.maxInFlight)));
        QVERIFY2(flight.maxInFlight >= 2, qPrintable(QString::number(flight.maxInFlight))); // it did run in parallel
        QVERIFY2(flight.overlappingOnOneService.isEmpty(), qPrintable(flight.overlappingOnOneService.join(',')));
        QVERIFY(!flight.postsPerService.contains(serviceName(1)));
        QVERIFY(!flight.postsPerService.contains(serviceName(2)));
        for (auto it = flight.postsPerService.cbegin(); it != flight.postsPerService.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void limitOfOne_runsOneAtATime()
    {
        auto batch = makeBatch(1);
        const std::optional<BatchSummary> summary = run(*batch, targets({ 3, 4, 5 }));
        QVERIFY(summary);
        QCOMPARE(summary->succeeded(), 3);
        const InFlight flight = InFlight::fromLog(control().requests());
        QCOMPARE(flight.accepted, 3);
        QCOMPARE(flight.maxInFlight, 1);
    }

    void cancelPending_leavesTheStartedOneRunning()
    {
        auto batch = makeBatch(1);
        connect(batch.get(), &BatchBackup::itemChanged, this, [&batch](int, const BatchItem &item) {
            if (item.state == BatchItem::State::Running)
                batch->cancelPending();
        });
        const std::optional<BatchSummary> summary = run(*batch, targets({ 3, 4, 5, 6, 8 }));
        QVERIFY(summary);
        QVERIFY(summary->canceled);
        QCOMPARE(summary->succeeded(), 1); // the started one went on to its end
        QCOMPARE(summary->skipped(), 4);
        for (const BatchItem &item : summary->items) {
            if (item.state == BatchItem::State::Skipped)
                QCOMPARE(item.skipReason, BatchItem::SkipReason::Canceled);
        }
        QCOMPARE(summary->result(), BatchSummary::Result::Skipped);
        QCOMPARE(control().count(QStringLiteral("^POST .*/backup$")), 1);
    }

    void busyAndUnreadable_areSkippedWithTheirReason()
    {
        // Service 3 is already being backed up by this process; service 5 may not be read.
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("route"), QStringLiteral("^GET .*/service/%1$").arg(serviceName(5)) },
            { QStringLiteral("status"), 403 } }));
        QString error;
        OperationRequest single = common();
        single.serviceId = serviceId(3);
        const QString running = m_ops->manager.startBackup(single, &error);
        QVERIFY2(!running.isEmpty(), qPrintable(error));

        auto batch = makeBatch(4);
        // The same service twice (ids are case-insensitive): one entry.
        QList<BatchTarget> list = targets({ 3, 4, 5 });
        list.append(
            { serviceId(4).toUpper().replace(QLatin1String("/SUBSCRIPTIONS/"), QLatin1String("/subscriptions/")),
                std::nullopt, true });
        const std::optional<BatchSummary> summary = run(*batch, list);
        QVERIFY(summary);
        QCOMPARE(summary->total(), 3);
        const BatchItem *busy = itemFor(*summary, 3);
        QVERIFY(busy);
        QCOMPARE(busy->skipReason, BatchItem::SkipReason::Busy);
        QVERIFY2(busy->message.contains(running), qPrintable(busy->message));
        QCOMPARE(itemFor(*summary, 4)->state, BatchItem::State::Succeeded);
        const BatchItem *unreadable = itemFor(*summary, 5);
        QVERIFY(unreadable);
        QCOMPARE(unreadable->skipReason, BatchItem::SkipReason::NoPermission);
        QCOMPARE(unreadable->code, QStringLiteral("AuthorizationFailed"));
        QVERIFY2(unreadable->message.contains(QLatin1String("does not have authorization")),
            qPrintable(unreadable->message));
        QCOMPARE(summary->result(), BatchSummary::Result::Skipped);
        // Service 3 got exactly the one start request of the single backup.
        const InFlight flight = InFlight::fromLog(control().requests());
        QCOMPARE(flight.postsPerService.value(serviceName(3)), 1);
        QCOMPARE(flight.postsPerService.value(serviceName(5)), 0);
        QVERIFY(flight.overlappingOnOneService.isEmpty());
        QCOMPARE(m_ops->waitFinished(running, 60000).state, OperationState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(TestBatchSim)
#include "tst_batchsim.moc"
