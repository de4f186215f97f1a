// `apim-backup-cli schedule` as a real process: what it prints, what --install writes
// (units, a 0600 credentials template without any secret, never overwritten; cron blocks in
// a crontab file that keeps every other line), --list and --remove, and its refusals; and
// the language of its messages (never of its --json). Needs no network.
#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kProd
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");
const QString kPartners
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-partners/providers/"
                     "Microsoft.ApiManagement/service/contoso-partners-apim");
// In the environment of the command, as it would be on an admin's machine: it must not leak.
const QString kSecret = QStringLiteral("sim-secret~Contoso.Backup.2024");

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString all() const { return out + err; }
};

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString home() const { return m_dir.filePath(QStringLiteral("user")); }
    QString appHome() const { return m_dir.filePath(QStringLiteral("app")); }
    QString unitDir() const { return QDir(home()).filePath(QStringLiteral(".config/systemd/user")); }
    QString credentialsFile() const { return QDir(appHome()).filePath(QStringLiteral("config/apim-backup.env")); }
    // The crontab the CLI reads and writes instead of `crontab -l` / `crontab -`.
    QString crontabFile() const { return m_dir.filePath(QStringLiteral("crontab")); }

    CliRun cli(const QStringList &arguments, const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess process;
        QProcessEnvironment env = Apim::Test::TestEnvironment::processEnvironment(lang);
        env.insert(QStringLiteral("HOME"), home());
        env.remove(QStringLiteral("XDG_CONFIG_HOME"));
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), appHome());
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e"));
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4"));
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), kSecret);
        env.insert(QStringLiteral("APIM_BACKUP_CRONTAB_FILE"), crontabFile());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(APIM_CLI_BINARY), arguments);
        if (!process.waitForStarted(5000))
            return {};
        process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(3000);
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    QStringList baseArguments() const
    {
        return { QStringLiteral("schedule"), QStringLiteral("--service"), kProd, QStringLiteral("--service"), kPartners,
            QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
            QStringLiteral("apim-backups") };
    }

    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The cron entries `schedule --list --json` shows, by name.
    QHash<QString, QJsonObject> listedCron()
    {
        const CliRun run = cli({ QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("--list") });
        QHash<QString, QJsonObject> entries;
        if (run.exitCode != 0) {
            qWarning("schedule --list failed: %s", qPrintable(run.all()));
            return entries;
        }
        for (const QJsonValue &value : run.json().value(QLatin1String("schedules")).toArray()) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("kind")).toString() == QLatin1String("cron"))
                entries.insert(entry.value(QLatin1String("name")).toString(), entry);
        }
        return entries;
    }

    // The lines from "# BEGIN apim-backup-schedule NAME" to its END, or empty.
    static QString cronBlock(const QString &crontab, const QString &name)
    {
        const QString begin = QStringLiteral("# BEGIN apim-backup-schedule ") + name + QLatin1Char('\n');
        const QString end = QStringLiteral("# END apim-backup-schedule ") + name + QLatin1Char('\n');
        const qsizetype from = crontab.indexOf(begin);
        const qsizetype to = from < 0 ? -1 : crontab.indexOf(end, from);
        return to < 0 ? QString() : crontab.mid(from, to + end.size() - from);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(APIM_CLI_BINARY)), APIM_CLI_BINARY " is not built");
        QVERIFY(m_dir.isValid());
    }

    void print_json_describesFilesAndJob_withoutTheSecret()
    {
        const CliRun run = cli(QStringList { QStringLiteral("--json") } + baseArguments()
            + QStringList { QStringLiteral("--format"), QStringLiteral("systemd"), QStringLiteral("--every"),
                QStringLiteral("weekly"), QStringLiteral("--day"), QStringLiteral("sat"), QStringLiteral("--at"),
                QStringLiteral("3:30") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(!run.all().contains(kSecret), "the client secret from the environment leaked into the output");
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("systemd"));
        QCOMPARE(json.value(QLatin1String("installed")).toBool(), false);
        const QJsonArray files = json.value(QLatin1String("files")).toArray();
        QCOMPARE(files.size(), 3); // service, timer, credentials
        QCOMPARE(files.at(1).toObject().value(QLatin1String("path")).toString(),
            QDir(unitDir()).filePath(QStringLiteral("apim-backup.timer")));
        QVERIFY(files.at(1)
                    .toObject()
                    .value(QLatin1String("contents"))
                    .toString()
                    .contains(QLatin1String("\nOnCalendar=Sat *-*-* 03:30:00\n")));
        const QJsonObject credentials = files.at(2).toObject();
        QCOMPARE(credentials.value(QLatin1String("kind")).toString(), QStringLiteral("credentials"));
        QCOMPARE(credentials.value(QLatin1String("mode")).toString(), QStringLiteral("0600"));
        QCOMPARE(credentials.value(QLatin1String("path")).toString(), credentialsFile());
        // The ids come from the environment, the secret never does.
        QVERIFY(credentials.value(QLatin1String("contents"))
                    .toString()
                    .contains(
                        QLatin1String("AZURE_CLIENT_ID=99a2af6f-e80c-4c39-b813-0efc1b60eab4\nAZURE_CLIENT_SECRET=\n")));
        // The job: each service, then the prune, with this very binary and the app home.
        const QJsonArray commands = json.value(QLatin1String("jobCommands")).toArray();
        QCOMPARE(commands.size(), 3);
        QCOMPARE(
            commands.at(0).toArray().at(0).toString(), QFileInfo(QStringLiteral(APIM_CLI_BINARY)).absoluteFilePath());
        QVERIFY(commands.at(1).toArray().contains(kPartners));
        QCOMPARE(commands.at(2).toArray().at(3).toString(), QStringLiteral("prune"));
        QVERIFY(
            files.at(0)
                .toObject()
                .value(QLatin1String("contents"))
                .toString()
                .contains(QLatin1String("Environment=APIM_BACKUP_HOME=") + QFileInfo(appHome()).absoluteFilePath()));
        QVERIFY(!QFile::exists(unitDir())); // printing writes nothing
    }

    void install_writesUnitsAndPrivateCredentials_neverOverwritesThem()
    {
        CliRun run = cli(baseArguments()
            + QStringList { QStringLiteral("--install"), QStringLiteral("--on-failure"),
                QStringLiteral("logger -t apim-backup failed") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY2(
            run.out.contains(QLatin1String("systemctl --user enable --now apim-backup.timer")), qPrintable(run.out));
        for (const QString &name : { QStringLiteral("apim-backup.service"), QStringLiteral("apim-backup.timer"),
                 QStringLiteral("apim-backup-failure.service") })
            QVERIFY2(QFile::exists(QDir(unitDir()).filePath(name)), qPrintable(name));
        const QString service = readFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup.service")));
        QVERIFY(service.contains(QLatin1String("\nEnvironmentFile=") + credentialsFile() + QLatin1Char('\n')));
        QVERIFY(service.contains(QLatin1String("\nOnFailure=apim-backup-failure.service\n")));

        QVERIFY(QFile::exists(credentialsFile()));
        QCOMPARE(QFile::permissions(credentialsFile())
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
        QVERIFY(!readFile(credentialsFile()).contains(kSecret));
        for (const QString &name : QDir(unitDir()).entryList(QDir::Files))
            QVERIFY2(!readFile(QDir(unitDir()).filePath(name)).contains(kSecret), qPrintable(name));

        // The user fills in the secret; installing again must keep it.
        {
            QFile file(credentialsFile());
            QVERIFY(file.open(QIODevice::Append));
            file.write("AZURE_CLIENT_SECRET=filled-in-by-the-user\n");
        }
        run = cli(baseArguments()
            + QStringList { QStringLiteral("--install"), QStringLiteral("--every"), QStringLiteral("30 1 * * *") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(readFile(credentialsFile()).contains(QLatin1String("filled-in-by-the-user")));
        QVERIFY(readFile(QDir(unitDir()).filePath(QStringLiteral("apim-backup.timer")))
                    .contains(QLatin1String("\nOnCalendar=*-*-* 1:30:00\n")));
        QVERIFY(run.all().contains(QLatin1String("Replaced")));
    }

    void cron_printsOneCrontabLine()
    {
        const CliRun run = cli(baseArguments()
            + QStringList { QStringLiteral("--format"), QStringLiteral("cron"), QStringLiteral("--prune-older-than"),
                QStringLiteral("14d") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(!run.all().contains(kSecret));
        QStringList entries;
        for (const QString &line : run.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("0 2 * * * ")))
                entries.append(line);
        }
        QCOMPARE(entries.size(), 1);
        QVERIFY(entries.first().contains(QLatin1String(" prune ")));
        QVERIFY(entries.first().contains(QLatin1String("--older-than 14d --yes")));
        QVERIFY(run.out.contains(QLatin1String("crontab -e")));
    }

    void cron_installListRemove_keepsTheOtherBlocksAndForeignLines()
    {
        // Someone's crontab before any schedule of ours; it must come through every change.
        const QString foreign = QStringLiteral("MAILTO=ops@example.com\n"
                                               "# rotate the proxy logs\n"
                                               "15 4 * * * /usr/local/bin/rotate-logs --quiet\n");
        {
            QFile file(crontabFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(foreign.toUtf8());
        }
        const QStringList cron { QStringLiteral("--format"), QStringLiteral("cron"), QStringLiteral("--install") };
        CliRun run = cli(baseArguments() + cron
            + QStringList { QStringLiteral("--name"), QStringLiteral("nightly-prod"), QStringLiteral("--every"),
                QStringLiteral("30 2 * * 1-5") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(!run.all().contains(kSecret));
        QString crontab = readFile(crontabFile());
        QVERIFY2(crontab.startsWith(foreign), qPrintable(crontab));
        const QString nightly = cronBlock(crontab, QStringLiteral("nightly-prod"));
        QVERIFY2(!nightly.isEmpty(), qPrintable(crontab));
        QVERIFY2(nightly.contains(QLatin1String("\n30 2 * * 1-5 ")), qPrintable(nightly));
        QVERIFY(!crontab.contains(kSecret));

        QHash<QString, QJsonObject> listed = listedCron();
        QVERIFY2(listed.contains(QStringLiteral("nightly-prod")), qPrintable(QStringList(listed.keys()).join(',')));
        QJsonObject entry = listed.value(QStringLiteral("nightly-prod"));
        QCOMPARE(entry.value(QLatin1String("schedule")).toString(), QStringLiteral("30 2 * * 1-5"));
        QCOMPARE(entry.value(QLatin1String("state")).toString(), QStringLiteral("current"));
        QCOMPARE(entry.value(QLatin1String("services")).toArray(), QJsonArray({ kProd, kPartners }));
        QCOMPARE(entry.value(QLatin1String("target")).toString(), QStringLiteral("contosobackups/apim-backups"));
        QVERIFY(!entry.value(QLatin1String("nextRun")).toString().isEmpty());

        // A second schedule of another name: the first and the foreign lines stay as they were.
        run = cli(QStringList { QStringLiteral("schedule"), QStringLiteral("--service"), kPartners,
                      QStringLiteral("--account"), QStringLiteral("contosobackups"), QStringLiteral("--container"),
                      QStringLiteral("partners") }
            + cron
            + QStringList { QStringLiteral("--name"), QStringLiteral("weekly-partners"), QStringLiteral("--every"),
                QStringLiteral("weekly"), QStringLiteral("--day"), QStringLiteral("sat"), QStringLiteral("--at"),
                QStringLiteral("04:15") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        crontab = readFile(crontabFile());
        QVERIFY2(crontab.startsWith(foreign), qPrintable(crontab));
        QCOMPARE(cronBlock(crontab, QStringLiteral("nightly-prod")), nightly);
        const QString weekly = cronBlock(crontab, QStringLiteral("weekly-partners"));
        QVERIFY2(weekly.contains(QLatin1String("\n15 4 * * 6 ")), qPrintable(crontab));
        listed = listedCron();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.value(QStringLiteral("weekly-partners")).value(QLatin1String("schedule")).toString(),
            QStringLiteral("weekly on sat at 04:15"));
        QCOMPARE(listed.value(QStringLiteral("weekly-partners")).value(QLatin1String("target")).toString(),
            QStringLiteral("contosobackups/partners"));
        QCOMPARE(listed.value(QStringLiteral("nightly-prod")).value(QLatin1String("schedule")).toString(),
            QStringLiteral("30 2 * * 1-5"));

        // Removing one takes its block only.
        run = cli({ QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("--remove"),
            QStringLiteral("nightly-prod") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonArray removed = run.json().value(QLatin1String("removed")).toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("nightly-prod"));
        QCOMPARE(removed.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("cron"));
        crontab = readFile(crontabFile());
        QCOMPARE(crontab, foreign + weekly);
        listed = listedCron();
        QCOMPARE(QStringList(listed.keys()), QStringList { QStringLiteral("weekly-partners") });

        // An unknown name: a clear refusal, and nothing changes.
        run = cli({ QStringLiteral("schedule"), QStringLiteral("--remove"), QStringLiteral("no-such-schedule") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("No installed schedule is named \"no-such-schedule\"")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("schedule --list")), qPrintable(run.err));
        QCOMPARE(readFile(crontabFile()), foreign + weekly);

        // The last one goes too: the crontab is the user's own again.
        run = cli({ QStringLiteral("schedule"), QStringLiteral("--remove"), QStringLiteral("weekly-partners") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QCOMPARE(readFile(crontabFile()), foreign);
        QVERIFY(listedCron().isEmpty());
    }

    void refusals_sayWhatToChange_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("install for windows") << QStringList { QStringLiteral("--format"), QStringLiteral("windows"),
            QStringLiteral("--install") } << "copy the printed files";
        QTest::newRow("unknown format") << QStringList { QStringLiteral("--format"), QStringLiteral("launchd") }
                                        << "systemd, cron, windows, github-actions or azure-pipelines";
        QTest::newRow("bad time") << QStringList { QStringLiteral("--at"), QStringLiteral("25:00") } << "HH:MM";
        QTest::newRow("at with cron") << QStringList { QStringLiteral("--every"), QStringLiteral("0 3 * * *"),
            QStringLiteral("--at"), QStringLiteral("02:00") }
                                      << "cron expression carries its own time";
        QTest::newRow("windows cron") << QStringList { QStringLiteral("--format"), QStringLiteral("windows"),
            QStringLiteral("--every"), QStringLiteral("0 3 * * *") }
                                      << "daily or weekly";
        QTest::newRow("job auth") << QStringList { QStringLiteral("--job-auth"), QStringLiteral("password") }
                                  << "env or stored";
        QTest::newRow("prune age") << QStringList { QStringLiteral("--prune-older-than"), QStringLiteral("soon") }
                                   << "30d";
    }
    void refusals_sayWhatToChange()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, complaint);
        const CliRun run = cli(baseArguments() + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(complaint), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void koreanLocale_helpAndErrorsInKorean_jsonUnchanged()
    {
        const QString korean = QStringLiteral("ko_KR.UTF-8");
        // --help and an error message follow LANG.
        CliRun run = cli({ QStringLiteral("--help") }, korean);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("결과를 JSON으로 출력합니다.")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("Print results as JSON.")), qPrintable(run.out));
        run = cli({ QStringLiteral("no-such-command") }, korean);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("알 수 없는 명령")), qPrintable(run.err));

        // --lang wins over LANG, either way.
        run = cli({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help") }, korean);
        QVERIFY2(run.out.contains(QLatin1String("Print results as JSON.")), qPrintable(run.out));
        run = cli({ QStringLiteral("--lang=ko"), QStringLiteral("--help") });
        QVERIFY2(run.out.contains(QStringLiteral("결과를 JSON으로 출력합니다.")), qPrintable(run.out));
        run = cli({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("en or ko")), qPrintable(run.err));

        // Machine-readable output keeps its keys and values.
        run = cli(QStringList { QStringLiteral("--json") } + baseArguments()
                + QStringList { QStringLiteral("--format"), QStringLiteral("systemd") },
            korean);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        const QJsonObject json = run.json();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("systemd"));
        QCOMPARE(json.value(QLatin1String("installed")).toBool(), false);
        QCOMPARE(json.value(QLatin1String("files")).toArray().size(), 3);
    }

    void missingService_isAUsageError()
    {
        const CliRun run = cli({ QStringLiteral("schedule"), QStringLiteral("--account"),
            QStringLiteral("contosobackups"), QStringLiteral("--container"), QStringLiteral("apim-backups") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--service")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_clischedule.moc"
