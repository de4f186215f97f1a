// ApimService::fromJson over an ARM answer: one service (GET) or a list ({"value": [...]}),
// then everything the app and the CLI derive from a parsed service.

#include "FuzzSupport.h"

#include "inventory/ApimService.h"
#include "inventory/ResourceId.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Apim::Core;

namespace {
void exercise(const QJsonObject &resource)
{
    const ApimService service = ApimService::fromJson(resource);
    (void)service.isValid();
    (void)service.isReady();
    (void)service.isBusy();
    (void)service.locationDisplayName();
    (void)service.backupSupport();
    (void)service.portalUrl(QUrl(QStringLiteral("https://portal.azure.com")));
    (void)service.hasUserAssignedClientId(QStringLiteral("00000000-0000-0000-0000-000000000000"));
    for (const UserAssignedIdentity &identity : service.userAssignedIdentities)
        (void)identity.name();
    (void)ResourceId::serviceIdError(service.id);
    // The cache and --json shape must read back as the same service.
    const ApimService again = ApimService::fromJson(service.toJson());
    (void)again.isValid();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const QJsonDocument document = QJsonDocument::fromJson(ApimFuzz::bytes(data, size));
    const QJsonObject answer = document.object();
    exercise(answer);
    const QJsonArray list = answer.value(QLatin1String("value")).toArray();
    for (const QJsonValue &item : list)
        exercise(item.toObject());
    return 0;
}
