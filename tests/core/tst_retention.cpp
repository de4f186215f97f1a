// The retention rules behind `prune`, on synthetic blob lists: pure, no network.
#include "operations/Retention.h"

#include <QtTest>

Q_DECLARE_METATYPE(Apim::Core::BackupBlob)

using namespace Apim::Core;

namespace {

const QDateTime kNow(QDate(2025, 6, 30), QTime(12, 0), Qt::UTC);

BackupBlob blob(const QString &name, double ageDays, const QString &serviceMetadata = {}, qint64 size = 1000)
{
    BackupBlob result;
    result.name = name;
    result.size = size;
    if (ageDays >= 0)
        result.createdOn = kNow.addSecs(qint64(-ageDays * 86400));
    if (!serviceMetadata.isEmpty())
        result.metadata.insert(QStringLiteral("service"), serviceMetadata);
    return result;
}

// "contoso-20250101-000000.apimbackup"-style names, ageDays old.
BackupBlob named(const QString &service, double ageDays, qint64 size = 1000)
{
    const QDateTime created = kNow.addSecs(qint64(-ageDays * 86400));
    return blob(service + created.toString(QStringLiteral("-yyyyMMdd-HHmmss")) + QStringLiteral(".apimbackup"), ageDays,
        {}, size);
}

QStringList deleted(const RetentionPlan &plan)
{
    QStringList names;
    for (const RetentionDecision &decision : plan.deletions())
        names.append(decision.blob.name);
    names.sort();
    return names;
}

QStringList sorted(QStringList names)
{
    names.sort();
    return names;
}

const RetentionDecision *find(const RetentionPlan &plan, const QString &name)
{
    for (const RetentionDecision &decision : plan.decisions) {
        if (decision.blob.name == name)
            return &decision;
    }
    return nullptr;
}

RetentionPolicy policy(std::optional<qint64> olderThan = std::nullopt, int keepLast = 1, QStringList services = {})
{
    RetentionPolicy p;
    p.olderThanSeconds = olderThan;
    p.keepLast = keepLast;
    p.services = services;
    return p;
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void serviceOf_metadataFirst_thenNamingConvention_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("metadata");
        QTest::addColumn<QString>("service");
        QTest::newRow("default pattern") << "contoso-prod-apim-20250101-093000.apimbackup"
                                         << ""
                                         << "contoso-prod-apim";
        QTest::newRow("powershell pattern") << "contoso-2025-01-01-09-30.apimbackup"
                                            << ""
                                            << "contoso";
        QTest::newRow("folder prefix") << "nightly/fabrikam-dr-20250101-093000.apimbackup"
                                       << ""
                                       << "fabrikam-dr";
        QTest::newRow("upper-case extension") << "Contoso-20250101-093000.APIMBACKUP"
                                              << ""
                                              << "Contoso";
        QTest::newRow("metadata wins over name") << "contoso-20250101-093000.apimbackup"
                                                 << "fabrikam"
                                                 << "fabrikam";
        QTest::newRow("metadata resource id")
            << "anything.bin"
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso-kr"
            << "contoso-kr";
        QTest::newRow("no date") << "contoso.apimbackup"
                                 << ""
                                 << "";
        QTest::newRow("other extension") << "contoso-20250101-093000.bak"
                                         << ""
                                         << "";
        QTest::newRow("short date") << "contoso-2025.apimbackup"
                                    << ""
                                    << "";
        QTest::newRow("starts with digit") << "1contoso-20250101-093000.apimbackup"
                                           << ""
                                           << "";
    }
    void serviceOf_metadataFirst_thenNamingConvention()
    {
        QFETCH(QString, name);
        QFETCH(QString, metadata);
        QFETCH(QString, service);
        QCOMPARE(Retention::serviceOf(blob(name, 1, metadata)), service);
    }

