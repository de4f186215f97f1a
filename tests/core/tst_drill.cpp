// Restore drills end to end through the core against a private azure-sim and Azurite: a
// backup of contoso-staging-apim restored into contoso-partners-apim (both Standard, other
// subscriptions) measures its RTO and finds no difference; a product added to the source
// afterwards shows up, explained by its Activity Log entry; the refusals send no restore;
// a standby without permission and a blob that is not a backup end in a Failed record.
#include "support_EngineHarness.h"

#include "SimClient.h"
#include "TestEnvironment.h"

#include "operations/Preflight.h"
#include "recovery/DrillExport.h"
#include "recovery/DrillStore.h"
#include "recovery/RestoreDrill.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <memory>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kStandby = Demo::kPartnersApim;
const QString kAccount = QStringLiteral("devbackupstore");
const QString kContainer = QStringLiteral("apim-backups");
const QString kRestoreRoute = QStringLiteral("^POST .*/restore$");

QString uniqueBlob(const char *tag)
{
    return QStringLiteral("drill-%1-%2.apimbackup")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

// The outcome of one drill: refused (code) or finished (record).
struct Outcome
{
    bool startedAtAll = false;
    std::optional<DrillRefusal> refusal;
    std::optional<DrillRecord> record;
};
} // namespace

