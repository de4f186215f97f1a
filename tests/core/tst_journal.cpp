// The operation journal: atomic JSON files per operation, robust to damaged files,
// free of secrets, found by id prefix.
#include "operations/OperationJournal.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {
OperationRecord sample(const QString &id, const QDateTime &created)
{
    OperationRecord record;
    record.id = id;
    record.kind = OperationKind::Backup;
    record.serviceId = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/n");
    record.serviceName = QStringLiteral("n");
    record.storageAccount = QStringLiteral("acct");
    record.container = QStringLiteral("c");
    record.blobName = QStringLiteral("b.apimbackup");
    record.accessType = AccessType::UserAssignedManagedIdentity;
    record.identityClientId = QStringLiteral("client");
    record.state = OperationState::Running;
    record.locationUrl
        = QUrl(QStringLiteral("https://management.azure.com/x/operationresults/abc?api-version=2024-05-01"));
    record.createdAt = created;
    record.acceptedAt = created.addSecs(1);
    record.percentComplete = 40;
    record.error.kind = ArmError::Kind::Http;
    record.error.code = QStringLiteral("BackupFailed");
    record.error.message = QStringLiteral("verbatim");
    record.changes.append({ created.addSecs(5), QStringLiteral("Microsoft.ApiManagement/service/apis/write"), {},
        record.serviceId + QStringLiteral("/apis/echo"), QStringLiteral("someone@contoso.com"),
        QStringLiteral("Succeeded") });
    return record;
}

