// Notification webhooks: which format a URL takes, which URLs may be used at all, the
// Teams, Slack and generic documents as a loopback receiver (a QTcpServer) gets them,
// retries, and that the URL's secret path shows up in no log line, error text or
// settings file. Also the named store (keychain double + environment) and the schedule's
// --notify, which names the webhook and never carries its URL.
#include "support_StubHttpServer.h"

#include "notify/WebhookPayload.h"
#include "notify/WebhookSender.h"
#include "notify/WebhookStore.h"
#include "schedule/ScheduleCredentials.h"
#include "schedule/ScheduleSpec.h"
#include "secrets/MemorySecretStore.h"
#include "settings/Settings.h"
#include "util/Redaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Core;
using namespace Apim::Test;

namespace {
// The part of a webhook URL that is its secret; it must never be seen outside the request.
const QString kSecretPath = QStringLiteral("/services/T0SECRET/B0SECRET/xoxSecretToken42");
const QDateTime kStart(QDate(2025, 6, 1), QTime(2, 0, 0), Qt::UTC);

QStringList g_log;
QtMessageHandler g_previous = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(message);
    if (g_previous)
        g_previous(type, context, message);
}

NotificationEvent batchEvent()
{
    NotificationEvent event;
    event.result = NotificationEvent::Result::Failed;
    event.title = QStringLiteral("APIM backup failed for 1 service");
    event.message = QStringLiteral("1 succeeded, 1 failed, 1 skipped.");
    event.host = QStringLiteral("backup-host");
    event.startedAt = kStart;
    event.finishedAt = kStart.addSecs(300);
    NotificationEvent::Service ok;
    ok.id = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/svc-a");
    ok.name = QStringLiteral("svc-a");
    ok.result = QStringLiteral("Succeeded");
    ok.storageAccount = QStringLiteral("acct");
    ok.container = QStringLiteral("backups");
    ok.blobName = QStringLiteral("svc-a-20250601.apimbackup");
    ok.operationId = QStringLiteral("op-a");
    ok.startedAt = kStart;
    ok.finishedAt = kStart.addSecs(200);
    NotificationEvent::Service bad = ok;
    bad.id.replace(QLatin1String("svc-a"), QLatin1String("svc-b"));
    bad.name = QStringLiteral("svc-b");
    bad.result = QStringLiteral("Failed");
    bad.code = QStringLiteral("BackupFailed");
    bad.message = QStringLiteral("The storage <account> said no & stopped.");
    bad.blobName.clear();
    NotificationEvent::Service skipped = ok;
    skipped.name = QStringLiteral("svc-c");
    skipped.result = QStringLiteral("Skipped");
    skipped.reason = QStringLiteral("TierUnsupported");
    skipped.message = QStringLiteral("Backup is not supported for the SKU 'Consumption'.");
    skipped.blobName.clear();
    event.services = { ok, bad, skipped };
    return event;
}

