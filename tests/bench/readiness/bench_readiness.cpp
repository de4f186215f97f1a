// Recovery readiness benchmark (run by tests/bench/run-benchmarks.sh, not a ctest test):
// the readiness of every APIM service of a generated estate, computed the way the CLI's
// `readiness` and the app's Recovery view compute it (BackupCatalog::build over the listed
// services, then RecoveryOverview), against azure-sim for ARM and Azurite for the blobs.
// Side by side, the naive way: every service's locations read for that service alone.
// Prints the median and longest wall time, the requests of one run (ARM and Blob) and the
// peak resident memory of each way. Exits 1 when a state differs from the seed's plan.
//
//   bench_readiness --write-seed GENERATED_ESTATE SEED    (adds the containers and backups)
//   bench_readiness --sim URL --seed SEED [--repeat N] [--naive-repeat N]
//   bench_readiness --parse-list N    (one List Blobs answer of N backups read, no server)
//   bench_readiness --read-journal N  (a journal of N finished backups read, no server)
#include "ProcessMemory.h"
#include "ReadinessEstate.h"
#include "SimSignIn.h"
#include "support_SimCredential.h"

#include "arm/ArmClient.h"
#include "inventory/Inventory.h"
#include "operations/OperationJournal.h"
#include "recovery/BackupCatalog.h"
#include "recovery/DrillStore.h"
#include "recovery/RecoveryOverview.h"
#include "recovery/RecoverySettings.h"
#include "settings/Settings.h"
#include "storage/BackupBlob.h"
#include "storage/BlobClient.h"
#include "storage/StorageCredentialResolver.h"
#include "storage/StorageService.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace Apim::Core;
using namespace Apim::Bench;

namespace {
constexpr int kTimeoutMs = 300000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        *error = QStringLiteral("%1 is not a JSON object").arg(path);
    return document.object();
}

int writeSeed(const QString &estatePath, const QString &seedPath)
{
    QString error;
    const QJsonObject estate = readJson(estatePath, &error);
    const ReadinessEstate plan = error.isEmpty() ? ReadinessEstate::plan(estate, &error) : ReadinessEstate();
    QSaveFile file(seedPath);
    if (error.isEmpty() && !file.open(QIODevice::WriteOnly))
        error = file.errorString();
    if (error.isEmpty()) {
        file.write(QJsonDocument(plan.withBackups(estate)).toJson(QJsonDocument::Compact));
        if (!file.commit())
            error = file.errorString();
    }
    if (!error.isEmpty()) {
        err() << "bench_readiness: " << error << Qt::endl;
        return 1;
    }
    out() << "seed: " << plan.backupCount() << " backups in " << ReadinessEstate::kContainers << " containers"
          << Qt::endl;
    return 0;
}

// Runs start(context, answer) and waits in a local event loop for its answer. The context
// dies on return, so an answer that comes after a timeout reaches no one.
template<typename T, typename Start>
std::optional<T> await(Start start)
{
    std::optional<T> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return result;
}

// The core objects the Engine would build for one cloud, over azure-sim and Azurite.
struct CoreParts
{
    CoreParts(const QUrl &sim, const QString &dataDir)
        : credential(&network, sim, kTenant, kClientId, kSecret)
        , arm(&network, &credential, sim.resolved(QUrl(QStringLiteral("/"))), kArmScope, &clock)
        , storage(&arm)
        , resolver(&storage, nullptr)
        , blobs(&network, &clock)
        , journal(dataDir)
        , settings(dataDir + QStringLiteral("/settings.ini"))
        , catalog(&storage, &resolver, &blobs, &journal, &settings, &clock)
        , dataDir(dataDir)
    { }

    QNetworkAccessManager network;
    SystemClock clock;
    Apim::Test::SimClientCredential credential;
    ArmClient arm;
    StorageService storage;
    StorageCredentialResolver resolver;
    BlobClient blobs;
    OperationJournal journal;
    Settings settings;
    BackupCatalog catalog;
    QString dataDir;
};

// Counts the replies of one network manager while it lives, by host: azure-sim (ARM) or
// Azurite (Blob).
class RequestCounter
{
public:
    RequestCounter(QNetworkAccessManager *network, int simPort)
    {
        m_connection = QObject::connect(network, &QNetworkAccessManager::finished, network,
            [this, simPort](QNetworkReply *reply) { ++(reply->url().port() == simPort ? m_arm : m_blob); });
    }
    ~RequestCounter() { QObject::disconnect(m_connection); }
    RequestCounter(const RequestCounter &) = delete;
    RequestCounter &operator=(const RequestCounter &) = delete;

