#include "AzuriteSeeder.h"

#include "AzuriteAccounts.h"

#include <QSet>

#include <cstdio>
#include <utility>

namespace Apim::Sim {

namespace {
void report(const QString &what, const AzuriteClient::Result &result)
{
    if (!result.ok() && result.errorCode() != QLatin1String("ContainerAlreadyExists"))
        std::fprintf(stderr, "azure-sim: seeding Azurite: %s: %s\n", qPrintable(what), qPrintable(result.describe()));
}
} // namespace

struct AzuriteSeeder::Progress
{
    qsizetype next = 0; // the next backup to put
    int running = 0;
    std::function<void()> done;
};

AzuriteSeeder::AzuriteSeeder(AzuriteClient *azurite, const Estate *estate, const SimClock *clock)
    : m_azurite(azurite)
    , m_estate(estate)
    , m_clock(clock)
{ }

void AzuriteSeeder::seed(std::function<void()> done)
{
    // The seed's containers and those its backups name, each once.
    QList<ContainerSeed> containers;
    QSet<QString> seen;
    const auto add = [&](const QString &account, const QString &name) {
        if (!seen.contains(account + QLatin1Char('/') + name)) {
            seen.insert(account + QLatin1Char('/') + name);
            containers.append({ account, name });
        }
    };
    for (const ContainerSeed &container : m_estate->containers)
        add(container.account, container.name);
    for (const ExistingBackup &backup : m_estate->existingBackups)
        add(backup.account, backup.container);

    auto progress = std::make_shared<Progress>();
    progress->done = std::move(done);
    auto pending = std::make_shared<qsizetype>(containers.size() + 1);
    const auto containerDone = [this, progress, pending] {
        if (--*pending > 0)
            return;
        for (int i = 0; i < kRequestsInFlight; ++i)
            putNext(progress);
    };
    for (const ContainerSeed &container : std::as_const(containers)) {
        m_azurite->createContainer(container.account, AzuriteAccounts::find(container.account)->key1, container.name,
            [containerDone, container](const AzuriteClient::Result &result) {
                report(container.account + QLatin1Char('/') + container.name, result);
                containerDone();
            });
    }
    containerDone();
}

void AzuriteSeeder::putNext(const std::shared_ptr<Progress> &progress)
{
    const QList<ExistingBackup> &backups = m_estate->existingBackups;
    if (progress->next >= backups.size()) {
        if (progress->running == 0 && progress->done)
            std::exchange(progress->done, nullptr)();
        return;
    }
    const ExistingBackup &backup = backups.at(progress->next++);
    const BackupBlob blob = blobOf(backup);
    QString name = backup.blob;
    name.replace(QLatin1String("{date}"), blob.createdAt.toString(QStringLiteral("yyyy-MM-dd-HH-mm")));
    const QString what = backup.account + QLatin1Char('/') + backup.container + QLatin1Char('/') + name;
    ++progress->running;
    m_azurite->putBlob(backup.account, AzuriteAccounts::find(backup.account)->key1, backup.container, name,
        blob.toJson(), blob.metadataHeaders(), [this, progress, what](const AzuriteClient::Result &result) {
            report(what, result);
            --progress->running;
            putNext(progress);
        });
}

BackupBlob AzuriteSeeder::blobOf(const ExistingBackup &backup) const
{
    BackupBlob blob;
    blob.service = backup.service;
    blob.sku = backup.sku;
    blob.createdAt = m_clock->now().addSecs(qint64(-backup.ageDays * 24 * 3600));
    blob.config = backup.resolve({});
    for (const ApimService &service : m_estate->services) {
        if (service.name == backup.service) {
            blob.serviceId = service.id();
            blob.capacity = service.capacity;
            blob.config = backup.resolve(service.config);
        }
    }
    return blob;
}

} // namespace Apim::Sim
