// Backup and restore end to end against a private azure-sim and Azurite: local refusals,
// every fault kind on the start request (never a second backup), a restore that undoes a
// change, the change report of a backup during which an API changed, and resuming from
// the journal after the app went away.
#include "support_EngineHarness.h"

#include "operations/CopyCommand.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
const QString kPostRoute = QStringLiteral("^POST .*/backup$");

QString uniqueBlob(const char *tag)
{
    return QStringLiteral("ops-%1-%2.apimbackup")
        .arg(QLatin1String(tag), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

QStringList apisOf(SimControl &control, const QString &serviceId)
{
    const QJsonArray services = control.state().value(QLatin1String("services")).toArray();
    for (const QJsonValue &value : services) {
        const QJsonObject service = value.toObject();
        if (service.value(QLatin1String("id")).toString().compare(serviceId, Qt::CaseInsensitive) == 0) {
            QStringList apis;
            const QJsonArray list = service.value(QLatin1String("apis")).toArray();
            for (const QJsonValue &api : list)
                apis << api.toString();
            apis.sort();
            return apis;
        }
    }
    return {};
}
} // namespace

class TestOperations : public QObject
{
    Q_OBJECT
private:
    EngineHarness m_harness;
    QTemporaryDir m_dir;
    std::unique_ptr<OperationsStack> m_ops;
    SimControl &control() { return m_harness.control(); }

    OperationRecord run(const OperationRequest &request, OperationsStack *ops = nullptr)
    {
        ops = ops ? ops : m_ops.get();
        QString error;
        const QString id = request.kind == OperationKind::Backup ? ops->manager.startBackup(request, &error)
                                                                 : ops->manager.startRestore(request, &error);
        if (id.isEmpty()) {
            qWarning("refused: %s", qPrintable(error));
            return {};
        }
        return ops->waitFinished(id);
    }

    bool putApi(const QString &serviceId, const QString &apiId)
    {
        const QJsonObject result = control().arm("PUT",
            serviceId + QStringLiteral("/apis/%1?api-version=2024-05-01").arg(apiId), m_harness.token(),
            { { QStringLiteral("properties"),
                QJsonObject { { QStringLiteral("displayName"), apiId }, { QStringLiteral("path"), apiId },
                    { QStringLiteral("protocols"), QJsonArray { QStringLiteral("https") } } } } });
        const int status = result.value(QLatin1String("status")).toInt();
        return status == 200 || status == 201;
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
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1000 },
            { QStringLiteral("retryAfterSeconds"), 1 }, { QStringLiteral("asyncOperationHeader"), false } }));
    }

    void cleanup()
    {
        // A test must not leave an operation behind for the next one.
        for (const OperationRecord &record : m_ops->manager.list()) {
            if (m_ops->manager.isTracking(record.id))
                m_ops->waitFinished(record.id);
        }
    }

    void startBackup_invalidInput_refusedLocally_data()
    {
        QTest::addColumn<QString>("serviceId");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("blob");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("not a service id")
            << "/subscriptions/x/resourceGroups/y/providers/Microsoft.Storage/storageAccounts/z"
            << "apim-backups"
            << "b"
            << "not the resource id";
        QTest::newRow("container") << Demo::kProdApim << "Apim_Backups"
                                   << "b"
                                   << "lowercase";
        QTest::newRow("blob") << Demo::kProdApim << "apim-backups"
                              << "b."
                              << "dot or a slash";
    }
    void startBackup_invalidInput_refusedLocally()
    {
        QFETCH(QString, serviceId);
        QFETCH(QString, container);
        QFETCH(QString, blob);
        QFETCH(QString, complaint);
        OperationRequest request = backupRequest(serviceId, blob);
        request.container = container;
        QString error;
        QVERIFY(m_ops->manager.startBackup(request, &error).isEmpty());
        QVERIFY2(error.contains(complaint), qPrintable(error));
        QCOMPARE(control().count(kPostRoute), 0);
    }

    void startBackup_userIdentityWithoutClientId_refused()
    {
        OperationRequest request
            = backupRequest(Demo::kProdApim, uniqueBlob("uai"), AccessType::UserAssignedManagedIdentity);
        request.identityClientId.clear();
        QString error;
        QVERIFY(m_ops->manager.startBackup(request, &error).isEmpty());
        QVERIFY(error.contains(QLatin1String("client id")));
    }

    void startBackup_defaultName_fromPattern()
    {
        OperationRequest request = backupRequest(Demo::kDevApim, QString(), AccessType::AccessKey);
        request.storageSubscriptionId = Demo::kProdSub; // the account lives in another subscription
        QString error;
        const QString id = m_ops->manager.startBackup(request, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        const OperationRecord record = m_ops->waitFinished(id);
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY2(QRegularExpression(QStringLiteral("^contoso-dev-apim-\\d{8}-\\d{6}\\.apimbackup$"))
                     .match(record.blobName)
                     .hasMatch(),
            qPrintable(record.blobName));
    }

    void secondOperationOnSameService_refused()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1500 } }));
        QString error;
        const QString first = m_ops->manager.startBackup(
            backupRequest(Demo::kProdKrApim, uniqueBlob("first"), AccessType::SystemAssignedManagedIdentity), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(m_ops->manager
                    .startBackup(backupRequest(Demo::kProdKrApim, uniqueBlob("second"),
                                     AccessType::SystemAssignedManagedIdentity),
                        &error)
                    .isEmpty());
        QVERIFY(error.contains(first));
        QVERIFY(error.contains(QLatin1String("one backup or restore per service")));
        QCOMPARE(m_ops->waitFinished(first).state, OperationState::Succeeded);
        QCOMPARE(control().count(kPostRoute), 1);
    }

    void identities_bothKindsSucceed_data()
    {
        QTest::addColumn<int>("access");
        QTest::newRow("system") << int(AccessType::SystemAssignedManagedIdentity);
        QTest::newRow("user") << int(AccessType::UserAssignedManagedIdentity);
    }
    void identities_bothKindsSucceed()
    {
        QFETCH(int, access);
        const OperationRecord record = run(backupRequest(Demo::kProdApim, uniqueBlob("identity"), AccessType(access)));
        QVERIFY2(record.state == OperationState::Succeeded, qPrintable(record.error.technicalSummary()));
        const QJsonArray posts = control().matching(kPostRoute);
        QCOMPARE(posts.size(), 1);
        QVERIFY(!posts.first().toObject().value(QLatin1String("body")).toString().contains(QLatin1String("accessKey")));
    }

    void startFaults_rightEndAndNeverTwoBackups_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<QString>("noteOrError");
        QTest::newRow("throttle") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("throttle") },
            { QStringLiteral("retryAfter"), 1 } }
                                  << int(OperationState::Succeeded) << "";
        QTest::newRow("500") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } }
                             << int(OperationState::Failed) << "did not start";
        QTest::newRow("503") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 503 } }
                             << int(OperationState::Failed) << "did not start";
        QTest::newRow("drop") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("drop") } }
                              << int(OperationState::Failed) << "did not start";
        QTest::newRow("truncate") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("truncate") } }
                                  << int(OperationState::Succeeded) << "";
        QTest::newRow("latency") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("latency") },
            { QStringLiteral("latencyMs"), 500 } }
                                 << int(OperationState::Succeeded) << "";
        QTest::newRow("expireToken") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("expireToken") } }
                                     << int(OperationState::Succeeded) << "";
        QTest::newRow("serviceLocked") << QJsonObject { { QStringLiteral("kind"), QStringLiteral("serviceLocked") } }
                                       << int(OperationState::Failed) << "Another operation is running";
    }
    void startFaults_rightEndAndNeverTwoBackups()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, expectedState);
        QFETCH(QString, noteOrError);
        fault.insert(QStringLiteral("route"), kPostRoute);
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        const QString blob = uniqueBlob("startfault");
        const OperationRecord record = run(backupRequest(Demo::kPartnersApim, blob, AccessType::AccessKey));
        QVERIFY2(int(record.state) == expectedState,
            qPrintable(operationStateName(record.state) + QLatin1Char(' ') + record.note + QLatin1Char(' ')
                + record.error.technicalSummary()));
        if (!noteOrError.isEmpty())
            QVERIFY2(record.note.contains(noteOrError) || record.error.userMessage().contains(noteOrError),
                qPrintable(record.note + QLatin1String(" | ") + record.error.userMessage()));
        // However the start went, Azure was asked to start at most one backup: every POST
        // beyond the first was one Azure had refused unprocessed (429 or 401).
        const QJsonArray posts = control().matching(kPostRoute);
        int accepted = 0;
        for (const QJsonValue &post : posts) {
            const int status = post.toObject().value(QLatin1String("status")).toInt();
            if (status == 202)
                ++accepted;
            else
                QVERIFY2(status == 429 || status == 401 || posts.size() == 1, qPrintable(QString::number(status)));
        }
        QVERIFY(accepted <= 1);
        QCOMPARE(accepted, expectedState == int(OperationState::Succeeded) ? 1 : 0);
        if (expectedState == int(OperationState::Failed))
            QVERIFY(!record.error.userMessage().isEmpty());
    }

    void restoreRoundTrip_changeUndone()
    {
        const QString blob = uniqueBlob("roundtrip");
        const QStringList before = apisOf(control(), Demo::kStagingApim);
        QVERIFY(!before.isEmpty());
        OperationRequest request = backupRequest(Demo::kStagingApim, blob, AccessType::AccessKey);
        request.storageAccount = QStringLiteral("devbackupstore");
        QCOMPARE(run(request).state, OperationState::Succeeded);

        QVERIFY(putApi(Demo::kStagingApim, QStringLiteral("added-after-backup")));
        QVERIFY(apisOf(control(), Demo::kStagingApim).contains(QStringLiteral("added-after-backup")));

        request.kind = OperationKind::Restore;
        const OperationRecord restored = run(request);
        QVERIFY2(restored.state == OperationState::Succeeded, qPrintable(restored.error.technicalSummary()));
        QCOMPARE(apisOf(control(), Demo::kStagingApim), before);
        QCOMPARE(control().count(QStringLiteral("^POST .*/restore$")), 1);
    }

    void restoreStartLost_resolvedThroughTheActivityLog_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("failTheRestore");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<QString>("note");
        const QJsonObject error500 { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } };
        const QJsonObject error503 { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 503 } };
        const QJsonObject drop { { QStringLiteral("kind"), QStringLiteral("drop") } };
        const QJsonObject dropAnswer { { QStringLiteral("kind"), QStringLiteral("dropAnswer") } };
        // Not accepted: the log has nothing under the correlation id, so it did not start.
        QTest::newRow("500") << error500 << false << int(OperationState::Failed) << "did not start";
        QTest::newRow("503") << error503 << false << int(OperationState::Failed) << "did not start";
        QTest::newRow("drop") << drop << false << int(OperationState::Failed) << "did not start";
        // Accepted, answer lost, over before the service was looked at: the log says how it ended.
        QTest::newRow("answer lost, succeeded")
            << dropAnswer << false << int(OperationState::Succeeded) << "Activity Log shows";
        QTest::newRow("answer lost, failed")
            << dropAnswer << true << int(OperationState::Failed) << "Activity Log shows";
    }
    void restoreStartLost_resolvedThroughTheActivityLog()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, failTheRestore);
        QFETCH(int, expectedState);
        QFETCH(QString, note);
        const QString restoreRoute = QStringLiteral("^POST .*/restore$");
        OperationRequest request = backupRequest(Demo::kStagingApim, uniqueBlob("lostrestore"), AccessType::AccessKey);
        request.storageAccount = QStringLiteral("devbackupstore");
        QCOMPARE(run(request).state, OperationState::Succeeded);

        // A restore that ends at once: the service is never seen Updating, so only the
        // Activity Log can tell what happened.
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 0 } }));
        auto restoreDuration = qScopeGuard([this] {
            control().setConfig({ { QStringLiteral("operationDurationMs"), 3000 } });
        });
        const int postsBefore = control().count(restoreRoute);
        fault.insert(QStringLiteral("route"), restoreRoute);
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        if (failTheRestore)
            QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
                { QStringLiteral("route"), restoreRoute }, { QStringLiteral("times"), 1 } }));
        request.kind = OperationKind::Restore;
        const OperationRecord record = run(request);
        QVERIFY2(int(record.state) == expectedState,
            qPrintable(operationStateName(record.state) + QLatin1Char(' ') + record.note));
        QVERIFY2(record.note.contains(note), qPrintable(record.note));
        QVERIFY2(record.note.contains(record.startCorrelationId) && !record.startCorrelationId.isEmpty(),
            qPrintable(record.note));
        QCOMPARE(control().count(restoreRoute), postsBefore + 1); // never sent twice
        // The POST carried the correlation id the record was journalled with.
        const QJsonArray posts = control().matching(restoreRoute);
        QVERIFY(!posts.isEmpty());
        const QJsonObject sentHeaders = posts.last().toObject().value(QLatin1String("headers")).toObject();
        QCOMPARE(sentHeaders.value(QLatin1String("x-ms-correlation-request-id")).toString(), record.startCorrelationId);
    }

    // A backup whose start answer was lost, and whose container cannot be read (no right
    // to the storage account): its file cannot witness, so the Activity Log under the
    // start's correlation id decides, as for a restore - never "unknown" while Azure knows.
    void backupStartLost_containerUnreadable_resolvedThroughTheActivityLog_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("failTheBackup");
        QTest::addColumn<int>("expectedState");
        QTest::addColumn<QString>("note");
        const QJsonObject error500 { { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("status"), 500 } };
        const QJsonObject dropAnswer { { QStringLiteral("kind"), QStringLiteral("dropAnswer") } };
        QTest::newRow("500: not accepted") << error500 << false << int(OperationState::Failed) << "did not start";
        QTest::newRow("answer lost, succeeded")
            << dropAnswer << false << int(OperationState::Succeeded) << "Activity Log shows";
        QTest::newRow("answer lost, failed")
            << dropAnswer << true << int(OperationState::Failed) << "Activity Log shows";
    }
    void backupStartLost_containerUnreadable_resolvedThroughTheActivityLog()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, failTheBackup);
        QFETCH(int, expectedState);
        QFETCH(QString, note);
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 0 } }));
        auto restoreDuration = qScopeGuard([this] {
            control().setConfig({ { QStringLiteral("operationDurationMs"), 3000 } });
            control().clearFaults();
        });
        // The storage account can be neither found nor its keys read: the container is shut.
        QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("error") },
            { QStringLiteral("route"), QStringLiteral("Microsoft.Storage/storageAccounts") },
            { QStringLiteral("status"), 403 }, { QStringLiteral("times"), -1 } }));
        const int postsBefore = control().count(kPostRoute);
        fault.insert(QStringLiteral("route"), kPostRoute);
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        if (failTheBackup)
            QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
                { QStringLiteral("route"), kPostRoute }, { QStringLiteral("times"), 1 } }));
        const OperationRecord record
            = run(backupRequest(Demo::kProdApim, uniqueBlob("lostbackup"), AccessType::SystemAssignedManagedIdentity));
        QVERIFY2(int(record.state) == expectedState,
            qPrintable(operationStateName(record.state) + QLatin1Char(' ') + record.note));
        QVERIFY2(record.note.contains(note), qPrintable(record.note));
        QVERIFY2(record.note.contains(record.startCorrelationId) && !record.startCorrelationId.isEmpty(),
            qPrintable(record.note));
        QVERIFY(control().count(QStringLiteral("Microsoft.Storage/storageAccounts")) > 0); // the file was looked for
        QCOMPARE(control().count(kPostRoute), postsBefore + 1); // never sent twice
        if (expectedState == int(OperationState::Failed) && failTheBackup)
            QCOMPARE(record.error.code, QStringLiteral("BackupFailed"));
    }

    // A backup whose start answer was lost, whose container can be read but holds no file
    // of it: a backup Azure accepted may fail before writing one, so the Activity Log under
    // the start's correlation id decides between "failed" and "did not start".
    void backupStartLost_containerReadable_noFile_activityLogDecides_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("code");
        QTest::newRow("500: not accepted")
            << QJsonObject { { QStringLiteral("kind"), QStringLiteral("error") }, { QStringLiteral("status"), 500 } }
            << "did not start" << QString();
        QTest::newRow("answer lost, failed before any file")
            << QJsonObject { { QStringLiteral("kind"), QStringLiteral("dropAnswer") } } << "Activity Log shows"
            << "BackupFailed";
    }
    void backupStartLost_containerReadable_noFile_activityLogDecides()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(QString, note);
        QFETCH(QString, code);
        const QString activityLog = QStringLiteral("^GET .*/providers/Microsoft.Insights/eventtypes/management/values");
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 0 } }));
        auto restoreDuration = qScopeGuard([this] {
            control().setConfig({ { QStringLiteral("operationDurationMs"), 3000 } });
            control().clearFaults();
        });
        const int postsBefore = control().count(kPostRoute);
        const int lookupsBefore = control().count(activityLog);
        fault.insert(QStringLiteral("route"), kPostRoute);
        fault.insert(QStringLiteral("times"), 1);
        QVERIFY(control().addFault(fault));
        if (!code.isEmpty())
            QVERIFY(control().addFault({ { QStringLiteral("kind"), QStringLiteral("failOperation") },
                { QStringLiteral("route"), kPostRoute }, { QStringLiteral("times"), 1 } }));
        const QString blob = uniqueBlob("lostreadable");
        const OperationRecord record
            = run(backupRequest(Demo::kProdApim, blob, AccessType::SystemAssignedManagedIdentity));
        QCOMPARE(operationStateName(record.state), QStringLiteral("Failed"));
        QVERIFY2(record.note.contains(note), qPrintable(record.note));
        QVERIFY2(record.note.contains(record.startCorrelationId) && !record.startCorrelationId.isEmpty(),
            qPrintable(record.note));
        if (!code.isEmpty())
            QCOMPARE(record.error.code, code);
        QVERIFY(control().count(activityLog) > lookupsBefore); // the log was asked, not only the container
        bool written = false;
        for (const BackupBlob &b :
            m_ops->listBackups(Demo::kProdSub, QStringLiteral("contosobackups"), QStringLiteral("apim-backups")))
            written = written || b.name == blob;
        QVERIFY(!written); // the container was readable and held no file of it
        QCOMPARE(control().count(kPostRoute), postsBefore + 1); // never sent twice
    }

    void restore_tierMismatch_failsWithServiceWords()
    {
        // Without preflight the service itself refuses; its words reach the user verbatim.
        OperationRequest request = backupRequest(Demo::kProdKrApim, QString(), AccessType::AccessKey);
        const auto backups
            = m_ops->listBackups(Demo::kProdSub, QStringLiteral("contosobackups"), QStringLiteral("apim-backups"));
        for (const BackupBlob &b : backups) {
            if (b.sourceSku() == QLatin1String("Standard") && !b.isExpired(m_harness.clock()->now()))
                request.blobName = b.name;
        }
        QVERIFY(!request.blobName.isEmpty());
        request.kind = OperationKind::Restore;
        const OperationRecord record = run(request);
        QCOMPARE(record.state, OperationState::Failed);
        QVERIFY2(record.error.message.contains(QLatin1String("Standard")), qPrintable(record.error.technicalSummary()));
    }

    void changeReport_listsChangeMadeDuringBackup()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 2500 } }));
        bool changed = false;
        connect(&m_ops->manager, &OperationManager::operationChanged, this, [&](const OperationRecord &record) {
            if (!changed && record.state == OperationState::Running && record.serviceId == Demo::kProdApim) {
                changed = true;
                putApi(Demo::kProdApim, QStringLiteral("changed-mid-backup"));
            }
        });
        const OperationRecord record
            = run(backupRequest(Demo::kProdApim, uniqueBlob("changes"), AccessType::SystemAssignedManagedIdentity));
        m_ops->manager.disconnect(this);
        QVERIFY(changed);
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY(record.changesChecked);
        QVERIFY2(record.changesError.isEmpty(), qPrintable(record.changesError));
        bool found = false;
        for (const ChangeEvent &change : record.changes) {
            QVERIFY(!change.operationName.endsWith(QLatin1String("backup/action")));
            found = found || change.resourceId.endsWith(QLatin1String("/apis/changed-mid-backup"));
        }
        QVERIFY2(found, qPrintable(QString::number(record.changes.size())));
        const auto stored = m_ops->journal.load(record.id);
        QVERIFY(stored && !stored->changes.isEmpty());
    }

    void changeReport_quietBackup_noChanges()
    {
        const OperationRecord record
            = run(backupRequest(Demo::kTestApim, uniqueBlob("quiet"), AccessType::SystemAssignedManagedIdentity));
        QCOMPARE(record.state, OperationState::Succeeded);
        QVERIFY(record.changesChecked);
        QVERIFY(record.changes.isEmpty());
    }

    void resume_afterAppWentAway_finishesWithoutNewPost()
    {
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 2500 } }));
        QTemporaryDir dir;
        QString id;
        {
            OperationsStack first(m_harness, dir.path());
            QString error;
            id = first.manager.startBackup(
                backupRequest(Demo::kProdApim, uniqueBlob("resume"), AccessType::SystemAssignedManagedIdentity),
                &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(first.journal.load(id) && first.journal.load(id)->locationUrl.isValid(), 10000);
        } // the "app" quits while the backup runs
        QCOMPARE(OperationJournal(dir.path()).load(id)->state, OperationState::Running);

        OperationsStack second(m_harness, dir.path());
        QStringList warnings;
        QCOMPARE(second.manager.resume(&warnings), 1);
        const OperationRecord record = second.waitFinished(id);
        QCOMPARE(record.state, OperationState::Succeeded);
        QCOMPARE(control().count(kPostRoute), 1);
        QCOMPARE(second.journal.load(id)->state, OperationState::Succeeded);
    }

    void resume_startingRecord_checksServiceNeverPosts()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kind = OperationKind::Backup;
        record.serviceId = Demo::kTestApim;
        record.serviceName = QStringLiteral("contoso-test-apim");
        record.storageAccount = QStringLiteral("contosodevstore");
        record.container = QStringLiteral("apim-backups");
        record.blobName = QStringLiteral("crashed.apimbackup");
        record.state = OperationState::Starting; // crashed between journal and POST answer
        record.createdAt = m_harness.clock()->now();
        QVERIFY(journal.save(record));

        OperationsStack ops(m_harness, dir.path());
        QVERIFY(ops.manager.resumeOne(record.id.left(8)));
        const OperationRecord finished = ops.waitFinished(record.id);
        QCOMPARE(finished.state, OperationState::Failed);
        QVERIFY2(finished.note.contains(QLatin1String("did not start")), qPrintable(finished.note));
        QCOMPARE(control().count(QStringLiteral("^POST .*/(backup|restore)$")), 0);
        QVERIFY(control().count(QStringLiteral("^GET .*/service/contoso-test-apim$")) >= 1);
    }

    void resume_startingRecordWhileServiceBusy_followsServiceState()
    {
        // The POST did reach Azure before the crash: the service is Updating. (Under 2 s:
        // azure-sim's coarse operation timer may fire early above that, and then only a
        // poll of the operation URL, which this record does not have, would settle it.)
        QVERIFY(control().setConfig({ { QStringLiteral("operationDurationMs"), 1800 } }));
        const QJsonObject started = control().arm("POST",
            Demo::kTestApim + QStringLiteral("/backup?api-version=2024-05-01"), m_harness.token(),
            { { QStringLiteral("storageAccount"), QStringLiteral("contosodevstore") },
                { QStringLiteral("containerName"), QStringLiteral("apim-backups") },
                { QStringLiteral("backupName"), QStringLiteral("crashed-busy.apimbackup") },
                { QStringLiteral("accessType"), QStringLiteral("SystemAssignedManagedIdentity") } });
        QCOMPARE(started.value(QLatin1String("status")).toInt(), 202);
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.serviceId = Demo::kTestApim;
        record.serviceName = QStringLiteral("contoso-test-apim");
        record.storageAccount = QStringLiteral("contosodevstore");
        record.container = QStringLiteral("apim-backups");
        record.blobName = QStringLiteral("crashed-busy.apimbackup");
        record.state = OperationState::Starting;
        record.createdAt = m_harness.clock()->now();
        QVERIFY(journal.save(record));
        OperationsStack ops(m_harness, dir.path());
        QCOMPARE(ops.manager.resume(), 1);
        const OperationRecord finished = ops.waitFinished(record.id);
        QCOMPARE(finished.state, OperationState::Succeeded);
        QVERIFY(finished.sawServiceUpdating);
        QVERIFY(finished.note.contains(QLatin1String("as far as can be told")));
        QCOMPARE(control().count(kPostRoute), 1); // only the one this test sent
    }

    void copyCommand_matchesWhatWasSent()
    {
        OperationRequest request
            = backupRequest(Demo::kProdApim, QStringLiteral("x.apimbackup"), AccessType::UserAssignedManagedIdentity);
        const QString command = CopyCommand::azRest(request, m_harness.arm()->resourceManager());
        QString base = m_harness.arm()->resourceManager().toString();
        base.chop(1);
        QVERIFY2(command.contains(base + Demo::kProdApim + QStringLiteral("/backup?api-version=2024-05-01")),
            qPrintable(command));
        QVERIFY(command.contains(Demo::kUserIdentityClientId));
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