    int arm() const { return m_arm; }
    int blob() const { return m_blob; }

private:
    QMetaObject::Connection m_connection;
    int m_arm = 0;
    int m_blob = 0;
};

struct Timed
{
    qint64 ms = 0;
    int armRequests = 0;
    int blobRequests = 0;
    QList<ReadinessRow> rows;
};

// The rows as ReadinessCommand::report makes them from a snapshot.
QList<ReadinessRow> rowsFor(CoreParts &core, const QList<ApimService> &services, const CatalogSnapshot &snapshot)
{
    return RecoveryOverview::rows(services, snapshot, RecoverySettings(&core.settings), core.clock.now());
}

void addDrills(CoreParts &core, QList<ReadinessRow> &rows)
{
    RecoveryOverview::addDrills(rows, DrillStore(core.dataDir).loadAll());
}

// One build over every service: each location read once.
std::optional<QList<ReadinessRow>> catalogReadiness(CoreParts &core, const QList<ApimService> &services)
{
    return await<QList<ReadinessRow>>([&](QObject *context, auto answer) {
        core.catalog.build(services, context, [&core, services, answer](const CatalogSnapshot &snapshot) {
            QList<ReadinessRow> rows = rowsFor(core, services, snapshot);
            addDrills(core, rows);
            answer(rows);
        });
    });
}

// What each service did on its own before the catalog: its locations read for it alone,
// every service at once (the network manager queues what it cannot send yet).
std::optional<QList<ReadinessRow>> naiveReadiness(CoreParts &core, const QList<ApimService> &services)
{
    return await<QList<ReadinessRow>>([&](QObject *context, auto answer) {
        auto rows = std::make_shared<QList<ReadinessRow>>(services.size());
        auto pending = std::make_shared<qsizetype>(services.size());
        for (qsizetype i = 0; i < services.size(); ++i) {
            const ApimService service = services.at(i);
            core.catalog.build(
                { service }, context, [&core, rows, pending, i, service, answer](const CatalogSnapshot &snapshot) {
                    (*rows)[i] = rowsFor(core, { service }, snapshot).first();
                    if (--*pending == 0) {
                        addDrills(core, *rows);
                        answer(*rows);
                    }
                });
        }
    });
}

using Compute = std::optional<QList<ReadinessRow>> (*)(CoreParts &, const QList<ApimService> &);

std::optional<Timed> timed(CoreParts &core, const QUrl &sim, const QList<ApimService> &services, Compute compute)
{
    const RequestCounter requests(&core.network, sim.port());
    QElapsedTimer timer;
    timer.start();
    std::optional<QList<ReadinessRow>> rows = compute(core, services);
    const qint64 ms = timer.elapsed();
    if (!rows)
        return std::nullopt;
    return Timed { ms, requests.arm(), requests.blob(), *rows };
}

// "60" when every run made as many requests, else "60-62".
QString spread(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values.first() == values.last() ? QString::number(values.first())
                                           : QStringLiteral("%1-%2").arg(values.first()).arg(values.last());
}

void report(const QString &mode, const QList<Timed> &runs)
{
    QList<qint64> ms;
    QList<int> arm;
    QList<int> blob;
    QList<int> all;
    for (const Timed &run : runs) {
        ms << run.ms;
        arm << run.armRequests;
        blob << run.blobRequests;
        all << run.armRequests + run.blobRequests;
    }
    std::sort(ms.begin(), ms.end());
    out() << "mode=" << mode << " services=" << runs.first().rows.size() << " runs=" << runs.size()
          << " median_ms=" << ms.at(ms.size() / 2) << " max_ms=" << ms.last() << " requests=" << spread(all)
          << " arm=" << spread(arm) << " blob=" << spread(blob) << " peak_rss_mb=" << peakResidentMb() << Qt::endl;
}

std::optional<QList<Timed>> measure(
    CoreParts &core, const QUrl &sim, const QList<ApimService> &services, Compute compute, int repeat)
{
    if (!resetPeakResident())
        err() << "bench_readiness: cannot reset the peak resident set; the figures add up" << Qt::endl;
    QList<Timed> runs;
    for (int i = 0; i < repeat; ++i) {
        std::optional<Timed> run = timed(core, sim, services, compute);
        if (!run)
            return std::nullopt;
        runs << *run;
    }
    return runs;
}