class TestDrill : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<OperationsStack> m_ops;
    std::unique_ptr<DrillStore> m_store;
    QString m_backup; // a fresh backup of the source, taken once
    SimControl &control() { return m_harness.control(); }

    DrillRequest request(const QString &blob, const QString &standby = kStandby) const
    {
        DrillRequest r;
        r.sourceServiceId = Demo::kStagingApim;
        r.standbyServiceId = standby;
        r.storageAccount = kAccount;
        r.container = kContainer;
        r.backupName = blob;
        r.confirmed = true;
        return r;
    }

    RestoreDrill *newDrill()
    {
        RestoreDrill::Parts parts;
        parts.arm = m_harness.arm();
        parts.operations = &m_ops->manager;
        parts.createPreflight = [this](QObject *owner) {
            return new Preflight(m_harness.arm(), &m_ops->storage, &m_ops->catalog, m_harness.clock(), owner);
        };
        parts.store = m_store.get();
        parts.clock = m_harness.clock();
        auto *drill = new RestoreDrill(parts, this);
        drill->setReadyPollIntervalMs(100);
        return drill;
    }

    Outcome run(const DrillRequest &drillRequest)
    {
        Outcome outcome;
        RestoreDrill *drill = newDrill();
        connect(drill, &RestoreDrill::refused, this, [&](const DrillRefusal &r) { outcome.refusal = r; });
        connect(drill, &RestoreDrill::finished, this, [&](const DrillRecord &r) { outcome.record = r; });
        DrillRefusal refusal;
        outcome.startedAtAll = drill->start(drillRequest, &refusal);
        if (!outcome.startedAtAll)
            outcome.refusal = refusal;
        else if (!QTest::qWaitFor([&] { return outcome.refusal || outcome.record; }, 60000))
            qWarning("the drill did not end in time");
        drill->deleteLater();
        return outcome;
    }

    bool putProduct(const QString &serviceId, const QString &name)
    {
        const QJsonObject result = control().arm("PUT",
            serviceId + QStringLiteral("/products/%1?api-version=2024-05-01").arg(name), m_harness.token(),
            { { QStringLiteral("properties"), QJsonObject { { QStringLiteral("displayName"), name } } } });
        const int status = result.value(QLatin1String("status")).toInt();
        return status == 200 || status == 201;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_harness.start(), qPrintable(m_harness.errorString()));
        m_ops = std::make_unique<OperationsStack>(m_harness, m_dir.path());
        m_store = std::make_unique<DrillStore>(m_dir.path());
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1000 } }));
        OperationRequest backup = backupRequest(Demo::kStagingApim, uniqueBlob("source"));
        backup.storageAccount = kAccount;
        QString error;
        const QString id = m_ops->manager.startBackup(backup, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const OperationRecord done = m_ops->waitFinished(id);
        QVERIFY2(done.state == OperationState::Succeeded, qPrintable(done.error.technicalSummary()));
        m_backup = backup.blobName;
    }

    void init()
    {
        QVERIFY(control().clearFaults());
        QVERIFY(control().clearRequests());
    }

    void drill_sameTier_measuresRtoAndFindsNoDifference()
    {
        const Outcome outcome = run(request(m_backup));
        QVERIFY2(!outcome.refusal, qPrintable(outcome.refusal ? outcome.refusal->message : QString()));
        QVERIFY(outcome.record);
        const DrillRecord &record = *outcome.record;
        QVERIFY2(record.state == DrillState::Succeeded, qPrintable(record.reason + DrillExport::toMarkdown(record)));
        QCOMPARE(control().count(kRestoreRoute), 1);
        QVERIFY(record.rtoMs > 0);
        QCOMPARE(record.rtoMs, record.acceptedAt.msecsTo(record.standbyReadyAt));
        const auto operation = m_ops->manager.find(record.operationId);
        QVERIFY(operation);
        QCOMPARE(operation->kind, OperationKind::Restore);
        QCOMPARE(operation->serviceId, kStandby);
        QCOMPARE(record.acceptedAt, operation->acceptedAt);
        QVERIFY(record.standbyReadyAt >= operation->finishedAt);
        QVERIFY(record.backupTime.isValid());
        QCOMPARE(record.backupSku, QStringLiteral("Standard"));
        QVERIFY(record.source && record.standby);
        QVERIFY(!record.source->apis.isEmpty());
        QVERIFY(!record.source->namedValues.isEmpty());
        QVERIFY(!record.source->policyHash.isEmpty());
        QVERIFY(record.source->userCount > 0);
        QCOMPARE(*record.standby, *record.source);
        QVERIFY(record.differences.isEmpty());
        // Kept, with its restore's id; read with the standby's state, never a named value's value.
        const auto stored = m_store->load(record.id);
        QVERIFY(stored);
        QCOMPARE(stored->operationId, record.operationId);
        QCOMPARE(stored->state, DrillState::Succeeded);
        QCOMPARE(control().count(QStringLiteral("^GET .*/namedValues/")), 0);
        QVERIFY(control().count(QStringLiteral("^GET .*/contoso-partners-apim$")) >= 2);
        QVERIFY(control().count(QStringLiteral("^GET .*/apis/[^/]+/revisions$")) >= 1);
    }

    void drill_changeAfterBackup_isADifferenceExplainedByTheActivityLog()
    {
        QVERIFY(putProduct(Demo::kStagingApim, QStringLiteral("late-product")));
        const Outcome outcome = run(request(m_backup));
        QVERIFY(outcome.record);
        const DrillRecord &record = *outcome.record;
        QVERIFY2(record.state == DrillState::Differences, qPrintable(record.reason));
        QVERIFY(record.rtoMs > 0);
        QCOMPARE(record.differences.size(), 1);
        const DrillDifference &difference = record.differences.first();
        QCOMPARE(difference.kind, DrillDifference::Kind::MissingInStandby);
        QCOMPARE(difference.collection, QStringLiteral("products"));
        QCOMPARE(difference.name, QStringLiteral("late-product"));
        QVERIFY(record.changesChecked);
        QVERIFY2(difference.explanation, qPrintable(record.changesError));
        QCOMPARE(
            difference.explanation->operationName, QStringLiteral("Microsoft.ApiManagement/service/products/write"));
        QVERIFY(difference.explanation->resourceId.endsWith(QStringLiteral("/products/late-product")));
        QVERIFY(!difference.explanation->caller.isEmpty());
        QVERIFY(difference.explanation->time >= record.backupTime);
        QCOMPARE(m_store->forService(Demo::kStagingApim).last().id, record.id);
    }

    void refusals_sendNoRestore_data()
    {
        QTest::addColumn<QString>("standby");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<bool>("expired");
        QTest::addColumn<QString>("code");
        QTest::newRow("same service") << Demo::kStagingApim.toUpper() << true << false << "SameService";
        QTest::newRow("other tier") << Demo::kTestApim << true << false << "TierMismatch";
        QTest::newRow("not confirmed") << kStandby << false << false << "NotConfirmed";
        QTest::newRow("expired backup") << kStandby << true << true << "BackupExpired";
    }
    void refusals_sendNoRestore()
    {
        QFETCH(QString, standby);
        QFETCH(bool, confirmed);
        QFETCH(bool, expired);
        QFETCH(QString, code);
        QString blob = m_backup;
        if (expired) { // the demo estate's 45-day-old backup of the source
            blob.clear();
            const auto backups = m_ops->listBackups(Demo::kStagingSub, kAccount, kContainer);
            for (const BackupBlob &candidate : backups) {
                if (candidate.isExpired(QDateTime::currentDateTimeUtc()))
                    blob = candidate.name;
            }
            QVERIFY(!blob.isEmpty());
        }
        DrillRequest drillRequest = request(blob, standby);
        drillRequest.confirmed = confirmed;
        const int before = m_store->loadAll().size();
        const Outcome outcome = run(drillRequest);
        QVERIFY(outcome.refusal);
        QCOMPARE(outcome.refusal->code, code);
        QVERIFY(!outcome.refusal->message.isEmpty());
        QVERIFY(!outcome.record);
        QCOMPARE(control().count(kRestoreRoute), 0);
        QCOMPARE(m_store->loadAll().size(), before);
    }

    void standbyWithoutPermission_failsWithARecord_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<int>("restorePosts");
        QTest::newRow("403 reading the standby") << "^GET .*/service/contoso-partners-apim$" << 0;
        QTest::newRow("403 on the restore") << "^POST .*/contoso-partners-apim/restore$" << 1;
    }
    void standbyWithoutPermission_failsWithARecord()
    {
        QFETCH(QString, route);
        QFETCH(int, restorePosts);
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("route"), route } }));
        const Outcome outcome = run(request(m_backup));
        QVERIFY(outcome.record);
        const DrillRecord &record = *outcome.record;
        QCOMPARE(record.state, DrillState::Failed);
        QCOMPARE(record.error.httpStatus, 403);
        QCOMPARE(record.error.code, QStringLiteral("AuthorizationFailed"));
        QVERIFY2(record.reason.contains(QStringLiteral("contoso-partners-apim")), qPrintable(record.reason));
        QCOMPARE(record.rtoMs, qint64(-1));
        QCOMPARE(control().count(kRestoreRoute), restorePosts);
        const auto stored = m_store->load(record.id);
        QVERIFY(stored);
        QCOMPARE(stored->state, DrillState::Failed);
        QCOMPARE(stored->reason, record.reason);
    }

    void blobThatIsNotABackup_failsWithARecord()
    {
        const QString blob
            = QStringLiteral("not-a-backup-%1.bin").arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        QVERIFY(Apim::SimTest::writeBlob(TestEnvironment::azuriteUrl(), kAccount, kContainer, blob, "{\"hello\": 1}"));
        const Outcome outcome = run(request(blob));
        QVERIFY(outcome.record);
        const DrillRecord &record = *outcome.record;
        QCOMPARE(record.state, DrillState::Failed);
        QCOMPARE(record.error.code, QStringLiteral("RestoreFailed"));
        QVERIFY2(record.reason.contains(QStringLiteral("not an API Management backup")), qPrintable(record.reason));
        QVERIFY(!record.operationId.isEmpty());
        QCOMPARE(control().count(kRestoreRoute), 1);
        QCOMPARE(m_ops->manager.find(record.operationId)->state, OperationState::Failed);
        QVERIFY(m_store->load(record.id));
    }
};

QTEST_GUILESS_MAIN(TestDrill)
#include "tst_drill.moc"
