// CloudEnvironment::fromJson over a cloud file (the `az cloud show` shape that --cloud
// reads), then the URLs built from a cloud that was accepted, and the session's round trip.

#include "FuzzSupport.h"

#include "cloud/CloudEnvironment.h"

#include <QJsonDocument>

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    QString error;
    const CloudEnvironment cloud
        = CloudEnvironment::fromJson(ApimFuzz::bytes(data, size), &error, QStringLiteral("fuzz.json"));
    if (!cloud.isValid()) {
        if (error.isEmpty())
            ApimFuzz::broken("a refused cloud file without a reason");
        return 0;
    }
    (void)cloud.armScope();
    (void)CloudEnvironment::resourceForScope(cloud.armScope());
    (void)cloud.authorizeUrl(QStringLiteral("organizations"));
    (void)cloud.tokenUrl(QStringLiteral("contoso.onmicrosoft.com"));
    (void)cloud.deviceCodeUrl(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    (void)cloud.armUrl(QStringLiteral("/subscriptions"));
    // A session remembers a custom cloud as toJson(): what was accepted must read back.
    QString againError;
    const CloudEnvironment again
        = CloudEnvironment::fromJson(QJsonDocument(cloud.toJson()).toJson(), &againError, QStringLiteral("again"));
    if (again != cloud)
        ApimFuzz::broken("an accepted cloud does not read back from its own JSON");
    return 0;
}