// Everything that differs from the plan; empty when the readiness is what was seeded.
QStringList problems(const QList<ReadinessRow> &rows, const ReadinessEstate &plan, int expectedServices)
{
    QStringList found;
    if (rows.size() != expectedServices)
        found << QStringLiteral("%1 services, the tenant has %2").arg(rows.size()).arg(expectedServices);
    QSet<QString> ids;
    for (const ReadinessRow &row : rows) {
        ids.insert(row.service.id.toLower());
        const auto expected = plan.expected(row.service.name);
        if (!expected) {
            found << QStringLiteral("%1: not in the seed").arg(row.service.name);
        } else if (expected->state != row.readiness.state || expected->restorableBackups != row.backupCount) {
            found << QStringLiteral("%1: %2 with %3 backups, seeded %4 with %5 (%6)")
                         .arg(row.service.name, recoveryStateCode(row.readiness.state))
                         .arg(row.backupCount)
                         .arg(recoveryStateCode(expected->state))
                         .arg(expected->restorableBackups)
                         .arg(row.readiness.reason);
        }
    }
    if (ids.size() != rows.size())
        found << QStringLiteral("%1 rows for %2 services").arg(rows.size()).arg(ids.size());
    return found;
}

// Where the naive way and the catalog disagree (they read the same backups).
QStringList disagreements(const QList<ReadinessRow> &catalog, const QList<ReadinessRow> &naive)
{
    QStringList found;
    for (qsizetype i = 0; i < catalog.size() && i < naive.size(); ++i) {
        const ReadinessRow &a = catalog.at(i);
        const ReadinessRow &b = naive.at(i);
        const QString lastA = a.readiness.lastGood ? a.readiness.lastGood->name : QString();
        const QString lastB = b.readiness.lastGood ? b.readiness.lastGood->name : QString();
        if (a.readiness.state != b.readiness.state || a.backupCount != b.backupCount || lastA != lastB)
            found << QStringLiteral("%1: the catalog says %2 (%3), the naive way %4 (%5)")
                         .arg(a.service.name, recoveryStateCode(a.readiness.state), lastA,
                             recoveryStateCode(b.readiness.state), lastB);
    }
    if (catalog.size() != naive.size())
        found << QStringLiteral("the catalog has %1 rows, the naive way %2").arg(catalog.size()).arg(naive.size());
    return found;
}