    void parseAge_acceptsDaysHoursWeeks_rejectsTheRest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: refused
        QTest::newRow("30d") << "30d" << qint64(30 * 86400);
        QTest::newRow("720h") << "720h" << qint64(720 * 3600);
        QTest::newRow("4w") << "4w" << qint64(28 * 86400);
        QTest::newRow("upper, spaces") << " 7 D " << qint64(7 * 86400);
        QTest::newRow("zero") << "0d" << qint64(0);
        QTest::newRow("no unit") << "30" << qint64(-1);
        QTest::newRow("minutes are ambiguous") << "30m" << qint64(-1);
        QTest::newRow("negative") << "-1d" << qint64(-1);
        QTest::newRow("fraction") << "1.5d" << qint64(-1);
        QTest::newRow("word") << "month" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }
    void parseAge_acceptsDaysHoursWeeks_rejectsTheRest()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QString error;
        const auto parsed = Retention::parseAge(text, &error);
        if (seconds < 0) {
            QVERIFY(!parsed);
            QVERIFY2(error.contains(QLatin1String("30d")), qPrintable(error)); // says what to write
        } else {
            QVERIFY2(parsed, qPrintable(error));
            QCOMPARE(*parsed, seconds);
        }
    }

    void plan_default_deletesOnlyExpired_keepsRestorable()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 1), named(QStringLiteral("contoso"), 8),
            named(QStringLiteral("contoso"), 45, 5000), named(QStringLiteral("contoso"), 31) };
        const RetentionPlan plan = Retention::plan(blobs, policy(), kNow);
        QCOMPARE(deleted(plan), sorted({ blobs.at(2).name, blobs.at(3).name }));
        QCOMPARE(plan.deleteCount(), 2);
        QCOMPARE(plan.keepCount(), 2);
        QCOMPARE(plan.bytesToDelete(), qint64(6000));
        QVERIFY(find(plan, blobs.at(2).name)->reason.contains(QLatin1String("expired")));
        QVERIFY(find(plan, blobs.at(0).name)->reason.contains(QLatin1String("restorable")));
        // Newest first within the service.
        QCOMPARE(plan.decisions.first().blob.name, blobs.at(0).name);
        QCOMPARE(plan.decisions.last().blob.name, blobs.at(2).name);
    }

    void plan_exactlyThirtyDays_isNotExpiredYet()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 30), named(QStringLiteral("contoso"), 30.01),
            named(QStringLiteral("contoso"), 2) };
        const RetentionPlan plan = Retention::plan(blobs, policy(), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(1).name }));
    }

    void plan_onlyBackupOfService_expired_isKept_unlessKeepLastZero()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("staging"), 45), named(QStringLiteral("prod"), 3) };
        RetentionPlan plan = Retention::plan(blobs, policy(), kNow);
        QVERIFY(deleted(plan).isEmpty());
        QVERIFY(find(plan, blobs.at(0).name)->reason.contains(QLatin1String("last backup")));

        plan = Retention::plan(blobs, policy(std::nullopt, 0), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(0).name }));
    }

    void plan_allExpired_keepsOnlyTheNewest()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("legacy"), 40), named(QStringLiteral("legacy"), 35),
            named(QStringLiteral("legacy"), 60) };
        const RetentionPlan plan = Retention::plan(blobs, policy(std::nullopt, 3), kNow);
        // keep-last counts restorable backups only; still, the service keeps its newest one.
        QCOMPARE(deleted(plan), sorted({ blobs.at(0).name, blobs.at(2).name }));
        QVERIFY(!find(plan, blobs.at(1).name)->isDelete());
    }

    void plan_olderThan_keepLastProtectsNewestRestorable()
    {
        // --older-than 7d --keep-last 2 with backups 1, 8, 10 and 20 days old: 1 and 8 stay.
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 1), named(QStringLiteral("contoso"), 8),
            named(QStringLiteral("contoso"), 10), named(QStringLiteral("contoso"), 20) };
        const RetentionPlan plan = Retention::plan(blobs, policy(7 * 86400, 2), kNow);
        QCOMPARE(deleted(plan), sorted({ blobs.at(2).name, blobs.at(3).name }));
        QVERIFY(find(plan, blobs.at(1).name)->reason.contains(QLatin1String("keep-last")));
        QVERIFY(find(plan, blobs.at(0).name)->reason.contains(QLatin1String("not older than 7 d")));
    }

    void plan_olderThan_keepLastZero_deletesEverythingOld()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 8), named(QStringLiteral("contoso"), 10) };
        const RetentionPlan plan = Retention::plan(blobs, policy(7 * 86400, 0), kNow);
        QCOMPARE(deleted(plan), sorted({ blobs.at(0).name, blobs.at(1).name }));
    }

    void plan_olderThanLongerThanExpiry_keepsYoungerExpired()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 45), named(QStringLiteral("contoso"), 70),
            named(QStringLiteral("contoso"), 1) };
        const RetentionPlan plan = Retention::plan(blobs, policy(60 * 86400), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(1).name }));
    }

    void plan_keepLastIsPerService()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("a"), 10), named(QStringLiteral("a"), 12),
            named(QStringLiteral("b"), 11), named(QStringLiteral("b"), 13) };
        const RetentionPlan plan = Retention::plan(blobs, policy(7 * 86400, 1), kNow);
        QCOMPARE(deleted(plan), sorted({ blobs.at(1).name, blobs.at(3).name }));
        // Grouped by service, alphabetically.
        QCOMPARE(plan.decisions.at(0).service, QStringLiteral("a"));
        QCOMPARE(plan.decisions.at(2).service, QStringLiteral("b"));
    }

    void plan_serviceFromMetadata_groupsCaseInsensitively()
    {
        // A copied backup whose name says nothing, and one named by convention in other case.
        const QList<BackupBlob> blobs = { blob(QStringLiteral("copy-of-backup.bin"), 50, QStringLiteral("Contoso")),
            named(QStringLiteral("contoso"), 2) };
        const RetentionPlan plan = Retention::plan(blobs, policy(), kNow);
        QCOMPARE(deleted(plan), QStringList({ QStringLiteral("copy-of-backup.bin") }));
    }

    void plan_unknownServiceOrAge_isNeverDeleted()
    {
        const QList<BackupBlob> blobs = { blob(QStringLiteral("readme.txt"), 90),
            blob(QStringLiteral("notes-2020.apimbackup"), 400), named(QStringLiteral("contoso"), -1),
            named(QStringLiteral("contoso"), 50), named(QStringLiteral("contoso"), 1) };
        const RetentionPlan plan = Retention::plan(blobs, policy(std::nullopt, 0), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(3).name }));
        QVERIFY(find(plan, QStringLiteral("readme.txt"))->reason.contains(QLatin1String("not recognised")));
        QVERIFY(find(plan, blobs.at(2).name)->reason.contains(QLatin1String("unknown")));
        // Unknown services come last.
        QVERIFY(plan.decisions.last().service.isEmpty());
    }

    void plan_serviceFilter_leavesOtherServicesAlone()
    {
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso-prod"), 45),
            named(QStringLiteral("contoso-prod"), 2), named(QStringLiteral("fabrikam"), 45),
            named(QStringLiteral("fabrikam"), 1), blob(QStringLiteral("stray.bin"), 100) };
        const QString resourceId = QStringLiteral(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/CONTOSO-PROD");
        const RetentionPlan plan = Retention::plan(blobs, policy(std::nullopt, 1, { resourceId }), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(0).name }));
        QCOMPARE(plan.decisions.size(), 2);
        QCOMPARE(plan.otherServices, 3);
    }

    void plan_sameNameInTwoSubscriptions_groupedByResourceId()
    {
        // Two services called "contoso" in different subscriptions share a container; each
        // backup's metadata carries its resource id.
        const QString idA
            = QStringLiteral("/subscriptions/aaaa/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso");
        const QString idB
            = QStringLiteral("/subscriptions/bbbb/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso");
        auto withId = [](BackupBlob b, const QString &id) {
            b.metadata.insert(QStringLiteral("serviceid"), id);
            return b;
        };
        const QList<BackupBlob> blobs = { withId(named(QStringLiteral("contoso"), 40), idA),
            withId(named(QStringLiteral("contoso"), 2), idA), withId(named(QStringLiteral("contoso"), 35), idB) };
        const RetentionPlan plan = Retention::plan(blobs, policy(), kNow);
        // Merged by name, B's only backup would go (A's newer one "protects" the group).
        QCOMPARE(deleted(plan), QStringList({ blobs.at(0).name }));
        QVERIFY(find(plan, blobs.at(2).name)->reason.contains(QLatin1String("last backup")));
        QCOMPARE(find(plan, blobs.at(2).name)->serviceId, idB);
        QCOMPARE(find(plan, blobs.at(2).name)->service, QStringLiteral("contoso"));

        // --service with a resource id selects that service only, not its namesake.
        const RetentionPlan onlyB = Retention::plan(blobs, policy(std::nullopt, 0, { idB }), kNow);
        QCOMPARE(deleted(onlyB), QStringList({ blobs.at(2).name }));
        QCOMPARE(onlyB.otherServices, 2);
    }

    void plan_nameOnlyAndAmbiguous_keptWithReason()
    {
        const QString idA
            = QStringLiteral("/subscriptions/aaaa/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso");
        const QString idB
            = QStringLiteral("/subscriptions/bbbb/resourceGroups/rg/providers/Microsoft.ApiManagement/service/contoso");
        BackupBlob known = named(QStringLiteral("contoso"), 1);
        known.metadata.insert(QStringLiteral("service"), idA); // a resource id in "service" counts too
        const QList<BackupBlob> blobs
            = { known, named(QStringLiteral("contoso"), 45), named(QStringLiteral("contoso"), 40) };
        // A backup here names "contoso" by id: the name-only ones may be another contoso's.
        const RetentionPlan plan = Retention::plan(blobs, policy(std::nullopt, 0), kNow);
        QVERIFY(deleted(plan).isEmpty());
        const RetentionDecision *ambiguous = find(plan, blobs.at(1).name);
        QVERIFY2(
            ambiguous->reason.contains(QLatin1String("cannot be told")) && ambiguous->reason.contains(idA.toLower()),
            qPrintable(ambiguous->reason));

        // Only names, but the caller gave two services of that name: which is whose is unknown.
        const QList<BackupBlob> names = { named(QStringLiteral("contoso"), 45), named(QStringLiteral("contoso"), 2) };
        const RetentionPlan two = Retention::plan(names, policy(std::nullopt, 1, { idA, idB }), kNow);
        QVERIFY(deleted(two).isEmpty());
        QVERIFY(find(two, names.at(0).name)->reason.contains(QLatin1String("cannot be told")));
        // One service given by id and only names in the container: as before, by name.
        const RetentionPlan one = Retention::plan(names, policy(std::nullopt, 1, { idA }), kNow);
        QCOMPARE(deleted(one), QStringList({ names.at(0).name }));
    }

    void plan_emptyList_isEmptyPlan()
    {
        const RetentionPlan plan = Retention::plan({}, policy(), kNow);
        QVERIFY(plan.decisions.isEmpty());
        QCOMPARE(plan.deleteCount(), 0);
        QCOMPARE(plan.bytesToDelete(), qint64(0));
    }

    void formatAge_readable()
    {
        QCOMPARE(Retention::formatAge(45 * 86400 + 5), QStringLiteral("45 d"));
        QCOMPARE(Retention::formatAge(5 * 3600), QStringLiteral("5 h"));
        QCOMPARE(Retention::formatAge(600), QStringLiteral("10 min"));
        QCOMPARE(Retention::formatAge(-1), QStringLiteral("unknown"));
    }

    void notBackupReason_oneRuleForEveryListing_data()
    {
        QTest::addColumn<BackupBlob>("file");
        QTest::addColumn<bool>("madeHere");
        QTest::addColumn<QString>("reason"); // a part of it; empty: a backup
        BackupBlob empty = named(QStringLiteral("contoso"), 1, 0);
        BackupBlob text = blob(QStringLiteral("contoso-notes.txt"), 1, QStringLiteral("contoso"));
        text.contentType = QStringLiteral("text/plain");
        BackupBlob custom = blob(QStringLiteral("nightly/contoso.bak"), 1);
        custom.contentType = QStringLiteral("application/octet-stream");
        QTest::newRow("by convention") << named(QStringLiteral("contoso"), 1) << false << QString();
        QTest::newRow("by metadata") << blob(QStringLiteral("copy.bin"), 1, QStringLiteral("contoso")) << false
                                     << QString();
        QTest::newRow("empty, named like a backup") << empty << false << "it is empty (0 bytes)";
        QTest::newRow("empty, made by this tool") << empty << true << "it is empty (0 bytes)";
        QTest::newRow("a text file naming a service") << text << false << "it is a text file (text/plain)";
        QTest::newRow("random bytes") << blob(QStringLiteral("random.bin"), 1) << false << "no service in its metadata";
        QTest::newRow("another name, made by this tool") << custom << true << QString();
        QTest::newRow("another name, found in storage") << custom << false << "does not follow";
    }
    void notBackupReason_oneRuleForEveryListing()
    {
        QFETCH(BackupBlob, file);
        QFETCH(bool, madeHere);
        QFETCH(QString, reason);
        const QString said = Retention::notBackupReason(file, madeHere);
        if (reason.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(reason), qPrintable(said));
    }

    void plan_filesThatAreNotBackups_areKept_andNeverStandInForTheNewest()
    {
        // An empty file named like the newest backup must not be "the newest restorable backup"
        // that --keep-last protects: the real 10-day-old one is.
        const QList<BackupBlob> blobs = { named(QStringLiteral("contoso"), 45), named(QStringLiteral("contoso"), 10),
            named(QStringLiteral("contoso"), 1, 0), blob(QStringLiteral("random.bin"), 90) };
        const RetentionPlan plan = Retention::plan(blobs, policy(qint64(5) * 86400, 1), kNow);
        QCOMPARE(deleted(plan), QStringList({ blobs.at(0).name }));
        QVERIFY(find(plan, blobs.at(1).name)->reason.contains(QLatin1String("--keep-last")));
        const RetentionDecision *empty = find(plan, blobs.at(2).name);
        QVERIFY(!empty->isDelete());
        QVERIFY2(empty->reason.contains(QLatin1String("not recognised as a backup (it is empty")),
            qPrintable(empty->reason));
        // Nothing protects them, and still nothing deletes them.
        const RetentionPlan harshest = Retention::plan(blobs, policy(qint64(0), 0), kNow);
        QCOMPARE(deleted(harshest), QStringList({ blobs.at(0).name, blobs.at(1).name }));
        // Asked for by service, the empty file is shown with why it stays.
        const RetentionPlan forContoso
            = Retention::plan(blobs, policy(qint64(0), 0, { QStringLiteral("contoso") }), kNow);
        QVERIFY(!find(forContoso, blobs.at(2).name)->isDelete());
        QCOMPARE(forContoso.otherServices, 1); // random.bin names no service
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
