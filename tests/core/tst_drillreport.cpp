// Restore drill reports without a network: the inventory parsing, the comparison and its
// Activity Log explanations, the refusal rules, the Markdown and CSV exports, the store
// on disk (a damaged file is skipped) and a scheduled drill's command line.
#include "recovery/DrillComparison.h"
#include "recovery/DrillExport.h"
#include "recovery/DrillStore.h"
#include "recovery/RestoreDrill.h"
#include "schedule/ScheduleTemplate.h"
#include "util/Csv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {
const QString kSource = QStringLiteral("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg/"
                                       "providers/Microsoft.ApiManagement/service/src");
const QString kStandby = QStringLiteral("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/dr/"
                                        "providers/Microsoft.ApiManagement/service/dr");
const QDateTime kBackupTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC);

ServiceInventory inventory()
{
    ServiceInventory inv;
    inv.apis.insert(QStringLiteral("orders-api"), { QStringLiteral("1"), QStringLiteral("2") });
    inv.apis.insert(QStringLiteral("echo-api"), { QStringLiteral("1") });
    inv.products = { QStringLiteral("starter"), QStringLiteral("unlimited") };
    inv.namedValues = { QStringLiteral("backend-key") };
    inv.backends = { QStringLiteral("orders-backend") };
    inv.policyHash = QStringLiteral("aa11");
    inv.subscriptionCount = 3;
    inv.userCount = 2;
    return inv;
}

ChangeEvent change(const QString &resource, const QString &operation, const QDateTime &time)
{
    ChangeEvent event;
    event.time = time;
    event.operationName = operation;
    event.resourceId = kSource + QLatin1Char('/') + resource;
    event.caller = QStringLiteral("alex@contoso.com");
    event.status = QStringLiteral("Succeeded");
    return event;
}

DrillRecord sampleRecord()
{
    DrillRecord record;
    record.id = QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001");
    record.sourceServiceId = kSource;
    record.standbyServiceId = kStandby;
    record.storageAccount = QStringLiteral("backups");
    record.container = QStringLiteral("apim");
    record.backupName = QStringLiteral("src-1.apimbackup");
    record.backupTime = kBackupTime;
    record.operationId = QStringLiteral("op-1");
    record.state = DrillState::Differences;
    record.startedAt = kBackupTime.addDays(1);
    record.acceptedAt = record.startedAt.addSecs(2);
    record.standbyReadyAt = record.acceptedAt.addMSecs(61500);
    record.rtoMs = 61500;
    record.source = inventory();
    ServiceInventory standby = inventory();
    standby.products.removeAll(QStringLiteral("unlimited"));
    record.standby = standby;
    record.differences = DrillComparison::compare(*record.source, *record.standby);
    record.differences = DrillComparison::explain(record.differences,
        { change(QStringLiteral("products/unlimited"), QStringLiteral("Microsoft.ApiManagement/service/products/write"),
            kBackupTime.addSecs(60)) },
        kSource, kBackupTime);
    return record;
}

BackupBlob blob(const QString &name, const QDateTime &created, const QString &sku = {})
{
    BackupBlob b;
    b.name = name;
    b.createdOn = created;
    if (!sku.isEmpty())
        b.metadata.insert(QStringLiteral("sku"), sku);
    return b;
}

PreflightReport report(const BackupBlob &backup, const QString &standbySku)
{
    PreflightReport r;
    r.facts.request.kind = OperationKind::Restore;
    r.facts.request.serviceId = kStandby;
    r.facts.request.blobName = backup.name;
    ApimService standby;
    standby.id = kStandby;
    standby.name = QStringLiteral("dr");
    standby.skuName = standbySku;
    r.facts.service = standby;
    r.facts.blobs = QList<BackupBlob> { backup };
    return r;
}

ApimService source(const QString &sku)
{
    ApimService service;
    service.id = kSource;
    service.name = QStringLiteral("src");
    service.skuName = sku;
    return service;
}
} // namespace

