// ResourceGraphPage::parse: one Resource Graph answer (objectArray or {columns, rows}) as
// ServiceListing reads it.

#include "FuzzSupport.h"

#include "inventory/ResourceGraphPage.h"

#include <QJsonDocument>

using namespace Apim::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ApimFuzz::setUp();
    const QJsonDocument document = QJsonDocument::fromJson(ApimFuzz::bytes(data, size));
    const ResourceGraphPage page = ResourceGraphPage::parse(document.object());
    if (page.problem != ResourceGraphPage::Problem::None && (!page.services.isEmpty() || !page.skipToken.isEmpty()))
        ApimFuzz::broken("a page that could not be read delivered services or a next page");
    for (const ApimService &service : page.services) {
        if (!service.isValid())
            ApimFuzz::broken("an invalid service was delivered");
    }
    return 0;
}
