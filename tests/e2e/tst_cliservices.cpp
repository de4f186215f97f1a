// apim-backup-cli services over a generated estate of 1,200 visible services, served in
// pages by a private azure-sim (two Resource Graph pages of up to 1,000 rows, many small
// pages of the per-subscription list): --json writes every service, once, sorted by
// name, as one array laid out byte for byte as QJsonDocument writes the whole array
// (the CLI streams it element by element), and Resource Graph and the per-subscription
// listing print the same bytes.
#include "support_CliRun.h"
#include "support_EngineHarness.h"

#include "TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace Apim::Test;

namespace {
const QString kGraphRoute = QStringLiteral("^POST /providers/Microsoft.ResourceGraph/resources$");
constexpr int kVisible = 3 * 400;
const QString kListRoute = QStringLiteral("^GET /subscriptions/[^/]+/providers/Microsoft.ApiManagement/service$");
} // namespace

class TestCliServices : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    EngineHarness m_harness;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = TestEnvironment::processEnvironment();
        env.insert(QStringLiteral("APIM_BACKUP_HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("APIM_BACKUP_SECRETS"), QStringLiteral("session"));
        env.insert(QStringLiteral("AZURE_TENANT_ID"), Demo::kTenant);
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), Demo::kClientId);
        env.insert(QStringLiteral("AZURE_CLIENT_SECRET"), Demo::kSecret);
        return env;
    }

    CliRun services(bool json, const QStringList &options = {})
    {
        QStringList arguments { QStringLiteral("--cloud"), m_harness.sim().cloudFile(), QStringLiteral("--auth"),
            QStringLiteral("env") };
        if (json)
            arguments << QStringLiteral("--json");
        arguments << QStringLiteral("services") << options;
        return runCli(arguments, environment(), 60000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString seed = m_dir.filePath(QStringLiteral("estate.json"));
        // 4 subscriptions of 400 services; the service principal sees 3 of them.
        QCOMPARE(QProcess::execute(TestEnvironment::simBinary(),
                     { QStringLiteral("--generate-estate"), QStringLiteral("4"), QStringLiteral("400"), seed }),
            0);
        QVERIFY2(m_harness.start(seed), qPrintable(m_harness.errorString()));
        // The per-subscription list in pages of 50 (Resource Graph's are the CLI's $top, 1,000).
        QVERIFY(m_harness.control().setConfig({ { QStringLiteral("pageSize"), 50 } }));
    }

    void json_everyServiceOnceSorted_laidOutAsOneDocument_samePerSubscription()
    {
        QVERIFY(m_harness.control().clearRequests());
        const CliRun graph = services(true);
        QVERIFY2(graph.exitCode == 0, qPrintable(graph.all()));
        QCOMPARE(m_harness.control().count(kGraphRoute), 2); // 1,000 rows, then 200

        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(graph.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), kVisible);
        // Byte for byte what one QJsonDocument of the whole array writes.
        QCOMPARE(graph.out.toUtf8(), document.toJson(QJsonDocument::Indented));

        QSet<QString> ids;
        QString previous;
        for (const QJsonValue &value : array) {
            const QJsonObject service = value.toObject();
            const QString id = service.value(QLatin1String("id")).toString().toLower();
            const QString name = service.value(QLatin1String("name")).toString();
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            QVERIFY(!name.isEmpty());
            QVERIFY(!service.value(QLatin1String("subscriptionId")).toString().isEmpty());
            QVERIFY(!service.value(QLatin1String("location")).toString().isEmpty());
            QVERIFY2(
                previous.compare(name, Qt::CaseInsensitive) <= 0, qPrintable(previous + QLatin1String(" > ") + name));
            previous = name;
        }

        QVERIFY(m_harness.control().clearRequests());
        const CliRun perSubscription = services(true, { QStringLiteral("--no-resource-graph") });
        QVERIFY2(perSubscription.exitCode == 0, qPrintable(perSubscription.all()));
        QCOMPARE(m_harness.control().count(kGraphRoute), 0);
        QVERIFY(m_harness.control().count(kListRoute) >= 3 * 8); // 400 services in pages of 50
        QCOMPARE(perSubscription.out, graph.out);
    }

    void table_everyServiceOnce()
    {
        const CliRun table = services(false);
        QVERIFY2(table.exitCode == 0, qPrintable(table.all()));
        const QStringList lines = table.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + kVisible); // the header, then one line per service
    }
};

QTEST_GUILESS_MAIN(TestCliServices)
#include "tst_cliservices.moc"