class TestDrillReport : public QObject
{
    Q_OBJECT
private slots:
    void inventory_namesSkipRevisionsAndPolicyIsHashed()
    {
        const QJsonArray apis = QJsonDocument::fromJson(R"([
            {"name": "orders-api", "properties": {"isCurrent": true}},
            {"name": "orders-api;rev=2", "properties": {"isCurrent": false}},
            {"name": "echo-api", "properties": {}}])")
                                    .array();
        QCOMPARE(
            ServiceInventory::namesOf(apis), QStringList({ QStringLiteral("echo-api"), QStringLiteral("orders-api") }));
        const QJsonArray revisions = QJsonDocument::fromJson(R"([
            {"properties": {"apiRevision": "10"}}, {"properties": {"apiRevision": "9"}}, {"apiRevision": "1"}])")
                                         .array();
        QCOMPARE(ServiceInventory::revisionsOf(revisions),
            QStringList({ QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("10") }));
        const QString xml = QStringLiteral("<policies><inbound /></policies>");
        const QJsonArray policies = QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("policy") },
            { QStringLiteral("properties"), QJsonObject { { QStringLiteral("value"), xml } } } } };
        QCOMPARE(ServiceInventory::policyHashOf(policies),
            QString::fromLatin1(QCryptographicHash::hash(xml.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(ServiceInventory::policyHashOf({}), QString());
    }

    void compare_sameInventory_noDifference() { QVERIFY(DrillComparison::compare(inventory(), inventory()).isEmpty()); }

    void compare_everyKind()
    {
        ServiceInventory standby = inventory();
        standby.apis[QStringLiteral("orders-api")] = { QStringLiteral("1") };
        standby.apis.remove(QStringLiteral("echo-api"));
        standby.products << QStringLiteral("extra");
        standby.policyHash = QStringLiteral("bb22");
        standby.userCount = 1;
        const QList<DrillDifference> differences = DrillComparison::compare(inventory(), standby);
        QCOMPARE(differences.size(), 5);
        QCOMPARE(differences.at(0).kind, DrillDifference::Kind::MissingInStandby);
        QCOMPARE(differences.at(0).name, QStringLiteral("echo-api"));
        QCOMPARE(differences.at(1).kind, DrillDifference::Kind::RevisionsDiffer);
        QCOMPARE(differences.at(1).sourceValue, QStringLiteral("1,2"));
        QCOMPARE(differences.at(2).kind, DrillDifference::Kind::ExtraInStandby);
        QCOMPARE(differences.at(2).collection, QStringLiteral("products"));
        QCOMPARE(differences.at(3).kind, DrillDifference::Kind::PolicyDiffers);
        QCOMPARE(differences.at(4).kind, DrillDifference::Kind::CountDiffers);
        QCOMPARE(differences.at(4).collection, QStringLiteral("users"));
    }

    void explain_onlyWritesAndDeletesAfterTheBackupOfThatResource()
    {
        ServiceInventory standby = inventory();
        standby.products.removeAll(QStringLiteral("unlimited"));
        standby.backends.clear();
        standby.subscriptionCount = 2;
        const QList<ChangeEvent> changes = {
            change(QStringLiteral("products/unlimited"),
                QStringLiteral("Microsoft.ApiManagement/service/products/write"),
                kBackupTime.addSecs(-60)), // before the backup: no explanation
            change(QStringLiteral("backends/orders-backend"),
                QStringLiteral("Microsoft.ApiManagement/service/backends/read"), kBackupTime.addSecs(60)),
            change(QStringLiteral("subscriptions/partner-b"),
                QStringLiteral("Microsoft.ApiManagement/service/subscriptions/delete"), kBackupTime.addSecs(30)),
            change(QStringLiteral("subscriptions/partner-c"),
                QStringLiteral("Microsoft.ApiManagement/service/subscriptions/write"), kBackupTime.addSecs(90)),
        };
        const QList<DrillDifference> explained
            = DrillComparison::explain(DrillComparison::compare(inventory(), standby), changes, kSource, kBackupTime);
        QCOMPARE(explained.size(), 3);
        QVERIFY(!explained.at(0).explanation); // product: the write came before the backup
        QVERIFY(!explained.at(1).explanation); // backend: a read explains nothing
        QVERIFY(explained.at(2).explanation); // subscriptions count: the latest change in the collection
        QCOMPARE(explained.at(2).explanation->resourceId, kSource + QStringLiteral("/subscriptions/partner-c"));
        QCOMPARE(explained.at(0).explanationText(), QStringLiteral("not explained"));
    }

    void childOf_stripsRevisionAndDeeperSegments()
    {
        QString collection;
        QString name;
        QVERIFY(DrillComparison::childOf(
            kSource + QStringLiteral("/APIS/orders-api;rev=2/operations/get"), kSource.toUpper(), &collection, &name));
        QCOMPARE(collection, QStringLiteral("APIS"));
        QCOMPARE(name, QStringLiteral("orders-api"));
        QVERIFY(!DrillComparison::childOf(kStandby + QStringLiteral("/apis/x"), kSource, &collection, &name));
    }

    void judge_refusesExpiredAndOtherTier_data()
    {
        QTest::addColumn<int>("ageDays");
        QTest::addColumn<QString>("blobSku");
        QTest::addColumn<QString>("sourceSku");
        QTest::addColumn<QString>("standbySku");
        QTest::addColumn<QString>("code");
        QTest::newRow("same tier") << 3 << "Standard"
                                   << "Standard"
                                   << "Standard"
                                   << "";
        QTest::newRow("expired") << 31 << "Standard"
                                 << "Standard"
                                 << "Standard"
                                 << "BackupExpired";
        QTest::newRow("other tier") << 3 << "Premium"
                                    << "Premium"
                                    << "Standard"
                                    << "TierMismatch";
        QTest::newRow("blob without tier: the source's") << 3 << ""
                                                         << "Basic"
                                                         << "Standard"
                                                         << "TierMismatch";
        QTest::newRow("blob without tier, same as source") << 3 << ""
                                                           << "Standard"
                                                           << "standard"
                                                           << "";
    }
    void judge_refusesExpiredAndOtherTier()
    {
        QFETCH(int, ageDays);
        QFETCH(QString, blobSku);
        QFETCH(QString, sourceSku);
        QFETCH(QString, standbySku);
        QFETCH(QString, code);
        const QDateTime now(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
        const auto refusal = RestoreDrill::judge(
            report(blob(QStringLiteral("b.apimbackup"), now.addDays(-ageDays), blobSku), standbySku), source(sourceSku),
            now);
        QCOMPARE(refusal ? refusal->code : QString(), code);
        if (refusal)
            QVERIFY(!refusal->message.isEmpty());
    }

    void request_sameServiceIgnoresCase()
    {
        QVERIFY(DrillRequest::sameService(kSource, kSource.toLower() + QLatin1Char('/')));
        QVERIFY(!DrillRequest::sameService(kSource, kStandby));
    }

    void markdown_summarySideBySideAndExplainedDifference()
    {
        const QString text = DrillExport::toMarkdown(sampleRecord());
        QVERIFY(text.startsWith(QStringLiteral("# Restore drill src into dr\n")));
        QVERIFY2(text.contains(QStringLiteral("| RTO | 61.5 s |")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("| Products | 2: starter, unlimited | 1: starter |")));
        QVERIFY(text.contains(QStringLiteral("| Global policy (SHA-256) | aa11 | aa11 |")));
        QVERIFY2(text.contains(QStringLiteral("| Product unlimited: in the source, not in the standby | "
                                              "Microsoft.ApiManagement/service/products/write (Succeeded) by "
                                              "alex@contoso.com at 2025-03-01T10:01:00Z, after the backup |")),
            qPrintable(text));
        QCOMPARE(DrillExport::markdownCell(QStringLiteral("a|b\nc")), QStringLiteral("a\\|b c"));
    }

    void csv_oneRowPerDifferenceAndFormulasDefused()
    {
        const QStringList lines = DrillExport::toCsv(sampleRecord()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(
            QStringLiteral("drill_id,source,standby,backup,backup_time_utc,state,rto_seconds,")));
        QCOMPARE(lines.at(1),
            QStringLiteral("0f0e0d0c-0000-4000-8000-000000000001,%1,%2,src-1.apimbackup,2025-03-01T10:00:00Z,"
                           "Differences,61.500,MissingInStandby,products,unlimited,,,"
                           "Microsoft.ApiManagement/service/products/write,2025-03-01T10:01:00Z,alex@contoso.com")
                .arg(kSource, kStandby));
        DrillRecord clean = sampleRecord();
        clean.differences.clear();
        QCOMPARE(DrillExport::toCsv(clean).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 2);
        QCOMPARE(Csv::field(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(Csv::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    }

    void store_roundTripListsPerServiceOldestFirstAndSkipsDamagedFiles()
    {
        QTemporaryDir dir;
        DrillStore store(dir.path());
        DrillRecord newer = sampleRecord();
        DrillRecord older = sampleRecord();
        older.id = QStringLiteral("ffff0000-0000-4000-8000-000000000002");
        older.startedAt = newer.startedAt.addDays(-7);
        older.state = DrillState::Failed;
        older.reason = QStringLiteral("no permission");
        older.error.kind = ArmError::Kind::Http;
        older.error.httpStatus = 403;
        older.error.code = QStringLiteral("AuthorizationFailed");
        older.source.reset();
        older.standby.reset();
        older.differences.clear();
        older.rtoMs = -1;
        DrillRecord other = sampleRecord();
        other.id = QStringLiteral("aaaa0000-0000-4000-8000-000000000003");
        other.sourceServiceId = kStandby;
        QString error;
        QVERIFY2(store.save(newer, &error), qPrintable(error));
        QVERIFY(store.save(older));
        QVERIFY(store.save(other));
        QFile damaged(QDir(store.directory()).filePath(QStringLiteral("bbbb0000-0000-4000-8000-000000000004.json")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"apim-backup/drill/1\", \"id\": ");
        damaged.close();

        QStringList warnings;
        const QList<DrillRecord> mine = store.forService(kSource.toUpper(), &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("bbbb0000")));
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).id, older.id); // oldest first: the RTO trend
        QCOMPARE(mine.at(1).id, newer.id);
        QCOMPARE(mine.at(0).error.code, QStringLiteral("AuthorizationFailed"));
        QCOMPARE(mine.at(0).reason, older.reason);
        QVERIFY(!mine.at(0).source);
        const DrillRecord &loaded = mine.at(1);
        QCOMPARE(loaded.toJson(), newer.toJson());
        QCOMPARE(loaded.rtoMs, qint64(61500));
        QCOMPARE(*loaded.standby, *newer.standby);
        QVERIFY(loaded.differences.at(0).explanation);
        QCOMPARE(store.loadAll().size(), 3);
        QCOMPARE(store.find(QStringLiteral("ffff"))->id, older.id);
        QVERIFY(!store.find(QStringLiteral("nothing"), &error));
        QVERIFY(!error.isEmpty());
        // Never a value: the file holds names and hashes only.
        QFile file(store.pathFor(newer.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QLatin1String("operationId")).toString(), QStringLiteral("op-1"));
        QCOMPARE(json.value(QLatin1String("source")).toObject().value(QLatin1String("policySha256")).toString(),
            QStringLiteral("aa11"));
    }

    void schedule_drillRunsOneDrillWithYesAndNoPrune()
    {
        ScheduleSpec spec;
        spec.format = ScheduleSpec::Format::Cron;
        spec.program = QStringLiteral("/usr/bin/apim-backup-cli");
        spec.services = { kSource };
        spec.account = QStringLiteral("backups");
        spec.container = QStringLiteral("apim");
        spec.environmentFile = QStringLiteral("/home/u/.config/apim-backup/job.env");
        spec.drillStandby = kStandby;
        spec.drillBackup = QStringLiteral("src-1.apimbackup");
        const ScheduleTemplate schedule(spec);
        QCOMPARE(schedule.validate(), QString());
        const QList<QStringList> commands = schedule.jobCommands();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first(),
            QStringList({ spec.program, QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("drill"),
                QStringLiteral("--service"), kSource, QStringLiteral("--standby"), kStandby,
                QStringLiteral("--storage-account"), QStringLiteral("backups"), QStringLiteral("--container"),
                QStringLiteral("apim"), QStringLiteral("--backup"), QStringLiteral("src-1.apimbackup"),
                QStringLiteral("--yes") }));
        QVERIFY(schedule.files().first().contents.contains(QStringLiteral("restore drill")));

        spec.drillStandby = kSource;
        QVERIFY(!ScheduleTemplate(spec).validate().isEmpty());
        spec.drillStandby = kStandby;
        spec.services << QStringLiteral(
            "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/x/providers/Microsoft.ApiManagement/"
            "service/other");
        QVERIFY(!ScheduleTemplate(spec).validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrillReport)
#include "tst_drillreport.moc"
