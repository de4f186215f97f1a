// The desktop app's --cloud, run as a process (offscreen, with --quit-after-paint): the
// cloud it names is remembered for the next start, and written after the first frame, so
// a quit right after that frame must still leave it in the settings file.
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

class TestAppCloud : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString errors;
    };

    Run runApp(const QString &home, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), home);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No keychain and no saved sign-in to reach: the app quits after its first frame.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        for (const QString &name : { QStringLiteral("AZURE_TENANT_ID"), QStringLiteral("AZURE_CLIENT_ID"),
                 QStringLiteral("AZURE_CLIENT_SECRET") })
            env.remove(name);
        QProcess app;
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(APIM_APP_BINARY), arguments + QStringList { QStringLiteral("--quit-after-paint") });
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
            return {};
        }
        return { app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1,
            QString::fromUtf8(app.readAllStandardError()) };
    }

    static QString savedCloud(const QString &home)
    {
        QSettings settings(QDir(home).filePath(QStringLiteral("config/apim-backup.ini")), QSettings::IniFormat);
        return settings.value(QStringLiteral("signin/cloud")).toString();
    }

private slots:
    void cloudOption_isRemembered_evenWhenTheAppQuitsAtItsFirstFrame()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());

        Run run = runApp(home.path(), { QStringLiteral("--cloud"), QStringLiteral("AzureUSGovernment") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(QLatin1String("first paint after")), qPrintable(run.errors));
        QCOMPARE(savedCloud(home.path()), QStringLiteral("AzureUSGovernment"));

        // The next start without --cloud keeps it.
        run = runApp(home.path(), {});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(savedCloud(home.path()), QStringLiteral("AzureUSGovernment"));

        // Another --cloud replaces it.
        run = runApp(home.path(), { QStringLiteral("--cloud"), QStringLiteral("AzureChinaCloud") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QCOMPARE(savedCloud(home.path()), QStringLiteral("AzureChinaCloud"));
    }
};

QTEST_GUILESS_MAIN(TestAppCloud)
#include "tst_appcloud.moc"
