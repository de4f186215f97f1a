// The scheduler files `apim-backup-cli schedule` generates: systemd units, the crontab
// line and the Windows script, their schedules and quoting, and that no secret is in them.
#include "schedule/ScheduleNextRun.h"
#include "schedule/ScheduleTemplate.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {

const QString kProd
    = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-apim-prod/providers/"
                     "Microsoft.ApiManagement/service/contoso-prod-apim");
// Resource group names may hold parentheses and dots, which shells care about.
const QString kOdd = QStringLiteral("/subscriptions/fabd8310-a4ac-47d9-837d-8eaa76801201/resourceGroups/rg-(legacy).v1/"
                                    "providers/Microsoft.ApiManagement/service/contoso-partners-apim");

ScheduleSpec spec(ScheduleSpec::Format format)
{
    ScheduleSpec s;
    s.format = format;
    s.program = QStringLiteral("/opt/APIM Backup/bin/apim-backup-cli");
    s.services = { kProd, kOdd };
    s.account = QStringLiteral("contosobackups");
    s.container = QStringLiteral("apim-backups");
    s.environmentFile = QStringLiteral("/home/alex/.config/apim-backup/apim-backup.env");
    s.tenantId = QStringLiteral("1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e");
    s.clientId = QStringLiteral("99a2af6f-e80c-4c39-b813-0efc1b60eab4");
    return s;
}

ScheduleFile fileOf(const ScheduleTemplate &schedule, ScheduleFile::Kind kind)
{
    for (const ScheduleFile &file : schedule.files()) {
        if (file.kind == kind)
            return file;
    }
    return {};
}

QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList result;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            result.append(line.mid(prefix.size()));
    }
    return result;
}