QString stateCounts(const QList<ReadinessRow> &rows)
{
    QMap<QString, int> counts;
    for (const ReadinessRow &row : rows)
        counts[recoveryStateCode(row.readiness.state)] += 1;
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

// The listing the Recovery view starts from; not part of the figures.
std::optional<QList<ApimService>> listServices(CoreParts &core, QString *error)
{
    const std::optional<bool> signedIn = await<bool>([&](QObject *context, auto answer) {
        core.credential.token(kArmScope, context, [answer, error](const AccessToken &token, const AuthError &failure) {
            *error = failure.message;
            answer(token.isValid());
        });
    });
    if (!signedIn || !*signedIn)
        return std::nullopt;
    Inventory inventory(&core.arm);
    QList<ApimService> services;
    const std::optional<bool> listed = await<bool>([&](QObject *context, auto answer) {
        QObject::connect(&inventory, &Inventory::servicesLoaded, context,
            [&services](const QList<ApimService> &page) { services += page; });
        QObject::connect(&inventory, &Inventory::servicesFinished, context,
            [answer](const ServiceListingSummary &) { answer(true); });
        QObject::connect(&inventory, &Inventory::servicesFailed, context, [answer, error](const ArmError &failure) {
            *error = failure.userMessage();
            answer(false);
        });
        inventory.loadServices();
    });
    if (!listed || !*listed)
        return std::nullopt;
    return services;
}

int fail(const QString &why)
{
    err() << "bench_readiness: " << why << Qt::endl;
    return 1;
}

int run(const QUrl &sim, const QString &seedPath, int repeat, int naiveRepeat)
{
    QString error;
    const QJsonObject seed = readJson(seedPath, &error);
    const ReadinessEstate plan = error.isEmpty() ? ReadinessEstate::plan(seed, &error) : ReadinessEstate();
    QTemporaryDir dataDir;
    if (!error.isEmpty() || !dataDir.isValid())
        return fail(error.isEmpty() ? dataDir.errorString() : error);
    CoreParts core(sim, dataDir.path());
    RecoverySettings recovery(&core.settings);
    plan.rememberLocations(recovery);

    QElapsedTimer listing;
    listing.start();
    const std::optional<QList<ApimService>> services = listServices(core, &error);
    if (!services)
        return fail(
            QStringLiteral("listing the services: %1").arg(error.isEmpty() ? QStringLiteral("no answer") : error));
    out() << "listed " << services->size() << " services in " << listing.elapsed() << " ms (not counted below), "
          << plan.backupCount() << " backups seeded in " << ReadinessEstate::kContainers << " containers" << Qt::endl;

    const auto catalogRuns = measure(core, sim, *services, catalogReadiness, repeat);
    if (!catalogRuns)
        return fail(QStringLiteral("the catalog gave no readiness in %1 s").arg(kTimeoutMs / 1000));
    report(QStringLiteral("catalog"), *catalogRuns);
    const QList<ReadinessRow> &rows = catalogRuns->last().rows;
    QStringList wrong = problems(rows, plan, plan.servicesInTenant(kTenant));
    if (naiveRepeat > 0) {
        const auto naiveRuns = measure(core, sim, *services, naiveReadiness, naiveRepeat);
        if (!naiveRuns)
            return fail(QStringLiteral("the naive way gave no readiness in %1 s").arg(kTimeoutMs / 1000));
        report(QStringLiteral("naive"), *naiveRuns);
        wrong += disagreements(rows, naiveRuns->last().rows);
    }
    out() << "states: " << stateCounts(rows) << Qt::endl;
    if (!wrong.isEmpty()) {
        for (const QString &problem : wrong.mid(0, 20))
            err() << "WRONG: " << problem << Qt::endl;
        return fail(QStringLiteral("%1 problems; the readiness is not what was seeded").arg(wrong.size()));
    }
    out() << "check: all " << rows.size() << " services as seeded" << (naiveRepeat > 0 ? ", both ways agree" : "")
          << Qt::endl;
    return 0;
}

// --parse-list N: one List Blobs answer of N backups as Blob storage writes it (every
// property, RFC 1123 dates, the backup's metadata), read by BlobListPage::parse; beside it,
// the baseline: QXmlStreamReader alone reading every token of the same answer, the least
// any reader of this XML pays. Medians of 7 runs.
QByteArray blobListAnswer(int blobs)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults "
                     "ServiceEndpoint=\"https://contosobackups.blob.core.windows.net/\" "
                     "ContainerName=\"apim-backups\"><MaxResults>5000</MaxResults><Blobs>";
    for (int i = 0; i < blobs; ++i) {
        xml += "<Blob><Name>contoso-apim-" + QByteArray::number(i % 50) + "-Premium-2026" + QByteArray::number(1000 + i)
            + "-0200.apimbackup</Name><Properties><Creation-Time>Tue, 01 Dec 2026 02:00:1" + QByteArray::number(i % 10)
            + " GMT</Creation-Time><Last-Modified>Tue, 01 Dec 2026 02:04:12 GMT</Last-Modified>"
              "<Etag>0x8DD2A9E0C2F6A1B</Etag><Content-Length>123456789</Content-Length>"
              "<Content-Type>application/octet-stream</Content-Type><Content-Encoding /><Content-Language />"
              "<Content-CRC64 /><Content-MD5 /><Cache-Control /><Content-Disposition /><BlobType>BlockBlob</BlobType>"
              "<AccessTier>Hot</AccessTier><AccessTierInferred>true</AccessTierInferred><LeaseStatus>unlocked"
              "</LeaseStatus><LeaseState>available</LeaseState><ServerEncrypted>true</ServerEncrypted></Properties>"
              "<Metadata><SKU>Premium</SKU><service>contoso-apim</service></Metadata><OrMetadata /></Blob>";
    }
    return xml + "</Blobs><NextMarker /></EnumerationResults>";
}

template<typename Work>
double medianMs(Work work)
{
    QList<double> runs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(runs.size() / 2);
}

int parseList(int blobs)
{
    const QByteArray xml = blobListAnswer(blobs);
    qsizetype read = 0;
    const double parseMs = medianMs([&] { read = Apim::Core::BlobListPage::parse(xml).blobs.size(); });
    qsizetype tokens = 0;
    const double streamMs = medianMs([&] {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
            ++tokens;
        }
    });
    if (read != blobs) {
        err() << "parse-list: read " << read << " of " << blobs << " blobs" << Qt::endl;
        return 1;
    }
    // Then each blob matched to its service, as a catalog build does with a location's list.
    const QList<Apim::Core::BackupBlob> parsed = Apim::Core::BlobListPage::parse(xml).blobs;
    Apim::Core::BackupLocation location;
    location.subscriptionId = QStringLiteral("sub-1");
    location.account = QStringLiteral("contosobackups");
    location.container = QStringLiteral("apim-backups");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qsizetype named = 0;
    const double matchMs = medianMs([&] {
        named = 0;
        for (const Apim::Core::CatalogEntry &entry : Apim::Core::BackupCatalog::entriesOf({}, location, parsed, now))
            named += entry.serviceName.isEmpty() ? 0 : 1;
    });
    if (named != blobs) {
        err() << "parse-list: " << named << " of " << blobs << " blobs matched to a service" << Qt::endl;
        return 1;
    }
    out() << "mode=parse-list blobs=" << blobs << " bytes=" << xml.size()
          << " median_ms=" << QString::number(parseMs, 'f', 1)
          << " stream_only_ms=" << QString::number(streamMs, 'f', 1) << " match_ms=" << QString::number(matchMs, 'f', 1)
          << Qt::endl;
    return 0;
}

