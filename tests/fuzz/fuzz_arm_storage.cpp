// StorageAccount::fromJson (with and without a cloud's storage suffix, so that
// BlobEndpointPolicy judges every endpoint) and BlobContainerInfo::fromJson over an ARM
// answer: one resource or a list ({"value": [...]}).

#include "FuzzSupport.h"

#include "storage/StorageAccount.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Apim::Core;

namespace {
void exercise(const QJsonObject &resource)
{
    for (const QString &suffix : { QString(), QStringLiteral("core.windows.net") }) {
        const StorageAccount account = StorageAccount::fromJson(resource, suffix);
        (void)account.isValid();
        (void)account.firewallDeniesByDefault();
        (void)account.trustedServicesBypass();
        (void)account.toJson();
    }
    const BlobContainerInfo container = BlobContainerInfo::fromJson(resource);
    (void)container.name.size();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const QJsonObject answer = QJsonDocument::fromJson(ApimFuzz::bytes(data, size)).object();
    exercise(answer);
    const QJsonArray list = answer.value(QLatin1String("value")).toArray();
    for (const QJsonValue &item : list)
        exercise(item.toObject());
    return 0;
}