// A record about to start, as the write-ahead tests need it.
OperationRecord starting(const QString &id, bool startSent)
{
    OperationRecord record = sample(id, QDateTime::currentDateTimeUtc());
    record.state = OperationState::Starting;
    record.startSent = startSent;
    return record;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void saveLoad_roundTripsEveryField()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        const QDateTime created(QDate(2025, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
        const OperationRecord record = sample(QStringLiteral("11111111-2222-3333-4444-555555555555"), created);
        QString error;
        QVERIFY2(journal.save(record, &error), qPrintable(error));
        const auto loaded = journal.load(record.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->kind, OperationKind::Backup);
        QCOMPARE(loaded->state, OperationState::Running);
        QCOMPARE(loaded->accessType, AccessType::UserAssignedManagedIdentity);
        QCOMPARE(loaded->identityClientId, QStringLiteral("client"));
        QCOMPARE(loaded->locationUrl, record.locationUrl);
        QCOMPARE(loaded->createdAt, created);
        QCOMPARE(loaded->acceptedAt, created.addSecs(1));
        QCOMPARE(loaded->percentComplete, 40.0);
        QCOMPARE(loaded->error.code, QStringLiteral("BackupFailed"));
        QCOMPARE(loaded->error.message, QStringLiteral("verbatim"));
        QCOMPARE(loaded->changes.size(), 1);
        QCOMPARE(loaded->changes.first().caller, QStringLiteral("someone@contoso.com"));
        // Atomic writes leave no temporary files behind.
        QCOMPARE(QDir(journal.directory()).entryList(QDir::Files), QStringList { record.id + QStringLiteral(".json") });
    }

    void origin_roundTrips_absentInOlderRecords()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        const QDateTime created(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC);
        OperationRecord record = sample(QStringLiteral("21111111-2222-3333-4444-555555555555"), created);
        record.cloud = QStringLiteral("AzureUSGovernment");
        record.armEndpoint = QStringLiteral("https://management.usgovcloudapi.net/");
        record.tenantId = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
        QVERIFY(journal.save(record));
        const auto loaded = journal.load(record.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->cloud, record.cloud);
        QCOMPARE(loaded->armEndpoint, record.armEndpoint);
        QCOMPARE(loaded->tenantId, record.tenantId);

        // A record written before the origin was kept still loads, with no origin.
        QJsonObject old = record.toJson();
        for (const char *key : { "cloud", "armEndpoint", "tenantId" })
            old.remove(QLatin1String(key));
        bool ok = false;
        const OperationRecord parsed = OperationRecord::fromJson(old, &ok);
        QVERIFY(ok);
        QVERIFY(parsed.cloud.isEmpty() && parsed.armEndpoint.isEmpty() && parsed.tenantId.isEmpty());
        QCOMPARE(parsed.state, OperationState::Running);
    }

    void loadAll_damagedFileSkipped_othersKept()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        const QDateTime t0(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(journal.save(sample(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002"), t0.addSecs(60))));
        QVERIFY(journal.save(sample(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"), t0)));
        QFile broken(QDir(journal.directory()).filePath(QStringLiteral("cccccccc-0000-0000-0000-000000000003.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"id\": \"cccc");
        broken.close();
        QFile foreign(QDir(journal.directory()).filePath(QStringLiteral("dddddddd-0000-0000-0000-000000000004.json")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("{\"hello\": 1}");
        foreign.close();

        QStringList warnings;
        const QList<OperationRecord> records = journal.loadAll(&warnings);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.first().id, QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001")); // oldest first
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.join(QLatin1Char(' ')).contains(QLatin1String("damaged")));
        QVERIFY(QFile::exists(broken.fileName())); // kept for a human to look at
    }

    void save_neverWritesAccessKey()
    {
        // The record has no field for a key; the request's key must not leak through notes.
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record
            = sample(QStringLiteral("eeeeeeee-0000-0000-0000-000000000005"), QDateTime::currentDateTimeUtc());
        QVERIFY(journal.save(record));
        QFile file(journal.pathFor(record.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("accessKey"));
        QVERIFY(text.contains("\"state\": \"Running\""));
        QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
    }

    void find_byUniquePrefix()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        QVERIFY(journal.save(
            sample(QStringLiteral("abc11111-0000-0000-0000-000000000001"), QDateTime::currentDateTimeUtc())));
        QVERIFY(journal.save(
            sample(QStringLiteral("abc22222-0000-0000-0000-000000000002"), QDateTime::currentDateTimeUtc())));
        QString error;
        QVERIFY(journal.find(QStringLiteral("abc1"), &error));
        QVERIFY(!journal.find(QStringLiteral("abc"), &error));
        QVERIFY(error.contains(QLatin1String("matches 2")));
        QVERIFY(!journal.find(QStringLiteral("zzz"), &error));
        QVERIFY(error.contains(QLatin1String("no operation")));
        QVERIFY(!journal.find(QStringLiteral("../../etc/passwd"), &error));
    }

    // The app indexes the unfinished operations once; a CLI run beside it (another journal
    // on the same folder) that ends one, or starts another, is still seen at the next ask.
    void unfinishedFor_seesWhatAnotherProcessWrote()
    {
        QTemporaryDir dir;
        OperationJournal app(dir.path());
        OperationJournal cli(dir.path());
        const QDateTime created = QDateTime::currentDateTimeUtc();
        OperationRecord first = sample(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"), created);
        QVERIFY(app.save(first));
        QCOMPARE(app.unfinishedFor(first.serviceId.toUpper()).size(), 1);

        OperationRecord second = sample(QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002"), created.addSecs(1));
        second.state = OperationState::Starting;
        second.startSent = false; // written without waiting for the disk, and still indexed
        QVERIFY(cli.save(second));
        QCOMPARE(app.unfinishedFor(first.serviceId).size(), 2);

        first.state = OperationState::Succeeded; // ended by the CLI
        QVERIFY(cli.save(first));
        const QList<OperationRecord> running = app.unfinishedFor(first.serviceId);
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.first().id, second.id);

        second.percentComplete = 70; // a progress-only change, same size or not
        second.startSent = true;
        second.state = OperationState::Running;
        QVERIFY(cli.save(second));
        QCOMPARE(app.unfinishedFor(first.serviceId).first().state, OperationState::Running);
        QVERIFY(QFile::remove(cli.pathFor(second.id)));
        QVERIFY(app.unfinishedFor(first.serviceId).isEmpty());
    }

    // Records a worker read go into the app's index: the finished ones are not read again at
    // the first "is an operation running here?", the unfinished ones still are (another
    // process may end them), and a file gone since is forgotten.
    void rememberFinished_finishedNotReadAgain_unfinishedStillAre()
    {
        QTemporaryDir dir;
        OperationJournal cli(dir.path());
        const QDateTime created = QDateTime::currentDateTimeUtc();
        OperationRecord finished = sample(QStringLiteral("cccccccc-0000-0000-0000-000000000001"), created);
        finished.state = OperationState::Succeeded;
        OperationRecord running = sample(QStringLiteral("cccccccc-0000-0000-0000-000000000002"), created.addSecs(1));
        OperationRecord gone = sample(QStringLiteral("cccccccc-0000-0000-0000-000000000003"), created.addSecs(2));
        QVERIFY(cli.save(finished));
        QVERIFY(cli.save(running));
        QVERIFY(cli.save(gone));
        const QList<OperationRecord> read = OperationJournal(dir.path()).loadAll();
        QCOMPARE(read.size(), 3);

        OperationJournal app(dir.path());
        QCOMPARE(OperationJournal::finishedIdsOf(read), QSet<QString> { finished.id });
        app.rememberFinished(OperationJournal::finishedIdsOf(read));
        // Were the finished record's file read again, this (which no real process writes:
        // a finished operation never runs again) would show up as running.
        OperationRecord rewritten = finished;
        rewritten.state = OperationState::Running;
        QVERIFY(cli.save(rewritten));
        QList<OperationRecord> unfinished = app.unfinishedFor(finished.serviceId);
        QCOMPARE(unfinished.size(), 2);
        QCOMPARE(unfinished.at(0).id, running.id);
        QCOMPARE(unfinished.at(1).id, gone.id);

        QVERIFY(QFile::remove(cli.pathFor(gone.id))); // pruned by another process
        unfinished = app.unfinishedFor(finished.serviceId);
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().id, running.id);

        running.state = OperationState::Succeeded; // ended by the CLI: read from its file
        QVERIFY(cli.save(running));
        QVERIFY(app.unfinishedFor(finished.serviceId).isEmpty());

        // Without the records remembered, the same files are all read.
        OperationJournal fresh(dir.path());
        unfinished = fresh.unfinishedFor(finished.serviceId);
        QCOMPARE(unfinished.size(), 1);
        QCOMPARE(unfinished.first().id, finished.id);
    }

    // The write-ahead record: saved on the worker, answered from the event loop once the
    // file holds it, never before.
    void saveDurably_answersOnceTheRecordIsOnDisk()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record = starting(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000001"), false);
        QVERIFY(journal.save(record));
        record.startSent = true;
        QObject context;
        int answers = 0;
        bool saved = false;
        QString error;
        bool onDiskWhenAnswered = false;
        journal.saveDurably(record, &context, [&](bool ok, const QString &why) {
            ++answers;
            saved = ok;
            error = why;
            const auto loaded = journal.load(record.id);
            onDiskWhenAnswered = loaded && loaded->startSent;
        });
        QCOMPARE(answers, 0); // never from inside the call: the caller goes on first
        QTRY_COMPARE(answers, 1);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(onDiskWhenAnswered);
        QCOMPARE(journal.unfinishedFor(record.serviceId).size(), 1);
        QCOMPARE(QDir(journal.directory()).entryList(QDir::Files), QStringList { record.id + QStringLiteral(".json") });
    }

    // A save of the same operation made while the write-ahead record is still on the worker
    // lands after it: the file ends with the newest state, not the write-ahead one.
    void saveDurably_laterSaveOfTheSameOperationLandsAfterIt()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record = starting(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000002"), true);
        bool answered = false;
        QObject context;
        journal.saveDurably(record, &context, [&](bool, const QString &) { answered = true; });
        record.state = OperationState::Canceled; // e.g. the app quit before the POST
        QVERIFY(journal.save(record));
        QVERIFY(journal.unfinishedFor(record.serviceId).isEmpty());
        QTRY_VERIFY(answered);
        const auto loaded = journal.load(record.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->state, OperationState::Canceled);
        QVERIFY(journal.unfinishedFor(record.serviceId).isEmpty());
    }

    // Saves queued behind the write-ahead record may still be on the worker when its answer
    // comes: a save made then must not land before them, or they would overwrite it.
    void saveDurably_saveAfterTheAnswer_landsAfterTheSavesQueuedBehindIt()
    {
        QTemporaryDir dir;
        OperationRecord record = starting(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000004"), true);
        {
            OperationJournal journal(dir.path());
            bool answered = false;
            QObject context;
            journal.saveDurably(record, &context, [&](bool, const QString &) { answered = true; });
            record.state = OperationState::Running;
            for (int i = 0; i < 20; ++i) { // each synced on the worker, after the write-ahead one
                record.percentComplete = i;
                QVERIFY(journal.save(record));
            }
            while (!answered)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            record.state = OperationState::Succeeded;
            record.percentComplete = 100;
            QVERIFY(journal.save(record));
        } // waits for the worker
        OperationJournal reader(dir.path());
        const auto loaded = reader.load(record.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->state, OperationState::Succeeded);
        QCOMPARE(loaded->percentComplete, 100.0);
    }

    // Whoever asked may be gone by the time the disk answers: the answer is dropped, the
    // record is still saved.
    void saveDurably_contextGone_noAnswer_recordSaved()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record
            = sample(QStringLiteral("bbbbbbbb-0000-0000-0000-000000000003"), QDateTime::currentDateTimeUtc());
        record.startSent = true;
        bool answered = false;
        {
            QObject context;
            journal.saveDurably(record, &context, [&](bool, const QString &) { answered = true; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(journal.load(record.id).has_value(), 5000);
        QCoreApplication::processEvents();
        QTest::qWait(50);
        QVERIFY(!answered);
    }

    void saveDurably_invalidId_answersWithTheReason()
    {
        QTemporaryDir dir;
        OperationJournal journal(dir.path());
        OperationRecord record = sample(QStringLiteral("../escape"), QDateTime::currentDateTimeUtc());
        QObject context;
        int answers = 0;
        bool saved = true;
        QString error;
        journal.saveDurably(record, &context, [&](bool ok, const QString &why) {
            ++answers;
            saved = ok;
            error = why;
        });
        QCOMPARE(answers, 0);
        QTRY_COMPARE(answers, 1);
        QVERIFY(!saved);
        QVERIFY2(error.contains(QLatin1String("../escape")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("escape.json"))));
    }

    // Each replaced record is held open across its rename and closed on the worker (its
    // blocks are freed there): none of those files stays open.
    void save_manyTimes_leavesNoFileOpen()
    {
#if defined(Q_OS_LINUX)
        QTemporaryDir dir;
        const auto openFiles
            = [] { return QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size(); };
        const qsizetype before = openFiles();
        {
            OperationJournal journal(dir.path());
            OperationRecord record
                = sample(QStringLiteral("cccccccc-0000-0000-0000-000000000001"), QDateTime::currentDateTimeUtc());
            for (int i = 0; i < 50; ++i) {
                record.percentComplete = i;
                record.state = i % 2 ? OperationState::Running : OperationState::Starting;
                QVERIFY(journal.save(record));
            }
            QCOMPARE(journal.load(record.id)->percentComplete, 49.0);
        } // waits for the worker
        QCOMPARE(openFiles(), before);
#else
        QSKIP("Counts the open files in /proc/self/fd");
#endif
    }

    void save_unwritableDirectory_clearError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("operations")));
        QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
        blocker.close();
        OperationJournal journal(dir.path());
        QString error;
        QVERIFY(!journal.save(
            sample(QStringLiteral("ffffffff-0000-0000-0000-000000000006"), QDateTime::currentDateTimeUtc()), &error));
        QVERIFY2(error.contains(QLatin1String("operation journal")) || error.contains(QLatin1String("Could not")),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
