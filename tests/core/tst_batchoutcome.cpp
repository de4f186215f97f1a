// Batch backups without a network: how each service's end is classified (skipped and why,
// failed with the service's words), what the summary and exit result say, and the
// notification the summary becomes. Preflight reports come from the real rules.
#include "batch/BatchOutcome.h"
#include "batch/BatchSummary.h"
#include "notify/NotificationEvent.h"
#include "operations/PreflightRules.h"

#include <QJsonArray>
#include <QtTest>

using namespace Apim::Core;

namespace {
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0, 0), Qt::UTC);
const QString kServiceId
    = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/svc");

ApimService service(const QString &sku = QStringLiteral("Standard"), const QString &state = QStringLiteral("Succeeded"))
{
    ApimService s;
    s.id = kServiceId;
    s.name = QStringLiteral("svc");
    s.skuName = sku;
    s.provisioningState = state;
    return s;
}

// A report as Preflight makes it: the real rules judge the facts.
PreflightReport report(const std::optional<ApimService> &svc, const ArmError &serviceError = {})
{
    PreflightReport report;
    PreflightFacts &facts = report.facts;
    facts.request.kind = OperationKind::Backup;
    facts.request.serviceId = kServiceId;
    facts.request.storageAccount = QStringLiteral("acct");
    facts.request.container = QStringLiteral("backups");
    facts.request.blobName = QStringLiteral("svc-20250601.apimbackup");
    facts.service = svc;
    facts.serviceError = serviceError;
    StorageAccount account;
    account.name = QStringLiteral("acct");
    facts.account = account;
    facts.containerExists = true;
    facts.blobs = QList<BackupBlob> {};
    report.findings = PreflightRules::evaluate(facts, kNow);
    return report;
}

ArmError httpError(int status, const QString &code, const QString &message)
{
    ArmError error;
    error.kind = ArmError::Kind::Http;
    error.httpStatus = status;
    error.code = code;
    error.message = message;
    return error;
}

OperationRecord record(OperationState state, const ArmError &error = {}, bool accepted = true)
{
    OperationRecord r;
    r.id = QStringLiteral("op-1");
    r.serviceId = kServiceId;
    r.serviceName = QStringLiteral("svc");
    r.state = state;
    r.error = error;
    r.storageAccount = QStringLiteral("acct");
    r.container = QStringLiteral("backups");
    r.blobName = QStringLiteral("svc.apimbackup");
    r.createdAt = kNow.addSecs(-60);
    r.finishedAt = kNow;
    if (accepted)
        r.acceptedAt = kNow.addSecs(-59);
    return r;
}

BatchItem item(
    BatchItem::State state, BatchItem::SkipReason reason = BatchItem::SkipReason::None, bool requested = true)
{
    BatchItem i;
    i.serviceId = kServiceId;
    i.serviceName = QStringLiteral("svc");
    i.state = state;
    i.skipReason = reason;
    i.requested = requested;
    return i;
}
} // namespace

Q_DECLARE_METATYPE(Apim::Core::BatchItem)

class TestBatchOutcome : public QObject
{
    Q_OBJECT

private slots:
    void preflight_clean_letsItStart() { QVERIFY(!BatchOutcome::fromPreflight(report(service()))); }