// --read-journal N: a journal of N finished backups (a year of nightly backups of twenty
// services is 7,300), read whole as a catalog build reads it, on the catalog's worker.
// Median of 5 runs.
int readJournal(int count)
{
    QTemporaryDir dir;
    {
        Apim::Core::OperationJournal journal(dir.path());
        for (int i = 0; i < count; ++i) {
            Apim::Core::OperationRecord record;
            record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.kind = Apim::Core::OperationKind::Backup;
            record.state = Apim::Core::OperationState::Succeeded;
            record.serviceName = QStringLiteral("contoso-apim-%1").arg(i % 20);
            record.serviceId = QStringLiteral("/subscriptions/sub-1/resourceGroups/rg/providers/"
                                              "Microsoft.ApiManagement/service/")
                + record.serviceName;
            record.createdAt = QDateTime::currentDateTimeUtc().addSecs(-3600LL * i);
            record.storageAccount = QStringLiteral("contosobackups");
            record.container = QStringLiteral("apim-backups");
            record.blobName = record.serviceName + QStringLiteral("-20261201-020000.apimbackup");
            if (!journal.save(record)) {
                err() << "read-journal: cannot write the journal in " << dir.path() << Qt::endl;
                return 1;
            }
        }
    }
    const Apim::Core::OperationJournal journal(dir.path());
    QList<double> runs;
    qsizetype read = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        read = journal.loadAll().size();
        runs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(runs.begin(), runs.end());
    if (read != count) {
        err() << "read-journal: read " << read << " of " << count << " records" << Qt::endl;
        return 1;
    }
    out() << "mode=read-journal records=" << count << " median_ms=" << QString::number(runs.at(2), 'f', 1) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("write-seed"),
        QStringLiteral("Write a seed from a generated estate: --write-seed ESTATE SEED."), QStringLiteral("estate") });
    parser.addOption({ QStringLiteral("sim"), QStringLiteral("azure-sim base URL."), QStringLiteral("url") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("The seed azure-sim serves."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("repeat"), QStringLiteral("Runs through the catalog."), QStringLiteral("n"),
        QStringLiteral("5") });
    parser.addOption({ QStringLiteral("naive-repeat"), QStringLiteral("Runs of the naive way (0: none)."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("parse-list"),
        QStringLiteral("Time reading one List Blobs answer of n backups (no server)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("read-journal"),
        QStringLiteral("Time reading a journal of n finished backups (no server)."), QStringLiteral("n") });
    parser.addPositionalArgument(QStringLiteral("seed"), QStringLiteral("With --write-seed: the seed to write."));
    parser.process(app);
    if (parser.isSet(QStringLiteral("read-journal")))
        return readJournal(std::max(1, parser.value(QStringLiteral("read-journal")).toInt()));
    if (parser.isSet(QStringLiteral("parse-list")))
        return parseList(std::max(1, parser.value(QStringLiteral("parse-list")).toInt()));
    if (parser.isSet(QStringLiteral("write-seed"))) {
        if (parser.positionalArguments().size() != 1) {
            err() << "usage: bench_readiness --write-seed GENERATED_ESTATE SEED" << Qt::endl;
            return 2;
        }
        return writeSeed(parser.value(QStringLiteral("write-seed")), parser.positionalArguments().first());
    }
    const QUrl sim(parser.value(QStringLiteral("sim")));
    const QString seed = parser.value(QStringLiteral("seed"));
    if (!sim.isValid() || sim.isEmpty() || seed.isEmpty()) {
        err() << "usage: bench_readiness --sim URL --seed SEED [--repeat N] [--naive-repeat N]" << Qt::endl;
        return 2;
    }
    return run(sim, seed, std::max(1, parser.value(QStringLiteral("repeat")).toInt()),
        std::max(0, parser.value(QStringLiteral("naive-repeat")).toInt()));
}
