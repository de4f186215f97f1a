#pragma once

#include "AzuriteClient.h"
#include "BackupBlob.h"
#include "Estate.h"
#include "SimClock.h"

#include <functional>
#include <memory>

namespace Apim::Sim {

// Puts a seed's containers and existing backups into Azurite before the simulator reports
// its URL: each container once, then the backups, a few requests at a time. Thousands of
// requests sent at once wait in the network queue past AzuriteClient's transfer timeout
// and are cancelled, and a large seed (a benchmark's) would lose some of its backups.
class AzuriteSeeder
{
public:
    static constexpr int kRequestsInFlight = 6; // what one host gets from a network manager

    AzuriteSeeder(AzuriteClient *azurite, const Estate *estate, const SimClock *clock);

    // Calls done once everything was tried; failures are reported on stderr.
    void seed(std::function<void()> done);

private:
    struct Progress;
    void putNext(const std::shared_ptr<Progress> &progress);
    BackupBlob blobOf(const ExistingBackup &backup) const;

    AzuriteClient *m_azurite;
    const Estate *m_estate;
    const SimClock *m_clock;
};

} // namespace Apim::Sim