    void preflight_classifiesWhatBlocks_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("serviceStatus"); // 0: the service was read
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<int>("expectedReason");
        QTest::addColumn<QString>("expectedCode");
        const int skipped = int(BatchItem::State::Skipped);
        const int failed = int(BatchItem::State::Failed);
        QTest::newRow("Consumption") << "Consumption"
                                     << "Succeeded" << 0 << skipped << int(BatchItem::SkipReason::TierUnsupported)
                                     << "TierUnsupported";
        QTest::newRow("StandardV2") << "StandardV2"
                                    << "Succeeded" << 0 << skipped << int(BatchItem::SkipReason::TierUnsupported)
                                    << "TierUnsupported";
        // The tier wins: an unsupported service that is also busy is still "no backup".
        QTest::newRow("BasicV2 and updating")
            << "BasicV2"
            << "Updating" << 0 << skipped << int(BatchItem::SkipReason::TierUnsupported) << "TierUnsupported";
        QTest::newRow("busy") << "Premium"
                              << "Updating" << 0 << skipped << int(BatchItem::SkipReason::Busy) << "ServiceNotReady";
        QTest::newRow("read refused") << ""
                                      << "" << 403 << skipped << int(BatchItem::SkipReason::NoPermission)
                                      << "AuthorizationFailed";
        QTest::newRow("not found") << ""
                                   << "" << 404 << failed << int(BatchItem::SkipReason::None) << "ResourceNotFound";
    }
    void preflight_classifiesWhatBlocks()
    {
        QFETCH(QString, sku);
        QFETCH(QString, state);
        QFETCH(int, serviceStatus);
        QFETCH(int, expectedState);
        QFETCH(int, expectedReason);
        QFETCH(QString, expectedCode);
        const PreflightReport r = serviceStatus == 0
            ? report(service(sku, state))
            : report(std::nullopt,
                httpError(serviceStatus,
                    serviceStatus == 403 ? QStringLiteral("AuthorizationFailed") : QStringLiteral("ResourceNotFound"),
                    QStringLiteral("The service says no.")));
        const auto outcome = BatchOutcome::fromPreflight(r);
        QVERIFY(outcome);
        QCOMPARE(int(outcome->state), expectedState);
        QCOMPARE(int(outcome->skipReason), expectedReason);
        QCOMPARE(outcome->code, expectedCode);
        QVERIFY(!outcome->message.isEmpty());
        if (serviceStatus != 0) // the service's own words, not ours
            QCOMPARE(outcome->message, QStringLiteral("The service says no."));
    }

    void preflight_otherBlockingFinding_failsWithItsWords()
    {
        PreflightReport r = report(service());
        r.facts.blobs = QList<BackupBlob> {};
        BackupBlob existing;
        existing.name = r.facts.request.blobName;
        r.facts.blobs->append(existing);
        r.findings = PreflightRules::evaluate(r.facts, kNow);
        const auto outcome = BatchOutcome::fromPreflight(r);
        QVERIFY(outcome);
        QCOMPARE(outcome->state, BatchItem::State::Failed);
        QCOMPARE(outcome->code, QStringLiteral("BlobExists"));
        QVERIFY2(outcome->message.contains(r.facts.request.blobName), qPrintable(outcome->message));
    }

    void beforeStart_tierThenBusy_elseItsTurnComes()
    {
        // Nothing known: its turn comes, and preflight decides.
        QVERIFY(!BatchOutcome::beforeStart(std::nullopt, QStringLiteral("svc"), QString()));
        QVERIFY(!BatchOutcome::beforeStart(service(), QStringLiteral("svc"), QString()));

        const auto tier = BatchOutcome::beforeStart(
            service(QStringLiteral("Consumption")), QStringLiteral("svc"), QStringLiteral("op-1"));
        QVERIFY(tier);
        QCOMPARE(tier->state, BatchItem::State::Skipped);
        QCOMPARE(tier->skipReason, BatchItem::SkipReason::TierUnsupported); // the tier wins over busy
        QVERIFY2(tier->message.contains(QLatin1String("Consumption")), qPrintable(tier->message));

        const auto busy = BatchOutcome::beforeStart(service(), QStringLiteral("svc"), QStringLiteral("op-1"));
        QVERIFY(busy);
        QCOMPARE(busy->state, BatchItem::State::Skipped);
        QCOMPARE(busy->skipReason, BatchItem::SkipReason::Busy);
        QCOMPARE(busy->code, QStringLiteral("OperationInProgress"));
        QVERIFY2(busy->message.contains(QLatin1String("op-1")) && busy->message.contains(QLatin1String("svc")),
            qPrintable(busy->message));
        const auto unlisted = BatchOutcome::beforeStart(std::nullopt, QStringLiteral("svc"), QStringLiteral("op-2"));
        QVERIFY(unlisted);
        QCOMPARE(unlisted->skipReason, BatchItem::SkipReason::Busy);
    }

    void record_succeeded()
    {
        const BatchOutcome outcome = BatchOutcome::fromRecord(record(OperationState::Succeeded));
        QCOMPARE(outcome.state, BatchItem::State::Succeeded);
        QCOMPARE(outcome.skipReason, BatchItem::SkipReason::None);
        QVERIFY(outcome.code.isEmpty());
    }

    void record_failed_keepsTheServiceMessage()
    {
        const QString armMessage = QStringLiteral("Backup failed: storage account not reachable (403).");
        const BatchOutcome outcome = BatchOutcome::fromRecord(
            record(OperationState::Failed, httpError(400, QStringLiteral("BackupFailed"), armMessage)));
        QCOMPARE(outcome.state, BatchItem::State::Failed);
        QCOMPARE(outcome.code, QStringLiteral("BackupFailed"));
        QCOMPARE(outcome.message, armMessage);
    }

    void record_refusedStart_isASkip_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<int>("expectedReason");
        QTest::newRow("locked") << 409 << "ServiceLocked" << false << int(BatchItem::State::Skipped)
                                << int(BatchItem::SkipReason::Busy);
        QTest::newRow("earlier operation") << 0 << "OperationInProgress" << false << int(BatchItem::State::Skipped)
                                           << int(BatchItem::SkipReason::Busy);
        QTest::newRow("backup action refused")
            << 403 << "AuthorizationFailed" << false << int(BatchItem::State::Skipped)
            << int(BatchItem::SkipReason::NoPermission);
        // Accepted, then refused while it ran (storage): that is a failed backup.
        QTest::newRow("403 after accepting") << 403 << "AuthorizationFailed" << true << int(BatchItem::State::Failed)
                                             << int(BatchItem::SkipReason::None);
    }
    void record_refusedStart_isASkip()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, accepted);
        QFETCH(int, expectedState);
        QFETCH(int, expectedReason);
        const BatchOutcome outcome = BatchOutcome::fromRecord(
            record(OperationState::Failed, httpError(status, code, QStringLiteral("words")), accepted));
        QCOMPARE(int(outcome.state), expectedState);
        QCOMPARE(int(outcome.skipReason), expectedReason);
        QCOMPARE(outcome.code, code);
    }

    void record_canceledAndUnknown()
    {
        QCOMPARE(
            BatchOutcome::fromRecord(record(OperationState::Canceled)).skipReason, BatchItem::SkipReason::Canceled);
        OperationRecord lost = record(OperationState::Unknown);
        lost.note = QStringLiteral("Lost track; check the service.");
        const BatchOutcome outcome = BatchOutcome::fromRecord(lost);
        QCOMPARE(outcome.state, BatchItem::State::Failed);
        QCOMPARE(outcome.message, lost.note);
    }

    void summary_result_data()
    {
        QTest::addColumn<QList<BatchItem>>("items");
        QTest::addColumn<int>("result");
        using S = BatchItem::State;
        using R = BatchItem::SkipReason;
        QTest::newRow("empty") << QList<BatchItem> {} << int(BatchSummary::Result::Succeeded);
        QTest::newRow("all good") << QList<BatchItem> { item(S::Succeeded), item(S::Succeeded) }
                                  << int(BatchSummary::Result::Succeeded);
        QTest::newRow("failed wins") << QList<BatchItem> { item(S::Succeeded), item(S::Skipped, R::Busy),
            item(S::Failed) } << int(BatchSummary::Result::Failed);
        QTest::newRow("busy skip needs a look")
            << QList<BatchItem> { item(S::Succeeded), item(S::Skipped, R::Busy) } << int(BatchSummary::Result::Skipped);
        QTest::newRow("tier picked up by --all does not count") << QList<BatchItem> { item(S::Succeeded),
            item(S::Skipped, R::TierUnsupported, false) } << int(BatchSummary::Result::Succeeded);
        QTest::newRow("tier named on purpose counts")
            << QList<BatchItem> { item(S::Succeeded), item(S::Skipped, R::TierUnsupported, true) }
            << int(BatchSummary::Result::Skipped);
        QTest::newRow("no permission via --all counts")
            << QList<BatchItem> { item(S::Skipped, R::NoPermission, false) } << int(BatchSummary::Result::Skipped);
        QTest::newRow("cancelled") << QList<BatchItem> { item(S::Succeeded), item(S::Skipped, R::Canceled) }
                                   << int(BatchSummary::Result::Skipped);
    }
    void summary_result()
    {
        QFETCH(QList<BatchItem>, items);
        QFETCH(int, result);
        BatchSummary summary;
        summary.items = items;
        QCOMPARE(int(summary.result()), result);
    }

    void summary_json_countsAndItems()
    {
        BatchSummary summary;
        summary.startedAt = kNow.addSecs(-120);
        summary.finishedAt = kNow;
        BatchItem ok = item(BatchItem::State::Succeeded);
        ok.operationId = QStringLiteral("op-ok");
        ok.storageAccount = QStringLiteral("acct");
        ok.container = QStringLiteral("backups");
        ok.blobName = QStringLiteral("svc.apimbackup");
        BatchItem bad = item(BatchItem::State::Failed);
        bad.serviceName = QStringLiteral("other");
        bad.code = QStringLiteral("BackupFailed");
        bad.message = QStringLiteral("The storage said no.");
        summary.items = { ok, bad, item(BatchItem::State::Skipped, BatchItem::SkipReason::TierUnsupported, false) };
        const QJsonObject json = summary.toJson();
        QCOMPARE(json.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(json.value(QLatin1String("total")).toInt(), 3);
        QCOMPARE(json.value(QLatin1String("succeeded")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(json.value(QLatin1String("skipped")).toInt(), 1);
        const QJsonArray services = json.value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 3);
        QCOMPARE(services.at(0).toObject().value(QLatin1String("blob")).toObject().value(QLatin1String("name")),
            QJsonValue(QStringLiteral("svc.apimbackup")));
        QCOMPARE(services.at(1).toObject().value(QLatin1String("message")).toString(), bad.message);
        QCOMPARE(
            services.at(2).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("TierUnsupported"));
        QCOMPARE(services.at(2).toObject().value(QLatin1String("requested")).toBool(), false);
    }

    void item_progressShare()
    {
        BatchItem running = item(BatchItem::State::Running);
        QCOMPARE(item(BatchItem::State::Pending).progressShare(), 0.0);
        QCOMPARE(running.progressShare(), 50.0); // no percentage from the service: halfway
        running.percentComplete = 30;
        QCOMPARE(running.progressShare(), 30.0);
        running.percentComplete = 100; // not done until the manager says so
        QCOMPARE(running.progressShare(), 99.0);
        QCOMPARE(item(BatchItem::State::Skipped).progressShare(), 100.0);
    }

    void event_fromBatch_saysWhatFailed()
    {
        BatchSummary summary;
        BatchItem bad = item(BatchItem::State::Failed);
        bad.message = QStringLiteral("The storage said no.");
        summary.items = { item(BatchItem::State::Succeeded), bad };
        summary.startedAt = kNow.addSecs(-60);
        summary.finishedAt = kNow;
        const NotificationEvent event = NotificationEvent::fromBatch(summary, QStringLiteral("backup-host"));
        QCOMPARE(event.result, NotificationEvent::Result::Failed);
        QVERIFY2(event.title.contains(QLatin1String("failed")), qPrintable(event.title));
        QCOMPARE(event.services.size(), 2);
        QCOMPARE(event.services.at(1).message, bad.message);
        QCOMPARE(event.count(QStringLiteral("Failed")), 1);
        QCOMPARE(event.host, QStringLiteral("backup-host"));
        QCOMPARE(event.finishedAt, kNow);
    }

    void event_fromOperationAndEarlyEnd()
    {
        const NotificationEvent done = NotificationEvent::fromOperation(record(OperationState::Succeeded), {});
        QCOMPARE(done.result, NotificationEvent::Result::Succeeded);
        QVERIFY(done.message.contains(QLatin1String("acct/backups/svc.apimbackup")));
        const NotificationEvent refused = NotificationEvent::fromEarlyEnd(
            { kServiceId }, true, QStringLiteral("refused (TierUnsupported)"), kNow, kNow, {});
        QCOMPARE(refused.result, NotificationEvent::Result::Skipped);
        QCOMPARE(refused.services.value(0).name, QStringLiteral("svc"));
        const NotificationEvent signIn
            = NotificationEvent::fromEarlyEnd({}, false, QStringLiteral("sign-in failed"), kNow, kNow, {});
        QCOMPARE(signIn.result, NotificationEvent::Result::Failed);
        QVERIFY(signIn.services.isEmpty());
        QCOMPARE(signIn.message, QStringLiteral("sign-in failed"));
    }
};

QTEST_GUILESS_MAIN(TestBatchOutcome)
#include "tst_batchoutcome.moc"