QString allText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() + QLatin1Char('\n');
    QString text;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            text += allText(it.value());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            text += allText(item);
    }
    return text;
}
} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_network;

    WebhookResult post(StubHttpServer &receiver, WebhookFormat::Kind format, WebhookSender *sender = nullptr)
    {
        WebhookSender own(&m_network);
        sender = sender ? sender : &own;
        Webhook webhook;
        webhook.name = QStringLiteral("ops");
        webhook.url = receiver.url(kSecretPath);
        webhook.format = format;
        std::optional<WebhookResult> result;
        sender->send(webhook, batchEvent(), this, [&result](const WebhookResult &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return {};
        return *result;
    }

    static QJsonObject bodyOf(const StubHttpServer &receiver)
    {
        return receiver.requests().isEmpty() ? QJsonObject()
                                             : QJsonDocument::fromJson(receiver.requests().last().body).object();
    }

private slots:
    void initTestCase() { g_previous = qInstallMessageHandler(captureLog); }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
    void init() { g_log.clear(); }

    void detect_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("kind");
        const int teams = int(WebhookFormat::Kind::Teams);
        QTest::newRow("teams connector")
            << "https://contoso.webhook.office.com/webhookb2/1a2b@3c4d/IncomingWebhook/5e6f/7a8b" << teams;
        QTest::newRow("teams legacy") << "https://outlook.office.com/webhook/1a2b@3c4d/IncomingWebhook/5e/7a" << teams;
        QTest::newRow("teams workflow (logic apps)")
            << "https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/"
               "invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=xyz"
            << teams;
        QTest::newRow("teams workflow (power platform)")
            << "https://default1a2b.3c.environment.api.powerplatform.com:443/powerautomate/automations/direct/"
               "workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=xyz"
            << teams;
        QTest::newRow("slack") << "https://hooks.slack.com/services/T000/B000/XXXX" << int(WebhookFormat::Kind::Slack);
        QTest::newRow("outlook without webhook path")
            << "https://outlook.office.com/mail/inbox" << int(WebhookFormat::Kind::Generic);
        QTest::newRow("look-alike host") << "https://hooks.slack.com.example.net/services/T/B/X"
                                         << int(WebhookFormat::Kind::Generic);
        QTest::newRow("anything else") << "https://alerts.example.net/hook/123" << int(WebhookFormat::Kind::Generic);
    }
    void detect()
    {
        QFETCH(QString, url);
        QFETCH(int, kind);
        QCOMPARE(int(WebhookFormat::detect(QUrl(url))), kind);
        QCOMPARE(int(WebhookFormat::resolve(WebhookFormat::Kind::Auto, QUrl(url))), kind);
        QCOMPARE(WebhookFormat::resolve(WebhookFormat::Kind::Slack, QUrl(url)), WebhookFormat::Kind::Slack);
    }

    void problem_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << "https://hooks.slack.com/services/T/B/X" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/hook" << true;
        QTest::newRow("http loopback 127/8") << "http://127.0.0.2/hook" << true;
        QTest::newRow("http localhost") << "http://localhost/hook" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:9000/hook" << true;
        QTest::newRow("http elsewhere") << "http://alerts.example.net/hook/secret-part" << false;
        QTest::newRow("http private address") << "http://10.0.0.5/hook/secret-part" << false;
        QTest::newRow("ftp") << "ftp://example.net/hook" << false;
        QTest::newRow("user info") << "https://user:pw@example.net/hook" << false;
        QTest::newRow("not a url") << "hooks.slack.com/services" << false;
    }
    void problem()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = WebhookFormat::problem(QUrl(url, QUrl::StrictMode));
        QCOMPARE(problem.isEmpty(), accepted);
        QVERIFY2(!problem.contains(QLatin1String("secret-part")), qPrintable(problem));
        if (url.startsWith(QLatin1String("http://alerts")))
            QVERIFY2(problem.contains(QLatin1String("http://")), qPrintable(problem));
    }

    void redaction_hidesWebhookPaths()
    {
        const QUrl slack(QStringLiteral("https://hooks.slack.com") + kSecretPath);
        QCOMPARE(Redaction::url(slack), QStringLiteral("https://hooks.slack.com/***"));
        const QString line = Redaction::attemptLine("POST", slack, 200, 12, 1);
        QVERIFY2(!line.contains(QLatin1String("xoxSecretToken42")), qPrintable(line));
        const QUrl workflow(QStringLiteral(
            "https://prod-1.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=s1"));
        QCOMPARE(Redaction::url(workflow), QStringLiteral("https://prod-1.westeurope.logic.azure.com:443/***"));
        QCOMPARE(Redaction::secretPathUrl(QUrl(QStringLiteral("http://127.0.0.1:5000/a/b"))),
            QStringLiteral("http://127.0.0.1:5000/***"));
        // Everything else keeps its path: ARM URLs must stay readable in the log.
        QCOMPARE(Redaction::url(QUrl(QStringLiteral("https://management.azure.com/subscriptions/x"))),
            QStringLiteral("https://management.azure.com/subscriptions/x"));
    }

    void post_teams()
    {
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "1"); });
        QVERIFY(receiver.listen());
        const WebhookResult result = post(receiver, WebhookFormat::Kind::Teams);
        QVERIFY2(result.delivered, qPrintable(result.error));
        QCOMPARE(receiver.requests().size(), 1);
        QCOMPARE(receiver.requests().first().method, QByteArray("POST"));
        QCOMPARE(QString::fromLatin1(receiver.requests().first().target), kSecretPath);
        QVERIFY(receiver.requests().first().head.toLower().contains("content-type: application/json"));
        const QJsonObject body = bodyOf(receiver);
        QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("message"));
        const QJsonObject attachment = body.value(QLatin1String("attachments")).toArray().first().toObject();
        QCOMPARE(attachment.value(QLatin1String("contentType")).toString(),
            QStringLiteral("application/vnd.microsoft.card.adaptive"));
        const QJsonObject card = attachment.value(QLatin1String("content")).toObject();
        QCOMPARE(card.value(QLatin1String("type")).toString(), QStringLiteral("AdaptiveCard"));
        const QJsonArray cardBody = card.value(QLatin1String("body")).toArray();
        QCOMPARE(cardBody.first().toObject().value(QLatin1String("text")).toString(), batchEvent().title);
        QCOMPARE(cardBody.first().toObject().value(QLatin1String("color")).toString(), QStringLiteral("Attention"));
        const QString text = allText(card);
        // The failed service comes first, with its message; the good one with its file.
        QVERIFY2(text.indexOf(QLatin1String("svc-b: Failed")) < text.indexOf(QLatin1String("svc-a: Succeeded")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The storage <account> said no & stopped.")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("acct/backups/svc-a-20250601.apimbackup")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("svc-c: Skipped (TierUnsupported)")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("2025-06-01 02:05:00 UTC")), qPrintable(text));
    }

    void post_slack()
    {
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(200, "ok"); });
        QVERIFY(receiver.listen());
        const WebhookResult result = post(receiver, WebhookFormat::Kind::Slack);
        QVERIFY2(result.delivered, qPrintable(result.error));
        const QJsonObject body = bodyOf(receiver);
        QVERIFY2(body.value(QLatin1String("text")).toString().startsWith(batchEvent().title),
            qPrintable(body.value(QLatin1String("text")).toString()));
        const QJsonArray blocks = body.value(QLatin1String("blocks")).toArray();
        QVERIFY(blocks.size() >= 4);
        QCOMPARE(blocks.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("header"));
        QCOMPARE(blocks.last().toObject().value(QLatin1String("type")).toString(), QStringLiteral("context"));
        const QString text = allText(blocks);
        // Slack's mrkdwn: &, < and > are escaped, or Slack reads them as links and entities.
        QVERIFY2(text.contains(QLatin1String("svc-b: Failed (")) || text.contains(QLatin1String("svc-b: Failed - ")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("The storage &lt;account&gt; said no &amp; stopped.")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("<account>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("*Host*\nbackup-host")), qPrintable(text));
    }

    void post_generic()
    {
        StubHttpServer receiver([](const StubHttpServer::Request &) { return StubHttpServer::json(204, ""); });
        QVERIFY(receiver.listen());
        const WebhookResult result = post(receiver, WebhookFormat::Kind::Auto); // loopback: no known host
        QVERIFY2(result.delivered, qPrintable(result.error));
        QCOMPARE(result.status, 204);
        const QJsonObject body = bodyOf(receiver);
        QCOMPARE(body.value(QLatin1String("source")).toString(), QStringLiteral("apim-backup"));
        QCOMPARE(body.value(QLatin1String("operation")).toString(), QStringLiteral("backup"));
        QCOMPARE(body.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
        QCOMPARE(body.value(QLatin1String("startedAt")).toString(), QStringLiteral("2025-06-01T02:00:00Z"));
        QCOMPARE(body.value(QLatin1String("finishedAt")).toString(), QStringLiteral("2025-06-01T02:05:00Z"));
        const QJsonObject counts = body.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("succeeded")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("skipped")).toInt(), 1);
        const QJsonArray services = body.value(QLatin1String("services")).toArray();
        QCOMPARE(services.size(), 3);
        const QJsonObject ok = services.at(0).toObject();
        QCOMPARE(ok.value(QLatin1String("service")).toString(), QStringLiteral("svc-a"));
        QCOMPARE(ok.value(QLatin1String("blob")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("svc-a-20250601.apimbackup"));
        QCOMPARE(ok.value(QLatin1String("operationId")).toString(), QStringLiteral("op-a"));
        const QJsonObject bad = services.at(1).toObject();
        QCOMPARE(bad.value(QLatin1String("result")).toString(), QStringLiteral("Failed"));
        QCOMPARE(bad.value(QLatin1String("code")).toString(), QStringLiteral("BackupFailed"));
        QCOMPARE(bad.value(QLatin1String("message")).toString(), batchEvent().services.at(1).message);
        QCOMPARE(
            services.at(2).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("TierUnsupported"));
    }

    void post_neverLogsTheSecretPath()
    {
        StubHttpServer receiver([](const StubHttpServer::Request &request) {
            // A receiver that echoes what it got, path included.
            return StubHttpServer::json(404, "no hook at " + request.target);
        });
        QVERIFY(receiver.listen());
        const WebhookResult result = post(receiver, WebhookFormat::Kind::Generic);
        QVERIFY(!result.delivered);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.attempts, 1); // a 404 is not worth another try
        QVERIFY2(result.error.contains(QLatin1String("404")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("127.0.0.1")), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("xoxSecretToken42")), qPrintable(result.error));
        const QString log = g_log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("POST http://127.0.0.1:")), qPrintable(log)); // the attempt was logged
        QVERIFY2(!log.contains(QLatin1String("xoxSecretToken42")), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("T0SECRET")), qPrintable(log));
    }

    void post_retriesATransientFailure()
    {
        int calls = 0;
        StubHttpServer receiver([&calls](const StubHttpServer::Request &) {
            return ++calls == 1 ? StubHttpServer::json(503, "busy") : StubHttpServer::json(200, "ok");
        });
        QVERIFY(receiver.listen());
        WebhookSender sender(&m_network);
        RetryPolicy quick;
        quick.maxAttempts = 3;
        quick.baseDelayMs = 10;
        quick.maxDelayMs = 20;
        sender.setPolicy(TransportPolicy(quick, [] { return 0.5; }));
        const WebhookResult result = post(receiver, WebhookFormat::Kind::Slack, &sender);
        QVERIFY2(result.delivered, qPrintable(result.error));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(receiver.requests().size(), 2);
    }

    void post_plainHttpElsewhere_isRefusedUnsent()
    {
        WebhookSender sender(&m_network);
        std::optional<WebhookResult> result;
        sender.post(QUrl(QStringLiteral("http://alerts.example.invalid/hook/secret-part")), {}, this,
            [&result](const WebhookResult &r) { result = r; });
        QVERIFY(!result); // never inside the call
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->delivered);
        QCOMPARE(result->attempts, 0);
        QVERIFY2(result->error.contains(QLatin1String("http://")), qPrintable(result->error));
        QVERIFY2(!g_log.join(QLatin1Char('\n')).contains(QLatin1String("secret-part")), qPrintable(g_log.join('\n')));
    }

    void store_savesResolvesForgets()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        Settings settings(ini);
        MemorySecretStore secrets;
        secrets.setPersistent(true);
        WebhookStore store(&secrets, &settings, QProcessEnvironment());
        const QUrl url(QStringLiteral("https://hooks.slack.com") + kSecretPath);
        std::optional<SecretError> saved;
        store.save(QStringLiteral("ops-slack"), url, WebhookFormat::Kind::Auto, this,
            [&saved](const SecretError &error) { saved = error; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY2(!saved->isError(), qPrintable(saved->message));
        QCOMPARE(store.names(), QStringList { QStringLiteral("ops-slack") });
        QVERIFY(secrets.contains(SecretKey::webhook(QStringLiteral("ops-slack"))));

        std::optional<Webhook> found;
        QString problem;
        store.resolve(QStringLiteral("ops-slack"), this, [&](const Webhook &webhook, const QString &error) {
            found = webhook;
            problem = error;
        });
        QTRY_VERIFY(found.has_value());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(found->url, url);
        QCOMPARE(found->kind(), WebhookFormat::Kind::Slack);
        QVERIFY(!found->fromEnvironment);

        // Settings hold the name and the format, never the URL.
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(onDisk.contains("ops-slack"));
        QVERIFY2(!onDisk.contains("xoxSecretToken42") && !onDisk.contains("hooks.slack.com"), onDisk.constData());

        std::optional<SecretError> forgotten;
        store.forget(QStringLiteral("ops-slack"), this, [&](const SecretError &error) { forgotten = error; });
        QTRY_VERIFY(forgotten.has_value());
        QVERIFY(store.names().isEmpty());
        QCOMPARE(secrets.count(), 0);
        found.reset();
        store.resolve(QStringLiteral("ops-slack"), this, [&](const Webhook &webhook, const QString &error) {
            found = webhook;
            problem = error;
        });
        QTRY_VERIFY(found.has_value());
        QVERIFY2(problem.contains(QLatin1String("notify set ops-slack")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("APIM_BACKUP_WEBHOOK_OPS_SLACK")), qPrintable(problem));
    }

    void store_refusesBadNamesAndPlainHttp()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        WebhookStore store(&secrets, &settings, QProcessEnvironment());
        const auto save = [&](const QString &name, const QString &url) {
            std::optional<SecretError> result;
            store.save(name, QUrl(url), WebhookFormat::Kind::Auto, this, [&](const SecretError &e) { result = e; });
            (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
            return result.value_or(SecretError { SecretError::Kind::Timeout, {} });
        };
        QCOMPARE(
            save(QStringLiteral("bad name"), QStringLiteral("https://x.example/h")).kind, SecretError::Kind::Other);
        const SecretError http = save(QStringLiteral("ops"), QStringLiteral("http://x.example/h"));
        QCOMPARE(http.kind, SecretError::Kind::Other);
        QVERIFY2(http.message.contains(QLatin1String("http://")), qPrintable(http.message));
        QCOMPARE(secrets.count(), 0);
        QVERIFY(store.names().isEmpty());
        QVERIFY(!WebhookStore::isValidName(QStringLiteral("-x")));
        QVERIFY(WebhookStore::isValidName(QStringLiteral("Ops_Teams-2")));
        QCOMPARE(WebhookStore::environmentVariable(QStringLiteral("ops-teams")),
            QStringLiteral("APIM_BACKUP_WEBHOOK_OPS_TEAMS"));
    }

    void store_environmentWins()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        MemorySecretStore secrets;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("APIM_BACKUP_WEBHOOK_OPS"), QStringLiteral("https://alerts.example.net/h/1"));
        environment.insert(
            QStringLiteral("APIM_BACKUP_WEBHOOK_PLAIN"), QStringLiteral("http://alerts.example.net/h/2"));
        WebhookStore store(&secrets, &settings, environment);
        std::optional<Webhook> found;
        QString problem;
        store.resolve(QStringLiteral("ops"), this, [&](const Webhook &webhook, const QString &error) {
            found = webhook;
            problem = error;
        });
        QTRY_VERIFY(found.has_value());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(found->fromEnvironment);
        QCOMPARE(found->url.toString(), QStringLiteral("https://alerts.example.net/h/1"));
        QCOMPARE(found->kind(), WebhookFormat::Kind::Generic);
        found.reset();
        store.resolve(QStringLiteral("plain"), this, [&](const Webhook &webhook, const QString &error) {
            found = webhook;
            problem = error;
        });
        QTRY_VERIFY(found.has_value());
        QVERIFY2(problem.contains(QLatin1String("http://")), qPrintable(problem));
    }

    void schedule_namesTheWebhookNeverItsUrl()
    {
        ScheduleSpec spec;
        spec.program = QStringLiteral("/usr/bin/apim-backup-cli");
        spec.services
            = { QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/svc-a") };
        spec.account = QStringLiteral("acct");
        spec.container = QStringLiteral("backups");
        spec.environmentFile = QStringLiteral("/home/u/.config/apim-backup/apim-backup.env");
        spec.notify = QStringLiteral("ops-teams");
        spec.notifyOn = QStringLiteral("Always");
        QVERIFY2(spec.validate().isEmpty(), qPrintable(spec.validate()));
        const QStringList backup = spec.jobCommands().first();
        QCOMPARE(backup.mid(backup.indexOf(QStringLiteral("--notify")), 4),
            (QStringList { QStringLiteral("--notify"), QStringLiteral("ops-teams"), QStringLiteral("--notify-on"),
                QStringLiteral("always") }));
        QVERIFY(!spec.jobCommands().last().contains(QStringLiteral("--notify"))); // the prune
        const QString credentials = ScheduleCredentials::file(spec).contents;
        QVERIFY2(credentials.contains(QLatin1String("\nAPIM_BACKUP_WEBHOOK_OPS_TEAMS=\n")), qPrintable(credentials));

        ScheduleSpec url = spec;
        url.notify = QStringLiteral("https://hooks.slack.com/services/T/B/X");
        QVERIFY2(url.validate().contains(QLatin1String("not its URL")), qPrintable(url.validate()));
        ScheduleSpec when = spec;
        when.notifyOn = QStringLiteral("sometimes");
        QVERIFY(!when.validate().isEmpty());
        ScheduleSpec drill = spec;
        drill.drillStandby
            = QStringLiteral("/subscriptions/s/resourceGroups/g/providers/Microsoft.ApiManagement/service/standby");
        drill.drillBackup = QStringLiteral("b.apimbackup");
        QVERIFY2(drill.validate().contains(QLatin1String("--notify")), qPrintable(drill.validate()));
        ScheduleSpec none = spec;
        none.notify.clear();
        none.notifyOn.clear();
        QVERIFY(!none.jobCommands().first().contains(QStringLiteral("--notify")));
        QVERIFY(!ScheduleCredentials::file(none).contents.contains(QLatin1String("WEBHOOK")));
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "tst_webhook.moc"
