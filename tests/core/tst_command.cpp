// "Copy as command" and backup naming: the az equivalents never contain a key, and the
// default names sort by time.
#include "operations/BackupNaming.h"
#include "operations/CopyCommand.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;

namespace {
OperationRequest request(AccessType type)
{
    OperationRequest r;
    r.kind = OperationKind::Backup;
    r.serviceId = QStringLiteral(
        "/subscriptions/sub-1/resourceGroups/rg-apim/providers/Microsoft.ApiManagement/service/contoso");
    r.storageAccount = QStringLiteral("contosobackups");
    r.container = QStringLiteral("apim-backups");
    r.blobName = QStringLiteral("contoso-20250101-093000.apimbackup");
    r.accessType = type;
    r.identityClientId = QStringLiteral("client-1");
    r.accessKey = "SUPERSECRETKEY==";
    return r;
}
} // namespace

class TestCommand : public QObject
{
    Q_OBJECT
private slots:
    void azRest_accessKey_placeholderNeverKey()
    {
        const QString text = CopyCommand::azRest(request(AccessType::AccessKey),
            QUrl(QStringLiteral("https://management.azure.com/")), QStringLiteral("rg-storage"));
        QVERIFY(!text.contains(QLatin1String("SUPERSECRETKEY")));
        QVERIFY(
            text.contains(QLatin1String("STORAGE_KEY=$(az storage account keys list --account-name 'contosobackups' "
                                        "--resource-group 'rg-storage' --query '[0].value' --output tsv)")));
        QVERIFY2(text.contains(QLatin1String(
                     "az rest --method post --url "
                     "'https://management.azure.com/subscriptions/sub-1/resourceGroups/rg-apim/providers/"
                     "Microsoft.ApiManagement/service/contoso/backup?api-version=2024-05-01' --body @- <<APIM_BODY\n")),
            qPrintable(text));
        // The key is expanded inside the here-document (az's stdin), never in an argument.
        QVERIFY2(text.contains(QLatin1String("\"accessKey\":\"${STORAGE_KEY}\"")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\"accessType\":\"AccessKey\"")));
        QVERIFY(text.endsWith(QLatin1String("\nAPIM_BODY")));
        QVERIFY(!text.contains(QLatin1String("--body \"")));
    }

    // Runs the generated script with bash and a fake az that records its arguments and
    // standard input: the key reaches az only through stdin, and the body is valid JSON.
    void azRest_accessKey_script_keyOnlyOnStdin()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
        if (bash.isEmpty())
            QSKIP("bash is not installed");
        const QByteArray key = "k3y+/$with`odd/chars=="; // base64, plus what a shell would expand
        QFile keyFile(dir.filePath(QStringLiteral("key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key + '\n');
        keyFile.close();
        QFile az(dir.filePath(QStringLiteral("az")));
        QVERIFY(az.open(QIODevice::WriteOnly));
        az.write("#!/bin/sh\n"
                 "if [ \"$1\" = storage ]; then cat \"$FAKE_DIR/key\"; exit 0; fi\n"
                 "printf '%s\\n' \"$@\" >> \"$FAKE_DIR/args\"\n"
                 "cat > \"$FAKE_DIR/stdin\"\n");
        az.close();
        az.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        OperationRequest r = request(AccessType::AccessKey);
        r.blobName = QStringLiteral("it's $HOME `x` \\n.apimbackup"); // shell-hostile, must arrive verbatim
        const QString script
            = CopyCommand::azRest(r, QUrl(QStringLiteral("https://management.azure.com/")), QStringLiteral("rg"));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), dir.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("FAKE_DIR"), dir.path());
        shell.setProcessEnvironment(env);
        shell.start(bash, { QStringLiteral("-e"), QStringLiteral("-c"), script });
        QVERIFY(shell.waitForFinished(10000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());

        QFile args(dir.filePath(QStringLiteral("args")));
        QVERIFY(args.open(QIODevice::ReadOnly));
        const QByteArray argv = args.readAll();
        QVERIFY2(argv.contains("--body\n@-\n"), argv.constData());
        QVERIFY2(!argv.contains("k3y"), argv.constData());
        QFile in(dir.filePath(QStringLiteral("stdin")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonParseError error {};
        const QJsonObject body = QJsonDocument::fromJson(in.readAll(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject expected = r.restBody(QString::fromLatin1(key));
        QCOMPARE(body, expected);
    }

    void azRest_userIdentity_singleQuotedBodyWithClientId()
    {
        OperationRequest r = request(AccessType::UserAssignedManagedIdentity);
        r.kind = OperationKind::Restore;
        const QString text = CopyCommand::azRest(r, QUrl(QStringLiteral("https://management.usgovcloudapi.net")));
        QVERIFY(!text.contains(QLatin1String("SUPERSECRETKEY")));
        QVERIFY(!text.contains(QLatin1String("STORAGE_KEY")));
        QVERIFY(text.startsWith(
            QLatin1String("az rest --method post --url 'https://management.usgovcloudapi.net/subscriptions/sub-1/")));
        QVERIFY(text.contains(QLatin1String("/restore?api-version=2024-05-01'")));
        QVERIFY(text.contains(QLatin1String("\"clientId\":\"client-1\"")));
        QVERIFY(text.contains(QLatin1String("\"accessType\":\"UserAssignedManagedIdentity\"")));
    }

    void azApim_onlyForKeys()
    {
        const QString text = CopyCommand::azApim(request(AccessType::AccessKey));
        QVERIFY2(text.startsWith(QLatin1String("# Warning: az apim gets the storage key on its command line")),
            qPrintable(text));
        QVERIFY(text.contains(QLatin1String(
            "az apim backup --resource-group 'rg-apim' --name 'contoso' --backup-name "
            "'contoso-20250101-093000.apimbackup' --storage-account-name 'contosobackups' --storage-account-container "
            "'apim-backups' --storage-account-key \"${STORAGE_KEY}\" --subscription 'sub-1'")));
        QVERIFY(!text.contains(QLatin1String("SUPERSECRETKEY")));
        QString why;
        QVERIFY(CopyCommand::azApim(request(AccessType::SystemAssignedManagedIdentity), {}, &why).isEmpty());
        QVERIFY(why.contains(QLatin1String("az rest")));
    }

    void shellQuote_singleQuotes()
    {
        QCOMPARE(CopyCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
    }

    void naming_defaultPattern()
    {
        const BackupNaming naming;
        QCOMPARE(naming.name(QStringLiteral("contoso"), QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC)),
            QStringLiteral("contoso-20250102-030405.apimbackup"));
        // Local times are converted to UTC.
        const QDateTime local = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600);
        QCOMPARE(naming.name(QStringLiteral("c"), local), QStringLiteral("c-20250102-020405.apimbackup"));
        QVERIFY(naming.validate().isEmpty());
    }

    void naming_customPlaceholders()
    {
        const BackupNaming naming(
            QStringLiteral("{subscription}/{resourceGroup}/{service}-{sku}-{yyyy-MM-dd}.apimbackup"));
        QCOMPARE(naming.name(QStringLiteral("svc"), QDateTime(QDate(2025, 5, 6), QTime(0, 0), Qt::UTC),
                     QStringLiteral("Premium"), QStringLiteral("rg"), QStringLiteral("sub")),
            QStringLiteral("sub/rg/svc-Premium-2025-05-06.apimbackup"));
        QVERIFY(naming.validate().isEmpty());
    }

    void naming_withoutTime_rejected()
    {
        QVERIFY(BackupNaming(QStringLiteral("{service}.apimbackup")).validate().contains(QLatin1String("no date")));
        QVERIFY(!BackupNaming(QStringLiteral("{service}-{yyyyMMdd}.")).validate().isEmpty());
        QCOMPARE(BackupNaming(QStringLiteral("  ")).pattern(), BackupNaming::kDefaultPattern);
    }
};

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
