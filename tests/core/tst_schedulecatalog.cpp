// The schedules installed on this machine, read back: a round trip through a temporary
// systemd user directory and a temporary crontab file (install as `schedule --install`
// and the Schedules page do, list, the same spec back, remove), entries of older versions,
// and a damaged description line that costs nothing else. systemctl is a recording double.
#include "RecordingScheduleRunner.h"
#include "operations/OperationJournal.h"
#include "schedule/ScheduleCatalog.h"
#include "schedule/ScheduleMarker.h"
#include "schedule/ScheduleSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {

const QString kProd
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");
const QString kPartners
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-partners/providers/"
                     "Microsoft.ApiManagement/service/contoso-partners-apim");
const QString kUserCron = QStringLiteral("MAILTO=alex@contoso.example\n15 4 * * * /usr/bin/backup-photos --quiet\n");

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

const ScheduleEntry *findEntry(const QList<ScheduleEntry> &entries, const QString &name)
{
    for (const ScheduleEntry &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

class TestScheduleCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Apim::Test::RecordingScheduleRunner m_runner;
    int m_case = 0;
    QString m_root; // a fresh folder per test

    QString unitDir() const { return QDir(m_root).filePath(QStringLiteral("config/systemd/user")); }
    QString crontabFile() const { return QDir(m_root).filePath(QStringLiteral("crontab")); }
    QString dataDir() const { return QDir(m_root).filePath(QStringLiteral("data")); }

    ScheduleCatalog catalog()
    {
        ScheduleCatalog::Locations locations;
        locations.systemdDirectory = unitDir();
        locations.useCrontab = true;
        locations.crontabFile = crontabFile();
        locations.dataDir = dataDir();
        return ScheduleCatalog(locations, &m_runner);
    }

    ScheduleSpec spec(const QString &name, ScheduleSpec::Format format) const
    {
        ScheduleSpec s;
        s.format = format;
        s.name = name;
        s.program = QStringLiteral("/opt/apim-backup/bin/apim-backup-cli");
        s.services = { kProd, kPartners };
        s.account = QStringLiteral("contosobackups");
        s.container = QStringLiteral("apim-backups");
        s.accessType = QStringLiteral("system-identity");
        s.every = QStringLiteral("weekly");
        s.weekday = QStringLiteral("mon");
        s.at = QTime(3, 30);
        s.pruneOlderThan = QStringLiteral("30d");
        s.keepLast = 3;
        s.notify = QStringLiteral("ops-teams");
        s.notifyOn = QStringLiteral("always");
        s.environmentFile
            = QDir(m_root).filePath(QStringLiteral("config/apim-backup/") + name + QStringLiteral(".env"));
        s.tenantId = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
        s.clientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
        return s;
    }

    static QDateTime now() { return QDateTime(QDate(2026, 3, 4), QTime(12, 0)); } // a Wednesday

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(QString::number(++m_case));
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(writeFile(crontabFile(), kUserCron));
        m_runner.clear();
        m_runner.setAnswer(true, 0);
    }

    void systemd_installListReadBackRemove()
    {
        const ScheduleSpec installed = spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd);
        QCOMPARE(installed.validate(), QString());
        const ScheduleCatalog::Outcome outcome = catalog().install(installed, now(), true);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        for (const QString &name :
            { QStringLiteral("apim-backup-prod.service"), QStringLiteral("apim-backup-prod.timer") })
            QVERIFY2(QFileInfo::exists(QDir(unitDir()).filePath(name)), qPrintable(name));
        // The timer is enabled through systemctl --user, never anything else.
        QVERIFY2(m_runner.calls().contains(QStringLiteral("systemctl --user enable --now apim-backup-prod.timer")),
            qPrintable(m_runner.calls().join(QLatin1Char('\n'))));
        // The credentials template was written, the note says to fill it in.
        QVERIFY(QFileInfo::exists(installed.environmentFile));
        QVERIFY(outcome.notes.join(QLatin1Char(' ')).contains(installed.environmentFile));

        const QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 1);
        const ScheduleEntry &entry = entries.first();
        QCOMPARE(entry.name, QStringLiteral("apim-backup-prod"));
        QCOMPARE(entry.kind, ScheduleEntry::Kind::Systemd);
        QCOMPARE(entry.state, ScheduleEntry::State::Current);
        QVERIFY(entry.isEditable());
        // The very spec that was installed comes back.
        QCOMPARE(ScheduleMarker::toJson(entry.spec), ScheduleMarker::toJson(installed.normalized()));
        QCOMPARE(entry.spec.services, installed.services);
        QCOMPARE(entry.spec.keepLast, 3);
        QCOMPARE(entry.spec.notify, QStringLiteral("ops-teams"));
        QCOMPARE(entry.services, installed.services);
        QCOMPARE(entry.target, QStringLiteral("contosobackups/apim-backups"));
        QCOMPARE(entry.calendar, QStringLiteral("weekly on mon at 03:30"));
        QCOMPARE(entry.nextRun, QDateTime(QDate(2026, 3, 9), QTime(3, 30))); // the next Monday
        QCOMPARE(entry.files.size(), 2);

        m_runner.clear();
        const ScheduleCatalog::Outcome removed = catalog().remove(entry);
        QVERIFY2(removed.ok, qPrintable(removed.error));
        QVERIFY(m_runner.calls().contains(QStringLiteral("systemctl --user disable --now apim-backup-prod.timer")));
        for (const QString &path : entry.files)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
        // The credentials file may hold the secret: kept, and the note says so.
        QVERIFY(QFileInfo::exists(installed.environmentFile));
        QVERIFY(removed.notes.join(QLatin1Char(' ')).contains(installed.environmentFile));
        QVERIFY(catalog().load(now()).isEmpty());
    }

    void cron_installListReadBackRemove_keepsTheUsersLines()
    {
        ScheduleSpec first = spec(QStringLiteral("apim-backup-nightly"), ScheduleSpec::Format::Cron);
        first.every = QStringLiteral("daily");
        first.at = QTime(1, 15);
        ScheduleSpec second = spec(QStringLiteral("apim-backup-weekdays"), ScheduleSpec::Format::Cron);
        second.every = QStringLiteral("30 2 * * 1-5");
        second.services = { kPartners };
        QVERIFY(catalog().install(first, now(), true).ok);
        const ScheduleCatalog::Outcome outcome = catalog().install(second, now(), true);
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QVERIFY(readFile(crontabFile()).startsWith(kUserCron));
        // cron needs no systemctl, and the real crontab is never asked for.
        QVERIFY2(m_runner.calls().isEmpty(), qPrintable(m_runner.calls().join(QLatin1Char('\n'))));

        const QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 2);
        const ScheduleEntry *nightly = findEntry(entries, first.name);
        const ScheduleEntry *weekdays = findEntry(entries, second.name);
        QVERIFY(nightly && weekdays);
        QCOMPARE(nightly->kind, ScheduleEntry::Kind::Cron);
        QCOMPARE(nightly->state, ScheduleEntry::State::Current);
        QCOMPARE(ScheduleMarker::toJson(nightly->spec), ScheduleMarker::toJson(first.normalized()));
        QCOMPARE(ScheduleMarker::toJson(weekdays->spec), ScheduleMarker::toJson(second.normalized()));
        QCOMPARE(nightly->calendar, QStringLiteral("daily at 01:15"));
        QCOMPARE(nightly->nextRun, QDateTime(QDate(2026, 3, 5), QTime(1, 15)));
        QCOMPARE(weekdays->calendar, QStringLiteral("30 2 * * 1-5"));
        QCOMPARE(weekdays->nextRun, QDateTime(QDate(2026, 3, 5), QTime(2, 30)));
        QCOMPARE(weekdays->services, QStringList { kPartners });

        QVERIFY(catalog().remove(*nightly).ok);
        const QString after = readFile(crontabFile());
        QVERIFY(after.startsWith(kUserCron));
        QVERIFY(!after.contains(first.name));
        QVERIFY(after.contains(second.name));
        const QList<ScheduleEntry> left = catalog().load(now());
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().name, second.name);
        // Removing it again says the list is stale instead of pretending.
        const ScheduleCatalog::Outcome again = catalog().remove(*nightly);
        QVERIFY(!again.ok);
        QVERIFY(again.error.contains(first.name));
    }

    void edit_replacesTheEntry_evenAcrossSchedulers()
    {
        const ScheduleSpec original = spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd);
        QVERIFY(catalog().install(original, now(), false).ok);
        const QList<ScheduleEntry> before = catalog().load(now());
        QCOMPARE(before.size(), 1);

        // Same name, other time: replaced in place.
        ScheduleSpec changed = before.first().spec;
        changed.at = QTime(5, 0);
        QVERIFY(catalog().install(changed, now(), false, &before.first()).ok);
        QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().spec.at, QTime(5, 0));

        // Renamed and moved to cron: the systemd units go.
        ScheduleSpec moved = entries.first().spec;
        moved.format = ScheduleSpec::Format::Cron;
        moved.name = QStringLiteral("apim-backup-moved");
        QVERIFY(catalog().install(moved, now(), false, &entries.first()).ok);
        entries = catalog().load(now());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().name, QStringLiteral("apim-backup-moved"));
        QCOMPARE(entries.first().kind, ScheduleEntry::Kind::Cron);
        QVERIFY(!QFileInfo::exists(QDir(unitDir()).filePath(QStringLiteral("apim-backup-prod.timer"))));
    }

    void olderEntries_areListedAsOlder()
    {
        // Units and a crontab line written before the description line was kept.
        QVERIFY(writeFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup.service")),
            QStringLiteral("[Unit]\nDescription=APIM Backup: scheduled backup\n\n[Service]\nType=oneshot\nExecStart="
                           "/usr/bin/apim-backup-cli backup --service %1 --account oldbackups --container old "
                           "--wait\n")
                .arg(kProd)));
        QVERIFY(writeFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup.timer")),
            QStringLiteral("[Timer]\nOnCalendar=*-*-* 02:00:00\nPersistent=true\n")));
        // Somebody else's timer is none of our business.
        QVERIFY(writeFile(
            QDir(unitDir()).filePath(QStringLiteral("photos.timer")), QStringLiteral("[Timer]\nOnCalendar=daily\n")));
        const QString oldLine = QStringLiteral("0 3 * * 0 /usr/bin/apim-backup-cli backup --service '%1' --account "
                                               "oldbackups --container weekly")
                                    .arg(kPartners);
        QVERIFY(writeFile(crontabFile(), kUserCron + oldLine + QLatin1Char('\n')));

        const QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 2);
        const ScheduleEntry &unit = entries.at(0);
        QCOMPARE(unit.kind, ScheduleEntry::Kind::Systemd);
        QCOMPARE(unit.name, QStringLiteral("apim-backup"));
        QCOMPARE(unit.state, ScheduleEntry::State::Older);
        QVERIFY(!unit.isEditable());
        QCOMPARE(unit.services, QStringList { kProd });
        QCOMPARE(unit.target, QStringLiteral("oldbackups/old"));
        QCOMPARE(unit.calendar, QStringLiteral("*-*-* 02:00:00"));
        const ScheduleEntry &line = entries.at(1);
        QCOMPARE(line.kind, ScheduleEntry::Kind::Cron);
        QCOMPARE(line.state, ScheduleEntry::State::Older);
        QCOMPARE(line.cronLine, oldLine);
        QCOMPARE(line.services, QStringList { kPartners });
        QCOMPARE(line.target, QStringLiteral("oldbackups/weekly"));
        QCOMPARE(line.nextRun, QDateTime(QDate(2026, 3, 8), QTime(3, 0)));

        // An older entry can be deleted; the user's lines stay.
        QVERIFY(catalog().remove(line).ok);
        QCOMPARE(readFile(crontabFile()), kUserCron);
    }

    void damagedMarker_isAnEntryWithItsMessage_andLosesNothingElse()
    {
        const ScheduleSpec good = spec(QStringLiteral("apim-backup-good"), ScheduleSpec::Format::Systemd);
        const ScheduleSpec goodCron = spec(QStringLiteral("apim-backup-cron"), ScheduleSpec::Format::Cron);
        QVERIFY(catalog().install(good, now(), false).ok);
        QVERIFY(catalog().install(goodCron, now(), false).ok);
        // A unit whose description line was cut short by hand.
        QVERIFY(writeFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup-broken.service")),
            QStringLiteral("# apim-backup-schedule: {\"v\":1,\"name\":\"apim-backup-broken\",\"serv\n[Unit]\n"
                           "Description=APIM Backup: broken\n")));
        QVERIFY(writeFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup-broken.timer")),
            QStringLiteral("[Timer]\nOnCalendar=daily\n")));
        // And a crontab block from a newer version.
        QFile crontab(crontabFile());
        QVERIFY(crontab.open(QIODevice::Append));
        crontab.write("# BEGIN apim-backup-schedule apim-backup-future\n"
                      "# apim-backup-schedule: {\"v\":7,\"name\":\"apim-backup-future\"}\n"
                      "0 1 * * * /usr/bin/apim-backup-cli backup\n"
                      "# END apim-backup-schedule apim-backup-future\n");
        crontab.close();

        const QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 4);
        const ScheduleEntry *broken = findEntry(entries, QStringLiteral("apim-backup-broken"));
        const ScheduleEntry *future = findEntry(entries, QStringLiteral("apim-backup-future"));
        QVERIFY(broken && future);
        QCOMPARE(broken->state, ScheduleEntry::State::Damaged);
        QVERIFY(!broken->isEditable());
        QVERIFY2(broken->problem.contains(QLatin1String("damaged")), qPrintable(broken->problem));
        QCOMPARE(future->state, ScheduleEntry::State::Damaged);
        QVERIFY2(future->problem.contains(QLatin1String("7")), qPrintable(future->problem));
        // The others are read in full all the same.
        const ScheduleEntry *intact = findEntry(entries, good.name);
        const ScheduleEntry *intactCron = findEntry(entries, goodCron.name);
        QVERIFY(intact && intactCron);
        QCOMPARE(ScheduleMarker::toJson(intact->spec), ScheduleMarker::toJson(good.normalized()));
        QCOMPARE(ScheduleMarker::toJson(intactCron->spec), ScheduleMarker::toJson(goodCron.normalized()));

        // A damaged entry can be deleted, and only it goes.
        QVERIFY(catalog().remove(*broken).ok);
        QVERIFY(catalog().remove(*future).ok);
        const QList<ScheduleEntry> left = catalog().load(now());
        QCOMPARE(left.size(), 2);
        QVERIFY(readFile(crontabFile()).startsWith(kUserCron));
    }

    void lastRun_comesFromTheJournal()
    {
        ScheduleSpec installed = spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Cron);
        QVERIFY(catalog().install(installed, now(), false).ok);
        const OperationJournal journal(dataDir());
        OperationRecord older;
        older.id = QStringLiteral("11111111-1111-1111-1111-111111111111");
        older.serviceId = kProd;
        older.state = OperationState::Succeeded;
        older.createdAt = now().addDays(-2);
        OperationRecord newer = older;
        newer.id = QStringLiteral("22222222-2222-2222-2222-222222222222");
        newer.serviceId = kPartners.toUpper(); // ids compare without case
        newer.state = OperationState::Failed;
        newer.createdAt = now().addDays(-1);
        OperationRecord elsewhere = older;
        elsewhere.id = QStringLiteral("33333333-3333-3333-3333-333333333333");
        elsewhere.serviceId = kProd + QStringLiteral("-other");
        elsewhere.createdAt = now();
        QVERIFY(journal.save(older) && journal.save(newer) && journal.save(elsewhere));
        // A second job over the other service, writing to the same journal (read once for both).
        ScheduleSpec other = spec(QStringLiteral("apim-backup-other"), ScheduleSpec::Format::Cron);
        other.services = { elsewhere.serviceId };
        QVERIFY(catalog().install(other, now(), false).ok);

        const QList<ScheduleEntry> entries = catalog().load(now());
        QCOMPARE(entries.size(), 2);
        const ScheduleEntry *prod = findEntry(entries, installed.name);
        const ScheduleEntry *second = findEntry(entries, other.name);
        QVERIFY(prod && second);
        QVERIFY(prod->lastRun.has_value());
        QCOMPARE(prod->lastRun->id, newer.id);
        QCOMPARE(prod->lastRun->state, OperationState::Failed);
        QVERIFY(second->lastRun.has_value());
        QCOMPARE(second->lastRun->id, elsewhere.id);
    }

    void systemctlMissing_unitsStay_andTheNoteSaysWhatToRun()
    {
        m_runner.setAnswer(false, -1, QStringLiteral("No such file or directory"));
        const ScheduleSpec installed = spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd);
        const ScheduleCatalog::Outcome outcome = catalog().install(installed, now(), true);
        QVERIFY(outcome.ok);
        const QString notes = outcome.notes.join(QLatin1Char('\n'));
        QVERIFY2(
            notes.contains(QLatin1String("systemctl --user enable --now apim-backup-prod.timer")), qPrintable(notes));
        QCOMPARE(catalog().load(now()).size(), 1);
    }

    void unwritableDirectory_failsWithWhatToDo()
    {
        ScheduleCatalog::Locations locations;
        QVERIFY(writeFile(QDir(m_root).filePath(QStringLiteral("file")), QStringLiteral("x")));
        locations.systemdDirectory = QDir(m_root).filePath(QStringLiteral("file/systemd/user")); // under a file
        const ScheduleCatalog blocked(locations, &m_runner);
        const ScheduleCatalog::Outcome outcome
            = blocked.install(spec(QStringLiteral("apim-backup-prod"), ScheduleSpec::Format::Systemd), now(), true);
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.error.contains(QLatin1String("permissions")), qPrintable(outcome.error));
        QVERIFY(m_runner.calls().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleCatalog)
#include "tst_schedulecatalog.moc"