// Runs sh to split a command line the way the shell will: one argument per line back.
QStringList shellWords(const QString &commandLine)
{
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("printf '%s\\n' ") + commandLine });
    if (!sh.waitForFinished(5000))
        return {};
    return QString::fromUtf8(sh.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestScheduleTemplate : public QObject
{
    Q_OBJECT

private slots:
    // The next run the Schedules page shows, from the cron times of an installed schedule.
    // From Tuesday 2026-12-01 01:30 local time.
    void nextRun_readsCronTimes_data()
    {
        QTest::addColumn<QString>("times");
        QTest::addColumn<QDateTime>("expected");
        const auto at
            = [](int day, int hour, int minute) { return QDateTime(QDate(2026, 12, day), QTime(hour, minute)); };
        QTest::newRow("daily") << QStringLiteral("30 2 * * *") << at(1, 2, 30);
        QTest::newRow("weekday 7 is Sunday") << QStringLiteral("0 0 * * 7") << at(6, 0, 0);
        QTest::newRow("a range ending on 7 runs to Sunday") << QStringLiteral("0 0 * * 5-7") << at(4, 0, 0);
        QTest::newRow("0-7 is every day") << QStringLiteral("0 0 * * 0-7") << at(2, 0, 0);
        // A step that would overflow an int when added (a crontab may hold any number): the first value only.
        QTest::newRow("huge step") << QStringLiteral("59/2147483600 * * * *") << at(1, 1, 59);
        QTest::newRow("int-sized step") << QStringLiteral("*/2147483647 3 * * *") << at(1, 3, 0);
        QTest::newRow("minute out of range") << QStringLiteral("61 * * * *") << QDateTime();
        QTest::newRow("four fields") << QStringLiteral("0 0 * *") << QDateTime();
    }
    void nextRun_readsCronTimes()
    {
        QFETCH(QString, times);
        QFETCH(QDateTime, expected);
        QCOMPARE(ScheduleNextRun::after(times, QDateTime(QDate(2026, 12, 1), QTime(1, 30))), expected);
    }

    void jobCommands_backupEachServiceInOrder_thenPruneTheirBackups()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.accessType = QStringLiteral("SystemAssignedManagedIdentity");
        s.storageSubscription = QStringLiteral("19d345e6-0e83-4e1a-b0ed-7d44f90ea5f7");
        s.pruneOlderThan = QStringLiteral("14d");
        s.keepLast = 2;
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        const QList<QStringList> commands = schedule.jobCommands();
        QCOMPARE(commands.size(), 3);
        const QStringList first = commands.at(0);
        QCOMPARE(first.first(), s.program);
        QCOMPARE(first.mid(1, 3),
            QStringList({ QStringLiteral("--auth"), QStringLiteral("env"), QStringLiteral("backup") }));
        QCOMPARE(first.at(first.indexOf(QStringLiteral("--service")) + 1), kProd);
        QCOMPARE(first.at(first.indexOf(QStringLiteral("--access-type")) + 1), QStringLiteral("system-identity"));
        QCOMPARE(first.at(first.indexOf(QStringLiteral("--storage-subscription")) + 1), s.storageSubscription);
        QCOMPARE(commands.at(1).at(commands.at(1).indexOf(QStringLiteral("--service")) + 1), kOdd);
        const QStringList prune = commands.at(2);
        QCOMPARE(prune.at(3), QStringLiteral("prune"));
        QCOMPARE(prune.count(QStringLiteral("--service")), 2);
        QCOMPARE(prune.at(prune.indexOf(QStringLiteral("--older-than")) + 1), QStringLiteral("14d"));
        QCOMPARE(prune.at(prune.indexOf(QStringLiteral("--keep-last")) + 1), QStringLiteral("2"));
        QCOMPARE(prune.at(prune.indexOf(QStringLiteral("--subscription")) + 1), s.storageSubscription);
        QCOMPARE(prune.last(), QStringLiteral("--yes"));

        s.prune = false;
        s.auth = ScheduleSpec::Auth::StoredSignIn;
        const QList<QStringList> noPrune = ScheduleTemplate(s).jobCommands();
        QCOMPARE(noPrune.size(), 2);
        QVERIFY(!noPrune.first().contains(QStringLiteral("--auth"))); // the saved sign-in
    }

    void systemd_serviceAndTimer_contents()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.home = QStringLiteral("/srv/apim backup");
        const ScheduleTemplate schedule(s, QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC));
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        const ScheduleFile service = fileOf(schedule, ScheduleFile::Kind::Service);
        QCOMPARE(service.fileName, QStringLiteral("apim-backup.service"));
        QVERIFY(service.contents.contains(QLatin1String("\nType=oneshot\n")));
        QCOMPARE(linesStartingWith(service.contents, QStringLiteral("EnvironmentFile=")),
            QStringList({ s.environmentFile }));
        QVERIFY(service.contents.contains(QLatin1String("\nEnvironment=APIM_BACKUP_SECRETS=session\n")));
        QVERIFY(service.contents.contains(QLatin1String("\nEnvironment=\"APIM_BACKUP_HOME=/srv/apim backup\"\n")));
        QVERIFY(service.contents.contains(QLatin1String("journalctl --user -u apim-backup.service")));
        QVERIFY(service.contents.contains(QLatin1String("2025-06-01T10:00:00Z")));

        const QStringList exec = linesStartingWith(service.contents, QStringLiteral("ExecStart="));
        QCOMPARE(exec.size(), 3);
        // The program path has spaces: quoted. A plain resource id is left bare; one with
        // parentheses is quoted so that nobody reading the unit wonders.
        QVERIFY2(
            exec.at(0).startsWith(QLatin1String("\"/opt/APIM Backup/bin/apim-backup-cli\" --auth env backup --service ")
                + kProd + QLatin1Char(' ')),
            qPrintable(exec.at(0)));
        QVERIFY2(exec.at(1).contains(QLatin1String("--service \"") + kOdd + QLatin1Char('"')), qPrintable(exec.at(1)));
        QVERIFY(exec.at(2).contains(QLatin1String(" prune ")));
        QVERIFY(exec.at(2).endsWith(QLatin1String(" --yes")));
        QVERIFY(linesStartingWith(service.contents, QStringLiteral("OnFailure=")).isEmpty());
        QVERIFY(service.contents.contains(QLatin1String("--on-failure COMMAND"))); // says how to get told

        const ScheduleFile timer = fileOf(schedule, ScheduleFile::Kind::Timer);
        QCOMPARE(timer.fileName, QStringLiteral("apim-backup.timer"));
        QCOMPARE(linesStartingWith(timer.contents, QStringLiteral("OnCalendar=")),
            QStringList({ QStringLiteral("*-*-* 02:00:00") }));
        QVERIFY(timer.contents.contains(QLatin1String("\nPersistent=true\n")));
        QVERIFY(timer.contents.contains(QLatin1String("\nUnit=apim-backup.service\n")));
        QVERIFY(timer.contents.contains(QLatin1String("\n[Install]\nWantedBy=timers.target\n")));
    }

    void systemd_onFailure_addsNotifyUnit()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.name = QStringLiteral("nightly");
        s.onFailure = QStringLiteral("notify-send \"backup $APIM_BACKUP_JOB failed\" 100%");
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        QVERIFY(fileOf(schedule, ScheduleFile::Kind::Service)
                    .contents.contains(QLatin1String("\nOnFailure=nightly-failure.service\n")));
        const ScheduleFile failure = fileOf(schedule, ScheduleFile::Kind::FailureService);
        QCOMPARE(failure.fileName, QStringLiteral("nightly-failure.service"));
        // $ and % would be expanded by systemd itself: doubled so that sh sees them.
        QCOMPARE(linesStartingWith(failure.contents, QStringLiteral("ExecStart=")),
            QStringList(
                { QStringLiteral("/bin/sh -c \"notify-send \\\"backup $$APIM_BACKUP_JOB failed\\\" 100%%\"") }));
    }

    void systemd_onCalendar_data()
    {
        QTest::addColumn<QString>("every");
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("weekday");
        QTest::addColumn<QString>("calendar"); // empty: refused
        QTest::newRow("daily") << "daily"
                               << "02:00"
                               << ""
                               << "*-*-* 02:00:00";
        QTest::newRow("daily, upper case") << "DAILY"
                                           << "23:45"
                                           << ""
                                           << "*-*-* 23:45:00";
        QTest::newRow("weekly") << "weekly"
                                << "03:15"
                                << "sun"
                                << "Sun *-*-* 03:15:00";
        QTest::newRow("weekly friday") << "weekly"
                                       << "01:00"
                                       << "Friday"
                                       << "Fri *-*-* 01:00:00";
        QTest::newRow("cron weekdays") << "30 2 * * 1-5"
                                       << ""
                                       << ""
                                       << "Mon..Fri *-*-* 2:30:00";
        QTest::newRow("cron every 6 h") << "0 */6 * * *"
                                        << ""
                                        << ""
                                        << "*-*-* 0/6:0:00";
        QTest::newRow("cron list of days") << "15 4 * * sun,wed"
                                           << ""
                                           << ""
                                           << "Sun,Wed *-*-* 4:15:00";
        QTest::newRow("cron monthly") << "0 3 1 * *"
                                      << ""
                                      << ""
                                      << "*-*-1 3:0:00";
        QTest::newRow("cron sunday as 7") << "0 3 * * 7"
                                          << ""
                                          << ""
                                          << "Sun *-*-* 3:0:00";
        QTest::newRow("cron both day fields") << "0 3 1 * 1"
                                              << ""
                                              << ""
                                              << "";
        QTest::newRow("cron four fields") << "0 3 * *"
                                          << ""
                                          << ""
                                          << "";
        QTest::newRow("cron minute 60") << "60 3 * * *"
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("cron range with step") << "0 1-10/2 * * *"
                                              << ""
                                              << ""
                                              << "";
        QTest::newRow("bad weekday") << "weekly"
                                     << "03:00"
                                     << "someday"
                                     << "";
        QTest::newRow("hourly is not a word here") << "hourly"
                                                   << ""
                                                   << ""
                                                   << "";
    }
    void systemd_onCalendar()
    {
        QFETCH(QString, every);
        QFETCH(QString, at);
        QFETCH(QString, weekday);
        QFETCH(QString, calendar);
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.every = every;
        if (!at.isEmpty())
            s.at = QTime::fromString(at, QStringLiteral("HH:mm"));
        if (!weekday.isEmpty())
            s.weekday = weekday;
        const ScheduleTemplate schedule(s);
        QString error;
        const QString result = schedule.onCalendar(&error);
        QCOMPARE(result, calendar);
        if (calendar.isEmpty()) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(schedule.validate(), error); // validate() says the same
            return;
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // systemd itself agrees, where it is installed.
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (!analyze.isEmpty()) {
            QProcess process;
            process.start(analyze, { QStringLiteral("calendar"), result });
            QVERIFY(process.waitForFinished(10000));
            QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        }
    }

    void systemd_unitsPassSystemdAnalyzeVerify()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed; the unit syntax is checked by the other tests only");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.program = QStringLiteral("/bin/true"); // verify wants the executable to exist
        s.environmentFile = dir.filePath(QStringLiteral("apim-backup.env"));
        s.onFailure = QStringLiteral("echo \"$APIM_BACKUP_JOB failed\"");
        s.every = QStringLiteral("30 2 * * mon-fri");
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        QStringList paths;
        for (const ScheduleFile &file : schedule.files()) {
            QFile out(dir.filePath(file.fileName));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(file.contents.toUtf8());
            if (!file.isCredentials())
                paths.append(out.fileName());
        }
        QCOMPARE(paths.size(), 3);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
        process.setProcessEnvironment(environment);
        process.start(analyze, QStringList { QStringLiteral("verify") } + paths);
        QVERIFY(process.waitForFinished(20000));
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        if (errors.contains(QLatin1String("Failed to initialize manager")))
            QSKIP("systemd-analyze verify cannot run in this environment");
        QVERIFY2(process.exitCode() == 0, qPrintable(errors));
        QVERIFY2(!errors.contains(QLatin1String("apim-backup")), qPrintable(errors)); // no warnings about our units
    }

    void cron_lineRunsTheJobAndQuotesForTheShell()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Cron);
        s.every = QStringLiteral("weekly");
        s.weekday = QStringLiteral("wed");
        s.at = QTime(4, 5);
        s.onFailure = QStringLiteral("echo failed 100%");
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        const ScheduleFile crontab = fileOf(schedule, ScheduleFile::Kind::Crontab);
        QStringList entries;
        for (const QString &line : crontab.contents.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('#')))
                entries.append(line);
        }
        QCOMPARE(entries.size(), 1); // one line: cron has no continuation lines
        const QString entry = entries.first();
        QVERIFY2(
            entry.startsWith(QLatin1String("5 4 * * 3 set -a && . ") + s.environmentFile + QLatin1String(" && set +a")),
            qPrintable(entry));
        QVERIFY(entry.contains(QLatin1String("export APIM_BACKUP_SECRETS=session")));
        QVERIFY2(entry.contains(QLatin1String(
                     " || { APIM_BACKUP_JOB=apim-backup; export APIM_BACKUP_JOB; echo failed 100\\%; exit 1; }")),
            qPrintable(entry));

        // What sh makes of the first backup command: exactly the job's arguments.
        const QStringList expected = schedule.jobCommands().first();
        QStringList quoted;
        for (const QString &word : expected)
            quoted.append(ScheduleTemplate::shellQuote(word));
        QVERIFY(entry.contains(quoted.join(QLatin1Char(' '))));
        QCOMPARE(shellWords(quoted.join(QLatin1Char(' '))), expected);
    }

    void shellQuote_roundTripsThroughSh_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << "contosobackups";
        QTest::newRow("resource id with parentheses") << kOdd;
        QTest::newRow("space") << "/opt/APIM Backup/cli";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("dollar and backtick") << "$HOME `id`";
        QTest::newRow("semicolon") << "a; rm -rf /";
        QTest::newRow("empty") << "";
    }
    void shellQuote_roundTripsThroughSh()
    {
        QFETCH(QString, word);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("printf '[%s]' ") + ScheduleTemplate::shellQuote(word) });
        QVERIFY(sh.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), QLatin1Char('[') + word + QLatin1Char(']'));
    }

    void systemdQuote_escapesSpecifiersAndVariables()
    {
        QCOMPARE(ScheduleTemplate::systemdQuote(QStringLiteral("contosobackups")), QStringLiteral("contosobackups"));
        QCOMPARE(ScheduleTemplate::systemdQuote(kProd), kProd);
        QCOMPARE(ScheduleTemplate::systemdQuote(QStringLiteral("a b")), QStringLiteral("\"a b\""));
        QCOMPARE(ScheduleTemplate::systemdQuote(QStringLiteral("50%")), QStringLiteral("\"50%%\""));
        QCOMPARE(ScheduleTemplate::systemdQuote(QStringLiteral("$HOME")), QStringLiteral("\"$$HOME\""));
        QCOMPARE(ScheduleTemplate::systemdQuote(QStringLiteral("say \"hi\" \\o/")),
            QStringLiteral("\"say \\\"hi\\\" \\\\o/\""));
        QCOMPARE(ScheduleTemplate::systemdQuote(QString()), QStringLiteral("\"\""));
    }

    void windows_scriptStopsAtFirstFailure_andSchtasksRunsIt()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Windows);
        s.program = QStringLiteral("C:\\Program Files\\APIM Backup\\apim-backup-cli.exe");
        s.every = QStringLiteral("weekly");
        s.weekday = QStringLiteral("mon");
        s.at = QTime(3, 15);
        s.onFailure = QStringLiteral("msg * APIM backup failed");
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        const ScheduleFile script = fileOf(schedule, ScheduleFile::Kind::Script);
        QCOMPARE(script.fileName, QStringLiteral("apim-backup.cmd"));
        QVERIFY(script.contents.startsWith(QLatin1String("@echo off\n")));
        QVERIFY(script.contents.contains(QLatin1String("call \"%~dp0apim-backup.env.cmd\"\n")));
        QVERIFY(script.contents.contains(
            QLatin1String("\"C:\\Program Files\\APIM Backup\\apim-backup-cli.exe\" --auth env backup --service ")
            + kProd + QLatin1Char(' ')));
        // Parentheses mean something to cmd outside quotes.
        QVERIFY(script.contents.contains(QLatin1String("--service \"") + kOdd + QLatin1Char('"')));
        QCOMPARE(script.contents.count(QLatin1String("if errorlevel 1 goto failed\n")), 3);
        QVERIFY(script.contents.contains(QLatin1String(":failed\nset \"APIM_BACKUP_EXIT=%errorlevel%\"\n")));
        QVERIFY(script.contents.contains(QLatin1String("msg * APIM backup failed\nexit /b %APIM_BACKUP_EXIT%\n")));
        QVERIFY(script.contents.contains(QLatin1String("\r")) == false);

        const QStringList setup = schedule.setupCommands(QStringLiteral("%LOCALAPPDATA%\\apim-backup"));
        QCOMPARE(setup.size(), 2);
        QCOMPARE(setup.at(1),
            QStringLiteral("schtasks /Create /TN \"APIM Backup\\apim-backup\" /TR "
                           "\"\\\"%LOCALAPPDATA%\\apim-backup\\apim-backup.cmd\\\"\" /SC WEEKLY /D MON "
                           "/ST 03:15 /F"));
        QCOMPARE(fileOf(schedule, ScheduleFile::Kind::Credentials).fileName, QStringLiteral("apim-backup.env.cmd"));

        s.every = QStringLiteral("0 3 * * *");
        QVERIFY(ScheduleTemplate(s).validate().contains(QLatin1String("daily or weekly")));
    }

    void cmdQuote_rules()
    {
        QCOMPARE(ScheduleTemplate::cmdQuote(QStringLiteral("contosobackups")), QStringLiteral("contosobackups"));
        QCOMPARE(
            ScheduleTemplate::cmdQuote(QStringLiteral("C:\\tools\\cli.exe")), QStringLiteral("C:\\tools\\cli.exe"));
        QCOMPARE(ScheduleTemplate::cmdQuote(QStringLiteral("a&b")), QStringLiteral("\"a&b\""));
        QCOMPARE(ScheduleTemplate::cmdQuote(QStringLiteral("100%")), QStringLiteral("\"100%%\""));
        QCOMPARE(ScheduleTemplate::cmdQuote(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void credentials_templateHasIdsButNoSecret_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("systemd") << int(ScheduleSpec::Format::Systemd);
        QTest::newRow("cron") << int(ScheduleSpec::Format::Cron);
        QTest::newRow("windows") << int(ScheduleSpec::Format::Windows);
    }
    void credentials_templateHasIdsButNoSecret()
    {
        QFETCH(int, format);
        const ScheduleTemplate schedule(spec(ScheduleSpec::Format(format)));
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        const ScheduleFile credentials = fileOf(schedule, ScheduleFile::Kind::Credentials);
        QVERIFY(credentials.isCredentials());
        QVERIFY(credentials.contents.contains(QLatin1String("AZURE_TENANT_ID=1cd009cd-a2dc-4dc2-9ec0-ac1f625c351e")));
        QVERIFY(credentials.contents.contains(QLatin1String("AZURE_CLIENT_ID=99a2af6f-e80c-4c39-b813-0efc1b60eab4")));
        // The secret line is there to be filled in - and empty.
        static const QRegularExpression secretLine(QStringLiteral("AZURE_CLIENT_SECRET=([^\"\\n]*)"));
        const QRegularExpressionMatch match = secretLine.match(credentials.contents);
        QVERIFY(match.hasMatch());
        QCOMPARE(match.captured(1), QString());
        // No other file even mentions a value for it.
        for (const ScheduleFile &file : schedule.files()) {
            if (!file.isCredentials())
                QVERIFY2(!file.contents.contains(QLatin1String("AZURE_CLIENT_SECRET=")), qPrintable(file.fileName));
        }
    }

    void storedSignIn_noCredentialsFile_noEnvAuth()
    {
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        s.auth = ScheduleSpec::Auth::StoredSignIn;
        const ScheduleTemplate schedule(s);
        QVERIFY2(schedule.validate().isEmpty(), qPrintable(schedule.validate()));
        QCOMPARE(fileOf(schedule, ScheduleFile::Kind::Credentials).contents, QString());
        const QString service = fileOf(schedule, ScheduleFile::Kind::Service).contents;
        QVERIFY(!service.contains(QLatin1String("EnvironmentFile=")));
        QVERIFY(!service.contains(QLatin1String("--auth env")));
        QVERIFY(service.contains(QLatin1String("apim-backup-cli login")));
    }

    void validate_refusesBadInput_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("name with slash") << "name"
                                         << "../evil"
                                         << "cannot name the job";
        QTest::newRow("relative program") << "program"
                                          << "apim-backup-cli"
                                          << "absolute path";
        QTest::newRow("not a service id") << "service"
                                          << "contoso-prod-apim"
                                          << "not the resource id";
        QTest::newRow("storage account id")
            << "service"
            << "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/x"
            << "not the resource id";
        QTest::newRow("line break in service")
            << "service" << kProd + QStringLiteral("\nExecStart=/bin/evil") << "never has";
        QTest::newRow("duplicate service") << "service" << kProd << "twice";
        QTest::newRow("bad account") << "account"
                                     << "Contoso_Backups"
                                     << "";
        QTest::newRow("bad container") << "container"
                                       << "a"
                                       << "";
        QTest::newRow("access type") << "accessType"
                                     << "password"
                                     << "access type";
        QTest::newRow("user identity without id") << "accessType"
                                                  << "user-identity"
                                                  << "client id";
        QTest::newRow("prune age") << "pruneOlderThan"
                                   << "a month"
                                   << "not an age";
        QTest::newRow("tenant that runs a command") << "tenantId"
                                                    << "x; rm -rf ~"
                                                    << "tenant";
        QTest::newRow("client id that is not one") << "clientId"
                                                   << "$(id)"
                                                   << "client id";
    }
    void validate_refusesBadInput()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, complaint);
        ScheduleSpec s = spec(ScheduleSpec::Format::Systemd);
        if (field == QLatin1String("name"))
            s.name = value;
        else if (field == QLatin1String("program"))
            s.program = value;
        else if (field == QLatin1String("service"))
            s.services.append(value);
        else if (field == QLatin1String("account"))
            s.account = value;
        else if (field == QLatin1String("container"))
            s.container = value;
        else if (field == QLatin1String("accessType"))
            s.accessType = value;
        else if (field == QLatin1String("pruneOlderThan"))
            s.pruneOlderThan = value;
        else if (field == QLatin1String("tenantId"))
            s.tenantId = value;
        else if (field == QLatin1String("clientId"))
            s.clientId = value;
        const QString error = ScheduleTemplate(s).validate();
        QVERIFY2(!error.isEmpty(), qPrintable(field));
        QVERIFY2(error.contains(complaint), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScheduleTemplate)
#include "tst_scheduletemplate.moc"
