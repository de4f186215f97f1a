// Inventory benchmark (run by tests/bench/run-benchmarks.sh, not a ctest test): lists
// every APIM service of a generated estate through Resource Graph or the
// per-subscription fallback, and prints the wall time, the service count and the peak
// resident memory of the process (VmHWM).
//
//   bench_inventory --sim URL [--fallback] [--concurrency N] [--repeat N]
#include "ProcessMemory.h"
#include "SimSignIn.h"
#include "support_SimCredential.h"

#include "arm/ArmClient.h"
#include "inventory/Inventory.h"
#include "util/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace Apim::Core;
using namespace Apim::Bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("sim"), QStringLiteral("azure-sim base URL."), QStringLiteral("url") });
    parser.addOption(
        { QStringLiteral("fallback"), QStringLiteral("List per subscription instead of Resource Graph.") });
    parser.addOption({ QStringLiteral("concurrency"), QStringLiteral("Requests in flight for the fallback."),
        QStringLiteral("n"), QStringLiteral("8") });
    parser.addOption({ QStringLiteral("repeat"), QStringLiteral("Runs; the best and the median are printed."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.process(app);
    const QUrl sim(parser.value(QStringLiteral("sim")));
    if (!sim.isValid() || sim.isEmpty()) {
        QTextStream(stderr) << "usage: bench_inventory --sim URL [--fallback]\n";
        return 2;
    }
    const bool fallback = parser.isSet(QStringLiteral("fallback"));
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());

    QNetworkAccessManager network;
    SystemClock clock;
    Apim::Test::SimClientCredential credential(&network, sim, kTenant, kClientId, kSecret);
    QUrl resourceManager(sim);
    resourceManager.setPath(QStringLiteral("/"));
    ArmClient arm(&network, &credential, resourceManager, kArmScope, &clock);

    QList<qint64> times;
    int count = 0;
    QString source;
    QString failure;
    QList<ApimService> kept; // what a UI model would hold
    std::function<void()> runOnce;
    runOnce = [&] {
        auto *inventory = new Inventory(&arm);
        inventory->setUseResourceGraph(!fallback);
        inventory->setConcurrency(parser.value(QStringLiteral("concurrency")).toInt());
        auto *timer = new QElapsedTimer;
        auto services = std::make_shared<QList<ApimService>>();
        QObject::connect(inventory, &Inventory::servicesLoaded, inventory,
            [services](const QList<ApimService> &page) { *services += page; });
        QObject::connect(inventory, &Inventory::servicesFailed, inventory, [&, inventory](const ArmError &error) {
            failure = error.userMessage();
            inventory->deleteLater();
            QCoreApplication::exit(1);
        });
        QObject::connect(inventory, &Inventory::servicesFinished, inventory,
            [&, inventory, timer, services](const ServiceListingSummary &summary) {
                times << timer->elapsed();
                delete timer;
                count = services->size();
                source = summary.source == ServiceListingSummary::Source::ResourceGraph
                    ? QStringLiteral("resource-graph")
                    : QStringLiteral("per-subscription");
                kept = *services;
                inventory->deleteLater();
                if (times.size() < repeat)
                    QTimer::singleShot(0, runOnce);
                else
                    QCoreApplication::exit(0);
            });
        timer->start();
        inventory->loadServices(); // subscriptions first, as the app does
    };
    // Take the token first: sign-in is not what is measured.
    credential.token(kArmScope, &app, [&](const AccessToken &token, const AuthError &error) {
        if (!token.isValid()) {
            failure = error.message;
            QCoreApplication::exit(1);
            return;
        }
        runOnce();
    });
    const int rc = app.exec();
    if (rc != 0) {
        QTextStream(stderr) << "failed: " << failure << '\n';
        return rc;
    }
    QList<qint64> sorted = times;
    std::sort(sorted.begin(), sorted.end());
    QTextStream(stdout) << "mode=" << source << " services=" << count << " runs=" << times.size()
                        << " best_ms=" << sorted.first() << " median_ms=" << sorted.at(sorted.size() / 2)
                        << " peak_rss_mb=" << peakResidentMb() << '\n';
    return 0;
}
